/// A week-in-review layout: a heading "Week of Nov. 10" over items that open on a bare weekday
/// ("Tuesday: X received Y …"). Each such item happened on that weekday of the heading's week,
/// not on the weekday nearest the publication day.
enum WeekDigest {
    /// The first day of the week a heading names ("Week of Nov. 10", "The week of November 10, 2025:"),
    /// or nil for any other line. A yearless date is read in the year that puts it at most a month after `published`.
    static func weekStart(_ text: String, published: Day?) -> Day? {
        guard text.utf8.count <= 40 else { return nil }
        var rest = Substring(text.lowercased())
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        guard rest.hasPrefix("week of ") else { return nil }
        rest = rest.dropFirst(8)
        while rest.last == ":" || rest.last == " " { rest = rest.dropLast() }
        var month: Int?, day: Int?, year: Int?
        for word in rest.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let w = word.last == "." ? word.dropLast() : word
            if month == nil, let m = TimeVocabulary.months[String(w)] { month = m; continue }
            guard let n = Int(w) else { return nil }
            if day == nil, (1...31).contains(n) { day = n } else if year == nil, (1900...2100).contains(n) { year = n } else { return nil }
        }
        guard let month, let day else { return nil }
        if let year { return Day(year, month, day) }
        guard let published, let same = Day(published.year, month, day) else { return nil }
        return same.ordinal > published.ordinal + 31 ? Day(published.year - 1, month, day) : same
    }

    /// The weekday (1 = Monday … 7 = Sunday) an item opens on ("Tuesday: …", "Friday — …") and how many
    /// scalars the label and its separator take, or nil when the line opens otherwise.
    static func weekdayLabel(_ text: String) -> (weekday: Int, cut: Int)? {
        let s = Array(text.unicodeScalars.prefix(16))
        var k = 0
        while k < s.count, s[k].properties.isAlphabetic { k += 1 }
        guard k >= 6, k < s.count, s[0].properties.isUppercase,
              let weekday = TimeVocabulary.weekdays[String(String.UnicodeScalarView(s[0..<k])).lowercased()] else { return nil }
        var cut = k
        if s[cut] == ":" {
            cut += 1
        } else if s[cut] == " ", cut + 1 < s.count, s[cut + 1] == "–" || s[cut + 1] == "—" || s[cut + 1] == "-" {
            cut += 2
        } else {
            return nil
        }
        guard cut < s.count, s[cut] == " " else { return nil }
        while cut < s.count, s[cut] == " " { cut += 1 }
        return (weekday, cut)
    }

    /// The day of the week starting `start` that falls on `weekday`.
    static func day(_ weekday: Int, inWeekOf start: Day) -> Day {
        start.adding(days: (weekday - start.weekday + 7) % 7)
    }
}
