import StorylineCore

/// Everything that can happen to the app: a key, a new terminal size, a signal asking it to
/// stop (Ctrl-C, SIGTERM, SIGHUP), or the answer to a search run off the main loop.
public enum Action: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case interrupt
    /// The answer to the search request numbered `generation`, for `text`.
    case searchAnswer(generation: Int, text: String, answer: SearchAnswer)
    /// Related articles and stories, computed off the main loop after the first screen.
    case linked(related: RelatedArticles, stories: [Story])
    /// The full library, replacing the article list the first screen was drawn from.
    case loaded(LoadedLibrary)
    /// A note from background work for the status line.
    case notice(String)
    /// Text pasted into the terminal in one piece (bracketed paste): typed into the search
    /// bar, a prompt or a list filter as plain text, never run as keys.
    case paste(String)
}
