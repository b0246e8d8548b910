import Foundation

/// Builds FTS5 MATCH expressions from a parsed `SearchQuery`. Every piece of user text is
/// emitted inside a double-quoted FTS5 string (quotes doubled), so no user character can act
/// as FTS5 syntax; the expression is then bound as an SQL argument, never spliced into SQL.
public enum MatchExpression {
    /// The expression for the query's words and phrases (AND of OR-clauses), with outlet and
    /// text-matched person filters; nil when the query has no positive text condition.
    public static func positive(_ query: SearchQuery, textPeople: [String] = []) -> String? {
        var parts: [String] = []
        for clause in query.clauses {
            let alternatives = clause.compactMap(atom)
            guard !alternatives.isEmpty else { continue }
            parts.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        for outlet in query.outlets {
            if let s = quoted(outlet) { parts.append("{outlet} : " + s) }
        }
        for person in textPeople {
            if let s = quoted(person) { parts.append("{title body captions} : " + s) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// Each phrase of `positive`'s expression on its own, in the order FTS5 numbers them
    /// (the order the ranking function receives their IDFs in).
    public static func phrases(_ query: SearchQuery, textPeople: [String] = []) -> [String] {
        var out = query.clauses.flatMap { $0.compactMap(atom) }
        out += query.outlets.compactMap { quoted($0).map { "{outlet} : " + $0 } }
        out += textPeople.compactMap { quoted($0).map { "{title body captions} : " + $0 } }
        return out
    }

    /// The expression matching any excluded atom, or nil when nothing is excluded.
    public static func excluded(_ query: SearchQuery) -> String? {
        let parts = query.excluded.compactMap(atom)
        return parts.isEmpty ? nil : parts.joined(separator: " OR ")
    }

    /// One atom as an FTS5 phrase: `"text"` or `"text" *`; CJK runs become bigram phrases.
    public static func atom(_ atom: QueryAtom) -> String? {
        switch atom {
        case let .word(w, prefix):
            guard let s = prefix ? quoted(stemmablePrefix(w), prefix: true) : quoted(w) else { return nil }
            return (prefix || CJKSegmenter.isSingleCJKCharacter(w)) ? s + " *" : s
        case let .phrase(p):
            guard let s = quoted(p) else { return nil }
            return CJKSegmenter.isSingleCJKCharacter(p.filter { !$0.isWhitespace }) ? s + " *" : s
        }
    }

    /// The index holds Porter stems ("negotiators" → "negoti"), so a prefix is cut before its
    /// trailing vowels to still reach the stems of the words it begins ("negotia*" → "negoti*").
    static func stemmablePrefix(_ prefix: String) -> String {
        guard prefix.allSatisfy({ $0.isASCII }) else { return prefix }
        var p = Substring(prefix)
        while p.count > 3, let last = p.last, "aeiouyAEIOUY".contains(last) { p.removeLast() }
        return String(p)
    }

    /// The text as one FTS5 string literal, CJK segmented the way the index is; nil if empty
    /// or made only of words the index leaves out (`CommonWords`; a prefix keeps them).
    static func quoted(_ text: String, prefix: Bool = false) -> String? {
        let segmented = CJKSegmenter.segment(text)
        guard SearchQuery.hasWordCharacter(segmented), prefix || !CommonWords.onlyCommon(segmented) else { return nil }
        return "\"" + segmented.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
