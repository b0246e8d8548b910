/// One searchable unit of a query: a word (optionally a prefix, `summ*`) or a quoted phrase.
public enum QueryAtom: Hashable, Sendable {
    case word(String, prefix: Bool)
    case phrase(String)

    /// The text the atom searches for.
    public var text: String {
        switch self {
        case let .word(w, _): return w
        case let .phrase(p): return p
        }
    }

    /// True when every word of it is one the index leaves out ("the", "of the"): nothing to
    /// search for. A prefix never is ("the*" finds "theatre").
    public var isOnlyCommonWords: Bool {
        switch self {
        case let .word(w, prefix): return !prefix && CommonWords.onlyCommon(w)
        case let .phrase(p): return CommonWords.onlyCommon(p)
        }
    }
}

/// A parsed search query: what must match, what must not, and the filters. Parsed from user
/// text by `SearchQuery.parse`; it is the only route from user input to the index.
public struct SearchQuery: Hashable, Sendable {
    /// Every clause must match; a clause matches when any of its alternatives (`a OR b`) does.
    public var clauses: [[QueryAtom]] = []
    /// Articles matching any of these are left out (`-word`, `-"a phrase"`).
    public var excluded: [QueryAtom] = []
    /// `person:` values: articles that mention each person.
    public var people: [String] = []
    /// `outlet:` values: articles from an outlet whose name matches.
    public var outlets: [String] = []
    /// `from:` and `to:`: inclusive publication-date bounds.
    public var from: Day?
    public var to: Day?
    /// `type:` values: articles with events of one of these types.
    public var eventTypes: [EventType] = []
    /// Parts of the input that were ignored, said plainly ("unbalanced quote closed at the end").
    public var notes: [String] = []

    /// The longest query accepted, in characters.
    public static let maxLength = 2000
    /// Atoms beyond this many are ignored (with a note).
    public static let maxAtoms = 32

    public init() {}

    /// True when the query has no words and no filters.
    public var isEmpty: Bool {
        clauses.isEmpty && excluded.isEmpty && people.isEmpty && outlets.isEmpty && from == nil && to == nil
            && eventTypes.isEmpty
    }

    /// Parses user input. Never fails on odd input: stray operators, unbalanced quotes,
    /// symbols and control characters are ignored with a note; only an empty result, a bad
    /// date, an unknown event type or an overlong query throw.
    public static func parse(_ input: String) throws -> SearchQuery {
        let length = input.count
        if length > maxLength { throw QueryError.tooLong(characters: length, limit: maxLength) }
        var q = SearchQuery()
        let tokens = lex(input, notes: &q.notes)
        var pendingOr = false
        var pendingNot = false
        // Atoms made only of words the index leaves out (`CommonWords`).
        var common: [String] = []
        for token in tokens {
            switch token {
            case .or:
                if q.clauses.isEmpty || pendingOr { q.notes.append("OR needs a word on each side; ignored") } else { pendingOr = true }
                continue
            case .not:
                pendingNot = true
                continue
            case let .field(name, value):
                try q.applyFilter(name: name, value: value)
            case let .atom(atom, negated):
                if atom.isOnlyCommonWords {
                    common.append(atom.text)
                    pendingOr = false
                    pendingNot = false
                    continue
                }
                guard q.clauses.count + q.excluded.count < maxAtoms else {
                    q.notes.append("only the first \(maxAtoms) words are searched")
                    continue
                }
                if negated || pendingNot {
                    q.excluded.append(atom)
                } else if pendingOr, !q.clauses.isEmpty {
                    q.clauses[q.clauses.count - 1].append(atom)
                } else {
                    q.clauses.append([atom])
                }
            }
            pendingOr = false
            pendingNot = false
        }
        if pendingOr { q.notes.append("OR at the end has nothing after it; ignored") }
        if q.clauses.isEmpty && q.excluded.isEmpty && q.people.isEmpty && q.outlets.isEmpty && q.from == nil
            && q.to == nil && q.eventTypes.isEmpty {
            throw common.isEmpty ? QueryError.nothingToSearch : QueryError.onlyCommonWords(common)
        }
        if !common.isEmpty {
            q.notes.append(common.map { "\"\($0)\"" }.joined(separator: ", ") + (common.count == 1 ? " is" : " are")
                           + " too common to search for; ignored")
        }
        return q
    }

