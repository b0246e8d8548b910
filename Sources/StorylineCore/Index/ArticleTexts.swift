import Foundation

/// The texts of the articles a cached blob may point into: a string that occurs verbatim in a
/// block or the title of its article (an event's sentence or summary) is stored by
/// `AssemblyCodec` as (article, block, UTF-8 offset, UTF-8 length) instead of its bytes, and read
/// back from here. Block numbers past the last block name the title.
struct ArticleTexts {
    /// One article's texts: its blocks, then its title.
    struct Texts {
        fileprivate let blocks: [Block]
        fileprivate let title: String
        fileprivate var count: Int { blocks.count + 1 }
        fileprivate subscript(i: Int) -> String { i < blocks.count ? blocks[i].text : title }
        fileprivate func contains(_ i: Int) -> Bool { i >= 0 && i <= blocks.count }

        /// The `length` UTF-8 bytes at `offset` in block `block` (or the title); nil when the
        /// block or range does not exist or does not start and end on whole characters.
        func text(block: Int, offset: Int, length: Int) -> String? {
            guard contains(block), offset >= 0, length > 0 else { return nil }
            var text = self[block]
            return text.withUTF8 { u -> String? in
                let end = offset + length
                guard end <= u.count, !ArticleTexts.isContinuation(u[offset]), end == u.count || !ArticleTexts.isContinuation(u[end])
                else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: u[offset..<end]), as: UTF8.self)
            }
        }
    }

    private let articles: [String: Texts]

    /// The texts of `articles`. An id held by two articles is left out, so a reference always
    /// names one article; both sides of a round trip see the same articles, so the same ids.
    init(_ articles: [Article]) {
        var texts: [String: Texts] = [:]
        var twice = Set<String>()
        texts.reserveCapacity(articles.count)
        for a in articles where texts.updateValue(Texts(blocks: a.blocks, title: a.title), forKey: a.id) != nil { twice.insert(a.id) }
        for id in twice { texts[id] = nil }
        self.articles = texts
    }

    /// Where `s` occurs verbatim: in the block of the first of `sources` whose block holds it,
    /// else in the first block (or the title) holding it of the first source's article. Nil when
    /// none does.
    func locate<C: Collection>(_ s: String, near sources: C) -> (article: String, block: Int, offset: Int)?
    where C.Element == SourceRef {
        guard let first = sources.first, !s.isEmpty else { return nil }
        var needle = s
        return needle.withUTF8 { n -> (article: String, block: Int, offset: Int)? in
            for source in sources {
                if let texts = articles[source.article], texts.contains(source.block),
                   let at = Self.find(n, in: texts[source.block]) { return (source.article, source.block, at) }
            }
            guard let texts = articles[first.article] else { return nil }
            for i in 0..<texts.count where i != first.block {
                if let at = Self.find(n, in: texts[i]) { return (first.article, i, at) }
            }
            return nil
        }
    }

    /// The texts of the article with this id; nil when no article or two articles have it.
    func texts(of article: String) -> Texts? { articles[article] }

    /// The `length` UTF-8 bytes at `offset` in block `block` (or the title) of `article`; nil when
    /// the article, block or range does not exist or does not start and end on whole characters.
    func text(article: String, block: Int, offset: Int, length: Int) -> String? {
        articles[article]?.text(block: block, offset: offset, length: length)
    }

    fileprivate static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// The UTF-8 offset of the first occurrence of `needle` in `text`.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in text: String) -> Int? {
        var text = text
        return text.withUTF8 { h -> Int? in
            guard needle.count <= h.count, let base = h.baseAddress, let n = needle.baseAddress else { return nil }
            let first = Int32(n[0])
            var at = 0
            let last = h.count - needle.count
            while at <= last {
                guard let hit = memchr(base + at, first, last - at + 1) else { return nil }
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + i, n, needle.count) == 0 { return i }
                at = i + 1
            }
            return nil
        }
    }
}
