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
        let eventArticles = library.events.map { e in Set(e.sources.compactMap { position[$0.article] }).sorted().map(Int32.init) }
        var byArticle = [[Int32]](repeating: [], count: library.articles.count)
        for (e, list) in eventArticles.enumerated() { for a in list { byArticle[Int(a)].append(Int32(e)) } }
        return (eventArticles, byArticle)
    }

    /// Ids of `events` (indices in `library.events`) in timeline order.
    static func timeline(_ events: Set<Int32>, library: Library) -> [String] {
        events.map { library.events[Int($0)] }.sorted {
            ($0.date?.start.ordinal ?? Int.max, $0.date?.end.ordinal ?? Int.max, $0.id)
                < ($1.date?.start.ordinal ?? Int.max, $1.date?.end.ordinal ?? Int.max, $1.id)
        }.map(\.id)
    }
}