    private mutating func applyFilter(name: String, value: String) throws {
        let v = value.trimmingCharactersInSet()
        guard !v.isEmpty else { notes.append("\(name): has no value; ignored"); return }
        switch name {
        case "person": if Self.hasWordCharacter(v) { people.append(v) } else { notes.append("person: needs a name; ignored") }
        case "outlet": if Self.hasWordCharacter(v) { outlets.append(v) } else { notes.append("outlet: needs a name; ignored") }
        case "from":
            guard let span = Self.dateSpan(v) else { throw QueryError.badDate(field: "from", value: v) }
            from = span.start
        case "to":
            guard let span = Self.dateSpan(v) else { throw QueryError.badDate(field: "to", value: v) }
            to = span.end
        case "type":
            guard let t = Self.eventType(v) else { throw QueryError.unknownEventType(v) }
            eventTypes.append(t)
        default:
            break
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with `/` or `.`), as the span of days it covers.
    public static func dateSpan(_ text: String) -> TimeSpan? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) && $0.count <= 4 }),
              let y = Int(parts[0]), y >= 1 else { return nil }
        if parts.count == 1 { return TimeSpan(start: Day(y, 1, 1)!, end: Day(y, 12, 31)!, granularity: .year) }
        guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 2 {
            let first = Day(y, m, 1)!
            return TimeSpan(start: first, end: first.lastOfMonth, granularity: .month)
        }
        guard let d = Int(parts[2]), let day = Day(y, m, d) else { return nil }
        return TimeSpan(day: day)
    }

    /// The event type a user wrote: `phone_call`, `phone-call`, `phonecall`, or a unique prefix (`press`).
    public static func eventType(_ text: String) -> EventType? {
        let key = text.lowercased().filter { $0.isLetter }
        guard !key.isEmpty else { return nil }
        let all = EventType.allCases.map { ($0, $0.rawValue.filter { $0.isLetter }) }
        if let exact = all.first(where: { $0.1 == key }) { return exact.0 }
        let prefixed = all.filter { $0.1.hasPrefix(key) }
        return prefixed.count == 1 ? prefixed[0].0 : nil
    }

    /// True when the text has a letter or digit (anything the index could hold).
    static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    // MARK: lexing

    private enum Token {
        case atom(QueryAtom, negated: Bool)
        case field(String, String)
        case or
        case not
    }

    private static let fields: Set<String> = ["person", "outlet", "from", "to", "type"]

    /// Splits input into atoms, operators and filters. Control characters count as spaces.
    private static func lex(_ input: String, notes: inout [String]) -> [Token] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(input.unicodeScalars.count)
        var sawControl = false
        for s in input.unicodeScalars {
            let mapped = MatchText.map(s)
            if mapped.properties.generalCategory == .control || mapped.properties.generalCategory == .format {
                scalars.append(" "); sawControl = true
            } else {
                scalars.append(mapped)
            }
        }
        if sawControl { notes.append("control characters ignored") }
        var tokens: [Token] = []
        var i = 0
        let n = scalars.count
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        func readQuoted() -> String {
            // scalars[i] is the opening quote
            i += 1
            var out = String.UnicodeScalarView()
            while i < n, scalars[i] != "\"" { out.append(scalars[i]); i += 1 }
            if i < n { i += 1 } else { notes.append("unbalanced quote closed at the end") }
            return String(out)
        }
        func readBare() -> String {
            var out = String.UnicodeScalarView()
            while i < n, !isSpace(scalars[i]) { out.append(scalars[i]); i += 1 }
            return String(out)
        }
        while i < n {
            if isSpace(scalars[i]) { i += 1; continue }
            var negated = false
            if scalars[i] == "-" || scalars[i] == "\u{2212}", i + 1 < n, !isSpace(scalars[i + 1]) {
                negated = true; i += 1
            }
            if scalars[i] == "\"" {
                let text = readQuoted()
                if hasWordCharacter(text) { tokens.append(.atom(.phrase(text), negated: negated)) } else if !text.isEmpty {
                    notes.append("\"\(text)\" has no words; ignored")
                }
                continue
            }
            // field:value (value may be quoted)
            let start = i
            var j = i
            while j < n, scalars[j].properties.isAlphabetic { j += 1 }
            if j < n, scalars[j] == ":", j > start {
                let name = String(String.UnicodeScalarView(scalars[start..<j])).lowercased()
                if fields.contains(name) {
                    i = j + 1
                    let value = (i < n && scalars[i] == "\"") ? readQuoted() : readBare()
                    tokens.append(.field(name, value))
                    continue
                }
            }
            let word = readBare()
            if !negated, word == "OR" || word == "|" { tokens.append(.or); continue }
            if !negated, word == "AND" || word == "&" { continue }
            if !negated, word == "NOT" { tokens.append(.not); continue }
            var text = word
            var prefix = false
            while text.hasSuffix("*") { text.removeLast(); prefix = true }
            guard hasWordCharacter(text) else {
                if word != "-" { notes.append("\"\(word)\" has no letters or digits; ignored") }
                continue
            }
            tokens.append(.atom(.word(text, prefix: prefix), negated: negated))
        }
        return tokens
    }
}

private extension String {
    func trimmingCharactersInSet() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
