/// Splits prose into sentences on tokens, so that "U.S.", "Jan.", "Mr." and initials do
/// not end a sentence. Shared by the temporal tagger (tense windows) and the event extractor.
public enum SentenceSplitter {
    /// Abbreviations that end with a period but rarely end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "st", "jr", "sr", "no", "nos", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "rev", "hon", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "dept", "univ", "assn", "bros", "fig", "vol", "e.g", "i.e", "u.s", "u.k", "u.n", "amb",
    ]

    static let closers: Set<String> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]
    static let openers: Set<String> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "["]

    /// Sentences as half-open ranges of token indices, covering every token in order.
    public static func sentences(_ tokens: [TimeToken]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var begin = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" {
                var last = i
                // Closing quotes or brackets glued to the period belong to this sentence.
                while last + 1 < tokens.count, !tokens[last + 1].spaced,
                      closers.contains(tokens[last + 1].text) { last += 1 }
                if endsSentence(tokens, at: i, last: last) {
                    out.append(begin..<(last + 1))
                    begin = last + 1
                    i = last + 1
                    continue
                }
            }
            i += 1
        }
        if begin < tokens.count { out.append(begin..<tokens.count) }
        return out
    }

    private static func endsSentence(_ tokens: [TimeToken], at i: Int, last: Int) -> Bool {
        let t = tokens[i]
        if t.text == "." && i > 0 && !t.spaced {
            let prev = tokens[i - 1]
            if prev.kind == .word && (prev.text.unicodeScalars.count == 1 || abbreviations.contains(prev.lower)) {
                // "U.S." at the very end of a text still ends it.
                return last + 1 >= tokens.count
            }
            // "Posted June. 11, 2025": a month name's period before a number is an abbreviation mark.
            if prev.kind == .word, TimeVocabulary.months[prev.lower] != nil, i + 1 < tokens.count,
               tokens[i + 1].kind == .number { return false }
            if prev.kind == .number, i + 1 < tokens.count, tokens[i + 1].kind == .number, !tokens[i + 1].spaced {
                return false  // decimal "2.5"
            }
        }
        guard last + 1 < tokens.count else { return true }
        let next = tokens[last + 1]
        guard next.spaced else { return false }
        if next.kind == .word { return next.isCapitalized || !next.classes.contains(.lowercaseInitial) }
        if next.kind == .number { return true }
        return openers.contains(next.text)
    }
}
