/// What a word token's lower-case text is in `PersonLexicon`, found by one table look-up
/// when the token is cut, so the recognizers test bits instead of hashing the word again.
struct LexiconClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    /// A name particle ("de", "van", "bin").
    static let particle = LexiconClass(rawValue: 1 << 0)
    /// The first word of a title ("prime" of "prime minister").
    static let titleFirst = LexiconClass(rawValue: 1 << 1)
    /// A one-word title ("president").
    static let title = LexiconClass(rawValue: 1 << 2)
    /// A word that marks a capitalized phrase as no person's name.
    static let nonPerson = LexiconClass(rawValue: 1 << 3)
    /// A country or nationality word.
    static let country = LexiconClass(rawValue: 1 << 4)
    /// A capital city.
    static let capital = LexiconClass(rawValue: 1 << 5)
    /// An interaction word (`InteractionExtractor.predicates`).
    static let interaction = LexiconClass(rawValue: 1 << 6)
    /// A word that may mark a plural subject ("they", "their", "both", "two", "the").
    static let pluralMarker = LexiconClass(rawValue: 1 << 7)
    /// A plural office ("presidents", "ministers") whose holders may be listed after it.
    static let pluralTitle = LexiconClass(rawValue: 1 << 8)

    /// The classes of a lower-case word.
    static func of(_ lower: String) -> LexiconClass { LexiconClass(rawValue: UInt16(truncatingIfNeeded: table.lookup(lower))) }

    /// The classes of a lower-case word from its UTF-8 bytes.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> LexiconClass {
        LexiconClass(rawValue: UInt16(truncatingIfNeeded: table.lookup(bytes)))
    }

    private static let table: WordTable = {
        var m: [String: UInt32] = [:]
        func add<S: Sequence>(_ c: LexiconClass, _ words: S) where S.Element == String {
            for w in words { m[w, default: 0] |= UInt32(c.rawValue) }
        }
        add(.particle, PersonLexicon.particles)
        add(.titleFirst, PersonLexicon.titles.keys.compactMap(\.first))
        add(.title, PersonLexicon.titles.keys.filter { $0.count == 1 }.map { $0[0] })
        add(.nonPerson, PersonLexicon.nonPersonWords)
        add(.country, PersonLexicon.countries.keys)
        add(.capital, PersonLexicon.capitals.keys)
        add(.interaction, InteractionExtractor.predicates.keys)
        add(.pluralMarker, InteractionExtractor.pluralSubjects)
        add(.pluralMarker, ["two", "the"])
        add(.pluralTitle, PersonRecognizer.pluralTitles.keys)
        return WordTable(m)
    }()
}
