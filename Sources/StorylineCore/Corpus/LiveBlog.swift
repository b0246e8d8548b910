/// Live blogs: entries opening on a clock time ("21:40 — …"), posted on the day of the page.
/// The parser keeps them as dated entries labelled "day clock"; extraction dates by that posting
/// time only what an entry tells without a date of its own.
public enum LiveBlog {
    /// "21:40 — …", "9:05 GMT - …", "13:48 – …": the scalars a live-blog entry's clock time and its dash
    /// take at the start of a line, or nil.
    public static func clockStamp(_ text: String) -> Int? {
        guard let f = text.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
        let s = Array(text.unicodeScalars.prefix(16))
        var i = 0
        while i < s.count, i < 2, s[i].properties.numericType != nil, s[i].value < 0x80 { i += 1 }
        guard i >= 1, i + 2 < s.count, s[i] == ":" || s[i] == ".", s[i + 1].value >= 0x30, s[i + 1].value <= 0x39,
              s[i + 2].value >= 0x30, s[i + 2].value <= 0x39 else { return nil }
        i += 3
        while i < s.count, s[i] == " " || (s[i].properties.isUppercase && s[i].value < 0x80) { i += 1 }
        guard i < s.count, s[i] == "—" || s[i] == "–" || s[i] == "-" || s[i] == "|" else { return nil }
        i += 1
        while i < s.count, s[i] == " " { i += 1 }
        return i < s.count ? i : nil
    }

    /// True for an entry label that is a posting time ("2026-08-18 21:40"), not a chronology's date.
    public static func isPosting(_ label: String?) -> Bool {
        guard let label, let space = label.lastIndex(of: " ") else { return false }
        let clock = label[label.index(after: space)...]
        return clock.contains(":") && clock.allSatisfy { $0.isNumber || $0 == ":" }
    }
}
