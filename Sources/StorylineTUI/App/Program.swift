import Dispatch
import StorylineCore

/// The run loop: draw, wait for an action (a key, or an answer from a worker), update,
/// perform effects, until `quit`.
public enum Program {
    /// Runs the browser on `terminal` from `state`, answering searches with `searcher` off the
    /// main loop and running each `background` task off it too (it posts actions as it goes);
    /// returns the final state.
    @discardableResult
    public static func run(_ state: AppState, on terminal: Terminal, searcher: (any ArticleSearching)? = nil,
                           background: [@Sendable (_ post: @escaping @Sendable (Action) -> Void) -> Void] = []) -> AppState {
        var state = state
        state.size = terminal.size
        state.settle()
        let inbox = Inbox()
        let worker = searcher.map { SearchWorker($0, inbox: inbox) }
        for task in background { DispatchQueue.global(qos: .utility).async { task(inbox.post) } }
        while true {
            terminal.draw(render(state, size: state.size))
            guard let action = terminal.nextAction(orFrom: inbox) else { return state }
            let (next, effects) = update(state, action)
            state = next
            for e in effects {
                switch e {
                case .quit: return state
                case let .search(generation, text):
                    if let worker { worker.submit(generation: generation, text: text) } else {
                        inbox.post(.searchAnswer(generation: generation, text: text,
                                                 answer: SearchAnswer(error: "search is not available for this corpus")))
                    }
                default:
                    if let note = terminal.perform(e) { inbox.post(.notice(note)) }
                }
            }
        }
    }
}
