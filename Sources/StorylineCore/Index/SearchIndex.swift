import Foundation
import GRDB

/// Keyword search over a corpus: SQLite FTS5 finds the matching articles, BM25 ranks them
/// (title above captions above body), and snippets are cut around the best match.
///
/// Ranking cost is bounded: FTS5's BM25 costs microseconds per scored row, so when a query
/// matches more than `candidateCap` articles, only the newest `candidateCap` matches (highest
/// rowid: last indexed) are scored, in one BM25 pass. Queries matching fewer are ranked exactly.
public struct SearchIndex: Sendable {
    /// BM25 column weights: title, body, captions, outlet.
    static let weights = (title: 8.0, body: 1.0, captions: 2.0, outlet: 2.0)
    /// At most this many of the newest matches are scored per query (see the type's documentation).
    public static let candidateCap = 300

    private let reader: any DatabaseReader
    private let eventsByArticle: [String: [Event]]
    private let peopleByKey: [String: [Person]]

    /// An index reading from `reader` (a cache written by `CorpusStore`), with the library's
    /// events and people used for `events`, `type:` and `person:`.
    public init(reader: any DatabaseReader, library: Library) {
        self.reader = reader
        var events: [String: [Event]] = [:]
        for e in library.events {
            for article in Set(e.sources.map(\.article)) { events[article, default: []].append(e) }
        }
        eventsByArticle = events
        var people: [String: [Person]] = [:]
        for p in library.people {
            for name in Set([p.name] + p.aliases) {
                let key = Matcher.key(name)
                people[key, default: []].append(p)
                for word in key.split(separator: " ") where word.count > 1 && String(word) != key {
                    people[String(word), default: []].append(p)
                }
            }
        }
        peopleByKey = people
    }

