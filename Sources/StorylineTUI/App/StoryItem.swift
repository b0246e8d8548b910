import StorylineCore

/// One row of an opened story: one of its events (its own timeline) or one of its articles.
public enum StoryItem: Hashable, Sendable {
    case event(Event)
    case article(Article)

    /// The row's searchable text.
    public var text: String {
        switch self {
        case .event(let e): return e.summary
        case .article(let a): return a.title + " · " + (a.outlet ?? "")
        }
    }
}
