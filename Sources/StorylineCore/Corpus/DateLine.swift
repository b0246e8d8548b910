import Foundation

/// Reads publication stamps from one metadata line ("Published: 11 Jun. 2025, 00:00",
/// "20:00 JST, June 4, 2025", "Updated 2025-06-11 14:03 KST", "Wed 11 Jun 2025 07.27 BST",
/// "2025-06-11T07:27:00+09:00"), scanning tokens instead of using regular expressions.
public enum DateLine {
    /// What the stamp says it is; a "Published/Posted" stamp beats an unlabelled one, which beats "Updated".
    public enum Label: Int, Comparable, Sendable {
        case updated = 0, unlabelled = 1, published = 2
        public static func < (a: Label, b: Label) -> Bool { a.rawValue < b.rawValue }
    }

    /// One timestamp found on a line, with its label.
    public struct Stamp: Equatable, Sendable {
        public var published: Published
        public var label: Label
    }

    /// A number, a word (lower-cased) or one symbol, with whether whitespace preceded it.
    struct Token {
        enum Kind { case num, word, sym }
        var kind: Kind
        /// Lower-cased word, digits, or the symbol.
        var text: String
        var value: Int
        /// True when whitespace separates this token from the previous one.
        var spaced: Bool
        var isUpper: Bool
        var capitalized: Bool
    }

