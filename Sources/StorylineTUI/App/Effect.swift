/// Side effects `update` asks for; the run loop performs them, so `update` stays pure.
public enum Effect: Hashable, Sendable {
    /// Leave the browser and restore the terminal.
    case quit
    /// Open a web address (http/https only) in the user's browser (`$BROWSER`, else xdg-open),
    /// suspending the screen meanwhile.
    case openURL(String)
    /// Show text in `$PAGER` (default `less`), suspending the screen meanwhile.
    case page(String)
    /// Run a search off the main loop; its answer comes back as `Action.searchAnswer`.
    case search(generation: Int, text: String)
}
