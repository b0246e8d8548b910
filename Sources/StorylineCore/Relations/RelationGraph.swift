/// Builds the corpus-wide relations: per pair of people, every interaction read from clauses
/// and from merged events with two or more participants, with names made canonical.
public enum RelationGraph {
    /// Relations per unordered pair (names sorted), most interactions first.
    /// `names` maps each article's own names to canonical ones (from `PeopleMerger`); `published`
    /// gives articles' publication days, so an undated retelling finds the encounter it retells.
    public static func build(extractions: [ArticleExtraction], names: [String: [String: String]],
                             events: [Event] = [], published: [String: Day] = [:]) -> [Relation] {
        build(ties: ClauseTies(extractions: extractions, names: names), events: events, published: published)
    }

    /// The interactions the articles' clauses read, per pair of canonical names: the part of
    /// `build` that needs no merged events (`Library.assemble` makes it while events merge).
    public struct ClauseTies: Sendable {
        fileprivate var byPair: [[String]: [Interaction]] = [:]
        fileprivate var order: [[String]] = []
        /// Each pair's interactions by source sentence, so an event finds its clause interactions
        /// without scanning every interaction of a pair that meets in thousands of articles.
        fileprivate var bySentence: [PairSentence: [Int]] = [:]
        /// The pairs each paragraph's clauses linked, with the interaction.
        fileprivate var linkedIn: [SentenceKey: [(pair: [String], interaction: Interaction)]] = [:]
        /// The canonical names of the people each article names (none for an extraction listing no one).
        fileprivate var namedIn: [String: Set<String>] = [:]

        /// `names` maps each article's own names to canonical ones (from `PeopleMerger`).
        public init(extractions: [ArticleExtraction], names: [String: [String: String]]) {
            for x in extractions {
                let rename = names[x.article] ?? [:]
                if !x.people.isEmpty { namedIn[x.article, default: []].formUnion(x.people.map { rename[$0.name] ?? $0.name }) }
                for r in x.relations {
                    let pair = r.people.map { rename[$0] ?? $0 }
                    for i in r.interactions {
                        add(pair, i)
                        for s in i.sources { linkedIn[SentenceKey(article: s.article, block: s.block), default: []].append((pair, i)) }
                    }
                }
            }
        }

        /// Adds an interaction of two different, known people.
        fileprivate mutating func add(_ pair: [String], _ interaction: Interaction) {
            guard pair.count == 2, pair[0] != pair[1], !pair.contains(where: RoleResolver.isOpen) else { return }
            let key = pair.sorted()
            if byPair[key] == nil { order.append(key) }
            let index = byPair[key]?.count ?? 0
            byPair[key, default: []].append(interaction)
            for s in interaction.sources {
                bySentence[PairSentence(pair: key, sentence: SentenceKey(article: s.article, block: s.block)), default: []].append(index)
            }
        }
    }

