/// Writes an `Article` in `BlobCodec`'s binary form field by field, without the Codable
/// machinery: the very bytes `BinaryEncoder` writes for it (a test compares both on articles
/// using every field), in the order `ArticleReader` reads them.
enum ArticleWriter {
    /// Appends the article to the sink.
    static func write(_ a: Article, to s: ByteSink) {
        s.string(a.id)
        s.string(a.path)
        s.string(a.title)
        optional(a.outlet, s) { s.string($0) }
        optional(a.published, s) { p in
            s.string(p.day.iso)
            optional(p.minutes, s) { s.int(Int64($0)) }
            optional(p.utcOffsetMinutes, s) { s.int(Int64($0)) }
        }
        optional(a.byline, s) { s.string($0) }
        optional(a.dateline, s) { s.string($0) }
        optional(a.url, s) { s.string($0) }
        array(a.blocks, s) { b in
            s.string(b.kind.rawValue)
            s.string(b.text)
            s.int(Int64(b.offset))
            optional(b.dateLabel, s) { s.string($0) }
            array(b.citations, s) { s.int(Int64($0)) }
        }
        array(a.sections, s) { p in
            s.string(p.kind.rawValue)
            s.string(p.title)
            optional(p.count, s) { s.int(Int64($0)) }
            array(p.items, s) { s.string($0) }
        }
    }

    /// A presence byte, then the value when present.
    private static func optional<T>(_ value: T?, _ s: ByteSink, _ body: (T) -> Void) {
        if let value { s.bytes.append(1); body(value) } else { s.bytes.append(0) }
    }

    /// A 4-byte little-endian count, then the elements.
    private static func array<T>(_ list: [T], _ s: ByteSink, _ body: (T) -> Void) {
        let c = UInt32(truncatingIfNeeded: list.count)
        for i in 0..<4 { s.bytes.append(UInt8((c >> (8 * UInt32(i))) & 0xFF)) }
        for x in list { body(x) }
    }
}
