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

    /// "15:40 GMT", "9.05", "14:05 BST" alone on a line: the clock time of the live-blog entry below it
    /// ("15:40"), or nil.
    public static func clockLine(_ text: String) -> String? {
        guard let f = text.utf8.first, f >= 0x30, f <= 0x39, text.utf8.count <= 16 else { return nil }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count, i < 2, s[i].value >= 0x30, s[i].value <= 0x39 { i += 1 }
        guard i >= 1, i + 2 < s.count, s[i] == ":" || s[i] == ".",
              s[i + 1].value >= 0x30, s[i + 1].value <= 0x39, s[i + 2].value >= 0x30, s[i + 2].value <= 0x39 else { return nil }
        let clock = String(String.UnicodeScalarView(s[0..<i])) + ":" + String(String.UnicodeScalarView(s[(i + 1)..<(i + 3)]))
        // Only a time zone or "am"/"pm" may follow: "14:05 GMT", "9:05 am".
        for u in s[(i + 3)...] where !(u == " " || u == "+" || (u.value >= 0x41 && u.value <= 0x5A)
                                       || u == "a" || u == "p" || u == "m" || (u.value >= 0x30 && u.value <= 0x39)) { return nil }
        return clock
    }

    /// "Wednesday 8 July", "Tuesday, July 7", "8 July 2026": a live page's heading naming the day of
    /// the entries below it; without a year, the latest such day not after the day `published`.
    public static func dayHeading(_ text: String, published: Day) -> Day? {
        guard text.utf8.count <= 32, let f = text.unicodeScalars.first, f.properties.isUppercase || (f.value >= 0x30 && f.value <= 0x39) else { return nil }
        var month: Int?, day: Int?, year: Int?
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let w = word.lowercased()
            if TimeVocabulary.weekdays[w] != nil { continue }
            if month == nil, let m = TimeVocabulary.months[w] { month = m; continue }
            guard let n = Int(w) else { return nil }
            if day == nil, (1...31).contains(n) { day = n } else if year == nil, (1990...2100).contains(n) { year = n } else { return nil }
        }
        guard let month, let day else { return nil }
        if let year { return Day(year, month, day) }
        guard let same = Day(published.year, month, day) else { return nil }
        return published < same ? Day(published.year - 1, month, day) : same
    }

    /// True for an entry label that is a posting time ("2026-08-18 21:40"), not a chronology's date.
    public static func isPosting(_ label: String?) -> Bool {
        guard let label, let space = label.lastIndex(of: " ") else { return false }
        let clock = label[label.index(after: space)...]
        return clock.contains(":") && clock.allSatisfy { $0.isNumber || $0 == ":" }
    }
}
