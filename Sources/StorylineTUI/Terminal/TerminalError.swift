/// Why the full-screen terminal could not start, worded for the user.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case noTerm
    case unknownTerm(String)
    case notUTF8(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the browser needs an interactive terminal (stdin and stdout must be a TTY); use `storyline articles` for plain output"
        case .noTerm:
            return "TERM is not set, so the terminal type is unknown; set it, e.g. TERM=xterm-256color"
        case .unknownTerm(let t):
            return "unknown terminal type TERM=\(t); try TERM=xterm-256color"
        case .notUTF8(let codeset):
            return "the locale's character set is \(codeset.isEmpty ? "unknown" : codeset), not UTF-8, so non-ASCII text would be drawn blank; set LANG=C.UTF-8 (or another UTF-8 locale)"
        }
    }
}
