/// A story's events as `StoryClusterer` lists them: every event its articles report, in
/// timeline order (start day, end day, id). They follow from the library alone, so the cache
/// stores the list only for a story where they do not (`CachedLinks`).
struct StoryEvents {
    private let library: Library
    private let position: [String: Int]
    private let byArticle: [[Int32]]

    init(_ library: Library) {
        let position = Self.positions(library)
        self.library = library
        self.position = position
        byArticle = Self.lists(library, position: position).byArticle
    }

    /// The events of a story made of `articles` (ids).
    func of(_ articles: [String]) -> [String] {
        var set = Set<Int32>()
        for a in articles { if let p = position[a] { set.formUnion(byArticle[p]) } }
        return Self.timeline(set, library: library)
    }

    /// Each article id's first position in `library.articles`.
    static func positions(_ library: Library) -> [String: Int] {
        var position: [String: Int] = [:]
        for (i, a) in library.articles.enumerated() where position[a.id] == nil { position[a.id] = i }
        return position
    }

    /// Per event (index in `library.events`), the positions of the articles among its sources;
    /// per article position, the events it reports. Both sorted.
    static func lists(_ library: Library, position: [String: Int]) -> (eventArticles: [[Int32]], byArticle: [[Int32]]) {
        // Most events have one to three sources: sorting a small array beats a Set per event.
        let eventArticles = library.events.map { e -> [Int32] in
            var list = e.sources.compactMap { position[$0.article].map(Int32.init) }
            guard list.count > 1 else { return list }
            list.sort()
            var kept = 1
            for i in 1..<list.count where list[i] != list[kept - 1] { list[kept] = list[i]; kept += 1 }
            list.removeLast(list.count - kept)
            return list
        }
        var byArticle = [[Int32]](repeating: [], count: library.articles.count)
        for (e, list) in eventArticles.enumerated() { for a in list { byArticle[Int(a)].append(Int32(e)) } }
        return (eventArticles, byArticle)
    }

    /// Ids of `events` (indices in `library.events`) in timeline order. The library keeps its
    /// events in nearly that order already (`EventMerger.order`), so the indices are sorted and
    /// checked first; a full sort only when some neighbours are out of order.
    static func timeline(_ events: Set<Int32>, library: Library) -> [String] {
        let all = library.events
        func key(_ e: Event) -> (Int, Int) { (e.date?.start.ordinal ?? Int.max, e.date?.end.ordinal ?? Int.max) }
        func before(_ a: Event, _ b: Event) -> Bool {
            let (ka, kb) = (key(a), key(b))
            return ka != kb ? ka < kb : a.id < b.id
        }
        let indices = events.sorted()
        var inOrder = true
        for i in indices.indices.dropFirst() where !before(all[Int(indices[i - 1])], all[Int(indices[i])]) {
            inOrder = false
            break
        }
        if inOrder { return indices.map { all[Int($0)].id } }
        return indices.map { all[Int($0)] }.sorted(by: before).map(\.id)
    }
}
