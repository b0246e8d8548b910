/// How the stories pane lists stories; `s` cycles through them.
public enum StoryOrder: CaseIterable, Hashable, Sendable {
    /// By the day of their latest article, newest first (undated last).
    case newest
    /// Most articles first, then newest first: the stories told most widely.
    case largest
    /// By the day of their first article (the order stories are numbered in).
    case oldest

    public var label: String {
        switch self {
        case .newest: return "newest first"
        case .largest: return "most articles first"
        case .oldest: return "oldest first"
        }
    }

    public var next: StoryOrder {
        switch self {
        case .newest: return .largest
        case .largest: return .oldest
        case .oldest: return .newest
        }
    }
}
