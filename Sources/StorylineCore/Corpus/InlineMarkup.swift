/// Markdown's inline marks in a paragraph of scraped text: "President **Ana Costa** met
/// _Prime Minister_ Jon Berg" reads "President Ana Costa met Prime Minister Jon Berg" in the
/// reader, the index and extraction (which would otherwise miss the title before a bold name).
/// Only marks that open and close as emphasis do are taken out: an asterisk with spaces around
/// it ("5 * 3"), a list bullet ("* item"), an underscore inside a word ("file_name") and a mark
/// with no partner stay as written.
enum InlineMarkup {
    /// A Markdown block quote's line without its marks ("> \"We agreed,\" Costa said." → the
    /// quote), with how many characters were cut; nil for a line that is not one.
    static func withoutQuoteMarks(_ text: String) -> (text: String, cut: Int)? {
        // Most lines: one byte compared.
        guard text.utf8.first == UInt8(ascii: ">") else { return nil }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var cut = 0
        while i < scalars.endIndex, scalars[i] == ">" {
            i = scalars.index(after: i); cut += 1
            if i < scalars.endIndex, scalars[i] == " " { i = scalars.index(after: i); cut += 1 }
        }
        guard i < scalars.endIndex else { return nil }
        return (String(scalars[i...]), cut)
    }

    /// `text` without emphasis marks (`*`, `**`, `***`, `_`, `__`) and inline-code backticks.
    static func plain(_ text: String) -> String {
        var bytes = text
        let marked = bytes.withUTF8 { b in b.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "`") } }
        guard marked else { return text }
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        return strip(u[...], into: &out) ? String(out) : text
    }

    /// Appends `u` without its marks to `out`; true when any mark was taken out.
    private static func strip(_ u: ArraySlice<Unicode.Scalar>, into out: inout String.UnicodeScalarView) -> Bool {
        var changed = false
        var i = u.startIndex
        while i < u.endIndex {
            let c = u[i]
            guard c == "*" || c == "_" || c == "`" else { out.append(c); i += 1; continue }
            var run = i
            while run < u.endIndex, u[run] == c { run += 1 }
            let width = run - i
            if let close = closing(u, mark: c, width: width, from: run, opensAt: i) {
                if c == "`" {
                    out.append(contentsOf: u[run..<close])
                } else {
                    _ = strip(u[run..<close], into: &out)
                }
                changed = true
                i = close + width
                continue
            }
            out.append(contentsOf: u[i..<run])
            i = run
        }
        return changed
    }

    /// Where the run of `width` marks closing the one at `opensAt` (ending at `from`) starts, or nil
    /// when that run does not open emphasis or nothing closes it.
    private static func closing(_ u: ArraySlice<Unicode.Scalar>, mark: Unicode.Scalar, width: Int, from: Int, opensAt: Int) -> Int? {
        guard width <= 3, from < u.endIndex, !u[from].properties.isWhitespace else { return nil }
        if mark != "`", opensAt > u.startIndex, isWordCharacter(u[opensAt - 1]) { return nil }
        var k = from
        while k < u.endIndex {
            guard u[k] == mark else { k += 1; continue }
            var end = k
            while end < u.endIndex, u[end] == mark { end += 1 }
            if end - k == width, k > from {
                if mark == "`" { return k }
                if !u[k - 1].properties.isWhitespace, end == u.endIndex || !isWordCharacter(u[end]) { return k }
            }
            k = end
        }
        return nil
    }

    private static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
