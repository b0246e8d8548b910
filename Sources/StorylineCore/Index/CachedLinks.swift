import Foundation
import GRDB

/// Related articles and stories as stored in the cache, under a fingerprint of the corpus state
/// they were computed from: they are reused only while every file's content is the same.
struct CachedLinks: Codable, Equatable {
    /// One article's related articles (a list, because the binary blob form cannot carry a dictionary).
    struct Entry: Codable, Equatable {
        var article: String
        var related: [RelatedArticle]
    }

    var related: [Entry]
    var stories: [Story]

    init(related: [Entry], stories: [Story]) {
        self.related = related
        self.stories = stories
    }

    /// The linked part of `library`.
    init(_ library: Library) {
        related = library.related.byArticle.sorted { $0.key < $1.key }.map { Entry(article: $0.key, related: $0.value) }
        stories = library.stories
    }

    /// `library` with these related articles and stories.
    func attached(to library: Library) -> Library {
        var copy = library
        copy.related = RelatedArticles(byArticle: Dictionary(related.map { ($0.article, $0.related) },
                                                             uniquingKeysWith: { a, _ in a }))
        copy.stories = stories
        return copy
    }

    /// Identifies the corpus state in the cache: every file's path and content hash, sorted by
    /// path, and the engine that extracted them.
    static func fingerprint(_ db: Database, engine: String) throws -> String {
        var text = engine
        let rows = try Row.fetchCursor(db, sql: "SELECT path, hash FROM doc ORDER BY path")
        while let row = try rows.next() {
            let path: String = row[0]
            let hash: Int64 = row[1]
            text += "\n\(path)\t\(hash)"
        }
        return ContentHash.hex(text)
    }

    /// The links stored for this fingerprint, if any. A blob that cannot be decoded is reported
    /// as a corrupt database, so the cache is rebuilt.
    static func fetch(_ db: Database, fingerprint: String) throws -> CachedLinks? {
        guard let blob = try Data.fetchOne(db, sql: "SELECT value FROM linked WHERE fingerprint = ?",
                                           arguments: [fingerprint]) else { return nil }
        do {
            guard AssemblyCodec.isTagged(blob) else { return try BlobCodec.decode(CachedLinks.self, from: blob) }
            let list = try AssemblyCodec.decode(blob, CachedLinks.read)
            guard list.count == 1 else { throw BinaryCodingError.malformed }
            return list[0]
        } catch {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the cached related articles cannot be decoded")
        }
    }

    /// Replaces whatever links were stored with these, under `fingerprint`.
    func store(_ db: Database, fingerprint: String) throws {
        let blob = try encoded()
        try db.execute(sql: "DELETE FROM linked")
        try db.execute(sql: "INSERT INTO linked(fingerprint, value) VALUES (?, ?)", arguments: [fingerprint, blob])
    }

    /// The blob for these links: `AssemblyCodec`'s hand-written form (each id, name and term
    /// stored once; several times faster to read than the generic form), checked by a round
    /// trip; the generic `BlobCodec` form when that fails.
    func encoded() throws -> Data {
        if let blob = AssemblyCodec.encode([self], level: Zstd.onceLevel, { w, links in links.write(&w) }),
           let back = try? AssemblyCodec.decode(blob, Self.read), back == [self] {
            return blob
        }
        return try BlobCodec.encode(self, level: Zstd.onceLevel)
    }

    private func write(_ w: inout AssemblyCodec.Writer) {
        w.count(related.count)
        for entry in related {
            w.string(entry.article)
            w.count(entry.related.count)
            for r in entry.related {
                w.string(r.article); w.double(r.score)
                w.float(r.wordingScore); w.float(r.eventScore); w.float(r.peopleScore); w.float(r.cosine)
                w.strings(r.events); w.strings(r.people); w.strings(r.terms)
            }
        }
        w.count(stories.count)
        for s in stories {
            w.string(s.id); w.string(s.title); w.string(s.centralArticle); AssemblyCodec.span(&w, s.span)
            w.strings(s.articles); w.strings(s.events); w.strings(s.people); w.strings(s.terms)
        }
    }

    private static func read(_ r: inout AssemblyCodec.Reader) throws -> CachedLinks {
        var links = CachedLinks(related: [], stories: [])
        let entries = try r.count()
        links.related.reserveCapacity(entries)
        for _ in 0..<entries {
            let article = try r.string()
            let n = try r.count()
            var list: [RelatedArticle] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                list.append(RelatedArticle(article: try r.string(), score: try r.double(), wordingScore: try r.float(),
                                           eventScore: try r.float(), peopleScore: try r.float(), cosine: try r.float(),
                                           events: try r.strings(), people: try r.strings(), terms: try r.strings()))
            }
            links.related.append(Entry(article: article, related: list))
        }
        let stories = try r.count()
        links.stories.reserveCapacity(stories)
        for _ in 0..<stories {
            links.stories.append(Story(id: try r.string(), title: try r.string(), centralArticle: try r.string(),
                                       span: try AssemblyCodec.span(&r), articles: try r.strings(), events: try r.strings(),
                                       people: try r.strings(), terms: try r.strings()))
        }
        return links
    }
}
