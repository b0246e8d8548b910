/// The views of the browser. The articles list and the reader share a screen when wide.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    case articles, reader, timeline, leaders, stories, search

    /// The name shown in the tab bar, breadcrumb and help.
    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .reader: return "Reader"
        case .timeline: return "Timeline"
        case .leaders: return "Leaders"
        case .stories: return "Stories"
        case .search: return "Search"
        }
    }
}
