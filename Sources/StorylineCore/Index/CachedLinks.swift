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
            return try BlobCodec.decode(CachedLinks.self, from: blob)
        } catch {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the cached related articles cannot be decoded")
        }
    }

    /// Replaces whatever links were stored with these, under `fingerprint`.
    func store(_ db: Database, fingerprint: String) throws {
        let blob = try BlobCodec.encode(self, level: Zstd.onceLevel)
        try db.execute(sql: "DELETE FROM linked")
        try db.execute(sql: "INSERT INTO linked(fingerprint, value) VALUES (?, ?)", arguments: [fingerprint, blob])
    }
}
