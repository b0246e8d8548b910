/// Back/forward history of views: every jump pushes where the user was, so Backspace
/// returns there with the same pane, selection, scroll and filters.
public struct NavigationHistory: Hashable, Sendable {
    public private(set) var back: [ViewState] = []
    public private(set) var forward: [ViewState] = []
    /// Oldest entries are dropped beyond this many.
    public let limit = 100

    public init() {}

    /// Records `current` before a jump; a new jump forgets the forward entries.
    public mutating func push(_ current: ViewState) {
        back.append(current)
        if back.count > limit { back.removeFirst(back.count - limit) }
        forward.removeAll()
    }

    /// The view to return to, having recorded `current` for forward.
    public mutating func goBack(from current: ViewState) -> ViewState? {
        guard let v = back.popLast() else { return nil }
        forward.append(current)
        return v
    }

    /// The view to go forward to, having recorded `current` for back.
    public mutating func goForward(from current: ViewState) -> ViewState? {
        guard let v = forward.popLast() else { return nil }
        back.append(current)
        return v
    }
}
