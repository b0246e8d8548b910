/// An in-memory terminal for tests: replays scripted actions and keeps the last screen,
/// which it can dump as text.
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var screen: ScreenBuffer
    public private(set) var performed: [Effect] = []
    private var pending: [Action]

    /// A blank screen of the given size that will replay `actions`.
    public init(width: Int = 80, height: Int = 24, actions: [Action] = []) {
        size = Size(width: width, height: height)
        screen = ScreenBuffer(size: size)
        pending = actions
    }

    /// Queues keys typed as a string, one `.char` per character.
    public func type(_ text: String) { pending += text.map { .key(.char($0)) } }
    /// Queues actions.
    public func send(_ actions: Action...) { pending += actions }

    /// Keeps the buffer as the current screen.
    public func draw(_ buffer: ScreenBuffer) { screen = buffer }

    /// The next scripted action (adopting a resize's size); nil when the script is done.
    public func nextAction() -> Action? {
        guard !pending.isEmpty else { return nil }
        let a = pending.removeFirst()
        if case .resize(let s) = a { size = s }
        return a
    }

    /// Records the effect instead of performing it.
    @discardableResult
    public func perform(_ effect: Effect) -> String? { performed.append(effect); return nil }

    /// The screen as text, one line per row.
    public func dump() -> String { screen.text() }
}
