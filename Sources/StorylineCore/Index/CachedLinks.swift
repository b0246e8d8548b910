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

    /// The blob of links stored for this fingerprint, if any (`decode` reads it).
    static func fetchBlob(_ db: Database, fingerprint: String) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT value FROM linked WHERE fingerprint = ?", arguments: [fingerprint])
    }

    /// The links stored for this fingerprint, if any, for `library` (the corpus state they
    /// were computed from; see `decode`).
    static func fetch(_ db: Database, fingerprint: String, library: Library) throws -> CachedLinks? {
        try fetchBlob(db, fingerprint: fingerprint).map { try decode($0, library: library) }
    }

    /// The links in a stored blob; stories whose events were left out get them back from
    /// `library`. A blob that cannot be decoded is reported as a corrupt database, so the
    /// cache is rebuilt.
    static func decode(_ blob: Data, library: Library) throws -> CachedLinks {
        do {
            guard AssemblyCodec.isTagged(blob) else { return try BlobCodec.decode(CachedLinks.self, from: blob) }
            return try decode(blob, events: StoryEvents(library))
        } catch {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the cached related articles cannot be decoded")
        }
    }

    private static func decode(_ blob: Data, events: StoryEvents) throws -> CachedLinks {
        let list = try AssemblyCodec.decode(blob) { try read(&$0, events: events) }
        guard list.count == 1 else { throw BinaryCodingError.malformed }
        return list[0]
    }

    /// Replaces whatever links were stored with these, computed for `library`, under `fingerprint`.
    func store(_ db: Database, fingerprint: String, library: Library) throws {
        let blob = try encoded(library: library)
        try db.execute(sql: "DELETE FROM linked")
        try db.execute(sql: "INSERT INTO linked(fingerprint, value) VALUES (?, ?)", arguments: [fingerprint, blob])
    }

    /// The blob for these links: `AssemblyCodec`'s hand-written form (each id, name and term
    /// stored once; several times faster to read than the generic form; a story's events only
    /// when `library` does not give them), checked by a round trip; the generic `BlobCodec`
    /// form when that fails.
    func encoded(library: Library) throws -> Data {
        let events = StoryEvents(library)
        if let blob = AssemblyCodec.encode([self], level: Zstd.onceLevel, { w, links in links.write(&w, events: events) }),
           let back = try? Self.decode(blob, events: events), back == self {
            return blob
        }
        return try BlobCodec.encode(self, level: Zstd.onceLevel)
    }

    private func write(_ w: inout AssemblyCodec.Writer, events derived: StoryEvents) {
        w.count(related.count)
        for entry in related {
            w.string(entry.article)
            w.count(entry.related.count)
            for r in entry.related {
                // Scores are rounded to thousandths (`RelatedArticles.evidence`): two bytes each.
                w.string(r.article); w.thousandths(r.score)
                w.thousandths(r.wordingScore); w.thousandths(r.eventScore); w.thousandths(r.peopleScore); w.thousandths(r.cosine)
                w.strings(r.events); w.strings(r.people); w.strings(r.terms)
            }
        }
        w.count(stories.count)
        for s in stories {
            w.string(s.id); w.string(s.title); w.string(s.centralArticle); AssemblyCodec.span(&w, s.span)
            w.strings(s.articles)
            // Events: 0 when the library gives them (nearly always), else their count + 1 and the ids.
            if derived.of(s.articles) == s.events { w.count(0) } else { w.count(s.events.count + 1); for e in s.events { w.string(e) } }
            w.strings(s.people); w.strings(s.terms)
        }
    }

    private static func read(_ r: inout AssemblyCodec.Reader, events derived: StoryEvents) throws -> CachedLinks {
        var links = CachedLinks(related: [], stories: [])
        let entries = try r.count()
        links.related.reserveCapacity(entries)
        for _ in 0..<entries {
            let article = try r.string()
            let n = try r.count()
            var list: [RelatedArticle] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                list.append(RelatedArticle(article: try r.string(), score: try r.thousandths(), wordingScore: try r.thousandths(),
                                           eventScore: try r.thousandths(), peopleScore: try r.thousandths(), cosine: try r.thousandths(),
                                           events: try r.strings(), people: try r.strings(), terms: try r.strings()))
            }
            links.related.append(Entry(article: article, related: list))
        }
        let stories = try r.count()
        links.stories.reserveCapacity(stories)
        for _ in 0..<stories {
            var story = Story(id: try r.string(), title: try r.string(), centralArticle: try r.string(),
                              span: try AssemblyCodec.span(&r), articles: try r.strings())
            let events = try r.count()
            if events == 0 {
                story.events = derived.of(story.articles)
            } else {
                story.events.reserveCapacity(events - 1)
                for _ in 1..<events { story.events.append(try r.string()) }
            }
            story.people = try r.strings()
            story.terms = try r.strings()
            links.stories.append(story)
        }
        return links
    }
}
