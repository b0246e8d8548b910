import StorylineCore

/// A modal layer over the panes that takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
    /// The key list, scrolled down by this many rows when it does not fit.
    case help(scroll: Int)
    case chooser(Chooser)
    case prompt(Prompt)
}

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

/// A one-line text prompt, e.g. the date range of the timeline filter.
public struct Prompt: Hashable, Sendable {
    public var title: String
    public var text: String
    public var hint: String
}