    /// Every stamp on the line: one per labelled segment ("Posted : … Updated : …"), or one
    /// for an unlabelled line. Empty when the line states no complete date.
    public static func stamps(in line: String) -> [Stamp] {
        let tokens = tokenize(line)
        var segments: [(Label, ArraySlice<Token>)] = []
        var start = 0
        var label = Label.unlabelled
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .word, let l = labelWord(tokens[i].text) {
                if i > start { segments.append((label, tokens[start..<i])) }
                label = l
                start = i + 1
            }
            i += 1
        }
        if start < tokens.count { segments.append((label, tokens[start..<tokens.count])) }
        return segments.compactMap { seg in parse(Array(seg.1)).map { Stamp(published: $0, label: seg.0) } }
    }

    /// The best publication stamp of a line: labelled "Published/Posted" first, then unlabelled, then "Updated".
    public static func best(in line: String) -> Stamp? {
        stamps(in: line).max { $0.label < $1.label }
    }

    /// One date (with time and zone when stated) read from a text segment, or nil.
    public static func parse(_ text: String) -> Published? { parse(tokenize(text)) }

    /// True when the line starts with a publication label ("Published", "Posted", "Updated", "Date:").
    public static func startsWithLabel(_ line: String) -> Bool {
        let t = tokenize(String(line.prefix(24)))
        var i = 0
        while i < t.count, t[i].kind == .word, t[i].text == "first" || t[i].text == "last" || t[i].text == "originally" { i += 1 }
        return i < t.count && t[i].kind == .word && labelWord(t[i].text) != nil
    }

    private static func labelWord(_ w: String) -> Label? {
        switch w {
        case "published", "posted", "created", "date", "dated", "issued": return .published
        case "updated", "modified", "revised", "edited": return .updated
        default: return nil
        }
    }

    /// Splits text into number, word and symbol tokens, mapping Unicode spaces and dashes first.
    static func tokenize(_ s: String) -> [Token] {
        var out: [Token] = []
        var cur = ""
        var kind = Token.Kind.sym
        var spaced = true
        var sawSpace = true
        var upper = true
        var capital = false
        func flush() {
            guard !cur.isEmpty else { return }
            out.append(Token(kind: kind, text: kind == .word ? cur.lowercased() : cur,
                             value: kind == .num ? Int(cur.prefix(9)) ?? 0 : 0, spaced: spaced, isUpper: upper, capitalized: capital))
            cur = ""
        }
        for raw in s.unicodeScalars {
            let c = MatchText.map(raw)
            let v = c.value
            if c == " " || c == "\t" || c == "\n" {
                flush(); sawSpace = true; continue
            }
            let isDigit = v >= 48 && v <= 57
            // ASCII is decided without the Unicode property tables.
            let isLetter = !isDigit && (v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : c.properties.isAlphabetic)
            let isUppercase = isLetter && (v < 0x80 ? v <= 0x5A : c.properties.isUppercase)
            let k: Token.Kind = isDigit ? .num : isLetter ? .word : .sym
            if !cur.isEmpty && (k != kind || k == .sym) { flush(); sawSpace = false }
            if cur.isEmpty {
                kind = k; spaced = sawSpace; sawSpace = false; upper = true
                capital = isUppercase
            }
            if isLetter && !isUppercase { upper = false }
            cur.unicodeScalars.append(c)
        }
        flush()
        return out
    }

    /// The year of a yearless dateline ("MOSCOW, October 14. /TASS/.") from the story's own words: a weekday
    /// told as the day of writing ("Earlier on Wednesday, …", "later Wednesday") fixes it, searched from the
    /// latest year the story names; nil when the dateline has no month and day or nothing fixes the year.
    public static func yearlessDay(_ place: String, body: [String], today: Day = Day.today) -> Day? {
        let t = tokenize(place)
        var md: (Int, Int)? = nil
        for i in t.indices.dropLast() where md == nil {
            // "Jan. 5": the abbreviation's point stands between.
            let n = t[i + 1].text == "." && i + 2 < t.count ? i + 2 : i + 1
            if t[i].kind == .word, let m = month(t[i].text), t[n].kind == .num, (1...31).contains(t[n].value) {
                md = (m, t[n].value)
            } else if t[i].kind == .num, (1...31).contains(t[i].value), t[i + 1].kind == .word, let m = month(t[i + 1].text) {
                md = (m, t[i].value)
            }
        }
        guard let (m, d) = md else { return nil }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var weekday: Int? = nil
        // "President X held talks with Y in Beijing on Monday": the lead's own weekday is the dateline's day.
        var leadWeekday: Int? = nil
        var latestYear: Int? = nil
        for (n, line) in body.enumerated() {
            let words = tokenize(line)
            for (i, w) in words.enumerated() {
                if w.kind == .num, w.text.count == 4, (1990...2100).contains(w.value) { latestYear = max(latestYear ?? 0, w.value) }
                guard weekday == nil, w.kind == .word, let k = weekdays.firstIndex(of: w.text), i > 0 else { continue }
                let before = words[i - 1].text
                let told = before == "earlier" || before == "later"
                    || (before == "on" && i > 1 && (words[i - 2].text == "earlier" || words[i - 2].text == "later"))
                if told { weekday = k + 1 }
                if n == 0, leadWeekday == nil, before == "on" { leadWeekday = k + 1 }
            }
        }
        if let from = latestYear {
            guard let wd = weekday else { return nil }
            for y in from...(from + 6) {
                if let day = Day(y, m, d), day.weekday == wd { return day }
            }
            return nil
        }
        // A story naming no year at all ("SEOUL, Jan. 5 (Yonhap) -- … held talks … on Monday"): the dateline's day in
        // the twelve months up to today, when it fell on the weekday the story tells. A lead may tell the day before
        // (a wire dated the day it is sent), so a weekday that does not fit leaves the year unknown.
        guard let wd = weekday ?? leadWeekday, let thisYear = Day(today.year, m, d) else { return nil }
        let day = thisYear <= today ? thisYear : Day(today.year - 1, m, d)
        return day.flatMap { $0.weekday == wd ? $0 : nil }
    }

    /// A yearless dateline's day in the year a copyright line states ("NAIROBI, Nov 20 (Reuters)" over
    /// "(c) Copyright Thomson Reuters 2026."): a wire copy is copyrighted the year it is sent.
    public static func yearlessDay(_ place: String, copyright lines: [String]) -> Day? {
        var year: Int? = nil
        for line in lines where year == nil {
            let lower = line.lowercased()
            guard lower.hasPrefix("©") || lower.hasPrefix("(c)") || lower.hasPrefix("copyright") else { continue }
            year = tokenize(lower).first { $0.kind == .num && $0.text.count == 4 && (1990...2100).contains($0.value) }?.value
        }
        guard let year else { return nil }
        let t = tokenize(place)
        for i in t.indices.dropLast() {
            if t[i].kind == .word, let m = month(t[i].text), t[i + 1].kind == .num, let d = Day(year, m, t[i + 1].value) { return d }
            if t[i].kind == .num, t[i + 1].kind == .word, let m = month(t[i + 1].text), let d = Day(year, m, t[i].value) { return d }
        }
        return nil
    }

    /// 1–12 for an English month name or abbreviation ("jun", "june", "sept"), else nil.
    static func month(_ w: String) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        guard w.count >= 3 else { return nil }
        for (i, n) in names.enumerated() where n.hasPrefix(w) {
            if w.count == 3 || w == n || w == "sept" || (w.count == 4 && i != 4) { return i + 1 }
        }
        return nil
    }

    /// Offsets from UTC in minutes for common zone abbreviations; ambiguous ones (CST, IST) are left out
    /// except where one reading dominates news usage.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "kst": 540, "jst": 540, "hkt": 480, "sgt": 480, "pht": 480, "awst": 480,
        "wib": 420, "ict": 420, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "msk": 180,
        "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "cet": 60, "cest": 120, "bst": 60, "wet": 0, "west": 60, "eet": 120, "eest": 180,
    ]

    /// The date, then a time and zone not used by the date, from a token list.
    static func parse(_ t: [Token]) -> Published? {
        var used = Set<Int>()
        var day: Day? = nil
        // ISO-like numeric date: 2025-06-11, 2025/06/11, 2025.06.11
        var i = 0
        while day == nil && i + 4 < t.count {
            if t[i].kind == .num, t[i].text.count == 4, t[i + 1].kind == .sym, ["-", "/", "."].contains(t[i + 1].text),
               t[i + 2].kind == .num, t[i + 3].text == t[i + 1].text, t[i + 4].kind == .num,
               let d = Day(t[i].value, t[i + 2].value, t[i + 4].value) {
                day = d
                used.formUnion(i...(i + 4))
            }
            i += 1
        }
        // Day and month before the year: 22/04/2026 (AFP, BBC), 20-03-2026, 09/25/2026 (US order). Read when
        // one number exceeds 12 and so fixes the order, or when the separator or the clock tells a
        // day-first writer; a bare 04/05/2026 stays unread.
        i = 0
        while day == nil && i + 4 < t.count {
            if t[i].kind == .num, t[i].text.count <= 2, t[i + 1].kind == .sym, ["/", ".", "-"].contains(t[i + 1].text),
               t[i + 2].kind == .num, t[i + 2].text.count <= 2, t[i + 3].text == t[i + 1].text,
               t[i + 4].kind == .num, t[i + 4].text.count == 4, !t[i + 1].spaced, !t[i + 2].spaced, !t[i + 3].spaced {
                let (a, b) = (t[i].value, t[i + 2].value)
                var dm: (Int, Int)? = (a > 12 || a == b) && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : nil
                // "03.12.2026", or "03/12/2026 - 19:42" on a 24-hour clock: the order of most of the world.
                if dm == nil, a <= 12, b <= 12, t[i + 1].text != "/" || writesDayFirst(t) { dm = (a, b) }
                if let (d, m) = dm, let found = Day(t[i + 4].value, m, d) {
                    day = found
                    used.formUnion(i...(i + 4))
                }
            }
            i += 1
        }
        // East Asian: 2025年6月17日, 2025년 6월 17일
        i = 0
        while day == nil && i + 5 < t.count {
            if t[i].kind == .num, t[i].text.count == 4, t[i + 1].text == "年" || t[i + 1].text == "년",
               t[i + 2].kind == .num, t[i + 3].text == "月" || t[i + 3].text == "월", t[i + 4].kind == .num,
               t[i + 5].text.hasPrefix("日") || t[i + 5].text.hasPrefix("일"), let d = Day(t[i].value, t[i + 2].value, t[i + 4].value) {
                day = d
                used.formUnion(i...(i + 5))
            }
            i += 1
        }
        // Textual month: "June 4, 2025", "11 Jun. 2025", "Jun. 11, 2025"
        i = 0
        while day == nil && i < t.count {
            defer { i += 1 }
            guard t[i].kind == .word, let m = month(t[i].text) else { continue }
            // "May" as a month needs a capital; "may" in lower case is a verb.
            if t[i].text == "may" && !t[i].capitalized { continue }
            var j = i + 1
            while j < t.count, t[j].kind == .sym, t[j].text == "." || t[j].text == "," { j += 1 }
            var dayIdx: Int? = nil
            if j < t.count, t[j].kind == .num, t[j].text.count <= 2, (1...31).contains(t[j].value) {
                dayIdx = j; j += 1
            } else {
                var k = i - 1
                while k >= 0, t[k].kind == .sym, t[k].text == "." { k -= 1 }
                // "12th May, 2026": an ordinal suffix after the day.
                if k >= 1, t[k].kind == .word, !t[k].spaced, ["st", "nd", "rd", "th"].contains(t[k].text) { k -= 1 }
                if k >= 0, t[k].kind == .num, t[k].text.count <= 2, (1...31).contains(t[k].value) { dayIdx = k }
            }
            guard let di = dayIdx else { continue }
            while j < t.count, t[j].kind == .sym, t[j].text == "." || t[j].text == "," { j += 1 }
            if j < t.count, t[j].kind == .word, t[j].text.hasPrefix("st") || t[j].text == "nd" || t[j].text == "rd" || t[j].text == "th" {
                j += 1
                while j < t.count, t[j].kind == .sym, t[j].text == "," { j += 1 }
            }
            guard j < t.count, t[j].kind == .num, t[j].text.count == 4, let d = Day(t[j].value, m, t[di].value) else { continue }
            day = d
            used.formUnion([i, di, j])
        }
        guard let found = day else { return nil }
        // Time: HH:MM or HH.MM, optional seconds, optional a.m./p.m.
        var minutes: Int? = nil
        var after = 0
        i = 0
        while minutes == nil && i + 2 < t.count {
            defer { i += 1 }
            guard !used.contains(i), t[i].kind == .num, t[i].text.count <= 2, t[i].value <= 23,
                  t[i + 1].kind == .sym, t[i + 1].text == ":" || t[i + 1].text == ".",
                  t[i + 2].kind == .num, t[i + 2].text.count == 2, t[i + 2].value <= 59, !used.contains(i + 2),
                  !t[i + 1].spaced, !t[i + 2].spaced else { continue }
            var h = t[i].value
            var k = i + 3
            if k + 1 < t.count, t[k].text == ":", t[k + 1].kind == .num, t[k + 1].text.count == 2 { k += 2 }
            if k < t.count, t[k].kind == .word {
                var ampm: String? = nil
                if t[k].text == "am" || t[k].text == "pm" { ampm = t[k].text; k += 1 }
                else if (t[k].text == "a" || t[k].text == "p"), k + 2 < t.count, t[k + 1].text == ".", t[k + 2].text == "m" {
                    ampm = t[k].text + "m"; k += 3
                    if k < t.count, t[k].text == "." { k += 1 }
                }
                if let ap = ampm, h >= 1, h <= 12 {
                    if ap == "pm" && h != 12 { h += 12 }
                    if ap == "am" && h == 12 { h = 0 }
                }
            }
            minutes = h * 60 + t[i + 2].value
            after = k
        }
        // East Asian time: 21時30分, 21시 30분
        i = 0
        while minutes == nil && i + 3 < t.count {
            if !used.contains(i), t[i].kind == .num, t[i].value <= 23, t[i + 1].text == "時" || t[i + 1].text == "시",
               t[i + 2].kind == .num, t[i + 2].value <= 59, t[i + 3].text.hasPrefix("分") || t[i + 3].text.hasPrefix("분") {
                minutes = t[i].value * 60 + t[i + 2].value
                after = i + 4
            }
            i += 1
        }
        guard let mins = minutes else { return Published(day: found) }
        // Zone: right after the time (numeric offset, Z, or abbreviation), or an abbreviation elsewhere.
        var offset: Int? = nil
        if after < t.count {
            let z = t[after]
            if z.kind == .sym, z.text == "+" || z.text == "-", after + 1 < t.count, t[after + 1].kind == .num, !t[after + 1].spaced {
                offset = numericOffset(t, after)
            } else if z.kind == .word, z.text == "z", !z.spaced {
                offset = 0
            }
        }
        if offset == nil {
            for (k, tok) in t.enumerated() where tok.kind == .word && tok.isUpper {
                guard let base = zones[tok.text], tok.text != "z" else { continue }
                offset = base
                if (tok.text == "utc" || tok.text == "gmt"), k + 1 < t.count, t[k + 1].kind == .sym,
                   t[k + 1].text == "+" || t[k + 1].text == "-", let o = numericOffset(t, k + 1) {
                    offset = o
                }
                break
            }
        }
        return Published(day: found, minutes: mins, utcOffsetMinutes: offset)
    }

    /// True when a line's clock is written the day-first way: a 24-hour time ("19:42", "09:05")
    /// with no a.m./p.m. and no North American zone, which write the month first.
    private static func writesDayFirst(_ t: [Token]) -> Bool {
        var clock = false
        for k in t.indices {
            let tok = t[k]
            if tok.kind == .word, northAmericanZones.contains(tok.text) { return false }
            guard tok.kind == .num, tok.text.count == 2, k + 2 < t.count, t[k + 1].text == ":", !t[k + 1].spaced,
                  t[k + 2].kind == .num, t[k + 2].text.count == 2, !t[k + 2].spaced, tok.value <= 23 else { continue }
            if k + 3 < t.count, t[k + 3].kind == .word, ["am", "pm", "a", "p"].contains(t[k + 3].text) { return false }
            if tok.value >= 13 || tok.text.hasPrefix("0") { clock = true }
            // "Issued on: 12/09/2026 - 11:20": a stamp whose clock is set off from the slashed date by a dash, with no
            // a.m. or p.m., is the European web pages' day-first stamp whatever the hour.
            if k >= 3, t[k - 1].text == "-", t[k - 1].spaced, t[k - 2].kind == .num, t[k - 2].text.count == 4,
               t[k - 3].text == "/" { clock = true }
        }
        return clock
    }

    /// Zone abbreviations of the month-first countries.
    private static let northAmericanZones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
                                                          "ct", "akst", "akdt", "hst"]

    private static func numericOffset(_ t: [Token], _ signIdx: Int) -> Int? {
        guard signIdx + 1 < t.count, t[signIdx + 1].kind == .num else { return nil }
        let sign = t[signIdx].text == "-" ? -1 : 1
        let n = t[signIdx + 1]
        var h = n.value, m = 0
        if n.text.count == 4 { h = n.value / 100; m = n.value % 100 }
        else if signIdx + 3 < t.count, t[signIdx + 2].text == ":", t[signIdx + 3].kind == .num { m = t[signIdx + 3].value }
        guard h <= 14, m < 60 else { return nil }
        return sign * (h * 60 + m)
    }
}

extension Day {
    /// The day it is now (UTC) on this machine's clock.
    public static var today: Day { Day(ordinal: Int((Date().timeIntervalSince1970 / 86400).rounded(.down))) }
}
