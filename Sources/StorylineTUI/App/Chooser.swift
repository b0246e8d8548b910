import StorylineCore

/// A pick-one list: which source of an event to open, or which person to filter by.
public struct Chooser: Hashable, Sendable {
    /// What picking an item does.
    public enum Purpose: Hashable, Sendable {
        case source([SourceRef])
        /// nil entries clear the person filter.
        case person([String?])
    }

    public var title: String
    public var items: [String]
    public var selection = 0
    public var purpose: Purpose
}
