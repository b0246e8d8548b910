import Dispatch

/// One immutable snapshot of everything known about a corpus: the articles and what was
/// extracted from them. The TUI and the CLI both read from it; nothing mutates it.
public struct Library: Sendable {
    public var articles: [Article]
    public var events: [Event]
    public var people: [Person]
    public var relations: [Relation]
    /// How often each person is named in each article (one entry per pair, in first-mention order).
    public var mentioned: [MentionCount]
    /// Each article's most related articles, with reasons (see `linked()`).
    public var related = RelatedArticles()
    /// Articles grouped into stories (see `linked()`).
    public var stories: [Story] = []

    public init(articles: [Article], events: [Event] = [], people: [Person] = [], relations: [Relation] = [],
                mentioned: [MentionCount] = []) {
        self.articles = articles; self.events = events; self.people = people
        self.relations = relations; self.mentioned = mentioned
    }

    /// Runs extraction over the articles and assembles the snapshot.
    public static func build(from articles: [Article]) -> Library {
        assemble(articles: articles, extractions: Extractor.extractAll(articles)).linked()
    }

    /// Merges per-article extractions into one snapshot: people across articles (aliases),
    /// events across sources, relations per pair. Each extraction's mentions and events are let
    /// go once copied out (on a large corpus they are hundreds of megabytes): pass the list with
    /// `consume` where it is not needed afterwards.
    public static func assemble(articles: [Article], extractions: consuming [ArticleExtraction]) -> Library {
        // People are merged on one thread while the other reads the events for the event merge
        // (summaries, dates and order; no participants): on a large corpus both take seconds.
        var people: [Person] = [], names: [String: [String: String]] = [:]
        var groundwork = EventMerger.Groundwork()
        do {
            // (A second reference, let go before the loop below empties each extraction in place.)
            let all = extractions
            DispatchQueue.concurrentPerform(iterations: 2) { task in
                if task == 0 {
                    (people, names) = PeopleMerger.merge(all)
                    for (article, roles) in RoleResolver.resolve(extractions: all, people: people, articles: articles) {
                        names[article, default: [:]].merge(roles) { a, _ in a }
                    }
                } else {
                    groundwork.reserve(all.reduce(0) { $0 + $1.events.count })
                    for x in all { for e in x.events { groundwork.add(e) } }
                    groundwork.finish()
                }
            }
        }
        var mentioned: [MentionCount] = []
        var events: [Event] = []
        mentioned.reserveCapacity(extractions.reduce(0) { $0 + $1.mentioned.count })
        events.reserveCapacity(extractions.reduce(0) { $0 + $1.events.count })
        var added: [String: Int] = [:]
        // Per article, person -> position in `mentioned`: a resolved role joins its holder's count.
        var seen: [String: [String: Int]] = [:]
        for k in extractions.indices {
            let x = extractions[k]
            let rename = names[x.article] ?? [:]
            seen.removeAll(keepingCapacity: true)
            for m in x.mentioned {
                if RoleResolver.isOpen(m.person) {
                    guard let name = rename[m.person] else { continue }
                    added[name, default: 0] += m.count
                }
                MentionCount.add(rename[m.person] ?? m.person, article: m.article, count: m.count, to: &mentioned, at: &seen)
            }
            for var e in x.events {
                var seen = Set<String>()
                e.participants = e.participants.compactMap { p -> String? in
                    let name = rename[p] ?? (RoleResolver.isOpen(p) ? nil : p)
                    return name.flatMap { seen.insert($0).inserted ? $0 : nil }
                }
                events.append(e)
            }
            // Only the relations are read again (RelationGraph).
            extractions[k].mentioned = []
            extractions[k].events = []
        }
        for i in people.indices { people[i].mentions += added[people[i].name] ?? 0 }
        // Events merge on one thread while the other reads the pairs the clauses tie.
        var merged: [Event] = []
        var ties: RelationGraph.ClauseTies? = nil
        do {
            let (all, ground) = (extractions, consume groundwork)
            DispatchQueue.concurrentPerform(iterations: 2) { task in
                if task == 0 {
                    merged = EventMerger.merge(events, groundwork: ground)
                } else {
                    ties = RelationGraph.ClauseTies(extractions: all, names: names)
                }
            }
        }
        events = []
        // Publication days let a later article's undated retelling join the pair's one dated encounter.
        let published = Dictionary(articles.compactMap { a in a.published.map { (a.id, $0.day) } }, uniquingKeysWith: { a, _ in a })
        let relations = RelationGraph.build(ties: ties.take()!, events: merged, published: published)
        return Library(articles: articles, events: merged, people: people, relations: relations, mentioned: mentioned)
    }

    /// The article with this id, if loaded.
    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}
