import Dispatch
import Foundation
import GRDB

/// The assembled part of a library (merged events, people, relations and mention counts) as stored in
/// the cache under the same corpus fingerprint as `CachedLinks`: an unchanged corpus decodes it
/// instead of merging every article's extraction again; any changed file changes the fingerprint.
struct CachedLibrary: Equatable {
    var events: [Event]
    var people: [Person]
    var relations: [Relation]
    var mentioned: [MentionCount]

    /// The assembled part of `library`.
    init(_ library: Library) {
        events = library.events; people = library.people
        relations = library.relations; mentioned = library.mentioned
    }

    /// A library of `articles` with these events, people, relations and mention counts.
    func library(articles: [Article]) -> Library {
        Library(articles: articles, events: events, people: people, relations: relations, mentioned: mentioned)
    }

    /// What each stored row holds; rows of one kind are concatenated in `chunk` order.
    fileprivate enum Kind: Int, CaseIterable { case events, people, relations, mentioned }

    /// Elements per stored row for a kind of `count` elements: at least eight rows when there
    /// are many (rows decode in parallel), few enough that the partly filled last page of each
    /// row (up to 64 KB of slack) stays a small part of the file.
    private static func chunkSize(_ count: Int) -> Int { max(1024, min(65_536, (count + 7) / 8)) }

    /// The rows stored for one fingerprint, not yet decoded: their sentences and summaries point
    /// into the articles' text, so they decode once the articles are (`decoded(articles:)`).
    struct Stored {
        fileprivate let rows: [(kind: Kind, blob: Data)]

        /// The assembled library these rows hold, places read from `articles` (the articles of
        /// the same corpus state). A row that cannot be decoded is reported as a corrupt
        /// database, so the cache is rebuilt.
        func decoded(articles: [Article]) throws -> CachedLibrary {
            let texts = ArticleTexts(articles)
            // Every row is unpacked, its string table read and its length taken, on all cores;
            // then each list is filled in place, each row decoding into its own slice on all
            // cores: no row is decoded into a list of its own and copied again.
            let opened = ParallelSlots<Opened>.map(rows.count) { i in
                guard var reader = try? AssemblyCodec.Reader(rows[i].blob, texts: texts),
                      let count = try? reader.count() else { return nil }
                return Opened(kind: rows[i].kind, reader: reader, count: count)
            }
            guard !opened.contains(where: { $0 == nil }) else { throw corrupt }
            let parts = opened.map { $0! }
            return CachedLibrary(events: try Self.fill(parts, .events, AssemblyCodec.readEvent),
                                 people: try Self.fill(parts, .people, AssemblyCodec.readPerson),
                                 relations: try Self.fill(parts, .relations, AssemblyCodec.readRelation),
                                 mentioned: try Self.fill(parts, .mentioned, AssemblyCodec.readMentionCount))
        }

        /// A row ready to read its `count` elements.
        private struct Opened { var kind: Kind; var reader: AssemblyCodec.Reader; var count: Int }

