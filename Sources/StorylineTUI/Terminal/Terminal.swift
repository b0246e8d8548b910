/// A place the app draws screens and reads actions from: the real terminal through
/// ncurses, or an in-memory one in tests.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }
    /// Shows `buffer`, drawing only what changed since the last call.
    func draw(_ buffer: ScreenBuffer)
    /// Blocks until the next key, resize or signal; nil when input has ended.
    func nextAction() -> Action?
    /// Performs a side effect that needs the terminal (e.g. suspending it to run a browser).
    func perform(_ effect: Effect)
}
