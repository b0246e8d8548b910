import Foundation
import GRDB

/// Keyword search over a corpus: SQLite FTS5 finds the matching articles, BM25 ranks them
/// (title above captions above body), and snippets are cut around the best match.
///
/// Ranking cost is bounded: scoring costs about a microsecond per row, so when a query matches
/// more than `candidateCap` articles, only the newest `candidateCap` matches (highest rowid:
/// last indexed) are scored, in one pass. Queries matching fewer are ranked exactly. BM25 is
/// `SearchRank`'s, which takes each phrase's IDF from this type: FTS5's own bm25() counts every
/// match of every phrase on each query (a full phrase scan for "said in a statement").
public struct SearchIndex: Sendable {
    /// BM25 column weights (passed to the ranking function in the index's column order: body,
    /// title, captions, outlet).
    static let weights = (title: 8.0, body: 1.0, captions: 2.0, outlet: 2.0)
    /// At most this many of the newest matches are scored per query (see the type's documentation).
    public static let candidateCap = 300

    private let reader: any DatabaseReader
    private let events: [Event]
    /// Which events each article reports and who each name may be, built behind the open.
    private let lookups: Lookups

    /// An index reading from `reader` (a cache written by `CorpusStore`), with the library's
    /// events and people used for `events`, `type:` and `person:`. Their lookup tables are
    /// built on another thread (seconds on 100,000 articles); a search waits for them.
    public init(reader: any DatabaseReader, library: Library) {
        self.reader = reader
        events = library.events
        lookups = Lookups(library)
    }

    /// Article id -> indices into the events of the events it reports, and name key -> people.
    /// Filled once on a background thread; read only after `wait()`.
    private final class Lookups: @unchecked Sendable {
        private var byArticle: [String: [Int32]] = [:]
        private var byKey: [String: [Person]] = [:]
        private let built = DispatchGroup()

        init(_ library: Library) {
            if library.events.isEmpty && library.people.isEmpty { return }
            DispatchQueue.global().async(group: built) { [self] in
                var byArticle: [String: [Int32]] = [:]
                for (i, e) in library.events.enumerated() {
                    for s in e.sources where byArticle[s.article]?.last != Int32(i) { byArticle[s.article, default: []].append(Int32(i)) }
                }
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
                self.byArticle = byArticle
                self.byKey = people
            }
        }

        /// Article id -> indices of the events it reports (once built).
        var eventsByArticle: [String: [Int32]] { built.wait(); return byArticle }
        /// Name or name word key -> people (once built).
        var peopleByKey: [String: [Person]] { built.wait(); return byKey }
    }

