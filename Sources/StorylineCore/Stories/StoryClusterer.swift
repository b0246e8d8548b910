import Foundation

/// Groups articles into stories by single-pass clustering in publication order, as topic
/// detection and tracking systems do: each article joins the most similar story that is
/// still recent, or starts a new one. Similarity mixes wording (cosine to the story's
/// TF-IDF centroid), shared events and shared people, damped by the time since the
/// story's latest article. Candidate stories come from the article's related articles and
/// events, so the pass never compares an article with every story.
public enum StoryClusterer {
    /// The weights and thresholds of the grouping.
    public struct Parameters: Hashable, Sendable {
        public var wording: Float = 0.5
        public var events: Float = 0.3
        public var people: Float = 0.2
        /// An article joins a story only at or above this similarity. People alone (at most
        /// `people`) never reach it.
        public var join: Float = 0.25
        /// Within this many days of a story's latest article, time does not damp similarity.
        public var freshDays = 14
        /// At this many days after a story's latest article, similarity is damped to zero.
        public var staleDays = 60
        /// Damping when the article or the story has no publication date.
        public var undatedFactor: Float = 0.75
        /// Main people and terms kept per story.
        public var peopleShown = 5
        public var termsShown = 6

        public init() {}
    }

    /// The stories of `library`; every article belongs to exactly one story.
    public static func cluster(_ library: Library, related: RelatedArticles? = nil, parameters: Parameters = Parameters()) -> [Story] {
        let wording = WordingIndex.build(library.articles)
        let signals = ArticleSignals(library)
        let links = related ?? RelatedArticles.build(library, wording: wording, signals: signals, scoring: .init())
        return cluster(library, wording: wording, signals: signals, related: links, parameters: parameters)
    }

    /// A story while it is being built.
    struct Draft {
        var members: [Int] = []
        var centroid: [Int32: Float] = [:]
        var norm2: Float = 0
        var people: [Int32: Int] = [:]
        /// Summed weight of the distinct people in `people`.
        var peopleWeight: Float = 0
        var events: Set<Int32> = []
        var lastDay: Int?

        mutating func add(_ a: Int, wording: WordingIndex, signals: ArticleSignals) {
            members.append(a)
            for tw in wording.signatures[a] {
                let old = centroid[tw.term] ?? 0
                let new = old + tw.weight
                centroid[tw.term] = new
                norm2 += new * new - old * old
            }
            if centroid.count > 800 { prune() }
            for p in signals.people[a] {
                if people[p] == nil { peopleWeight += signals.personWeight[Int(p)] }
                people[p, default: 0] += 1
            }
            events.formUnion(signals.events[a])
            if let d = signals.day[a] { lastDay = Swift.max(lastDay ?? d, d) }
        }

        /// Keeps the 400 heaviest centroid terms so a large story stays cheap to compare.
        mutating func prune() {
            let kept = centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(400)
            centroid = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
            norm2 = centroid.values.reduce(0) { $0 + $1 * $1 }
        }

        /// Cosine-like wording similarity of a signature to the centroid.
        func cosine(_ sig: [TermWeight]) -> Float {
            guard norm2 > 0 else { return 0 }
            var dot: Float = 0
            for tw in sig { if let c = centroid[tw.term] { dot += tw.weight * c } }
            return dot / norm2.squareRoot()
        }
    }

    /// The single pass over prepared signals.
    static func cluster(_ library: Library, wording: WordingIndex, signals: ArticleSignals, related: RelatedArticles,
                        parameters p: Parameters) -> [Story] {
        let n = library.articles.count
        let order = (0..<n).sorted {
            (signals.day[$0] ?? Int.max, library.articles[$0].id) < (signals.day[$1] ?? Int.max, library.articles[$1].id)
        }
        var drafts: [Draft] = []
        var storyOf = [Int](repeating: -1, count: n)
        var storyOfEvent: [Int32: Set<Int>] = [:]

        for a in order {
            var candidates = Set<Int>()
            for r in related.of(library.articles[a].id) {
                if let b = signals.position[r.article], storyOf[b] >= 0 { candidates.insert(storyOf[b]) }
            }
            for e in signals.events[a] { candidates.formUnion(storyOfEvent[e] ?? []) }
            var best = -1
            var bestScore: Float = 0
            for c in candidates.sorted() {
                let s = similarity(a, drafts[c], wording: wording, signals: signals, parameters: p)
                if s > bestScore { best = c; bestScore = s }
            }
            if best < 0 || bestScore < p.join {
                best = drafts.count
                drafts.append(Draft())
            }
            drafts[best].add(a, wording: wording, signals: signals)
            storyOf[a] = best
            for e in signals.events[a] { storyOfEvent[e, default: []].insert(best) }
        }
        return stories(from: drafts, library: library, wording: wording, signals: signals, parameters: p)
    }

