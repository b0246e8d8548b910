/// A place the app draws screens and reads actions from: the real terminal through
/// ncurses, or an in-memory one in tests.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }
    /// Shows `buffer`, drawing only what changed since the last call.
    func draw(_ buffer: ScreenBuffer)
    /// Blocks until the next key, resize or signal; nil when input has ended.
    func nextAction() -> Action?
    /// The next action: one waiting in `inbox` (from a background worker), else the next key,
    /// resize or signal. A live terminal keeps polling `inbox` while it waits for keys.
    func nextAction(orFrom inbox: Inbox) -> Action?
    /// Performs a side effect that needs the terminal (e.g. suspending it to run a browser);
    /// returns a note for the user when it could not.
    @discardableResult
    func perform(_ effect: Effect) -> String?
}

extension Terminal {
    /// Takes a waiting inbox action first, then blocks for the next input.
    public func nextAction(orFrom inbox: Inbox) -> Action? { inbox.take() ?? nextAction() }
}
