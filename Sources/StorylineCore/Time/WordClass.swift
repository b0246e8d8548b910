/// What a token's lower-case text is to the tagger and the event extractor, found by one
/// table look-up when the token is cut, so later scans test bits instead of hashing the same
/// word against many word tables.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// A word `TemporalTagger.match` may start an expression on.
    static let timeStart = WordClass(rawValue: 1 << 0)
    /// A word `EventExtractor.cue` may read as a cue at its own position.
    static let cueTrigger = WordClass(rawValue: 1 << 1)
    /// "phone" / "telephone": the word after it is a call ("phone talks").
    static let phone = WordClass(rawValue: 1 << 2)
    /// A key of `EventCues.words`.
    static let eventCue = WordClass(rawValue: 1 << 3)
    /// In `TimeVocabulary.clauseBreaks`.
    static let clauseBreak = WordClass(rawValue: 1 << 4)
    /// "and" / "but", which break a clause before a new verb phrase.
    static let conjunction = WordClass(rawValue: 1 << 5)
    /// In `TimeVocabulary.futureCues`.
    static let futureCue = WordClass(rawValue: 1 << 6)
    /// In `TimeVocabulary.pastCues`.
    static let pastCue = WordClass(rawValue: 1 << 7)
    /// A word whose first scalar is lower case (`Unicode.Scalar.Properties.isLowercase`).
    static let lowercaseInitial = WordClass(rawValue: 1 << 8)
    /// In `EventCues.stopwords`.
    static let stopword = WordClass(rawValue: 1 << 9)
    /// A month name or abbreviation (`TimeVocabulary.months`).
    static let month = WordClass(rawValue: 1 << 10)
    /// In `EventCues.anaphora`.
    static let anaphora = WordClass(rawValue: 1 << 11)
    /// In `EventCues.trendVerbs`: a figure's rise or fall ("fell", "grew").
    static let trend = WordClass(rawValue: 1 << 12)
    /// In `EventCues.doubts`: "whether", "if", "skipped", "boycotted": what follows may not take place.
    static let doubt = WordClass(rawValue: 1 << 13)

    /// The classes of a word token's lower-case text (without `lowercaseInitial`).
    static func of(word lower: String) -> WordClass { WordClass(rawValue: table.lookup(lower)) }

    /// The classes of a word from its lower-case UTF-8 bytes.
    static func of(word lower: UnsafeBufferPointer<UInt8>) -> WordClass { WordClass(rawValue: table.lookup(lower)) }

    /// The classes of a one-scalar punctuation token.
    static func of(punct v: UInt32) -> WordClass {
        punctBreaks.contains(v) ? .clauseBreak : []
    }

    /// The one-scalar entries of `TimeVocabulary.clauseBreaks` (";", "—", quotes).
    private static let punctBreaks: [UInt32] = TimeVocabulary.clauseBreaks.compactMap { w in
        w.unicodeScalars.count == 1 ? w.unicodeScalars.first!.value : nil
    }

    private static let table: WordTable = {
        var m: [String: UInt32] = [:]
        func add<S: Sequence>(_ c: WordClass, _ words: S) where S.Element == String { for w in words { m[w, default: 0] |= c.rawValue } }
        add(.timeStart, ["between", "from", "yesterday", "today", "tonight", "tomorrow", "early", "mid", "late", "last", "next",
                         "this", "past", "coming", "the", "earlier", "later"])
        add(.timeStart, TimeVocabulary.numberWords.keys)
        add(.timeStart, ["days"])  // "days after …"
        add(.timeStart, ["that"])  // "that summer"
        add(.timeStart, ["motzei"])  // "Motzei Shabbat", Saturday evening
        add(.timeStart, TimeVocabulary.months.keys)
        add(.timeStart, TimeVocabulary.weekdays.keys)
        add(.timeStart, TimeVocabulary.seasons.keys)
        add(.cueTrigger, ["presented", "handed", "called", "call", "calls", "welcomed", "welcomes", "welcome", "greeted", "greets", "conference", "received", "receives", "receive", "receiving", "chose", "chooses", "picked", "mission", "missions",
                           "heads", "headed", "heading", "sat", "sit", "sits", "sitting", "expected", "see", "seeing",
                           "leave", "leaves", "leaving", "left", "raised", "raises", "raising", "stop", "stops", "stopover", "stopped", "sworn", "fired", "fires", "launched", "launches"])
        add(.cueTrigger, EventExtractor.spokeWords)
        add(.cueTrigger, EventCues.words.keys)
        add(.eventCue, EventCues.words.keys)
        add(.phone, ["phone", "telephone"])
        add(.clauseBreak, TimeVocabulary.clauseBreaks)
        add(.conjunction, ["and", "but"])
        add(.futureCue, TimeVocabulary.futureCues)
        add(.pastCue, TimeVocabulary.pastCues)
        add(.stopword, EventCues.stopwords)
        add(.month, TimeVocabulary.months.keys)
        add(.anaphora, EventCues.anaphora)
        add(.trend, EventCues.trendVerbs)
        add(.doubt, EventCues.doubts)
        return WordTable(m)
    }()
}
