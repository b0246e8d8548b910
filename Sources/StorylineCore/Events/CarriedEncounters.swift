/// Encounters told with no date of their own, dated by the story's day: "On Wednesday the focus shifted to
/// Downing Street. Ramaphosa and Starmer spent two hours in talks." The interaction extractor dates such a
/// clause from the day its paragraph (or the story) told before it; the timeline should hold it too.
enum CarriedEncounters {
    /// `events` with an event for each day-dated encounter of `relations` whose sentence gave no event.
    /// One event per sentence, or one per pair when the sentence tells separate bilaterals ("met X and Y
    /// separately", "On the sidelines, X also met Y and Z").
    static func adding(to events: [Event], relations: [Relation], article: Article) -> [Event] {
        guard !relations.isEmpty, let published = article.published?.day else { return events }
        // Sentences that already gave an event, by their offset in the file.
        var told = Set<Int>()
        for e in events { for s in e.sources { told.insert(s.offset) } }
        struct Pending { var source: SourceRef; var date: TimeSpan; var type: EventType; var pairs: [[String]] }
        var pending: [Int: Pending] = [:]
        var order: [Int] = []
        for r in relations where r.people.count == 2 {
            for it in r.interactions {
                guard let date = it.date, date.granularity == .day, let source = it.sources.first, source.block >= 0,
                      !told.contains(source.offset), let type = encounterType(it.type) else { continue }
                if var p = pending[source.offset] {
                    guard p.date == date else { continue }
                    p.pairs.append(r.people)
                    pending[source.offset] = p
                } else {
                    pending[source.offset] = Pending(source: source, date: date, type: type, pairs: [r.people])
                    order.append(source.offset)
                }
            }
        }
        guard !order.isEmpty else { return events }
        var added: [Event] = []
        for offset in order.sorted() {
            let p = pending[offset]!
            let words = TextToken.tokenize(p.source.sentence)
            let lower = Set(words.map(\.lower))
            // An encounter another event of the article already holds on that day is no new one.
            let people = orderedPeople(p.pairs)
            // ("Earlier in the day, Wang held talks with Cho": the sentence gave an event of that day, under other words.)
            if events.contains(where: { e in
                guard e.date.map({ $0.start <= p.date.end && p.date.start <= $0.end }) == true else { return false }
                guard let src = e.sources.first else { return false }
                return Set(people).isSubset(of: e.participants)
                    || (src.block == p.source.block && (src.sentence.contains(p.source.sentence) || p.source.sentence.contains(src.sentence)))
            }) { continue }
            // "Faisal and Shaibani attended the talks": those present at an encounter told before make no new one.
            // ("a working lunch attended by the chancellor" tells who was there, not a gathering of its own.)
            if !lower.isDisjoint(with: attending),
               words.indices.contains(where: { attending.contains(words[$0].lower) && (words.indices.contains($0 + 1) ? words[$0 + 1].lower != "by" : true) }) {
                continue
            }
            let planned = p.date.start > published || !lower.isDisjoint(with: futureWords)
            let status: EventStatus = planned ? .planned : .occurred
            // Pairs that do not link everyone with everyone ("sat down with X in the morning, before meeting Y") are
            // separate encounters: one event each, as the relations hold them.
            let keys = Set(p.pairs.map { $0.sorted() })
            let everyPair = people.count * (people.count - 1) / 2 == keys.count
            let separate = lower.contains("separately") || (lower.contains("sidelines") && lower.contains("also")) || !everyPair
            let groups = separate && p.pairs.count > 1 ? p.pairs : [people]
            for (k, group) in groups.enumerated() {
                added.append(Event(id: StableHash.hex("\(article.id)|carried|\(offset)|\(k)"), date: p.date, expression: "",
                                   type: p.type, status: status, summary: p.source.sentence, participants: group,
                                   sources: [p.source]))
            }
        }
        guard !added.isEmpty else { return events }
        return (events + added).sorted { ($0.sources.first?.offset ?? 0) < ($1.sources.first?.offset ?? 0) }
    }

    /// The people of the pairs in first-seen order.
    private static func orderedPeople(_ pairs: [[String]]) -> [String] {
        var people: [String] = []
        for pair in pairs { for p in pair where !people.contains(p) { people.append(p) } }
        return people
    }

    private static func encounterType(_ t: InteractionType) -> EventType? {
        switch t {
        case .meeting: return .meeting
        case .phoneCall: return .phoneCall
        case .summit: return .summit
        case .visit: return .visit
        case .statement, .agreement: return nil
        }
    }

    private static let attending: Set<String> = ["attended", "attend", "attending", "attends"]

    /// Words that put what a clause tells ahead of its day: "will meet", "is expected to", "is due to".
    private static let futureWords: Set<String> = ["will", "expected", "due", "plans", "likely", "scheduled", "set"]
}
