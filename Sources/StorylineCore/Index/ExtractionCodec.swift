import Foundation

/// The cached form of one article's extraction: `AssemblyCodec`'s hand-written fields and
/// string table (several times cheaper than the generic `BlobCodec`), kept only when it
/// round-trips exactly; otherwise the `BlobCodec` form, which `decode` also reads.
enum ExtractionCodec {
    /// The blob for an extraction, or nil when no form can carry it.
    static func encode(_ x: ArticleExtraction) -> Data? {
        if let blob = AssemblyCodec.encode([x], write), let back = try? decode(blob), back == x { return blob }
        return try? BlobCodec.encode(x)
    }

    /// The extraction a blob from `encode` holds; throws on a malformed blob.
    static func decode(_ blob: Data) throws -> ArticleExtraction {
        guard blob.first == AssemblyCodec.tag else { return try BlobCodec.decode(ArticleExtraction.self, from: blob) }
        let list = try AssemblyCodec.decode(blob, read)
        guard list.count == 1 else { throw BinaryCodingError.malformed }
        return list[0]
    }

    private static func write(_ w: inout AssemblyCodec.Writer, _ x: ArticleExtraction) {
        w.string(x.article)
        w.count(x.people.count); for p in x.people { AssemblyCodec.write(&w, p) }
        w.count(x.mentions.count); for m in x.mentions { AssemblyCodec.write(&w, m) }
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
                                 mentions: try list(AssemblyCodec.readMention), events: try list(AssemblyCodec.readEvent),
                                 relations: try list(AssemblyCodec.readRelation))
    }
}
