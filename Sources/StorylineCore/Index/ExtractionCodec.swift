import Foundation

/// The cached form of one article's extraction: `AssemblyCodec`'s hand-written fields and
/// string table (several times cheaper than the generic `BlobCodec`), sentences and summaries
/// stored as places in the article's text, kept only when it round-trips exactly; otherwise the
/// `BlobCodec` form, which `decode` also reads.
enum ExtractionCodec {
    /// The blob for an extraction of `article` (whose text its places point into), or nil when
    /// no form can carry it. With `verify` false the hand-written form is kept without the round
    /// trip that otherwise checks it (`CorpusStore` checks a sample; the tests check all).
    static func encode(_ x: ArticleExtraction, article: Article? = nil, dictionary: ZstdDictionary? = nil,
                       verify: Bool = true) -> Data? {
        let texts = article.map { ArticleTexts([$0]) }
        if let blob = AssemblyCodec.encode([x], texts: texts, dictionary: dictionary, write) {
            guard verify else { return blob }
            if let back = try? decode(blob, texts: texts), back == x { return blob }
        }
        return try? BlobCodec.encode(x)
    }

    /// The bytes `encode` packs for an extraction (what a dictionary for them is trained on).
    static func sample(_ x: ArticleExtraction, article: Article) -> [UInt8]? {
        AssemblyCodec.raw([x], texts: ArticleTexts([article]), write)
    }

    /// The extraction a blob from `encode` holds, given the article it was encoded with; throws
    /// on a malformed blob or one pointing into text `article` does not have.
    static func decode(_ blob: Data, article: Article? = nil) throws -> ArticleExtraction {
        try decode(blob, texts: article.map { ArticleTexts([$0]) })
    }

    private static func decode(_ blob: Data, texts: ArticleTexts?) throws -> ArticleExtraction {
        guard AssemblyCodec.isTagged(blob) else { return try BlobCodec.decode(ArticleExtraction.self, from: blob) }
        let list = try AssemblyCodec.decode(blob, texts: texts, read)
        guard list.count == 1 else { throw BinaryCodingError.malformed }
        return list[0]
    }

    private static func write(_ w: inout AssemblyCodec.Writer, _ x: ArticleExtraction) {
        w.string(x.article)
        w.count(x.people.count); for p in x.people { AssemblyCodec.write(&w, p) }
        w.count(x.mentioned.count); for m in x.mentioned { AssemblyCodec.write(&w, m) }
        w.count(x.events.count); for e in x.events { AssemblyCodec.write(&w, e) }
        w.count(x.relations.count); for r in x.relations { AssemblyCodec.write(&w, r) }
    }

    private static func read(_ r: inout AssemblyCodec.Reader) throws -> ArticleExtraction {
        func list<T>(_ one: (inout AssemblyCodec.Reader) throws -> T) throws -> [T] {
            let n = try r.count()
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try one(&r)) }
            return out
        }
        let article = try r.string()
        return ArticleExtraction(article: article, people: try list(AssemblyCodec.readPerson),
                                 mentioned: try list(AssemblyCodec.readMentionCount), events: try list(AssemblyCodec.readEvent),
                                 relations: try list(AssemblyCodec.readRelation))
    }
}
