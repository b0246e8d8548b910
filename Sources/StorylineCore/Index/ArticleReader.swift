import Foundation

/// Reads an `Article` from `BlobCodec`'s binary form field by field, without the Codable
/// machinery (several times faster; search decodes one article per result for its snippet,
/// a full open decodes them all). It follows `Article`'s field order: `BlobCodec` falls back
/// to the generic decoder when it does not consume a blob exactly, and a test checks that both
/// decoders agree on an article using every field.
enum ArticleReader {
    /// The article starting at the source's position.
    static func read(_ s: ByteSource) throws -> Article {
        let id = try s.string()
        let path = try s.string()
        let title = try s.string()
        let outlet = try optional(s) { try s.string() }
        let published = try optional(s) { try readPublished(s) }
        let byline = try optional(s) { try s.string() }
        let dateline = try optional(s) { try s.string() }
        let url = try optional(s) { try s.string() }
        let blocks = try array(s) { try readBlock(s) }
        let sections = try array(s) { try readSection(s) }
        return Article(id: id, path: path, title: title, outlet: outlet, published: published, byline: byline,
                       dateline: dateline, url: url, blocks: blocks, sections: sections)
    }

    private static func readPublished(_ s: ByteSource) throws -> Published {
        guard let day = Day(iso: try s.string()) else { throw BinaryCodingError.malformed }
        let minutes = try optional(s) { Int(try s.int()) }
        let offset = try optional(s) { Int(try s.int()) }
        return Published(day: day, minutes: minutes, utcOffsetMinutes: offset)
    }

    private static func readBlock(_ s: ByteSource) throws -> Block {
        guard let kind = Block.Kind(rawValue: try s.string()) else { throw BinaryCodingError.malformed }
        let text = try s.string()
        let offset = Int(try s.int())
        let dateLabel = try optional(s) { try s.string() }
        let citations = try array(s) { Int(try s.int()) }
        return Block(kind: kind, text: text, offset: offset, dateLabel: dateLabel, citations: citations)
    }

    private static func readSection(_ s: ByteSource) throws -> PageSection {
        guard let kind = PageSection.Kind(rawValue: try s.string()) else { throw BinaryCodingError.malformed }
        let title = try s.string()
        let count = try optional(s) { Int(try s.int()) }
        let items = try array(s) { try s.string() }
        return PageSection(kind: kind, title: title, count: count, items: items)
    }

    /// A presence byte, then the value when present.
    private static func optional<T>(_ s: ByteSource, _ body: () throws -> T) throws -> T? {
        try s.byte() == 0 ? nil : try body()
    }

    /// A 4-byte little-endian count, then the elements (each at least one byte).
    private static func array<T>(_ s: ByteSource, _ body: () throws -> T) throws -> [T] {
        var n = 0
        for i in 0..<4 { n |= Int(try s.byte()) << (8 * i) }
        guard n <= s.bytes.count - s.position else { throw BinaryCodingError.malformed }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body()) }
        return out
    }
}
