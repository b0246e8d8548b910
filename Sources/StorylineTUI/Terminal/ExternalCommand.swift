import Foundation

/// A program named by an environment setting such as `$BROWSER` or `$PAGER` ("less -R"),
/// split into an executable and arguments and found on `$PATH`, so it runs without a shell:
/// nothing the user reads (a URL, an article) is ever interpreted as shell syntax.
public struct ExternalCommand: Hashable, Sendable {
    public var executable: String
    public var arguments: [String]

    /// Splits `setting` on whitespace (single and double quotes group words); nil when empty.
    public static func parse(_ setting: String) -> ExternalCommand? {
        var words: [String] = []
        var word = ""
        var quote: Character? = nil
        var inWord = false
        for c in setting {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c; inWord = true
            } else if c == " " || c == "\t" || c == "\n" {
                if inWord { words.append(word); word = ""; inWord = false }
            } else {
                word.append(c); inWord = true
            }
        }
        if inWord { words.append(word) }
        guard let first = words.first else { return nil }
        return ExternalCommand(executable: first, arguments: Array(words.dropFirst()))
    }

    /// The executable's full path: as given when it contains a slash, else the first
    /// executable match in `path` (a `$PATH` value).
    public func resolved(path: String) -> String? {
        if executable.contains("/") { return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil }
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = dir + "/" + executable
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