    /// Parses and runs a query typed by a user. Throws `QueryError` (a message for the user).
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try search(query: SearchQuery.parse(text), limit: limit)
    }

    /// The best `limit` hits of a parsed query, and whether more articles match than those
    /// (one hit beyond the limit is asked for to tell).
    public func page(query: SearchQuery, limit: Int) throws -> (hits: [SearchHit], more: Bool) {
        let hits = try search(query: query, limit: limit + 1)
        return (Array(hits.prefix(limit)), hits.count > limit)
    }

    /// Runs a parsed query: the best `limit` hits, ties broken by date (newest first) then id.
    public func search(query: SearchQuery, limit: Int = 20) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        // person: through the extracted people when known, else as a phrase in the text.
        let peopleByKey = lookups.peopleByKey, eventsByArticle = lookups.eventsByArticle
        var textPeople: [String] = []
        var personArticles: [Set<String>] = []
        for value in query.people {
            let found = peopleByKey[Matcher.key(value)] ?? []
            if found.isEmpty { textPeople.append(value) } else { personArticles.append(Set(found.flatMap(\.articles))) }
        }
        let typeArticles: Set<String>? = query.eventTypes.isEmpty ? nil : Set(eventsByArticle.compactMap { id, list in
            list.contains { query.eventTypes.contains(events[Int($0)].type) } ? id : nil
        })
        let postFilter: (String) -> Bool = { id in
            personArticles.allSatisfy { $0.contains(id) } && (typeArticles?.contains(id) ?? true)
        }
        let needsPostFilter = !personArticles.isEmpty || typeArticles != nil
        let atoms = query.clauses.flatMap { $0 }
        let matcher = Matcher(atoms: atoms)
        do {
            return try reader.read { db in
                var candidates = try fetchCandidates(db, query: query, textPeople: textPeople, cap: Self.candidateCap,
                                                     needIDs: needsPostFilter)
                if needsPostFilter { candidates = candidates.filter { postFilter($0.id ?? "") } }
                let fetchBlob = try db.cachedStatement(sql: "SELECT article FROM blob WHERE docid = ?")
                return try best(candidates, limit: limit, db: db).map { c in
                    guard let blob = try Data.fetchOne(fetchBlob, arguments: [c.docid]) else {
                        throw QueryError.storage("article \(c.id ?? "") is missing")
                    }
                    let article = try BlobCodec.decode(Article.self, from: blob)
                    var matched: [String] = []
                    // Fields are read in place: copying whole events cost 15% of a query.
                    let events = self.events
                    for i in eventsByArticle[article.id] ?? [] {
                        let e = Int(i)
                        guard query.eventTypes.isEmpty || query.eventTypes.contains(events[e].type) else { continue }
                        if atoms.isEmpty ? !query.eventTypes.isEmpty
                            : matcher.mayMatch(events[e].summary) && matcher.matches(in: Array(events[e].summary.unicodeScalars)).distinct > 0 {
                            matched.append(events[e].id)
                        }
                    }
                    return SearchHit(article: article.id, title: article.title, published: article.published?.iso,
                                     outlet: article.outlet, score: c.score,
                                     snippet: Snippet.make(article: article, matcher: matcher), events: matched)
                }
            }
        } catch let error as DatabaseError {
            throw QueryError.storage(error.message ?? "\(error.resultCode)")
        }
    }

    /// A scored candidate; `score` is BM25 (higher is better; 0 when nothing is ranked). `id`
    /// is nil until read: only candidates that may reach the results need their date and id.
    private struct Candidate { var docid: Int64; var score: Double; var day: String?; var id: String? }

    /// The best `limit` candidates, ties broken by date (newest first) then id. Date and id are
    /// read only for the candidates scoring at least as well as the `limit`-th.
    private func best(_ candidates: [Candidate], limit: Int, db: Database) throws -> ArraySlice<Candidate> {
        var sorted = candidates.sorted { $0.score > $1.score }
        if sorted.count > limit {
            let cutoff = sorted[limit - 1].score
            sorted = Array(sorted.prefix { $0.score >= cutoff })
        }
        let lookup = try db.cachedStatement(sql: "SELECT day, id FROM doc WHERE docid = ?")
        for i in sorted.indices where sorted[i].id == nil {
            let row = try Row.fetchOne(lookup, arguments: [sorted[i].docid])
            sorted[i].day = row?[0]
            sorted[i].id = row?[1] ?? ""
        }
        sorted.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.day != b.day { return (a.day ?? "") > (b.day ?? "") }
            return (a.id ?? "") < (b.id ?? "")
        }
        return sorted.prefix(limit)
    }

    private func fetchCandidates(_ db: Database, query: SearchQuery, textPeople: [String], cap: Int, needIDs: Bool) throws -> [Candidate] {
        let w = Self.weights
        let positive = MatchExpression.positive(query, textPeople: textPeople)
        let excluded = MatchExpression.excluded(query)
        var filters = ""
        var filterArgs: [DatabaseValueConvertible?] = []
        if let from = query.from { filters += " AND d.day >= ?"; filterArgs.append(from.iso) }
        if let to = query.to { filters += " AND d.day <= ?"; filterArgs.append(to.iso) }
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
        let phrases = MatchExpression.phrases(query, textPeople: textPeople)
        let maxDocid = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(docid) FROM doc")) ?? 0
        // One phrase and no other condition: its IDF only scales every score, so it is taken
        // afterwards from the candidates themselves. Otherwise each phrase's document frequency
        // comes from its newest `cap` matches (bounded work).
        let alone = phrases.count == 1 && excluded == nil && query.from == nil && query.to == nil
        var idfs: [DatabaseValueConvertible?] = []
        if !alone {
            let sample = try db.cachedStatement(sql: """
                SELECT count(*), min(id), max(total) FROM (SELECT rowid AS id, \(SearchRank.rowsName)(doc_fts) AS total
                FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                """)
            for phrase in phrases {
                guard let row = try Row.fetchOne(sample, arguments: [phrase, cap]), let last: Int64 = row[1] else {
                    idfs.append(nil)
                    continue
                }
                idfs.append(Self.idf(found: row[0], cap: cap, last: last, maxDocid: maxDocid, total: row[2]))
            }
        }
        // Bounded ranking in one pass: FTS5 walks matches newest first (rowid order) and BM25 is
        // computed only for the `cap` rows returned. The article table is joined only when a
        // filter needs it; otherwise `best` reads dates and ids for the leading few.
        let join = needIDs || !filters.isEmpty
        let sql = "SELECT doc_fts.rowid, \(SearchRank.rankName)(doc_fts, \(w.body), \(w.title), \(w.captions), \(w.outlet)"
            + String(repeating: ", ?", count: idfs.count) + "), \(SearchRank.rowsName)(doc_fts)"
            + (join ? ", d.day, d.id FROM doc_fts CROSS JOIN doc d ON d.docid = doc_fts.rowid" : " FROM doc_fts")
            + " WHERE doc_fts MATCH ?" + filters + " ORDER BY doc_fts.rowid DESC LIMIT ?"
        let args: [DatabaseValueConvertible?] = idfs + [match] + filterArgs + [cap]
        var candidates: [Candidate] = []
        candidates.reserveCapacity(cap)
        var total: Int64 = 0
        // Statements of the few usual shapes are kept prepared; unusual ones are not cached.
        let statement = idfs.count <= 8 ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(args))
        while let row = try rows.next() {
            if candidates.isEmpty { total = row[2] }
            candidates.append(Candidate(docid: row[0], score: row[1], day: join ? row[3] : nil, id: join ? (row[4] as String?) ?? "" : nil))
        }
        if alone, let last = candidates.last {
            let idf = Self.idf(found: candidates.count, cap: cap, last: last.docid, maxDocid: maxDocid, total: total)
            for i in candidates.indices { candidates[i].score *= idf }
        }
        return candidates
    }

    /// A phrase's BM25 IDF from its newest `found` matches (see `SearchRank.documentFrequency`).
    private static func idf(found: Int, cap: Int, last: Int64, maxDocid: Int64, total: Int64) -> Double {
        let df = SearchRank.documentFrequency(found: found, limit: cap, lastDocid: last, maxDocid: maxDocid, total: Double(total))
        return SearchRank.idf(matching: df, of: Double(total))
    }

    /// The connection setup every cache database needs for searching: the ranking functions,
    /// the index's tokenizer, and reads through a memory map (no system call and copy per page read; up to 2 GB, so
    /// a 100,000-article cache is mapped whole).
    static func configuration() -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 2147418112")
            try SearchRank.register(db)
            db.add(tokenizer: CommonWordsTokenizer.self)
        }
        return config
    }

    // MARK: writing (used by CorpusStore inside its write transactions)

    /// The text of each indexed column in the index's order (body, title, captions, outlet),
    /// CJK runs segmented into bigrams.
    static func columns(of article: Article) -> [String] {
        var body: [String] = []
        var captions: [String] = []
        for b in article.blocks {
            if b.kind == .caption { captions.append(b.text) } else { body.append(b.text) }
        }
        if let byline = article.byline { body.append(byline) }
        return [body.joined(separator: "\n"), article.title, captions.joined(separator: "\n"), article.outlet ?? ""]
            .map(CJKSegmenter.segment)
    }

    /// Adds an article's text under `docid`.
    static func insert(_ article: Article, docid: Int64, db: Database) throws {
        let c = columns(of: article)
        let stmt = try db.cachedStatement(sql: "INSERT INTO doc_fts(rowid, body, title, captions, outlet) VALUES (?, ?, ?, ?, ?)")
        try stmt.execute(arguments: [docid, c[0], c[1], c[2], c[3]])
    }

    /// Removes an article's text (the index stores no copy, so the same text must be given).
    static func delete(_ article: Article, docid: Int64, db: Database) throws {
        let c = columns(of: article)
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO doc_fts(doc_fts, rowid, body, title, captions, outlet) VALUES ('delete', ?, ?, ?, ?, ?)
            """)
        try stmt.execute(arguments: [docid, c[0], c[1], c[2], c[3]])
    }
}
