import StorylineCore

/// A pick-one list: which source of an event to open, which person to filter by, or where
/// to jump from an article or person.
public struct Chooser: Hashable, Sendable {
    /// What picking an item does.
    public enum Purpose: Hashable, Sendable {
        case source([SourceRef])
        /// nil entries clear the person filter.
        case person([String?])
        /// Open the article with this id in the reader.
        case article([String])
        /// Show the event with this id in the timeline.
        case event([String])
        /// Show this person in the leaders pane.
        case leader([String])
        /// Where each of an article's sources or citations leads.
        case citation([Target])
    }

    /// Where a source or citation leads: a web address, the citing paragraph, or nowhere.
    public enum Target: Hashable, Sendable { case web(String), paragraph(Int), none }

    public var title: String
    public var items: [String]
    public var selection = 0
    public var purpose: Purpose
    /// A longer line per item (why an article is related), shown for the selected item.
    public var details: [String]? = nil
}
