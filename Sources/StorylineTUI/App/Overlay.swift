import StorylineCore

/// A modal layer over the panes that takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
    /// The key list, scrolled down by this many rows when it does not fit.
    case help(scroll: Int)
    case chooser(Chooser)
    case prompt(Prompt)
}
