/// Short lines of a page header that are neither prose nor a byline: a bare clock time
/// ("2:14 p.m. EST"), a place ("Washington, DC", "Ottawa, Ontario") and a masthead naming the
/// outlet ("Africanews"). Line-level shape tests; `ArticleParser` decides by position.
enum HeaderLine {
    /// True for a line holding only a clock time, maybe with a.m./p.m. and a time zone:
    /// "2:14 p.m. EST", "11:30 GMT", "09.45 KST", "7:05pm".
    static func isClock(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(24))
        guard b.count <= 20, let f = b.first, f >= 0x30, f <= 0x39 else { return false }
        func digit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        var k = digit(1) ? 2 : 1
        guard k < b.count, b[k] == 0x3A || b[k] == 0x2E, digit(k + 1), digit(k + 2) else { return false }
        k += 3
        if k < b.count, b[k] == 0x20 { k += 1 }
        // "a.m.", "p.m.", "am", "PM".
        if k < b.count, [0x61, 0x70, 0x41, 0x50].contains(b[k]) {
            var m = k + 1
            if m < b.count, b[m] == 0x2E { m += 1 }
            guard m < b.count, b[m] == 0x6D || b[m] == 0x4D else { return false }
            m += 1
            if m < b.count, b[m] == 0x2E { m += 1 }
            k = m
            if k < b.count, b[k] == 0x20 { k += 1 }
        }
        // A zone of two to five capitals ("EST", "GMT", "KST"), maybe with an offset ("UTC+9").
        var letters = 0
        while k < b.count, b[k] >= 0x41, b[k] <= 0x5A { k += 1; letters += 1 }
        guard letters == 0 || (2...5).contains(letters) else { return false }
        if letters > 0, k < b.count, b[k] == 0x2B || b[k] == 0x2D { k += 1; while digit(k) || (k < b.count && b[k] == 0x3A) { k += 1 } }
        return k == b.count
    }

    /// True for a page's relative age: "2 hours ago", "5 mins ago", "just now", "yesterday".
    static func isRelativeAge(_ lower: String) -> Bool {
        if lower == "just now" || lower == "yesterday" { return true }
        let ws = lower.split(separator: " ")
        guard ws.count == 3, ws[2] == "ago", ws[0].allSatisfy({ $0.isASCII && $0.isNumber }) || ws[0] == "an" || ws[0] == "a" else { return false }
        return ["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days"].contains(ws[1])
    }

    /// True for "Place, Region": two to four capitalized words of letters around one comma, with
    /// no digit and no office or newsroom job ("Jane Roe, Spokesperson" is no place).
    static func isPlace(_ text: String) -> Bool {
        guard text.utf8.count <= 40, text.utf8.contains(0x2C) else { return false }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        var words = 0
        for part in parts {
            let ws = part.split(separator: " ")
            guard (1...3).contains(ws.count) else { return false }
            for w in ws {
                guard w.first?.isUppercase == true, w.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" }) else { return false }
                guard !officeWord(w) else { return false }
                words += 1
            }
        }
        return words <= 4
    }

    /// The outlet a masthead line names: one to three capitalized words of letters, not a place,
    /// a section or kicker word ("Analysis", "Live"), a title or a common given name; nil otherwise.
    static func masthead(_ text: String) -> String? {
        guard text.utf8.count <= 30 else { return nil }
        let ws = text.split(separator: " ")
        guard (1...3).contains(ws.count), ws[0].first?.isUppercase == true else { return nil }
        for w in ws {
            guard w.allSatisfy({ $0.isLetter }) else { return nil }
            let lower = w.lowercased()
            let classes = LexiconClass.of(lower)
            if officeWord(w) || classes.contains(.country) || classes.contains(.capital) || PersonLexicon.givenNames.contains(lower) {
                return nil
            }
            if ws.count == 1, classes.contains(.nonPerson) { return nil }
        }
        return OutletDetector.agency(text) ?? text
    }

    /// True for a word naming an office or a newsroom job.
    private static func officeWord(_ w: Substring) -> Bool {
        let lower = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
        let classes = LexiconClass.of(lower)
        return classes.contains(.title) || classes.contains(.titleFirst) || jobs.contains(lower)
    }

    /// Newsroom and office words that may follow a name after a comma.
    private static let jobs: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "writer", "reporter",
                                            "correspondent", "editor", "columnist", "staff", "contributor",
                                            "director", "deputy", "principal", "senior", "chief", "press"]
}
