/// English function words and reporting verbs that say nothing about what a story is about.
/// Applied before plural folding, to lower-cased tokens.
enum Stopwords {
    /// The words, lower-case.
    static let words: [String] = """
    a about above after again against ago all almost along already also although always am among an and \
    another any anyone anything are aren around as at away back be became because become been before being \
    below between both but by can cannot could couldn did didn do does doesn doing don done down during each \
    either else even ever every few first for former from further get gets got had hadn has hasn have haven \
    having he her here hers herself him himself his how however i if in including into is isn it its itself \
    just last later latest least less like made make many may me might more most much must my myself near \
    neither never new next no nor not now of off often on once one only or other others our ours ourselves \
    out over own per perhaps rather said same say saying says second see seen she should shouldn since so \
    some still such than that the their theirs them themselves then there these they this those though \
    three through thus to today told too toward towards two under until up upon us very via was wasn we \
    were weren what whatever when where whether which while who whom whose why will with within without \
    won would wouldn yet you your yours yourself yourselves mr mrs ms according amid despite told tuesday \
    monday wednesday thursday friday saturday sunday week year years month months day days time
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Hashes of `words`, as `BodyTerms.scan` compares them.
    static let table: TermTable = {
        var t = TermTable(capacity: words.count)
        for w in words { t.add(BodyTerms.hash(w), 1) }
        return t
    }()

    /// Length of the longest stopword, in scalars: longer tokens skip the look-up.
    static let longest = words.map(\.unicodeScalars.count).max() ?? 0
}
