/// Merges the reports of one event, from several articles or several times in one, into a
/// single event with several sources. Decides by date overlap, shared participants or
/// places, compatible types and wording; works in date order so it never compares all pairs.
public enum EventMerger {
    /// Events whose interval is at most this many days long are "fine" (day, range, week).
    static let fineDays = 7

    /// The merged events, sorted chronologically (undated last), with stable ids.
    public static func merge(_ events: [Event]) -> [Event] {
        let dated = events.indices.filter { events[$0].date != nil }
        let fine = dated.filter { events[$0].date!.length <= fineDays }
            .sorted { order(events[$0], events[$1]) }
        let coarse = dated.filter { events[$0].date!.length > fineDays }
        var parent = Array(events.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }
        let words = events.map { contentWords($0.summary) }

        // Fine events: a sweep over start dates; only intervals that overlap are compared.
        for (n, i) in fine.enumerated() {
            var m = n + 1
            while m < fine.count, events[fine[m]].date!.start <= events[i].date!.end {
                let j = fine[m]
                if sameEvent(events[i], events[j], words[i], words[j], coarse: false) { union(i, j) }
                m += 1
            }
        }
        // Coarse mentions ("the following month") join the best fine cluster they fit, else
        // other coarse mentions of the same period.
        var clusters: [Int: [Int]] = [:]
        for i in fine { clusters[find(i), default: []].append(i) }
        let fineStarts = fine.map { events[$0].date!.start }
        for i in coarse {
            let span = events[i].date!
            var best: (Double, Int)? = nil
            var lo = lowerBound(fineStarts, span.start.adding(days: -fineDays))
            var seenRoots = Set<Int>()
            while lo < fine.count, fineStarts[lo] <= span.end {
                let j = fine[lo]
                lo += 1
                let root = find(j)
                guard events[j].date!.isWithin(span), !seenRoots.contains(root) else { continue }
                seenRoots.insert(root)
                var score = 0.0
                for k in clusters[root] ?? [] where sameEvent(events[i], events[k], words[i], words[k], coarse: true) {
                    score = max(score, affinity(events[i], events[k], words[i], words[k]))
                }
                if score > 0, best == nil || score > best!.0 { best = (score, root) }
            }
            if let best { union(i, best.1) }
        }
        var byPeriod: [String: [Int]] = [:]
        for i in coarse where find(i) == i {
            byPeriod[events[i].date!.start.iso + events[i].date!.end.iso, default: []].append(i)
        }
        for group in byPeriod.values {
            for a in 0..<group.count {
                for b in (a + 1)..<group.count
                where sameEvent(events[group[a]], events[group[b]], words[group[a]], words[group[b]], coarse: false) {
                    union(group[a], group[b])
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in events.indices { members[find(i), default: []].append(i) }
        let merged = members.values.map { combine($0.map { events[$0] }) }
        return merged.sorted { order($0, $1) }
    }

    /// Chronological order: start day, then the shorter interval, then the id; undated last.
    static func order(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?):
            if x.start != y.start { return x.start < y.start }
            if x.length != y.length { return x.length < y.length }
            return a.id < b.id
        case (nil, nil): return a.id < b.id
        case (nil, _): return false
        case (_, nil): return true
        }
    }

    private static func lowerBound(_ a: [Day], _ d: Day) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] < d { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Types that describe people coming together.
    static let encounters: Set<EventType> = [.summit, .meeting, .visit]

    private static func typesCompatible(_ a: EventType, _ b: EventType) -> Bool {
        a == b || (encounters.contains(a) && encounters.contains(b))
    }

    /// True when `a` and `b` read as reports of the same event.
    static func sameEvent(_ a: Event, _ b: Event, _ wa: Set<String>, _ wb: Set<String>, coarse: Bool) -> Bool {
        guard let da = a.date, let db = b.date, da.overlaps(db) else { return false }
        let sim = jaccard(wa, wb)
        let shared = !Set(a.participants).isDisjoint(with: b.participants)
        let anyEmpty = a.participants.isEmpty || b.participants.isEmpty
        let sharedPlace = !Set(a.places).isDisjoint(with: b.places)
        let sameArticle = !Set(a.sources.map(\.article)).isDisjoint(with: b.sources.map(\.article))
        let sameDay = da.length <= 2 && db.length <= 2
        // Near-identical wording on overlapping dates: a repeated caption, a reprinted line.
        if a.type == b.type, sim >= 0.6, shared || anyEmpty { return true }
        if typesCompatible(a.type, b.type), a.type != .statement, a.type != .other, a.type != .announcement,
           a.type != .agreement {
            if shared { return !coarse || a.type == b.type || sharedPlace || sim >= 0.15 }
            if anyEmpty { return sharedPlace || sim >= 0.2 || (sameArticle && a.type == b.type) }
            return false
        }
        // Remarks made at a meeting on the same day, reported in the same article.
        if !coarse, sameDay, shared, sameArticle,
           (a.type == .statement && (encounters.contains(b.type) || b.type == .pressConference || b.type == .phoneCall))
            || (b.type == .statement && (encounters.contains(a.type) || a.type == .pressConference || a.type == .phoneCall)) {
            return true
        }
        if a.type == b.type, shared || anyEmpty, sim >= 0.3 { return true }
        return false
    }

    private static func affinity(_ a: Event, _ b: Event, _ wa: Set<String>, _ wb: Set<String>) -> Double {
        var s = jaccard(wa, wb) * 3
        s += Double(Set(a.participants).intersection(b.participants).count) * 2
        if !Set(a.places).isDisjoint(with: b.places) { s += 2 }
        if a.type == b.type { s += 1 }
        return s + 0.01
    }

    static func contentWords(_ s: String) -> Set<String> {
        var out = Set<String>()
        for t in TimeToken.tokenize(s) where t.kind == .word && t.lower.unicodeScalars.count >= 3 {
            if EventCues.stopwords.contains(t.lower) || TimeVocabulary.months[t.lower] != nil { continue }
            out.insert(t.lower)
        }
        return out
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    /// One event from its reports: the finest date (the hull of the finest reports), the
    /// majority type, every participant, place and source.
    static func combine(_ group: [Event]) -> Event {
        if group.count == 1 {
            var e = group[0]
            e.id = stableID(e)
            return e
        }
        let rank: [Granularity: Int] = [.day: 0, .range: 0, .week: 1, .partOfMonth: 2, .month: 3, .season: 4, .year: 5]
        let finest = group.compactMap { $0.date.map { rank[$0.granularity] ?? 9 } }.min() ?? 9
        let fine = group.filter { $0.date.map { rank[$0.granularity] ?? 9 } == finest }
        var date: TimeSpan? = nil
        if let first = fine.first?.date {
            let start = fine.compactMap { $0.date?.start }.min() ?? first.start
            let end = fine.compactMap { $0.date?.end }.max() ?? first.end
            date = TimeSpan(start: start, end: end, granularity: start == end ? first.granularity
                            : (first.granularity == .day ? .range : first.granularity))
        }
        let lead = fine.min { ($0.sources.first?.article ?? "", $0.sources.first?.offset ?? 0) < ($1.sources.first?.article ?? "", $1.sources.first?.offset ?? 0) } ?? group[0]
        var counts: [EventType: Int] = [:]
        for e in group { counts[e.type, default: 0] += 1 }
        let priority = EventCues.priority
        let type = counts.max { a, b in
            a.value != b.value ? a.value < b.value
                : (priority.firstIndex(of: a.key) ?? 99) > (priority.firstIndex(of: b.key) ?? 99)
        }!.key
        var participants: [String] = [], places: [String] = [], sources: [SourceRef] = []
        for e in group {
            for p in e.participants where !participants.contains(p) { participants.append(p) }
            for p in e.places where !places.contains(p) { places.append(p) }
            for s in e.sources where !sources.contains(where: { $0.article == s.article && $0.offset == s.offset }) { sources.append(s) }
        }
        sources.sort { ($0.article, $0.offset) < ($1.article, $1.offset) }
        var e = Event(id: "", date: date, expression: lead.expression, type: type,
                      status: group.contains { $0.status == .occurred } ? .occurred : .planned,
                      summary: lead.summary, participants: participants, places: places, sources: sources)
        e.id = stableID(e)
        return e
    }

    /// Id from the date, type and first source, so it survives re-runs and reordering.
    static func stableID(_ e: Event) -> String {
        let d = e.date.map { "\($0.start.iso)/\($0.end.iso)" } ?? "undated"
        let s = e.sources.first.map { "\($0.article)@\($0.offset)" } ?? e.summary
        return String(StableHash.hex("\(d)|\(e.type.rawValue)|\(s)|\(e.expression)").prefix(12))
    }
}