        /// The list of one kind: every row of that kind decoded, on all cores, straight into its
        /// place. Throws (leaving nothing behind) when a row does not hold what it says.
        private static func fill<T>(_ parts: [Opened], _ kind: Kind, _ read: (inout AssemblyCodec.Reader) throws -> T) throws -> [T] {
            let mine = parts.filter { $0.kind == kind }
            var offsets: [Int] = []
            var total = 0
            for p in mine { offsets.append(total); total += p.count }
            // Per row: elements initialized, and whether the row held exactly what it counted.
            let done = UnsafeMutableBufferPointer<(count: Int, whole: Bool)>.allocate(capacity: mine.count)
            done.initialize(repeating: (0, false))
            defer { done.deallocate() }
            return try [T](unsafeUninitializedCapacity: total) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                DispatchQueue.concurrentPerform(iterations: mine.count) { j in
                    var reader = mine[j].reader
                    var k = 0
                    while k < mine[j].count, let x = try? read(&reader) {
                        (base + offsets[j] + k).initialize(to: x)
                        k += 1
                    }
                    done[j] = (k, k == mine[j].count && reader.atEnd)
                }
                guard done.allSatisfy(\.whole) else {
                    for j in mine.indices { (base + offsets[j]).deinitialize(count: done[j].count) }
                    throw corrupt
                }
                initialized = total
            }
        }
    }

    /// The assembled library stored for this fingerprint, if any, to decode with its articles.
    static func fetch(_ db: Database, fingerprint: String) throws -> Stored? {
        var rows: [(kind: Kind, blob: Data)] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT kind, value FROM assembled WHERE fingerprint = ? ORDER BY kind, chunk",
                                         arguments: [fingerprint])
        while let row = try cursor.next() {
            guard let kind = Kind(rawValue: row[0]) else { throw corrupt }
            rows.append((kind, row[1]))
        }
        // Every kind has at least one row (possibly an empty list), so a partial set is never taken.
        guard Set(rows.map(\.kind)).count == Kind.allCases.count else { return nil }
        return Stored(rows: rows)
    }

    /// Replaces whatever assembled library was stored with this one, under `fingerprint`. Each
    /// blob is decoded again before it is written; when one does not give back the same values
    /// (a model field the cached form lacks), nothing is stored and the next open assembles.
    /// Blobs are encoded and checked on all cores before the write transaction starts.
    func store(_ db: Database, fingerprint: String, articles: [Article]) throws {
        try Self.store(encoded(articles: articles), db, fingerprint: fingerprint)
    }

    /// Blobs ready for `store(_:_:fingerprint:)`; no rows when some chunk does not round-trip.
    struct Encoded { fileprivate let rows: [(Kind, Int, Data)]? }

    /// Encodes and checks every chunk, on all cores (no database access: call it before the
    /// write transaction so the writer is held only for the inserts). Sentences and summaries
    /// found in `articles` (the library's articles) are stored as places in their text.
    func encoded(articles: [Article]) -> Encoded {
        let texts = ArticleTexts(articles)
        var jobs: [(Kind, Int, Range<Int>)] = []
        for (kind, count) in [(Kind.events, events.count), (.people, people.count), (.relations, relations.count), (.mentioned, mentioned.count)] {
            var chunk = 0, start = 0
            repeat {
                let end = min(start + Self.chunkSize(count), count)
                jobs.append((kind, chunk, start..<end))
                chunk += 1
                start = end
            } while start < count
        }
        let blobs = ParallelSlots<Data>.map(jobs.count) { j -> Data? in
            let (kind, _, range) = jobs[j]
            func check<T: Equatable>(_ part: [T]) -> Data? {
                guard let blob = AssemblyCodec.encode(part, texts: texts, level: Zstd.onceLevel, { w, x in Self.write(&w, x) }),
                      let back = try? Decoded(kind, blob, texts: texts), back.matches(part) else { return nil }
                return blob
            }
            switch kind {
            case .events: return check(Array(events[range]))
            case .people: return check(Array(people[range]))
            case .relations: return check(Array(relations[range]))
            case .mentioned: return check(Array(mentioned[range]))
            }
        }.compactMap { $0 }
        guard blobs.count == jobs.count else { return Encoded(rows: nil) }
        return Encoded(rows: jobs.indices.map { (jobs[$0].0, jobs[$0].1, blobs[$0]) })
    }

    /// Replaces the stored library with `encoded`; one that did not round-trip only clears it.
    static func store(_ encoded: Encoded, _ db: Database, fingerprint: String) throws {
        try db.execute(sql: "DELETE FROM assembled")
        guard let rows = encoded.rows else { return }
        let insert = try db.makeStatement(sql: "INSERT INTO assembled(fingerprint, kind, chunk, value) VALUES (?, ?, ?, ?)")
        for (kind, chunk, blob) in rows { try insert.execute(arguments: [fingerprint, kind.rawValue, chunk, blob]) }
    }

    /// Writes any of the four model types.
    private static func write<T>(_ w: inout AssemblyCodec.Writer, _ x: T) {
        switch x {
        case let e as Event: AssemblyCodec.write(&w, e)
        case let p as Person: AssemblyCodec.write(&w, p)
        case let r as Relation: AssemblyCodec.write(&w, r)
        case let m as MentionCount: AssemblyCodec.write(&w, m)
        default: preconditionFailure("not part of an assembled library: \(T.self)")
        }
    }

    private init(events: [Event], people: [Person], relations: [Relation], mentioned: [MentionCount]) {
        self.events = events; self.people = people; self.relations = relations; self.mentioned = mentioned
    }

    private static var corrupt: DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the cached events and people cannot be decoded")
    }

    /// One decoded row.
    private enum Decoded {
        case events([Event]), people([Person]), relations([Relation]), mentioned([MentionCount])

        init(_ kind: Kind, _ blob: Data, texts: ArticleTexts) throws {
            switch kind {
            case .events: self = .events(try AssemblyCodec.decode(blob, texts: texts, AssemblyCodec.readEvent))
            case .people: self = .people(try AssemblyCodec.decode(blob, texts: texts, AssemblyCodec.readPerson))
            case .relations: self = .relations(try AssemblyCodec.decode(blob, texts: texts, AssemblyCodec.readRelation))
            case .mentioned: self = .mentioned(try AssemblyCodec.decode(blob, texts: texts, AssemblyCodec.readMentionCount))
            }
        }

        /// True when this holds exactly `list`.
        func matches<T: Equatable>(_ list: [T]) -> Bool {
            switch self {
            case .events(let l): return (l as? [T]) == list
            case .people(let l): return (l as? [T]) == list
            case .relations(let l): return (l as? [T]) == list
            case .mentioned(let l): return (l as? [T]) == list
            }
        }
    }
}
