import Foundation
import StorylineCore

/// Read-only indexes over a Library that the views need again and again: articles by date,
/// dated events in order, people leaders-first, and each person's ties.
public struct Catalog: Sendable {
    /// One person's relation to another, from their point of view.
    public struct Tie: Hashable, Sendable {
        public var counterpart: String
        /// Newest first; undated last.
        public var interactions: [Interaction]
        public var latest: Interaction? { interactions.first }
    }

    /// A lightweight ordered view of some of the library's articles or events: indices
    /// into the snapshot's array, so listing 100,000 items copies nothing.
    public struct Slice<Element>: RandomAccessCollection, Sendable where Element: Sendable {
        let all: [Element]
        let order: [Int]
        public var startIndex: Int { 0 }
        public var endIndex: Int { order.count }
        public subscript(i: Int) -> Element { all[order[i]] }
    }

    public let library: Library
    private let articleIndex: [String: Int]
    /// Article indices, newest and oldest first; undated last in both.
    private let newestFirst: [Int]
    private let oldestFirst: [Int]
    /// Indices into `events` of all of them, in date order.
    private let allEvents: [Int]
    /// For each person, the indices of the relations they are part of.
    private let relationsByPerson: [String: [Int]]
    /// Dated events, by start then end day.
    public let events: [Event]
    /// Leaders first, then by mentions, then by name.
    public let people: [Person]
    /// Answers asked again on every key press (a filter's events, rows and histogram, a person's ties),
    /// kept for the last question of each kind: the library never changes under a catalog.
    private let memo = Memo()

    /// The timeline's display rows for one filter: month headers between events, and where
    /// each event's row is.
    public struct Timeline: Sendable {
        public let rows: [TimelineView.Row]
        let rowOfEvent: [Int32]
        /// The display row of the filter's `index`-th event (0 when there is none).
        public func row(ofEvent index: Int) -> Int { rowOfEvent.indices.contains(index) ? Int(rowOfEvent[index]) : 0 }
    }

    private final class Memo: @unchecked Sendable {
        let lock = NSLock()
        var order: (TimelineFilter, [Int])?
        var timeline: (TimelineFilter, Timeline)?
        var histogram: (TimelineFilter, Histogram)?
        var ties: (String, [Tie])?
        var stories: (StoryOrder, [Int])?
        var widestSpan: (Bool, Int)?
        var page: (PageKey, ReaderView.Page)?
        /// Pages laid out so far (each costs seconds on a 5 MB article).
        var pageLayouts = 0

        func remember<K: Equatable, V>(_ slot: ReferenceWritableKeyPath<Memo, (K, V)?>, _ key: K, _ make: () -> V) -> V {
            lock.lock()
            if let (k, v) = self[keyPath: slot], k == key { lock.unlock(); return v }
            lock.unlock()
            let v = make()
            lock.lock()
            self[keyPath: slot] = (key, v)
            lock.unlock()
            return v
        }
    }

    /// What a reader page depends on besides the (immutable) article text.
    struct PageKey: Hashable {
        var article: String
        var highlight: SourceRef?
        var width: Int
        var matching: [QueryAtom]?
    }

    /// The reader's page for `article` at `width`, kept for the last one asked: update and render
    /// ask for it several times per key, and laying out a long article takes seconds.
    public func page(_ article: Article, highlight: SourceRef?, width: Int, matching: [QueryAtom]?) -> ReaderView.Page {
        memo.remember(\.page, PageKey(article: article.id, highlight: highlight, width: width, matching: matching)) {
            memo.lock.lock(); memo.pageLayouts += 1; memo.lock.unlock()
            return ReaderView.page(article, highlight: highlight, width: width, matching: matching)
        }
    }

    /// How many reader pages were laid out (not taken from the memo), for tests.
    var pageLayouts: Int { memo.lock.lock(); defer { memo.lock.unlock() }; return memo.pageLayouts }

