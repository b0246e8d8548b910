/// One block of an article (or its title) tokenized once, with its sentences and clauses as
/// token ranges, ready for the person and interaction scanners.
public struct ScannedBlock: Sendable {
    /// Index of the block in `Article.blocks`, or -1 for the article title.
    public var index: Int
    public var text: String
    /// The text indexed by scalar offset, for slicing.
    private var indexed: ScalarText
    public var tokens: [TextToken]
    /// Sentences as token ranges.
    public var sentences: [Range<Int>]
    /// Sentences further cut at semicolons: the unit in which an interaction is read.
    public var clauses: [Range<Int>]
    /// True for headline-style text where most words are capitalized; names are read
    /// more cautiously there.
    public var titleCase: Bool

    /// Tokenizes `text` and finds its sentences and clauses.
    public init(index: Int, text: String) {
        self.index = index
        self.text = text
        self.indexed = ScalarText(text)
        let tokens = Self.withoutHonourableStyle(TextToken.tokenize(text))
        self.tokens = tokens
        var sentences: [Range<Int>] = []
        var clauses: [Range<Int>] = []
        var sentenceStart = 0
        var clauseStart = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if !t.isWord && (t.text == "." || t.text == "!" || t.text == "?") {
                let previous = i > 0 ? tokens[i - 1] : nil
                let isAbbreviation = t.text == "." && previous.map { $0.isWord && PersonLexicon.abbreviations.contains($0.lower) } ?? false
                var end = i + 1
                while end < tokens.count, !tokens[end].isWord, ["\"", "'", ")", "]"].contains(tokens[end].text) { end += 1 }
                let next = end < tokens.count ? tokens[end] : nil
                let nextStartsSentence = next.map { !$0.isWord || $0.isCapitalized || $0.text.first?.isNumber == true } ?? true
                if !isAbbreviation && nextStartsSentence {
                    sentences.append(sentenceStart..<end)
                    clauses.append(clauseStart..<end)
                    sentenceStart = end; clauseStart = end
                    i = end
                    continue
                }
            } else if !t.isWord && t.text == ";" {
                clauses.append(clauseStart..<(i + 1))
                clauseStart = i + 1
            }
            i += 1
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        if clauseStart < tokens.count { clauses.append(clauseStart..<tokens.count) }
        self.sentences = sentences
        self.clauses = clauses
        var long = 0, capitalized = 0, lowerLong = 0
        for t in tokens where t.isWord && t.end - t.start >= 4 {
            long += 1
            if t.isCapitalized { capitalized += 1 } else if t.end - t.start >= 5 { lowerLong += 1 }
        }
        // Title case leaves only short words and the odd preposition ("after") in lower case; two
        // longer lower-case words ("counterpart", "mansion"), or one in a sentence closed by a
        // period, make a block full of names prose.
        let closed = tokens.last.map { !$0.isWord && $0.text == "." } ?? false
        var titleCase = long >= 3 && capitalized * 10 >= long * 8 && lowerLong < (closed ? 1 : 2)
        if titleCase {
            // "Antonio Costa, President of the European Council, met Chinese Premier Li Qiang.": title case
            // capitalizes short verbs too; a short lower-case word that is no article, conjunction or
            // preposition makes the block prose. (Read only for blocks that look like title case.)
            for t in tokens where t.isWord && (3...4).contains(t.end - t.start) && t.text.first?.isLowercase == true
                && !Self.minorWords.contains(t.lower) {
                lowerLong += 1
            }
            titleCase = lowerLong < (closed ? 1 : 2)
        }
        self.titleCase = titleCase
    }

    /// The tokens without the courtesy style "Hon." / "Honourable" before a capitalized word ("Samoa's Prime
    /// Minister, Hon. La'auli Leuatea Schmidt,"): it belongs to no name and no office, and its period ends no sentence.
    static func withoutHonourableStyle(_ tokens: [TextToken]) -> [TextToken] {
        var drop: [Int] = []
        for (i, t) in tokens.enumerated() where t.isWord && t.isCapitalized && (t.end - t.start == 3 || t.end - t.start >= 9)
            && (t.lower == "hon" || t.lower == "honourable" || t.lower == "honorable") {
            let dotted = i + 1 < tokens.count && !tokens[i + 1].isWord && tokens[i + 1].text == "."
            let next = dotted ? i + 2 : i + 1
            guard next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized, !tokens[next].isAllCaps else { continue }
            drop.append(i)
            if dotted { drop.append(i + 1) }
        }
        guard !drop.isEmpty else { return tokens }
        var kept = tokens
        for i in drop.reversed() { kept.remove(at: i) }
        return kept
    }

    /// Short words title case leaves in lower case.
    private static let minorWords: Set<String> = ["and", "but", "nor", "for", "yet", "the", "off", "per", "via", "from",
                                                  "into", "onto", "over", "with", "than", "upon", "amid", "near", "past",
                                                  "like", "till", "out", "up", "as", "at", "by", "in", "of", "on", "to",
                                                  "or", "so", "an"]

    /// The sentence holding token `i`.
    public func sentence(containing i: Int) -> Range<Int> {
        sentences.first { $0.contains(i) } ?? (0..<tokens.count)
    }

    /// The clause holding token `i`.
    public func clause(containing i: Int) -> Range<Int> {
        clauses.first { $0.contains(i) } ?? (0..<tokens.count)
    }

    /// The text of a token range as written in the block (original scalars, not normalized).
    public func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return indexed.slice(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }
}
