import Foundation
import GRDB

/// The zstd dictionaries a cache packs its per-article blobs with: one for article texts, one
/// for extractions. They are trained once, on a sample of the corpus being indexed, when a
/// build has enough new files (`minimumFiles`); smaller corpora are packed without one. Every
/// blob names its dictionary, so later files, written with a dictionary trained on earlier
/// ones, and files written before there was one, all read back.
struct CacheDictionaries {
    var article: ZstdDictionary?
    var extraction: ZstdDictionary?

    /// No dictionary is trained for fewer new files than this.
    static let minimumFiles = 200
    /// Files parsed to train the dictionaries (spread over the whole list of new files).
    static let sampleFiles = 400
    static let articleCapacity = 65_536
    static let extractionCapacity = 16_384

    /// The cache's dictionaries, registered for decoding.
    static func load(_ db: Database) throws -> CacheDictionaries {
        var found = CacheDictionaries()
        for row in try Row.fetchAll(db, sql: "SELECT purpose, data FROM dictionary") {
            let purpose: String = row[0]
            let data: Data = row[1]
            let dictionary = ZstdDictionary.register([UInt8](data))
            switch purpose {
            case "article": found.article = dictionary
            case "extraction": found.extraction = dictionary
            default: break
            }
        }
        return found
    }

    /// Dictionaries trained on `parsed` (articles with their extractions); nil for a kind whose
    /// samples zstd cannot build a dictionary from.
    static func train(_ parsed: [(Article, ArticleExtraction)]) -> CacheDictionaries {
        let articles = parsed.compactMap { BlobCodec.binary($0.0) }
        let extractions = parsed.compactMap { ExtractionCodec.sample($0.1, article: $0.0) }
        return CacheDictionaries(
            article: Zstd.train(samples: articles, capacity: articleCapacity).flatMap(ZstdDictionary.register),
            extraction: Zstd.train(samples: extractions, capacity: extractionCapacity).flatMap(ZstdDictionary.register))
    }

    /// Writes the dictionaries this cache does not have yet.
    func store(_ db: Database) throws {
        for (purpose, dictionary) in [("article", article), ("extraction", extraction)] {
            guard let dictionary else { continue }
            try db.execute(sql: "INSERT OR IGNORE INTO dictionary(purpose, data) VALUES (?, ?)",
                           arguments: [purpose, Data(dictionary.bytes)])
        }
    }
}
