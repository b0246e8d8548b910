import Dispatch
import Foundation
import GRDB

/// The assembled part of a library (merged events, people, relations and mentions) as stored in
/// the cache under the same corpus fingerprint as `CachedLinks`: an unchanged corpus decodes it
/// instead of merging every article's extraction again; any changed file changes the fingerprint.
struct CachedLibrary: Equatable {
    var events: [Event]
    var people: [Person]
    var relations: [Relation]
    var mentions: [Mention]

    /// The assembled part of `library`.
    init(_ library: Library) {
        events = library.events; people = library.people
        relations = library.relations; mentions = library.mentions
    }

    /// A library of `articles` with these events, people, relations and mentions.
    func library(articles: [Article]) -> Library {
        Library(articles: articles, events: events, people: people, relations: relations, mentions: mentions)
    }

    /// What each stored row holds; rows of one kind are concatenated in `chunk` order.
    private enum Kind: Int, CaseIterable { case events, people, relations, mentions }

    /// Elements per stored row: small enough that rows decode in parallel, large enough to compress.
    private static let chunkSize = 8192

    /// The assembled library stored for this fingerprint, if any. A row that cannot be decoded
    /// is reported as a corrupt database, so the cache is rebuilt.
    static func fetch(_ db: Database, fingerprint: String) throws -> CachedLibrary? {
        var rows: [(kind: Kind, blob: Data)] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT kind, value FROM assembled WHERE fingerprint = ? ORDER BY kind, chunk",
                                         arguments: [fingerprint])
        while let row = try cursor.next() {
            guard let kind = Kind(rawValue: row[0]) else { throw corrupt }
            rows.append((kind, row[1]))
        }
        // Every kind has at least one row (possibly an empty list), so a partial set is never taken.
        guard Set(rows.map(\.kind)).count == Kind.allCases.count else { return nil }
        let decoded = UnsafeMutableBufferPointer<Decoded?>.allocate(capacity: rows.count)
        decoded.initialize(repeating: nil)
        defer { decoded.deallocate() }
        DispatchQueue.concurrentPerform(iterations: rows.count) { i in
            decoded[i] = try? Decoded(rows[i].kind, rows[i].blob)
        }
        var value = CachedLibrary(events: [], people: [], relations: [], mentions: [])
        for part in decoded {
            switch part {
            case .events(let list)?: value.events += list
            case .people(let list)?: value.people += list
            case .relations(let list)?: value.relations += list
            case .mentions(let list)?: value.mentions += list
            case nil: throw corrupt
            }
        }
        return value
    }

    /// Replaces whatever assembled library was stored with this one, under `fingerprint`.
    func store(_ db: Database, fingerprint: String) throws {
        try db.execute(sql: "DELETE FROM assembled")
        let insert = try db.makeStatement(sql: "INSERT INTO assembled(fingerprint, kind, chunk, value) VALUES (?, ?, ?, ?)")
        func put<T: Codable & Equatable>(_ list: [T], _ kind: Kind) throws {
            var chunk = 0
            var start = 0
            repeat {
                let end = min(start + Self.chunkSize, list.count)
                try insert.execute(arguments: [fingerprint, kind.rawValue, chunk, try BlobCodec.encode(Array(list[start..<end]))])
                chunk += 1
                start = end
            } while start < list.count
        }
        try put(events, .events)
        try put(people, .people)
        try put(relations, .relations)
        try put(mentions, .mentions)
    }

    private init(events: [Event], people: [Person], relations: [Relation], mentions: [Mention]) {
        self.events = events; self.people = people; self.relations = relations; self.mentions = mentions
    }

    private static var corrupt: DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the cached events and people cannot be decoded")
    }

    /// One decoded row.
    private enum Decoded {
        case events([Event]), people([Person]), relations([Relation]), mentions([Mention])

        init(_ kind: Kind, _ blob: Data) throws {
            switch kind {
            case .events: self = .events(try BlobCodec.decode([Event].self, from: blob))
            case .people: self = .people(try BlobCodec.decode([Person].self, from: blob))
            case .relations: self = .relations(try BlobCodec.decode([Relation].self, from: blob))
            case .mentions: self = .mentions(try BlobCodec.decode([Mention].self, from: blob))
            }
        }
    }
}
