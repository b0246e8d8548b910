import Foundation

/// What each article shares with others besides wording: the people it mentions and the
/// events it is a source of, as sorted index lists, with corpus-wide weights.
struct ArticleSignals: Sendable {
    /// Article id → position in `library.articles`.
    var position: [String: Int]
    /// Per article, indices into `library.people`, sorted.
    var people: [[Int32]]
    /// Per person, the articles mentioning them, sorted.
    var personArticles: [[Int32]]
    /// Per person, ln(1 + N/df): a name in every article still counts a little.
    var personWeight: [Float]
    /// Per article, indices into `library.events`, sorted.
    var events: [[Int32]]
    /// Per event, its source articles, sorted.
    var eventArticles: [[Int32]]
    /// Per event: 1 when dated, 0.5 when not (an undated "talks" is weaker evidence).
    var eventWeight: [Float]
    /// Per article, the publication day's ordinal; for an undated article, the last day of the
    /// latest day-precise event it reports as having happened (a page without a stamp still
    /// tells when its news is from); nil when neither is known.
    var day: [Int?]

    init(_ library: Library) {
        let n = library.articles.count
        let position = StoryEvents.positions(library)
        self.position = position
        day = library.articles.map { $0.published?.day.ordinal }

        var personIndex: [String: Int] = [:]
        for (i, p) in library.people.enumerated() { personIndex[p.name] = i }
        var personSets = library.people.map { Set($0.articles.compactMap { position[$0] }) }
        for m in library.mentioned {
            if let p = personIndex[m.person], let a = position[m.article] { personSets[p].insert(a) }
        }
        personArticles = personSets.map { $0.sorted().map(Int32.init) }
        personWeight = personArticles.map { Float(log(1 + Double(n) / Double(max(1, $0.count)))) }
        var people = [[Int32]](repeating: [], count: n)
        for (p, list) in personArticles.enumerated() { for a in list { people[Int(a)].append(Int32(p)) } }
        self.people = people

        let lists = StoryEvents.lists(library, position: position)
        eventArticles = lists.eventArticles
        eventWeight = library.events.map { $0.date == nil ? 0.5 : 1 }
        events = lists.byArticle
        for a in 0..<n where day[a] == nil {
            day[a] = events[a].compactMap { e -> Int? in
                let event = library.events[Int(e)]
                guard event.status == .occurred, let span = event.date, span.granularity == .day || span.granularity == .range else { return nil }
                return span.end.ordinal
            }.max()
        }
    }

    /// Items in both sorted lists.
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var i = 0, j = 0
        var out: [Int32] = []
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    /// Weighted Jaccard overlap of two articles' people, and the shared people.
    func peopleOverlap(_ a: Int, _ b: Int) -> (score: Float, shared: [Int32]) {
        let shared = ArticleSignals.intersection(people[a], people[b])
        guard !shared.isEmpty else { return (0, []) }
        let s = shared.reduce(Float(0)) { $0 + personWeight[Int($1)] }
        let ua = people[a].reduce(Float(0)) { $0 + personWeight[Int($1)] }
        let ub = people[b].reduce(Float(0)) { $0 + personWeight[Int($1)] }
        let union = ua + ub - s
        return (union > 0 ? s / union : 0, shared)
    }

    /// 1 − ½^w for the summed weight w of shared events: one dated event gives 0.5, two give 0.75.
    static func eventScore(_ weight: Float) -> Float { weight > 0 ? 1 - Float(pow(0.5, Double(weight))) : 0 }
}