    /// Builds the indexes once for an immutable snapshot.
    public init(_ library: Library) {
        self.library = library
        let arts = library.articles
        var idx = [String: Int](minimumCapacity: arts.count)
        // Integer keys computed once: the comparisons then only touch ids on equal timestamps.
        var keys: [(Int, Int)] = []
        keys.reserveCapacity(arts.count)
        for i in arts.indices {
            if idx[arts[i].id] == nil { idx[arts[i].id] = i }
            keys.append(arts[i].published.map { ($0.day.ordinal, $0.minutes ?? -1) } ?? (Int.max, Int.max))
        }
        articleIndex = idx
        let chronological = arts.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            return x != y ? x < y : arts[a].id < arts[b].id
        }
        events = library.events.filter { $0.date != nil }.sorted {
            ($0.date!.start, $0.date!.end, $0.id) < ($1.date!.start, $1.date!.end, $1.id)
        }
        allEvents = Array(events.indices)
        let dated = chronological.filter { keys[$0].0 != Int.max }
        let undated = chronological.filter { keys[$0].0 == Int.max }
        newestFirst = dated.reversed() + undated
        oldestFirst = dated + undated
        var byPerson: [String: [Int]] = [:]
        for (i, r) in library.relations.enumerated() {
            for name in Set(r.people) { byPerson[name, default: []].append(i) }
        }
        relationsByPerson = byPerson
        people = library.people.sorted {
            if $0.leader != $1.leader { return $0.leader }
            if $0.mentions != $1.mentions { return $0.mentions > $1.mentions }
            return $0.name < $1.name
        }
    }

    /// Articles in display order: newest or oldest first; undated always last.
    public func articles(newestFirst: Bool) -> Slice<Article> {
        Slice(all: library.articles, order: newestFirst ? self.newestFirst : oldestFirst)
    }

    /// Stories in display order (ties broken by the library's order, which is by first article).
    public func stories(_ order: StoryOrder) -> Slice<Story> {
        let all = library.stories
        return Slice(all: all, order: memo.remember(\.stories, order) {
            let last = all.map { $0.span?.end.ordinal ?? Int.min }
            switch order {
            case .oldest: return Array(all.indices)
            case .newest: return all.indices.sorted { last[$0] != last[$1] ? last[$0] > last[$1] : $0 < $1 }
            case .largest:
                return all.indices.sorted {
                    let (a, b) = (all[$0].articles.count, all[$1].articles.count)
                    return a != b ? a > b : last[$0] != last[$1] ? last[$0] > last[$1] : $0 < $1
                }
            }
        })
    }

    /// The largest `width` of any story (its date span as the list writes it), measured once:
    /// on 100,000 stories, measuring on every frame would lag behind key repeat.
    public func widestStory(_ width: (Story) -> Int) -> Int {
        memo.remember(\.widestSpan, true) { library.stories.map(width).max() ?? 0 }
    }

    /// The article with this id, if loaded.
    public func article(id: String) -> Article? { articleIndex[id].map { library.articles[$0] } }

    /// The events the filter admits, in date order.
    public func events(_ filter: TimelineFilter) -> Slice<Event> {
        guard !filter.isEmpty else { return Slice(all: events, order: allEvents) }
        return Slice(all: events, order: memo.remember(\.order, filter) { allEvents.filter { filter.admits(events[$0]) } })
    }

    /// The timeline rows of the events the filter admits.
    public func timeline(_ filter: TimelineFilter) -> Timeline {
        memo.remember(\.timeline, filter) {
            let rows = TimelineView.rows(events(filter))
            var rowOfEvent: [Int32] = []
            rowOfEvent.reserveCapacity(rows.count)
            for (r, row) in rows.enumerated() { if case .event = row { rowOfEvent.append(Int32(r)) } }
            return Timeline(rows: rows, rowOfEvent: rowOfEvent)
        }
    }

    /// The event with this id, dated or not.
    public func event(id: String) -> Event? { library.events.first { $0.id == id } }

    /// Events per month of the events the filter admits.
    public func histogram(_ filter: TimelineFilter) -> Histogram {
        memo.remember(\.histogram, filter) { Histogram(events: events(filter)) }
    }

    /// `name`'s ties, most interactions first.
    public func ties(of name: String) -> [Tie] {
        memo.remember(\.ties, name) { computeTies(of: name) }
    }

    private func computeTies(of name: String) -> [Tie] {
        var byCounterpart: [String: [Interaction]] = [:]
        for i in relationsByPerson[name] ?? [] {
            let r = library.relations[i]
            guard let other = r.counterpart(of: name) else { continue }
            byCounterpart[other, default: []] += r.interactions
        }
        return byCounterpart.map { name, list in
            Tie(counterpart: name, interactions: list.sorted {
                switch ($0.date, $1.date) {
                case let (a?, b?): return a.start > b.start
                case (_?, nil): return true
                default: return false
                }
            })
        }.sorted { ($0.interactions.count, $1.counterpart) > ($1.interactions.count, $0.counterpart) }
    }
}
