/// Side effects `update` asks for; the run loop performs them, so `update` stays pure.
public enum Effect: Hashable, Sendable {
    /// Leave the browser and restore the terminal.
    case quit
    /// Open a web address in the user's browser (`$BROWSER`), suspending the screen meanwhile.
    case openURL(String)
}
