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
    /// At most this many bytes per dictionary; `Zstd.train` also keeps each under an eighth of
    /// its samples, so small corpora get small dictionaries.
    static let articleCapacity = 1 << 20
    static let extractionCapacity = 1 << 18
    /// Levels blobs are packed at: articles and extractions are written once per change, read
    /// many times; above these, each level costs much more time than it saves space.
    static let articleLevel: Int32 = 5
    static let extractionLevel: Int32 = 5

    /// Files parsed to train the dictionaries for `newFiles` new files (spread over the list):
    /// one in 25, between 400 and 4,000 (a 1 MB dictionary wants ten times that in samples).
    static func sampleCount(newFiles: Int) -> Int { min(newFiles, max(400, min(4000, newFiles / 25))) }

    /// The cache's dictionaries, registered for decoding.
    static func load(_ db: Database) throws -> CacheDictionaries {
        var found = CacheDictionaries()
        for row in try Row.fetchAll(db, sql: "SELECT purpose, data FROM dictionary") {
            let purpose: String = row[0]
            let data: Data = row[1]
            switch purpose {
            case "article": found.article = ZstdDictionary.register([UInt8](data), level: articleLevel)
            case "extraction": found.extraction = ZstdDictionary.register([UInt8](data), level: extractionLevel)
            default: _ = ZstdDictionary.register([UInt8](data))
            }
        }
        return found
    }

    /// Dictionaries trained on `parsed` (articles with their extractions); nil for a kind whose
    /// samples zstd cannot build a dictionary from.
    static func train(_ parsed: [(Article, ArticleExtraction)]) -> CacheDictionaries {
        // The two are trained at once, one per core.
        let trained = ParallelSlots<[UInt8]>.map(2) { kind in
            kind == 0 ? Zstd.train(samples: parsed.compactMap { BlobCodec.binary(CorpusStore.stored($0.0)) }, capacity: articleCapacity)
                : Zstd.train(samples: parsed.compactMap { ExtractionCodec.sample($0.1, article: $0.0) }, capacity: extractionCapacity)
        }
        return CacheDictionaries(article: trained[0].flatMap { ZstdDictionary.register($0, level: articleLevel) },
                                 extraction: trained[1].flatMap { ZstdDictionary.register($0, level: extractionLevel) })
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