    /// Parses and runs a query typed by a user. Throws `QueryError` (a message for the user).
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try search(query: SearchQuery.parse(text), limit: limit)
    }

    /// Runs a parsed query: the best `limit` hits, ties broken by date (newest first) then id.
    public func search(query: SearchQuery, limit: Int = 20) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        // person: through the extracted people when known, else as a phrase in the text.
        var textPeople: [String] = []
        var personArticles: [Set<String>] = []
        for value in query.people {
            let found = peopleByKey[Matcher.key(value)] ?? []
            if found.isEmpty { textPeople.append(value) } else { personArticles.append(Set(found.flatMap(\.articles))) }
        }
        let typeArticles: Set<String>? = query.eventTypes.isEmpty ? nil : Set(eventsByArticle.compactMap { id, events in
            events.contains { query.eventTypes.contains($0.type) } ? id : nil
        })
        let postFilter: (String) -> Bool = { id in
            personArticles.allSatisfy { $0.contains(id) } && (typeArticles?.contains(id) ?? true)
        }
        let needsPostFilter = !personArticles.isEmpty || typeArticles != nil
        var candidates = try fetchCandidates(query: query, textPeople: textPeople, cap: Self.candidateCap)
        if needsPostFilter { candidates = candidates.filter { postFilter($0.id) } }
        candidates.sort { a, b in
            if a.score != b.score { return a.score < b.score }
            if a.day != b.day { return (a.day ?? "") > (b.day ?? "") }
            return a.id < b.id
        }
        let atoms = query.clauses.flatMap { $0 }
        let top = candidates.prefix(limit)
        return try reader.read { db in
            try top.map { c in
                guard let blob = try Data.fetchOne(db, sql: "SELECT article FROM blob WHERE docid = ?", arguments: [c.docid]) else {
                    throw QueryError.storage("article \(c.id) is missing")
                }
                let article = try BlobCodec.decode(Article.self, from: blob)
                let events = (eventsByArticle[article.id] ?? []).filter { e in
                    (query.eventTypes.isEmpty || query.eventTypes.contains(e.type))
                        && (atoms.isEmpty ? !query.eventTypes.isEmpty : Matcher(atoms: atoms).matches(in: Array(e.summary.unicodeScalars)).distinct > 0)
                }.map(\.id)
                return SearchHit(article: article.id, title: article.title, published: article.published?.iso,
                                 outlet: article.outlet, score: c.score == 0 ? 0 : -c.score,
                                 snippet: Snippet.make(article: article, atoms: atoms), events: events)
            }
        }
    }

    /// A scored candidate; `score` is BM25 as SQLite gives it (lower is better).
    private struct Candidate { var docid: Int64; var score: Double; var day: String?; var id: String }

    private func fetchCandidates(query: SearchQuery, textPeople: [String], cap: Int) throws -> [Candidate] {
        let w = Self.weights
        let positive = MatchExpression.positive(query, textPeople: textPeople)
        let excluded = MatchExpression.excluded(query)
        var filters = ""
        var filterArgs: [DatabaseValueConvertible?] = []
        if let from = query.from { filters += " AND d.day >= ?"; filterArgs.append(from.iso) }
        if let to = query.to { filters += " AND d.day <= ?"; filterArgs.append(to.iso) }
        do {
            return try reader.read { db in
                guard let positive else {
                    // Filters or exclusions only: newest first.
                    var sql = "SELECT d.docid, 0.0, d.day, d.id FROM doc d WHERE d.parsed = 1"
                    var args: [DatabaseValueConvertible?] = []
                    if let excluded {
                        sql += " AND d.docid NOT IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)"
                        args.append(excluded)
                    }
                    sql += filters + " ORDER BY d.day DESC, d.id LIMIT ?"
                    return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args + filterArgs + [cap])).map {
                        Candidate(docid: $0[0], score: $0[1], day: $0[2], id: $0[3] ?? "")
                    }
                }
                let match = excluded.map { "(\(positive)) NOT (\($0))" } ?? positive
                let fromWhere = " FROM doc_fts CROSS JOIN doc d ON d.docid = doc_fts.rowid WHERE doc_fts MATCH ?" + filters
                let baseArgs: [DatabaseValueConvertible?] = [match] + filterArgs
                // Bounded ranking: when more than `cap` articles match, only the newest `cap`
                // are scored; the bound is a rowid range, which FTS5 seeks to directly.
                let threshold = try Int64.fetchOne(db, sql: "SELECT doc_fts.rowid"
                                                   + (filters.isEmpty ? " FROM doc_fts WHERE doc_fts MATCH ?" : fromWhere)
                                                   + " ORDER BY doc_fts.rowid DESC LIMIT 1 OFFSET ?",
                                                   arguments: StatementArguments(baseArgs + [cap - 1]))
                var sql = "SELECT d.docid, bm25(doc_fts, \(w.title), \(w.body), \(w.captions), \(w.outlet)), d.day, d.id" + fromWhere
                var args = baseArgs
                if let threshold {
                    sql += " AND doc_fts.rowid >= ?"
                    args.append(threshold)
                }
                return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map {
                    Candidate(docid: $0[0], score: $0[1], day: $0[2], id: $0[3] ?? "")
                }
            }
        } catch let error as DatabaseError {
            throw QueryError.storage(error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: writing (used by CorpusStore inside its write transactions)

    /// The text of each indexed column, CJK runs segmented into bigrams.
    static func columns(of article: Article) -> [String] {
        var body: [String] = []
        var captions: [String] = []
        for b in article.blocks {
            if b.kind == .caption { captions.append(b.text) } else { body.append(b.text) }
        }
        if let byline = article.byline { body.append(byline) }
        return [article.title, body.joined(separator: "\n"), captions.joined(separator: "\n"), article.outlet ?? ""]
            .map(CJKSegmenter.segment)
    }

    /// Adds an article's text under `docid`.
    static func insert(_ article: Article, docid: Int64, db: Database) throws {
        let c = columns(of: article)
        let stmt = try db.cachedStatement(sql: "INSERT INTO doc_fts(rowid, title, body, captions, outlet) VALUES (?, ?, ?, ?, ?)")
        try stmt.execute(arguments: [docid, c[0], c[1], c[2], c[3]])
    }

    /// Removes an article's text (the index stores no copy, so the same text must be given).
    static func delete(_ article: Article, docid: Int64, db: Database) throws {
        let c = columns(of: article)
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO doc_fts(doc_fts, rowid, title, body, captions, outlet) VALUES ('delete', ?, ?, ?, ?, ?)
            """)
        try stmt.execute(arguments: [docid, c[0], c[1], c[2], c[3]])
    }
}
