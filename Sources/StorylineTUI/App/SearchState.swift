import StorylineCore

/// The corpus search as the user sees it: the text in the bar, whether the bar has the keys,
/// the results of the latest answered query and the selected result. Part of `ViewState`, so
/// going back through history restores a search exactly.
public struct SearchState: Hashable, Sendable {
    public var text = ""
    /// True while keys edit the bar; false when they move in the results list.
    public var editing = true
    /// The text `hits` answer (may lag behind `text` while a query runs).
    public var answered: String? = nil
    public var hits: [SearchHit] = []
    /// More articles match than `hits` shows (the list is the best of them).
    public var more = false
    /// The query's words and phrases, to highlight matches.
    public var atoms: [QueryAtom] = []
    /// The query has field filters (person:, outlet:, from:, to:, type:).
    public var hasFilters = false
    /// The parser's message for a malformed query.
    public var error: String? = nil
    /// What the parser ignored in a query it ran ("\"the\" is too common to search for; ignored").
    public var notes: [String] = []
    /// A query for `text` is running.
    public var pending = false
    public var selection = 0
    public var scroll = 0
    /// Position while recalling earlier searches with Up/Down (index into the history).
    public var recall: Int? = nil

    public init(text: String = "", editing: Bool = true) { self.text = text; self.editing = editing }

    /// The selected result, if any.
    public var selectedHit: SearchHit? { hits.indices.contains(selection) ? hits[selection] : nil }
}

/// What a search returned for one text: hits, the atoms to highlight, or the parser's message.
public struct SearchAnswer: Hashable, Sendable {
    public var hits: [SearchHit]
    /// More articles match than `hits` holds.
    public var more: Bool
    public var atoms: [QueryAtom]
    public var hasFilters: Bool
    public var error: String?
    /// What the parser ignored (`SearchQuery.notes`).
    public var notes: [String]

    public init(hits: [SearchHit] = [], more: Bool = false, atoms: [QueryAtom] = [], hasFilters: Bool = false, error: String? = nil,
                notes: [String] = []) {
        self.hits = hits; self.more = more; self.atoms = atoms; self.hasFilters = hasFilters; self.error = error
        self.notes = notes
    }
}

/// Something that answers search text; the run loop calls it off the main loop. The real one
/// wraps the corpus `SearchIndex`; tests use an in-memory one.
public protocol ArticleSearching: Sendable {
    /// Parses and runs `text`, returning at most `limit` hits (and whether more match) or the parser's message.
    func answer(_ text: String, limit: Int) -> SearchAnswer
}

/// The corpus index as an `ArticleSearching`.
public struct IndexSearch: ArticleSearching {
    let index: SearchIndex

    /// Searches `index`.
    public init(_ index: SearchIndex) { self.index = index }

    /// Parses with `SearchQuery.parse`, so malformed input gets the parser's message.
    public func answer(_ text: String, limit: Int) -> SearchAnswer {
        do {
            let q = try SearchQuery.parse(text)
            let (hits, more) = try index.page(query: q, limit: limit)
            let filters = !q.people.isEmpty || !q.outlets.isEmpty || q.from != nil || q.to != nil || !q.eventTypes.isEmpty
            return SearchAnswer(hits: hits, more: more, atoms: q.clauses.flatMap { $0 }, hasFilters: filters, notes: q.notes)
        } catch {
            return SearchAnswer(error: "\(error)")
        }
    }
}
