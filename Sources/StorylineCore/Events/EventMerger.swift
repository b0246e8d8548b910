import Dispatch

/// Merges the reports of one event, from several articles or several times in one, into a
/// single event with several sources. Decides by date overlap, shared participants or
/// places, compatible types and wording; works in date order so it never compares all pairs.
public enum EventMerger {
    /// Reports dated to at most this many days (a day or a short range) are "fine": they
    /// form clusters; coarser ones (a week, a month) join the cluster they fit best.
    static let fineDays = 7
    /// Clusters compared per shared key (the most recent ones), and members compared per cluster:
    /// a name in every article (a president) must not make the merge quadratic at 100,000 articles.
    static let candidateCap = 64
    static let memberCap = 16
    /// Coarse reports longer than this (season, year) only merge with the same period.
    static let attachDays = 31

    /// A growing group of reports of one event.
    private struct Cluster {
        var members: [Int]
        var hull: TimeSpan
        /// Sorted ids of everyone named by a member.
        var participants: [Int32]
    }

    /// The merged events, sorted chronologically (undated last), with stable ids. `groundwork`
    /// is what the merge reads from the same events, when already made (`Library.assemble`
    /// makes it while people are merged: it reads no participants); otherwise it is made here.
    public static func merge(_ events: [Event], groundwork: Groundwork? = nil) -> [Event] {
        // Tokenizing the summaries is the costly part of building reports: done on all cores first.
        let ground = groundwork ?? Groundwork(readings: ParallelSlots.map(events.count) { Reading(events[$0]) }.map { $0! },
                                              order: chronological(events))
        precondition(ground.readings.count == events.count && ground.order.count == events.count, "groundwork of other events")
        // Summary words are interned on one thread while the reports are made on the other.
        var words: [[Int32]] = []
        var reports: [Report] = []
        var keyCount = 0
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                var interner = Interner()
                words = ground.readings.map { interner.sorted($0.words) }
            } else {
                var interners = Interners()
                reports = events.indices.map { Report(events[$0], reading: ground.readings[$0], interners: &interners) }
                keyCount = interners.keys.count
            }
        }
        for (i, r) in reports.enumerated() { r.words = words[i] }
        let dated = ground.order.filter { events[$0].date != nil }
        let isFine: (Int) -> Bool = { i in
            let d = events[i].date!
            return (d.granularity == .day || d.granularity == .range) && d.length <= fineDays
        }
        var clusters: [Cluster] = []
        var owner = [Int](repeating: -1, count: events.count)
        /// Puts report `i` into cluster `target` (widening its hull to `span` when asked) or a new
        /// cluster, and returns the cluster's index.
        func place(_ i: Int, in target: Int?, span: TimeSpan, widen: Bool) -> Int {
            let c: Int
            if let target {
                c = target
                clusters[c].members.append(i)
                if widen {
                    let h = clusters[c].hull
                    clusters[c].hull = TimeSpan(start: min(h.start, span.start), end: max(h.end, span.end), granularity: .range)
                }
                clusters[c].participants = union(clusters[c].participants, reports[i].people)
            } else {
                c = clusters.count
                clusters.append(Cluster(members: [i], hull: span, participants: reports[i].people))
            }
            owner[i] = c
            return c
        }

        // 1. Fine reports, in date order; candidates come from clusters sharing a person, a
        // place or the article, and still overlapping in time.
        var active = [[Int]](repeating: [], count: keyCount)
        // Per key, a day no cluster in its list ends before (hulls only ever end later): the list
        // is scanned for clusters that ended only when one may have, about once a day per key.
        var activeLow = [Int](repeating: Int.max, count: keyCount)
        var seenMark = [Int](repeating: -1, count: events.count)
        for i in dated where isFine(i) {
            let span = events[i].date!, people = reports[i].people
            var best: (Double, Int)? = nil
            // A call may be dated a day apart by outlets on either side of the date line.
            let reach = events[i].type == .phoneCall && span.length == 1 ? 1 : 0
            let dayBefore = span.start.adding(days: -1)
            for key in reports[i].keys {
                if activeLow[key] < dayBefore.ordinal {
                    active[key].removeAll { clusters[$0].hull.end < dayBefore }
                    activeLow[key] = active[key].reduce(Int.max) { min($0, clusters[$1].hull.end.ordinal) }
                }
                if active[key].count > 4 * candidateCap { active[key].removeFirst(active[key].count - 2 * candidateCap) }
                for c in active[key].suffix(candidateCap) where seenMark[c] != i {
                    seenMark[c] = i
                    let overlapping = clusters[c].hull.overlaps(span)
                    guard overlapping || (reach > 0 && clusters[c].hull.end == dayBefore),
                          fits(people, clusters[c].participants) else { continue }
                    var score = 0.0
                    for m in clusters[c].members.suffix(memberCap) {
                        // A cluster holding what the same article tells as another event is not this one.
                        if toldApart(reports[m], reports[i]) { score = 0; break }
                        if sameEvent(reports[m], reports[i], coarse: false) { score = max(score, affinity(reports[m], reports[i])) }
                    }
                    // A report of the same day wins over one of the day before.
                    if !overlapping { score *= 0.5 }
                    if score > 0, best == nil || score > best!.0 { best = (score, c) }
                }
            }
            let c = place(i, in: best?.1, span: span, widen: true)
            for key in reports[i].keys where !active[key].suffix(candidateCap).contains(c) {
                active[key].append(c)
                activeLow[key] = min(activeLow[key], clusters[c].hull.end.ordinal)
            }
        }

        // 2. Coarse reports of up to a month join the best fitting fine cluster inside their period.
        var byKey = [[Int]](repeating: [], count: keyCount)
        for (c, cluster) in clusters.enumerated() {
            for m in cluster.members { for k in reports[m].keys where byKey[k].last != c { byKey[k].append(c) } }
        }
        for k in byKey.indices where byKey[k].count > 1 { byKey[k].sort { clusters[$0].hull.start < clusters[$1].hull.start } }
        var periods: [String: [Int]] = [:]
        for i in dated where !isFine(i) {
            let span = events[i].date!, people = reports[i].people
            var best: (Double, Int)? = nil
            if span.length <= attachDays {
                for key in reports[i].keys {
                    let list = byKey[key]
                    guard !list.isEmpty else { continue }
                    var lo = 0, hi = list.count
                    while lo < hi { let mid = (lo + hi) / 2; if clusters[list[mid]].hull.start < span.start { lo = mid + 1 } else { hi = mid } }
                    let stop = min(list.count, lo + candidateCap)
                    while lo < stop, clusters[list[lo]].hull.start <= span.end {
                        let c = list[lo]
                        lo += 1
                        guard clusters[c].hull.isWithin(span), fits(people, clusters[c].participants) else { continue }
                        var score = 0.0
                        for m in clusters[c].members.suffix(memberCap) {
                            if toldApart(reports[m], reports[i]) { score = 0; break }
                            if sameEvent(reports[i], reports[m], coarse: true) { score = max(score, affinity(reports[i], reports[m])) }
                        }
                        if score > 0, best == nil || score > best!.0 { best = (score, c) }
                    }
                }
            }
            if let best {
                clusters[best.1].members.append(i)
                owner[i] = best.1
            } else {
                periods["\(span.start.iso)/\(span.end.iso)", default: []].append(i)
            }
        }

        // 3. Remaining coarse reports merge with reports of the same period.
        for group in periods.values {
            var local: [Int: [Int]] = [:]
            for i in group {
                let span = events[i].date!
                var best: (Double, Int)? = nil
                for key in reports[i].keys {
                    for c in (local[key] ?? []).suffix(candidateCap) where fits(reports[i].people, clusters[c].participants) {
                        var score = 0.0
                        // Over a season or a year, the same kind of encounter recurs: ask for the same people or wording.
                        let long = span.length > attachDays
                        for m in clusters[c].members.suffix(memberCap) where sameEvent(reports[m], reports[i], coarse: long)
                            && (!long || reports[m].people == reports[i].people || jaccard(words[m], words[i]) >= 0.3) {
                            score = max(score, affinity(reports[m], reports[i]))
                        }
                        if score > 0, best == nil || score > best!.0 { best = (score, c) }
                    }
                }
                let c = place(i, in: best?.1, span: span, widen: false)
                for key in reports[i].keys where local[key]?.suffix(candidateCap).contains(c) != true { local[key, default: []].append(c) }
            }
        }
        // Undated reports merge only when one article repeats the same clause (a caption twice).
        var undatedGroups: [String: [Int]] = [:]
        for i in events.indices where owner[i] < 0 {
            undatedGroups[(events[i].sources.first?.article ?? "") + "\u{1F}" + events[i].summary, default: []].append(i)
        }
        let groups = clusters.map(\.members) + undatedGroups.values
        // Each group is combined on all cores; the result is put in order by index, so the large
        // event values are moved once.
        let merged = ParallelSlots.map(groups.count) { combine(groups[$0].map { events[$0] }) }.map { $0! }
        let ordered = chronological(merged)
        return uniqueIDs(ordered.map { merged[$0] })
    }

    /// A report fits a cluster when one group of people contains the other (or either is
    /// unknown): "Lee" fits "Lee and Takaichi"; "Lee and Ishiba" does not fit "Lee and Vargas".
    private static func fits(_ a: [Int32], _ b: [Int32]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        let shared = sharedCount(a, b)
        return shared == a.count || shared == b.count
    }

    /// Number of ids two sorted id lists share.
    @inline(__always)
    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// The sorted union of two sorted id lists.
    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if sharedCount(a, b) == b.count { return a }
        return Array(Set(a).union(b)).sorted()
    }

    /// The indices of `list` in `order`'s order, sorted on copied keys: comparing events
    /// themselves copies two of them per comparison (a quarter of a 100,000-article assembly).
    static func chronological(_ list: [Event]) -> [Int] {
        chronological(starts: list.map { $0.date?.start.ordinal ?? Int.max }, lengths: list.map { $0.date?.length ?? 0 },
                      ids: list.map(\.id))
    }

    /// Indices in `order`'s order of events given by their start ordinals (Int.max when undated),
    /// lengths in days (0 when undated) and ids.
    static func chronological(starts: [Int], lengths: [Int], ids: [String]) -> [Int] {
        starts.indices.sorted { a, b in
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            if lengths[a] != lengths[b] { return lengths[a] < lengths[b] }
            return ids[a] < ids[b]
        }
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

    /// Types that merge only on wording or at a meeting, never on shared people alone.
    /// (Switches, not sets: these are asked millions of times in a large merge.)
    static func isSpoken(_ t: EventType) -> Bool {
        switch t {
        case .statement, .other, .announcement, .agreement, .election: return true
        default: return false
        }
    }

    /// Types of events at which an agreement between their participants is reached.
    static func isAgreedAt(_ t: EventType) -> Bool {
        switch t {
        case .summit, .meeting, .visit, .phoneCall, .agreement: return true
        default: return false
        }
    }

    /// Types that describe people coming together.
    static func isEncounter(_ t: EventType) -> Bool {
        switch t {
        case .summit, .meeting, .visit: return true
        default: return false
        }
    }

    private static func typesCompatible(_ a: EventType, _ b: EventType) -> Bool {
        a == b || (isEncounter(a) && isEncounter(b))
    }

    /// Gives every distinct word, name, place and article of one merge a small integer, so
    /// reports compare as sorted id lists instead of sets of strings.
    struct Interner {
        private var ids: [String: Int32] = [:]
        /// Number of ids given so far.
        var count: Int { ids.count }

        /// The id of `s`, given on first sight.
        mutating func id(_ s: String) -> Int32 {
            if let k = ids[s] { return k }
            let k = Int32(ids.count)
            ids[s] = k
            return k
        }

        /// Sorted distinct ids of `strings`.
        mutating func sorted<S: Sequence>(_ strings: S) -> [Int32] where S.Element == String {
            var out = strings.map { id($0) }
            out.sort()
            var w = 0
            for k in out.indices where k == 0 || out[k] != out[k - 1] { out[w] = out[k]; w += 1 }
            out.removeLast(out.count - w)
            return out
        }
    }

    /// What the merge reads from a list of events besides their participants: each one's
    /// `Reading` and their chronological order (`chronological`). Made with `add` and `finish`
    /// from the events in the order they are then merged in.
    public struct Groundwork: Sendable {
        fileprivate(set) var readings: [Reading] = []
        fileprivate(set) var order: [Int] = []
        private var starts: [Int] = [], lengths: [Int] = [], ids: [String] = []

        public init() {}

        fileprivate init(readings: [Reading], order: [Int]) {
            self.readings = readings
            self.order = order
        }

        /// Room for `count` events.
        public mutating func reserve(_ count: Int) {
            readings.reserveCapacity(count)
            starts.reserveCapacity(count); lengths.reserveCapacity(count); ids.reserveCapacity(count)
        }

        /// Reads the next event.
        public mutating func add(_ e: Event) {
            readings.append(Reading(e))
            starts.append(e.date?.start.ordinal ?? Int.max)
            lengths.append(e.date?.length ?? 0)
            ids.append(e.id)
        }

        /// Sorts the events added into chronological order (call once, after the last `add`).
        public mutating func finish() {
            order = EventMerger.chronological(starts: starts, lengths: lengths, ids: ids)
            starts = []; lengths = []; ids = []
        }
    }

    /// What a report reads from an event's summary and places: everything but the ids, so that it
    /// can be made on any thread (and before people are merged: it does not read participants).
    struct Reading: Sendable {
        /// The summary's `contentWords`.
        let words: [String]
        /// The words of the places (`placeWords`).
        let placeWords: Set<String>
        let toReporters: Bool
        let sideMeeting: Bool
        let alsoEncounter: Bool

        init(_ e: Event) {
            words = EventMerger.contentWords(e.summary)
            placeWords = EventMerger.placeWords(e)
            toReporters = e.type == .statement && EventMerger.toldThePress(e.summary)
            alsoEncounter = EventMerger.isEncounter(e.type) && TextScan.contains(e.summary, " also ")
            sideMeeting = EventMerger.isEncounter(e.type)
                && (TextScan.contains(e.summary, "sidelines of") || TextScan.contains(e.summary, "margins of")
                    || TextScan.contains(e.summary, "fringes of"))
        }
    }

    /// An event with the id lists the comparisons need, computed once. A class, so the
    /// candidate loops pass one reference instead of copying every field.
    final class Report {
        /// The fields of the event the comparisons read, copied out so that comparing two
        /// reports touches no strings or reference-counted storage.
        let date: TimeSpan?
        let type: EventType
        /// Interned article id and offset of the first source (-1 without a source).
        let firstArticle: Int32
        let firstOffset: Int
        /// True for a statement made to the press ("told reporters", "told journalists"): said apart from any meeting.
        let toReporters: Bool
        /// True for a meeting told "on the sidelines of" (or margins, fringes) a gathering: apart from the gathering.
        let sideMeeting: Bool
        /// True for an encounter told with "also" ("His Majesty also met Sheikh Tamim"): a further one.
        let alsoEncounter: Bool
        /// The summary's word ids, set once after the report is made (on another thread).
        fileprivate(set) var words: [Int32]
        let people: [Int32]
        let places: [Int32]
        let articles: [Int32]
        /// Blocking keys (people, places, articles, in that order): only reports sharing one
        /// of these are ever compared.
        let keys: [Int]

        /// `reading` is the event's `Reading`; `words` are set after.
        init(_ e: Event, reading: Reading, interners: inout Interners) {
            date = e.date
            type = e.type
            words = []
            people = interners.people.sorted(e.participants)
            places = interners.places.sorted(reading.placeWords)
            articles = interners.articles.sorted(e.sources.map(\.article))
            firstArticle = e.sources.first.map { interners.articles.id($0.article) } ?? -1
            firstOffset = e.sources.first?.offset ?? 0
            toReporters = reading.toReporters
            alsoEncounter = reading.alsoEncounter
            sideMeeting = reading.sideMeeting
            keys = e.participants.map { Int(interners.keys.id("p:" + $0)) } + e.places.map { Int(interners.keys.id("l:" + $0)) }
                + e.sources.map { Int(interners.keys.id("a:" + $0.article)) }
        }
    }

    /// One id space per kind of value reports compare besides summary words (only values of
    /// one kind are ever compared, so each kind may number its values apart).
    struct Interners {
        var people = Interner(), places = Interner(), articles = Interner()
        /// Blocking keys: people, places and articles, each with its own prefix.
        var keys = Interner()
    }

    /// True when `a` and `b` read as reports of the same event (people are checked per cluster).
    static func sameEvent(_ ra: Report, _ rb: Report, coarse: Bool) -> Bool {
        guard let da = ra.date, let db = rb.date else { return false }
        guard da.overlaps(db) else { return !coarse && sameCallAcrossDateLine(ra, rb) }
        // One sentence dating two clauses differently tells two events ("arrived on Monday after
        // a visit to Laos from Jan. 30 to Feb. 2").
        if da != db, ra.firstArticle >= 0, ra.firstArticle == rb.firstArticle, ra.firstOffset == rb.firstOffset {
            return false
        }
        let sharedPlace = sharedCount(ra.places, rb.places) > 0
        // The same two or more people on the same day: one event, whatever each report names as
        // its place ("met in New Delhi", "met at Hyderabad House") or calls it ("agreed", "met").
        let samePeople = min(ra.people.count, rb.people.count) >= 2
            && sharedCount(ra.people, rb.people) == min(ra.people.count, rb.people.count)
        let sameDay = da == db && da.length == 1
        // One article telling both keeps them apart: it names two things that happened.
        let sameArticle = sharedCount(ra.articles, rb.articles) > 0
        if toldApart(ra, rb) { return false }
        // Reports placed in different places are different events ("visit Germany" vs "visit Kenya").
        if !ra.places.isEmpty, !rb.places.isEmpty, !sharedPlace, !(samePeople && sameDay && !sameArticle) { return false }
        // Wording is compared only when a rule below asks for it.
        var similarity = -1.0
        func sim() -> Double {
            if similarity < 0 { similarity = jaccard(ra.words, rb.words) }
            return similarity
        }
        let shared = sharedCount(ra.people, rb.people) > 0
        let anyEmpty = ra.people.isEmpty || rb.people.isEmpty
        let (aType, bType) = (ra.type, rb.type)
        let sameType = aType == bType
        // Near-identical wording: a repeated caption, a reprinted line.
        if sameType, sim() >= 0.6 { return true }
        if typesCompatible(aType, bType), !isSpoken(aType) {
            if coarse {
                // "both agreed to meet in June" names a pair: a day in June telling one of them alone elsewhere
                // ("Sánchez left for Seville on Friday") is not their encounter.
                let (wide, narrow) = da.length >= db.length ? (ra, rb) : (rb, ra)
                if wide.people.count >= 2, narrow.people.count == 1, !sharedPlace, !sameArticle { return false }
                return (sameType || sharedPlace) && (shared || (anyEmpty && (sharedPlace || sameArticle)))
            }
            if shared { return sameType || sharedPlace || sameArticle || sim() >= 0.15 }
            if anyEmpty { return sharedPlace || (sameArticle && sameType) || sim() >= 0.25 }
            return false
        }
        // An agreement between the same people on the same day, told by one outlet, was reached at the
        // meeting or call another outlet tells ("agreed on Wednesday to double trade", "met on Wednesday").
        // A day inside a visit of a week at most counts too, and so does an agreement told "last week".
        // (An article telling both the summit and its agreements tells two events.)
        if samePeople, !sameArticle, (aType == .agreement && isAgreedAt(bType)) || (bType == .agreement && isAgreedAt(aType)) {
            let nested = (da.length == 1 && da.isWithin(db) && db.length <= fineDays) || (db.length == 1 && db.isWithin(da) && da.length <= fineDays)
            if sameDay || nested || (coarse && max(da.length, db.length) <= fineDays) { return true }
        }
        // Agreements signed on one day at one place by the same person: one signing, told in other words.
        if aType == .agreement, bType == .agreement, sameDay, shared, !sameArticle, sharedPlace || sim() >= 0.15 { return true }
        // "Kang told reporters on Monday … ¶ Kang dismissed such criticism on Monday": one speaker's sayings of one day,
        // told by one article, are one statement.
        if !coarse, aType == .statement, bType == .statement, sameDay, sameArticle, ra.people.count == 1, rb.people.count == 1, shared {
            return true
        }
        // Remarks made at a meeting on the same day, reported in the same article.
        if !coarse, da.length <= 2, db.length <= 2, shared, sameArticle,
           (aType == .statement && (isEncounter(bType) || bType == .pressConference || bType == .phoneCall))
            || (bType == .statement && (isEncounter(aType) || aType == .pressConference || aType == .phoneCall)) {
            return true
        }
        return sameType && (shared || anyEmpty) && sim() >= 0.3
    }

    /// One article telling, in two sentences, a visit and the talks held during it (or a summit and a
    /// meeting on its sidelines, or a meeting and what one side told reporters afterwards) tells two events.
    static func toldApart(_ ra: Report, _ rb: Report) -> Bool {
        guard ra.firstArticle >= 0, ra.firstArticle == rb.firstArticle, ra.firstOffset != rb.firstOffset else { return false }
        // "… opened the summit today. ¶ On the sidelines of the summit, X met Y": the side meeting is its own event.
        if ra.sideMeeting != rb.sideMeeting, isEncounter(ra.type), isEncounter(rb.type) { return true }
        // "X opened the session today. … X also met Y": a further encounter with someone the other report does not name.
        if ra.alsoEncounter, isEncounter(rb.type), sharedCount(ra.people, rb.people) < ra.people.count { return true }
        if rb.alsoEncounter, isEncounter(ra.type), sharedCount(ra.people, rb.people) < rb.people.count { return true }
        guard ra.type != rb.type else { return false }
        if isEncounter(ra.type) && isEncounter(rb.type) { return true }
        return (ra.type == .statement && ra.toReporters && isEncounter(rb.type))
            || (rb.type == .statement && rb.toReporters && isEncounter(ra.type))
    }

    /// A call late on Wednesday in Washington is Thursday morning in Tokyo: two outlets dating a call
    /// between the same two or more people a day apart tell one call (one article's two calls stay two).
    static func sameCallAcrossDateLine(_ ra: Report, _ rb: Report) -> Bool {
        guard ra.type == .phoneCall, rb.type == .phoneCall, let da = ra.date, let db = rb.date,
              da.length == 1, db.length == 1, abs(da.start.ordinal - db.start.ordinal) == 1,
              min(ra.people.count, rb.people.count) >= 2, sharedCount(ra.articles, rb.articles) == 0 else { return false }
        return sharedCount(ra.people, rb.people) == min(ra.people.count, rb.people.count)
    }

    /// True when `summary` tells a saying to the press: "told reporters", "told journalists", "told the press".
    static func toldThePress(_ summary: String) -> Bool {
        let u = summary.utf8
        var i = u.startIndex
        // Byte scan for "told " (no copy of the summary), then the words after it.
        while let t = u[i...].firstIndex(of: 0x74) {
            let rest = u[t...]
            if rest.starts(with: "told ".utf8) {
                let after = rest.dropFirst(5)
                for press in pressAudiences where after.starts(with: press.utf8) { return true }
            }
            i = u.index(after: t)
        }
        return false
    }

    /// Who a statement "told" when it was made to the press.
    private static let pressAudiences = ["reporters", "journalists", "the press", "a news conference", "a press conference"]

    /// The words of an event's places, so "Nara" and "Nara Prefecture" share a place.
    static func placeWords(_ e: Event) -> Set<String> {
        Set(e.places.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
    }

    private static func affinity(_ a: Report, _ b: Report) -> Double {
        var s = jaccard(a.words, b.words) * 3
        s += Double(sharedCount(a.people, b.people)) * 2
        if sharedCount(a.places, b.places) > 0 { s += 2 }
        if a.type == b.type { s += 1 }
        return s + 0.01
    }

    /// The lower-case words of a summary that carry content (3+ letters, no stopwords or
    /// months), possibly repeated.
    static func contentWords(_ s: String) -> [String] {
        var out: [String] = []
        for t in TimeToken.tokenize(s) where t.kind == .word {
            // At least 3 scalars in the lower-case form (4 bytes per scalar at most).
            let bytes = t.lower.utf8.count
            guard bytes >= 3, bytes >= 12 || t.lower.unicodeScalars.count >= 3 else { continue }
            if !t.classes.isDisjoint(with: [.stopword, .month]) { continue }
            out.append(t.lower)
        }
        return out
    }

    /// Jaccard similarity of two sorted id lists (0 when both are empty).
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let shared = sharedCount(a, b)
        return Double(shared) / Double(a.count + b.count - shared)
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
        // A range of weeks ("in the coming weeks") is as coarse as the month it spans, not as fine as a day.
        func fineness(_ d: TimeSpan) -> Int {
            let r = rank[d.granularity] ?? 9
            return r == 0 && d.length > fineDays ? (d.length <= attachDays ? 3 : 4) : r
        }
        let finest = group.compactMap { $0.date.map(fineness) }.min() ?? 9
        let fine = group.filter { $0.date.map(fineness) == finest }
        var date: TimeSpan? = nil
        if let first = fine.first?.date {
            let start = fine.compactMap { $0.date?.start }.min() ?? first.start
            let end = fine.compactMap { $0.date?.end }.max() ?? first.end
            date = TimeSpan(start: start, end: end, granularity: start == end ? first.granularity
                            : (first.granularity == .day ? .range : first.granularity))
        }
        var counts: [EventType: Int] = [:]
        for e in group { counts[e.type, default: 0] += 1 }
        let priority = EventCues.priority
        let type = counts.max { a, b in
            a.value != b.value ? a.value < b.value
                : (priority.firstIndex(of: a.key) ?? 99) > (priority.firstIndex(of: b.key) ?? 99)
        }!.key
        // The report that speaks for the event: one telling it happened ("signed on Wednesday", not the
        // eve's "are expected to sign on Wednesday"), of its type, naming the most people, read first.
        func leadKey(_ e: Event) -> (Int, Int, Int, String, Int) {
            (e.status == .occurred ? 0 : 1, e.type == type ? 0 : 1, -e.participants.count, e.sources.first?.article ?? "", e.sources.first?.offset ?? 0)
        }
        let lead = fine.min { leadKey($0) < leadKey($1) } ?? group[0]
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
        return String(StableHash.hex("\(d)|\(e.type.rawValue)|\(s)|\(e.expression)|\(e.summary)").prefix(12))
    }

    /// Ids are keys for jumps and exports: a rare collision gets a "-2", "-3" suffix in output order.
    static func uniqueIDs(_ events: [Event]) -> [Event] {
        var seen: [String: Int] = [:]
        return events.map { e in
            var e = e
            let n = seen[e.id, default: 0] + 1
            seen[e.id] = n
            if n > 1 { e.id += "-\(n)" }
            return e
        }
    }
}
