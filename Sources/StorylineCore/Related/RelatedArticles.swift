import Dispatch
import Foundation

/// For every article, its most related other articles, computed once per corpus. Codable so
/// it can be cached beside the search index.
///
/// Candidates come from inverted indexes, never from all pairs: postings of each article's
/// `queryTerms` heaviest TF-IDF terms (capped to the heaviest `postingsCap` articles per term), of the events
/// it reports and of the people it names (people in more than `peopleCap` articles only
/// score, they do not generate candidates). The best candidates are then scored exactly.
public struct RelatedArticles: Hashable, Codable, Sendable {
    /// Article id → related articles, best first.
    public var byArticle: [String: [RelatedArticle]]

    public init(byArticle: [String: [RelatedArticle]] = [:]) { self.byArticle = byArticle }

    /// The related articles of `id`, best first; empty for an unknown id.
    public func of(_ id: String) -> [RelatedArticle] { byArticle[id] ?? [] }

    /// How the evidence is weighed and how much is kept.
    public struct Scoring: Hashable, Sendable {
        public var wording: Float = 0.5
        public var events: Float = 0.3
        public var people: Float = 0.2
        /// Related articles kept per article.
        public var limit = 10
        /// Below this combined score an article is not listed as related.
        public var minimum: Float = 0.06
        /// Articles kept per term posting list (the heaviest).
        public var postingsCap = 64
        /// An article's heaviest terms that look up candidates (all its signature terms score them).
        public var queryTerms = 12
        /// People named in more articles than this do not generate candidates.
        public var peopleCap = 200

        public init() {}
    }

    /// Computes the related articles of every article in `library`.
    public static func build(_ library: Library, scoring: Scoring = Scoring()) -> RelatedArticles {
        build(library, wording: WordingIndex.build(library.articles), signals: ArticleSignals(library), scoring: scoring)
    }