    /// Relations per unordered pair from the clauses' `ties` and the merged `events`.
    public static func build(ties: consuming ClauseTies, events: [Event], published: [String: Day]) -> [Relation] {
        // Per linked event, the sentence its summary comes from: the tie is told by the same sentence.
        var leads: [String: SourceRef] = [:]
        var eventTypes: [String: InteractionType] = [:]
        for e in events where e.participants.count >= 2 {
            guard let type = interactionType(e.type) else { continue }
            eventTypes[e.id] = type
            let ps = Array(Set(e.participants)).sorted()
            // (Among its first sources only: an event told by thousands of articles costs no more.)
            if e.sources.count > 1, let lead = e.sources.prefix(64).first(where: { $0.sentence.contains(e.summary) }) { leads[e.id] = lead }
            // The event's sentences grouped by article, in source order (a leader's event may have thousands).
            var seenBlocks = Set<SentenceKey>()
            var byArticle: [(article: String, sentences: [SentenceKey])] = []
            var articleSlot: [String: Int] = [:]
            for s in e.sources {
                let sentence = SentenceKey(article: s.article, block: s.block)
                guard seenBlocks.insert(sentence).inserted else { continue }
                if let i = articleSlot[s.article] { byArticle[i].sentences.append(sentence) } else {
                    articleSlot[s.article] = byArticle.count
                    byArticle.append((s.article, [sentence]))
                }
            }
            for a in ps.indices {
                for b in ps.indices where b > a {
                    let key = [ps[a], ps[b]]
                    // In each article telling the event, one clause interaction read from its sentences, on a
                    // compatible date, belongs to it (of the event's type if there is one: an article telling
                    // a summit and the agreements signed there tells two interactions); an event told by
                    // three outlets links the pair's clause in each.
                    var linked: Int?
                    var unlinked = Set<String>()
                    // "will on Monday lead a delegation to meet Y ahead of the summit scheduled for December": when the
                    // very sentence telling the event has the pair's clause, claimed by another event, the summit
                    // makes no tie of its own.
                    var claimed = false
                    for (article, sentences) in byArticle {
                        var candidates: [Int] = []
                        for sentence in sentences { candidates += ties.bySentence[PairSentence(pair: key, sentence: sentence)] ?? [] }
                        let unique = Array(Set(candidates)).sorted()
                        // "said Monday that she told Trump in a phone call on Saturday": what was told in the
                        // sentence's call is that call, whatever day the saying has.
                        // "X held talks with Y, hours after Y spoke to Z by telephone": a call is no part of a meeting
                        // told in the same sentence ("spent Monday on the phone with Z" may be read as a meeting, and
                        // belongs to the call); nor of a saying ("Trump said Friday he had a call with Xi": the call
                        // stays free to join the call other outlets tell).
                        var fits = unique.filter { k in
                            let it = ties.byPair[key]![k]
                            return it.event == nil && (it.date == nil || e.date == nil || it.date!.overlaps(e.date!)
                                || (it.type == .statement && type != .statement))
                                && !(it.type == .phoneCall && type != .phoneCall)
                        }
                        // Else the same interaction read from the same sentence on another day ("Earlier in the day, X met Y").
                        if fits.isEmpty { fits = unique.filter { ties.byPair[key]![$0].event == nil && ties.byPair[key]![$0].type == type } }
                        if fits.isEmpty, unique.contains(where: { k in
                            ties.byPair[key]![k].event != nil && ties.byPair[key]![k].sources.contains { c in
                                e.sources.contains { $0.article == c.article && $0.block == c.block && $0.sentence == c.sentence }
                            }
                        }) { claimed = true }
                        guard let k = fits.first(where: { ties.byPair[key]![$0].type == type }) ?? fits.first else {
                            // "Xi will chair the APEC meeting on Thursday" in an article that never names Albanese tells
                            // no encounter of the two, whatever other articles merged into its event tell.
                            if ties.namedIn[article].map({ $0.contains(key[0]) && $0.contains(key[1]) }) ?? true { unlinked.insert(article) }
                            continue
                        }
                        ties.byPair[key]![k].event = e.id
                        // Of the same interaction on another day, the date read around the interaction word itself stands.
                        let it = ties.byPair[key]![k]
                        if let d = e.date, it.date == nil || it.date!.overlaps(d) || it.type != type { ties.byPair[key]![k].date = d }
                        if ties.byPair[key]![k].type == .statement, type != .statement { ties.byPair[key]![k].type = type }
                        if linked == nil { linked = k }
                    }
                    if let k = linked {
                        // The event's other reports tell the same interaction in words no clause reads
                        // ("the ceasefire that Presidents X and Y signed"): their sentences are its sources too.
                        for s in e.sources where unlinked.contains(s.article) { ties.byPair[key]![k].sources.append(s) }
                    } else if !claimed, type != .statement && (ps.count == 2 || (ps.count == 3 && e.sources.count >= 2)),
                              // "A: I will meet Kallas on Monday, and then … von der Leyen": when a clause of the event's
                              // paragraphs told this very meeting between one of the two and someone else, co-occurrence is no pair.
                              ps.count > 2 || !seenBlocks.contains(where: { b in
                                  (ties.linkedIn[b] ?? []).contains { l in
                                      l.pair.contains(key[0]) != l.pair.contains(key[1]) && l.interaction.type == type
                                          && l.interaction.date != nil && e.date != nil && l.interaction.date!.overlaps(e.date!)
                                  }
                              }),
                              // "he is expected to hold talks with Xi and Putin": the two a clause of the event's paragraphs
                              // linked with the same third person were each met by that person, not with each other.
                              ps.count > 2 || !seenBlocks.contains(where: { metByTheSameThird(ties.linkedIn[$0] ?? [], key) }) {
                        // Events name their participants by co-occurrence: only a two-party event (or a
                        // three-party one told by several sources), and not a mere statement, makes a pair
                        // without a linking clause.
                        // Only the reports of articles naming both tell their encounter.
                        let told = e.sources.filter { s in ties.namedIn[s.article].map { $0.contains(key[0]) && $0.contains(key[1]) } ?? true }
                        if !told.isEmpty { ties.add(key, Interaction(type: type, date: e.date, event: e.id, sources: told)) }
                    }
                }
            }
        }
        var relations = ties.order.map { pair in
            var interactions = merged(foldedAcrossArticles(foldedRetellings(foldedIntoTheWeeksDay(foldedHeadlines(ties.byPair[pair]!))), published: published))
            for k in interactions.indices {
                // A tie that is an event has the event's type, as the timeline shows it.
                if let t = interactions[k].event.flatMap({ eventTypes[$0] }), t != .statement { interactions[k].type = t }
                guard let lead = interactions[k].event.flatMap({ leads[$0] }),
                      let i = interactions[k].sources.firstIndex(where: { $0.article == lead.article && $0.block == lead.block }), i > 0
                else { continue }
                interactions[k].sources.insert(interactions[k].sources.remove(at: i), at: 0)
            }
            return Relation(people: pair, interactions: interactions)
        }
        relations.sort { a, b in
            a.interactions.count != b.interactions.count ? a.interactions.count > b.interactions.count
                : a.people.lexicographicallyPrecedes(b.people)
        }
        return relations
    }