    /// How well article `a` fits the story `d`, in [0, 1].
    static func similarity(_ a: Int, _ d: Draft, wording: WordingIndex, signals: ArticleSignals, parameters p: Parameters) -> Float {
        let words = Swift.min(1, d.cosine(wording.signatures[a]))
        let sharedEvents = signals.events[a].reduce(Float(0)) { $0 + (d.events.contains($1) ? signals.eventWeight[Int($1)] : 0) }
        var mine: Float = 0, shared: Float = 0
        for person in signals.people[a] {
            let w = signals.personWeight[Int(person)]
            mine += w
            if d.people[person] != nil { shared += w }
        }
        let union = mine + d.peopleWeight - shared
        let people = union > 0 ? shared / union : 0
        let score = p.wording * words + p.events * ArticleSignals.eventScore(sharedEvents) + p.people * people
        return score * timeFactor(signals.day[a], d.lastDay, parameters: p)
    }

    /// 1 within `freshDays` of the story's latest article, falling linearly to 0 at `staleDays`.
    static func timeFactor(_ day: Int?, _ last: Int?, parameters p: Parameters) -> Float {
        guard let day, let last else { return p.undatedFactor }
        let gap = abs(day - last)
        if gap <= p.freshDays { return 1 }
        return Swift.max(0, 1 - Float(gap - p.freshDays) / Float(Swift.max(1, p.staleDays - p.freshDays)))
    }

    /// Finished stories, numbered in order of their first article.
    static func stories(from drafts: [Draft], library: Library, wording: WordingIndex, signals: ArticleSignals,
                        parameters p: Parameters) -> [Story] {
        var made: [(first: (Int, String), story: Story)] = []
        for d in drafts where !d.members.isEmpty {
            let members = d.members.sorted {
                (signals.day[$0] ?? Int.max, library.articles[$0].id) < (signals.day[$1] ?? Int.max, library.articles[$1].id)
            }
            let central = members.max { x, y in
                let (cx, cy) = (d.cosine(wording.signatures[x]), d.cosine(wording.signatures[y]))
                return cx != cy ? cx < cy : x > y
            } ?? members[0]
            let days = members.compactMap { signals.day[$0] }
            let span = days.min().map { TimeSpan(start: Day(ordinal: $0), end: Day(ordinal: days.max()!), granularity: .range) }
            var eventSet = Set<Int32>()
            for m in members { eventSet.formUnion(signals.events[m]) }
            let events = StoryEvents.timeline(eventSet, library: library)
            let people = d.people.sorted { x, y in
                let (px, py) = (library.people[Int(x.key)], library.people[Int(y.key)])
                return (x.value, px.mentions, py.name) > (y.value, py.mentions, px.name)
            }.prefix(p.peopleShown).map { library.people[Int($0.key)].name }
            let terms = d.centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .prefix(p.termsShown).map { wording.terms[Int($0.key)] }
            let first = library.articles[members[0]]
            let story = Story(id: "", title: library.articles[central].title, centralArticle: library.articles[central].id,
                              span: span, articles: members.map { library.articles[$0].id }, events: events,
                              people: Array(people), terms: Array(terms))
            made.append(((signals.day[members[0]] ?? Int.max, first.id), story))
        }
        made.sort { $0.first < $1.first }
        return made.enumerated().map { i, m in
            var s = m.story
            s.id = "S\(i + 1)"
            return s
        }
    }
}
