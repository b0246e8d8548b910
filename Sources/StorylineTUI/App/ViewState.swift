import StorylineCore

/// Where the user is: the pane, selections, scroll positions and filters. It is what the
/// navigation history records, so everything needed to come back here lives in it.
public struct ViewState: Hashable, Sendable {
    /// Levels of the leaders pane: the people list, one person's ties, one tie's interactions.
    public enum LeadersLevel: Hashable, Sendable { case people, ties, interactions }

    public var pane: Pane = .articles
    public var newestFirst = true
    public var storyOrder: StoryOrder = .newest
    public var articleSelection = 0
    public var articleScroll = 0
    /// The article in the reader; nil follows the articles selection.
    public var readerArticle: String? = nil
    public var readerScroll = 0
    /// The sentence to highlight in the reader, when it was opened from an event or tie.
    public var highlight: SourceRef? = nil
    public var timelineSelection = 0
    public var timelineScroll = 0
    public var filter = TimelineFilter()
    public var personSelection = 0
    public var personScroll = 0
    public var leadersLevel: LeadersLevel = .people
    public var tieSelection = 0
    public var tieScroll = 0
    public var interactionSelection = 0
    public var interactionScroll = 0
    /// The query whose matches the reader highlights (opened from a search), and the match
    /// n/N last moved to.
    public var readerQuery: [QueryAtom]? = nil
    public var readerMatch = 0
    /// The event a jump landed on in the timeline, for the breadcrumb.
    public var focusedEvent: String? = nil
    public var storySelection = 0
    public var storyScroll = 0
    /// The story shown with its own timeline and articles; nil lists all stories.
    public var story: String? = nil
    public var storyItemSelection = 0
    public var storyItemScroll = 0
    public var search = SearchState()

    public init() {}

    /// A short label for the breadcrumb: "Timeline (Xi Jinping)".
    public var label: String {
        switch pane {
        case .timeline where !filter.isEmpty: return "Timeline (\(filter.summary))"
        default: return pane.title
        }
    }
}