    /// Interactions of one pair with duplicates joined: the same event, or the same type
    /// and date. Undated mentions stay apart from dated ones: nothing says they are the same.
    static func merged(_ list: [Interaction]) -> [Interaction] {
        var out: [Interaction] = []
        var byEvent: [String: Int] = [:]
        var byTypeDate: [String: Int] = [:]
        var seen: [Int: Set<SourceRef>] = [:]
        for i in list {
            let typeDate = i.type.rawValue + "|" + (i.date.map { "\($0.start.ordinal)-\($0.end.ordinal)-\($0.granularity.rawValue)" } ?? "-")
            // Same event, or (when either has no event) same type and date.
            let k = i.event.flatMap { byEvent[$0] } ?? byTypeDate[typeDate].flatMap { out[$0].event == nil || i.event == nil ? $0 : nil }
            if let k {
                for s in i.sources where seen[k, default: []].insert(s).inserted { out[k].sources.append(s) }
                if out[k].event == nil, let e = i.event { out[k].event = e; byEvent[e] = k }
            } else {
                let k = out.count
                out.append(i)
                seen[k] = Set(i.sources)
                if let e = i.event { byEvent[e] = k }
                if byTypeDate[typeDate] == nil { byTypeDate[typeDate] = k }
            }
        }
        out.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?): return x.start < y.start
            case (.some, nil): return true
            default: return false
            }
        }
        return out
    }

    /// A headline retells the lede without its date, or with a coarser one ("Takaichi to visit
    /// Australia in January"): an interaction read only in the title joins the pair's dated
    /// interaction from the same article's body (within its period, if it has one), of the same
    /// type if one exists, else the latest.
    static func foldedHeadlines(_ list: [Interaction]) -> [Interaction] {
        var out = list
        var dropped = Set<Int>()
        for (k, i) in list.enumerated() where i.event == nil {
            guard let article = i.sources.first?.article,
                  i.sources.allSatisfy({ $0.article == article && $0.block < 0 }) else { continue }
            let dated = list.indices.filter { j in
                guard j != k, let d = list[j].date, list[j].sources.contains(where: { $0.article == article && $0.block >= 0 }) else { return false }
                return i.date.map { d.isWithin($0) && d.length < $0.length } ?? true
            }
            let sameType = dated.filter { list[$0].type == i.type }
            guard let target = (sameType.isEmpty ? dated : sameType).max(by: { list[$0].date!.start < list[$1].date!.start }) else { continue }
            for s in i.sources where !out[target].sources.contains(s) { out[target].sources.append(s) }
            dropped.insert(k)
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// "met von der Leyen on Tuesday … Her meeting with von der Leyen this week": an encounter of the pair dated only
    /// by its week, told after the one encounter of the same kind the same article dates to a day of that week,
    /// retells it and joins it. Calls join calls only.
    static func foldedIntoTheWeeksDay(_ list: [Interaction]) -> [Interaction] {
        guard list.count > 1, list.contains(where: { $0.date?.granularity == .week }) else { return list }
        var out = list
        var dropped = Set<Int>()
        for (k, i) in list.enumerated() where i.event == nil && i.date?.granularity == .week {
            guard let week = i.date, let source = i.sources.first, i.sources.allSatisfy({ $0.article == source.article }) else { continue }
            let call = i.type == .phoneCall
            let days = list.indices.filter { j in
                guard j != k, !dropped.contains(j), let d = list[j].date, d.length == 1, d.isWithin(week),
                      (list[j].type == .phoneCall) == call, list[j].type != .statement else { return false }
                return list[j].sources.contains { $0.article == source.article && $0.offset < source.offset }
            }
            guard days.count == 1 else { continue }
            for s in i.sources where !out[days[0]].sources.contains(s) { out[days[0]].sources.append(s) }
            dropped.insert(k)
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// A body sentence retelling the article's dated encounter without a date ("Mr. Carney …
    /// met Ms. Sheinbaum at the National Palace", "The two leaders signed an action plan") joins
    /// it: an undated in-person interaction of the pair joins the dated one of the same article
    /// told nearest before it (else the only one after it, or for the lead the first one after it).
    /// Calls join calls only.
    static func foldedRetellings(_ list: [Interaction]) -> [Interaction] {
        guard list.count > 1, list.contains(where: { $0.date == nil }) else { return list }
        func inPerson(_ t: InteractionType) -> Bool { t == .meeting || t == .summit || t == .visit || t == .agreement }
        // Dated encounters by article, with where the article tells them: one pass, so a pair met
        // in thousands of articles costs no more than its articles' own interactions.
        var dated: [String: [(index: Int, offset: Int, block: Int)]] = [:]
        for (j, d) in list.enumerated() where d.date != nil && (inPerson(d.type) || d.type == .phoneCall) {
            var first: [String: SourceRef] = [:]
            for s in d.sources where first[s.article].map({ s.offset < $0.offset }) ?? true { first[s.article] = s }
            for (article, s) in first { dated[article, default: []].append((j, s.offset, s.block)) }
        }
        guard !dated.isEmpty else { return list }
        var out = list
        var dropped = Set<Int>()
        for (k, i) in list.enumerated() where i.date == nil && i.event == nil && (inPerson(i.type) || i.type == .phoneCall) {
            guard let source = i.sources.first, i.sources.allSatisfy({ $0.article == source.article }),
                  let candidates = dated[source.article] else { continue }
            let fitting = candidates.filter { c in
                let t = list[c.index].type
                // "the two leaders agreed to keep talking": an agreement is reached in a meeting or a call.
                let fits = i.type == .phoneCall ? t == .phoneCall : inPerson(t) || (i.type == .agreement && t == .phoneCall)
                // Another sentence: "their first meeting since X visited Baghdad in March" speaks of another encounter.
                return fits && !dropped.contains(c.index) && !list[c.index].sources.contains { $0.article == source.article && $0.offset == source.offset }
            }
            let before = fitting.filter { $0.offset < source.offset }
            // "X has welcomed Y to Sydney" opening the story: the lead sums up the encounter the next paragraphs date
            // ("met at Admiralty House on Saturday"), however many earlier ones the story recalls after.
            let lead = source.block <= 1 && before.isEmpty
                ? fitting.min(by: { $0.offset < $1.offset }).flatMap { $0.block <= source.block + 2 ? $0.index : nil } : nil
            guard let target = before.max(by: { $0.offset < $1.offset })?.index ?? lead ?? (fitting.count == 1 ? fitting[0].index : nil) else { continue }
            for s in i.sources where !out[target].sources.contains(s) { out[target].sources.append(s) }
            dropped.insert(k)
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// Days after an encounter within which an undated mention in another article retells it.
    static let retellingDays = 14

    /// "Modi also met Ramaphosa on the sidelines" (undated, a wire of that day) or "his phone call
    /// with Boulos during the talks" (an analysis a week later): an undated encounter of the pair told
    /// in an article published up to two weeks after the pair's one dated encounter of that kind
    /// joins it. Two candidates, or none, leave it undated. Calls join calls only. Runs before
    /// `merged`, which joins undated mentions with each other.
    static func foldedAcrossArticles(_ list: [Interaction], published: [String: Day]) -> [Interaction] {
        guard !published.isEmpty, list.count > 1, list.contains(where: { $0.date == nil }) else { return list }
        func inPerson(_ t: InteractionType) -> Bool { t == .meeting || t == .summit || t == .visit || t == .agreement }
        func kind(_ t: InteractionType) -> Int? { t == .phoneCall ? 0 : inPerson(t) ? 1 : nil }
        // Dated encounters sorted by their last day: each undated mention looks at a two-week window.
        let dated = list.indices.filter { list[$0].date != nil && kind(list[$0].type) != nil }
            .sorted { list[$0].date!.end < list[$1].date!.end }
        guard !dated.isEmpty else { return list }
        var out = list
        var dropped = Set<Int>()
        for (k, i) in list.enumerated() where i.date == nil && i.event == nil {
            guard let want = kind(i.type), let article = i.sources.first?.article,
                  i.sources.allSatisfy({ $0.article == article }), let day = published[article]?.ordinal else { continue }
            var lo = 0, hi = dated.count
            while lo < hi { let mid = (lo + hi) / 2; if list[dated[mid]].date!.end.ordinal < day - retellingDays { lo = mid + 1 } else { hi = mid } }
            // Reports of one encounter (one event, or one type and date) count once.
            var found: [(index: Int, key: String)] = []
            while lo < dated.count, Set(found.map(\.key)).count < 2 {
                let j = dated[lo], d = list[j].date!
                lo += 1
                if d.end.ordinal > day + EventMerger.attachDays { break }
                guard d.start.ordinal <= day, kind(list[j].type) == want,
                      !list[j].sources.contains(where: { $0.article == article }) else { continue }
                found.append((j, list[j].event ?? "\(list[j].type.rawValue)|\(d.start.ordinal)|\(d.end.ordinal)"))
            }
            guard let target = found.first, Set(found.map(\.key)).count == 1 else { continue }
            for s in i.sources where !out[target.index].sources.contains(s) { out[target.index].sources.append(s) }
            dropped.insert(k)
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// The interaction type an event type implies, or nil for events that are not between people.
    static func interactionType(_ t: EventType) -> InteractionType? {
        switch t {
        case .phoneCall: return .phoneCall
        case .summit: return .summit
        case .meeting: return .meeting
        case .visit: return .visit
        case .statement: return .statement
        case .agreement: return .agreement
        case .election, .announcement, .pressConference, .other: return nil
        }
    }

    fileprivate struct SentenceKey: Hashable { var article: String; var block: Int }

    /// True when `links` tie each of the two people of `pair` with one and the same third person.
    private static func metByTheSameThird(_ links: [(pair: [String], interaction: Interaction)], _ pair: [String]) -> Bool {
        let others = { (who: String) in Set(links.compactMap { l in l.pair.contains(who) ? l.pair.first { $0 != who } : nil }) }
        return !others(pair[0]).subtracting(pair).isDisjoint(with: others(pair[1]).subtracting(pair))
    }

    /// A pair of people (sorted names) and one source sentence: the key of the sentence index.
    fileprivate struct PairSentence: Hashable { var pair: [String]; var sentence: SentenceKey }
}

