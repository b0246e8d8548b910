import StorylineCore

/// A deterministic generator of a corpus whose stories are known: `stories` planted stories,
/// each with its own people, one event, its own vocabulary and a ten-day window, plus noise
/// articles on random topics. All articles share a common news vocabulary, and stories come
/// in pairs that share half their topic words and one person (two summits of the same
/// leader), so wording alone is not trivially separable.
struct StoryCorpusGenerator {
    /// SplitMix64: the same seed gives the same corpus on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    }

    var stories = 6
    var articlesPerStory = 6...10
    var noise = 12
    /// Share of a story's articles that report its event and name its people.
    var extractionShare = 0.7
    /// Share of body words drawn from the story's topic words (the rest is common vocabulary).
    var topicShare = 0.15
    /// When true, every story falls within the same two months, so time alone cannot split them.
    var overlappingDates = true
    var seed: UInt64 = 42

    /// The library and, for each article id, the index of its planted story (nil for noise).
    func generate() -> (library: Library, truth: [String: Int]) {
        var rng = Random(state: seed)
        let syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "da", "zu", "fe", "ho", "bi", "gar", "tun"]
        func word(_ r: inout Random) -> String {
            (0..<(2 + r.int(2))).map { _ in syllables[r.int(syllables.count)] }.joined()
        }
        func name(_ r: inout Random) -> String {
            let w = word(&r), s = word(&r)
            return w.prefix(1).uppercased() + w.dropFirst() + " " + s.prefix(1).uppercased() + s.dropFirst()
        }
        let common = (0..<120).map { _ in word(&rng) }
        let base = Day(2024, 3, 1)!

        var articles: [Article] = []
        var events: [Event] = []
        var people: [Person] = []
        var truth: [String: Int] = [:]
        var serial = 0

        func body(_ topic: [String], _ topicShare: Double, _ names: [String], _ r: inout Random) -> [Block] {
            (0..<6).map { p in
                let words = (0..<40).map { _ -> String in
                    r.chance(topicShare) ? topic[r.int(topic.count)] : common[r.int(common.count)]
                }
                let text = (names.isEmpty ? "" : names[r.int(names.count)] + " said ") + words.joined(separator: " ") + "."
                return Block(kind: .paragraph, text: text, offset: p * 400)
            }
        }

        var domain: [String] = [], lead = ""
        for s in 0..<stories {
            if s % 2 == 0 { domain = (0..<12).map { _ in word(&rng) }; lead = name(&rng) }
            let topic = (0..<13).map { _ in word(&rng) } + domain
            let cast = [lead, name(&rng)]
            let start = overlappingDates ? base.adding(days: rng.int(50)) : base.adding(days: s * 120)
            let count = articlesPerStory.lowerBound + rng.int(articlesPerStory.count)
            var reporting: [String] = []
            for _ in 0..<count {
                serial += 1
                let id = String(format: "a%03d", serial)
                let day = start.adding(days: rng.int(10))
                let extracted = rng.chance(extractionShare)
                articles.append(Article(id: id, path: id + ".txt", title: "\(topic[0]) \(topic[1]) \(topic[2]) \(serial)",
                                        published: Published(day: day), blocks: body(topic, topicShare, extracted ? cast : [], &rng)))
                truth[id] = s
                if extracted { reporting.append(id) }
            }
            let eventDay = start.adding(days: rng.int(3))
            events.append(Event(id: "e\(s)", date: TimeSpan(day: eventDay), expression: "on \(eventDay.iso)", type: .meeting,
                                status: .occurred, summary: "\(cast[0]) met \(cast[1])", participants: cast,
                                sources: reporting.map { SourceRef(article: $0, sentence: "\(cast[0]) met \(cast[1]).", offset: 0, block: 0) }))
            for c in cast {
                if let i = people.firstIndex(where: { $0.name == c }) {
                    people[i].articles += reporting; people[i].mentions += reporting.count
                } else {
                    people.append(Person(name: c, mentions: reporting.count, articles: reporting))
                }
            }
        }
        for _ in 0..<noise {
            serial += 1
            let id = String(format: "a%03d", serial)
            let topic = (0..<25).map { _ in word(&rng) }
            articles.append(Article(id: id, path: id + ".txt", title: "noise \(serial)",
                                    published: Published(day: base.adding(days: rng.int(60))), blocks: body(topic, topicShare, [], &rng)))
        }
        return (Library(articles: articles, events: events, people: people), truth)
    }

    /// Purity: the share of clustered story articles whose story is their cluster's majority
    /// story. Completeness: per planted story, the largest share of it in one cluster, averaged.
    static func score(_ stories: [Story], truth: [String: Int]) -> (purity: Double, completeness: Double) {
        var majorityTotal = 0, total = 0
        var bestShare: [Int: Int] = [:]
        var sizes: [Int: Int] = [:]
        for t in truth.values { sizes[t, default: 0] += 1 }
        for s in stories {
            var counts: [Int: Int] = [:]
            for a in s.articles { if let t = truth[a] { counts[t, default: 0] += 1 } }
            let labelled = counts.values.reduce(0, +)
            guard labelled > 0 else { continue }
            majorityTotal += counts.values.max()!
            total += labelled
            for (t, c) in counts { bestShare[t] = max(bestShare[t] ?? 0, c) }
        }
        let purity = total == 0 ? 0 : Double(majorityTotal) / Double(total)
        let completeness = sizes.map { Double(bestShare[$0.key] ?? 0) / Double($0.value) }.reduce(0, +) / Double(max(1, sizes.count))
        return (purity, completeness)
    }
}
