import StorylineCore

/// The run loop: draw, wait for an action, update, perform effects, until `quit`.
public enum Program {
    /// Runs the browser on `terminal` from `state`; returns the final state.
    @discardableResult
    public static func run(_ state: AppState, on terminal: Terminal) -> AppState {
        var state = state
        state.size = terminal.size
        state.settle()
        while true {
            terminal.draw(render(state, size: state.size))
            guard let action = terminal.nextAction() else { return state }
            let (next, effects) = update(state, action)
            state = next
            for e in effects {
                if e == .quit { return state }
                terminal.perform(e)
            }
        }
    }
}