    /// Computes the related articles from prepared wording signatures and signals.
    static func build(_ library: Library, wording: WordingIndex, signals: ArticleSignals, scoring: Scoring) -> RelatedArticles {
        let n = library.articles.count
        guard n > 1 else { return RelatedArticles() }
        let postings = TermPostings(wording, cap: scoring.postingsCap)
        let chunks = Swift.min(n, 64)
        let slots = ParallelSlots<[(Int, [RelatedArticle])]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var scratch = Scratch(count: n)
            var out: [(Int, [RelatedArticle])] = []
            for d in (c * n / chunks)..<((c + 1) * n / chunks) {
                out.append((d, related(of: d, library: library, wording: wording, signals: signals,
                                       postings: postings, scoring: scoring, scratch: &scratch)))
            }
            slots[c] = out
        }
        var byArticle: [String: [RelatedArticle]] = [:]
        for chunk in slots.values() {
            for (d, list) in chunk { byArticle[library.articles[d].id] = list }
        }
        return RelatedArticles(byArticle: byArticle)
    }

    /// Per-thread accumulators over all articles. Wording, the bulk of the work, uses one
    /// 8-byte slot per article with a generation stamp, so resetting is free and the array
    /// stays small enough for the cache; events and people, much rarer, have their own arrays
    /// cleared through their own touched list.
    struct Scratch {
        struct Slot {
            var wording: Float = 0
            var stamp: UInt32 = 0
        }

        var slots: [Slot]
        var events: [Float]
        var people: [Float]
        var touched: [Int32] = []
        var touchedOther: [Int32] = []
        var generation: UInt32 = 1

        init(count: Int) {
            slots = [Slot](repeating: Slot(), count: count)
            events = [Float](repeating: 0, count: count)
            people = events
        }

        /// Starts the next article's accumulation.
        mutating func reset() {
            for b in touchedOther { events[Int(b)] = 0; people[Int(b)] = 0 }
            touchedOther.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
            generation &+= 1
            if generation == 0 {
                for i in slots.indices { slots[i].stamp = 0 }
                generation = 1
            }
        }

        /// Marks `b` as a candidate, returning its slot index.
        @inline(__always)
        mutating func touch(_ b: Int32) -> Int {
            let i = Int(b)
            if slots[i].stamp != generation {
                slots[i] = Slot(wording: 0, stamp: generation)
                touched.append(b)
            }
            return i
        }

        /// Adds wording evidence for candidate `b`.
        @inline(__always)
        mutating func add(_ b: Int32, wording: Float) { slots[touch(b)].wording += wording }

        /// Adds event or people evidence for candidate `b`.
        mutating func add(_ b: Int32, events e: Float, people p: Float) {
            let i = touch(b)
            if events[i] == 0 && people[i] == 0 { touchedOther.append(b) }
            events[i] += e; people[i] += p
        }
    }

    /// Candidate generation and scoring for article `d`.
    static func related(of d: Int, library: Library, wording: WordingIndex, signals: ArticleSignals,
                        postings: TermPostings, scoring: Scoring, scratch s: inout Scratch) -> [RelatedArticle] {
        defer { s.reset() }
        let me = Int32(d)
        var query = wording.signatures[d]
        if query.count > scoring.queryTerms {
            query.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
            query.removeLast(query.count - scoring.queryTerms)
        }
        postings.withLists { list in
            for tw in query {
                for p in list(tw.term) where p.article != me { s.add(p.article, wording: tw.weight * p.weight) }
            }
        }
        for e in signals.events[d] {
            let weight = signals.eventWeight[Int(e)]
            for b in signals.eventArticles[Int(e)].prefix(scoring.postingsCap) where b != me { s.add(b, events: weight, people: 0) }
        }
        for p in signals.people[d] where signals.personArticles[Int(p)].count <= scoring.peopleCap {
            let weight = signals.personWeight[Int(p)]
            for b in signals.personArticles[Int(p)] where b != me { s.add(b, events: 0, people: weight) }
        }
        // Rough score from the accumulators; the best few are then scored exactly.
        var top = TopCandidates(k: scoring.limit * 2)
        if s.touchedOther.isEmpty {
            for b in s.touched { top.offer(b, scoring.wording * s.slots[Int(b)].wording) }
        } else {
            for b in s.touched {
                let i = Int(b)
                top.offer(b, scoring.wording * s.slots[i].wording + scoring.events * ArticleSignals.eventScore(s.events[i])
                              + scoring.people * Swift.min(1, s.people[i] / 4))
            }
        }
        // Exact scores for the best candidates, then the evidence for the kept ones.
        var scored: [Components] = []
        for c in top.best() {
            let x = components(d, Int(c.article), wording: wording, signals: signals, scoring: scoring)
            if x.total >= scoring.minimum { scored.append(x) }
        }
        scored.sort { $0.total > $1.total || ($0.total == $1.total && $0.other < $1.other) }
        return scored.prefix(scoring.limit).map { evidence(d, $0, library: library, wording: wording, signals: signals) }
    }

    /// The weighted parts of a pair's score.
    struct Components {
        var other: Int
        var cosine: Float
        var wording: Float
        var events: Float
        var people: Float
        var total: Float { wording + events + people }
    }

    /// The exact score of the pair (a, b), without building any evidence.
    static func components(_ a: Int, _ b: Int, wording: WordingIndex, signals: ArticleSignals, scoring: Scoring) -> Components {
        let cosine = WordingIndex.dot(wording.signatures[a], wording.signatures[b])
        var eventWeight: Float = 0
        let ea = signals.events[a], eb = signals.events[b]
        var i = 0, j = 0
        while i < ea.count && j < eb.count {
            if ea[i] == eb[j] { eventWeight += signals.eventWeight[Int(ea[i])]; i += 1; j += 1 } else if ea[i] < eb[j] { i += 1 } else { j += 1 }
        }
        return Components(other: b, cosine: cosine, wording: scoring.wording * Swift.min(1, cosine),
                          events: scoring.events * ArticleSignals.eventScore(eventWeight),
                          people: scoring.people * signals.peopleOverlap(a, b).score)
    }

    /// The kept pair with its evidence: shared events in timeline order, shared people most
    /// mentioned first, the heaviest shared terms.
    static func evidence(_ a: Int, _ x: Components, library: Library, wording: WordingIndex, signals: ArticleSignals) -> RelatedArticle {
        let b = x.other
        let events = ArticleSignals.intersection(signals.events[a], signals.events[b]).map { library.events[Int($0)] }
            .sorted { ($0.date?.start.ordinal ?? Int.max, $0.id) < ($1.date?.start.ordinal ?? Int.max, $1.id) }
            .map(\.id)
        let names = signals.peopleOverlap(a, b).shared.map { Int($0) }.sorted { x, y in
            let (mx, my) = (library.people[x].mentions, library.people[y].mentions)
            return mx != my ? mx > my : library.people[x].name < library.people[y].name
        }.map { library.people[$0].name }
        let terms = WordingIndex.overlap(wording.signatures[a], wording.signatures[b]).shared.prefix(4).map { wording.terms[Int($0.term)] }
        return RelatedArticle(article: library.articles[b].id, score: (Double(x.total) * 1000).rounded() / 1000,
                              wordingScore: rounded(x.wording), eventScore: rounded(x.events), peopleScore: rounded(x.people),
                              cosine: rounded(x.cosine), events: events, people: names, terms: terms)
    }

    /// Three decimals: enough to rank, and stable in JSON.
    static func rounded(_ x: Float) -> Float { (x * 1000).rounded() / 1000 }
}
