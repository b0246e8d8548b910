import CZlib
import Foundation

/// The cached form of assembled events, people, relations and mentions: hand-written binary
/// fields (no Codable dispatch per field), every string stored once per blob, zlib-compressed.
/// `CachedLibrary` checks each blob by a round trip before storing it, so a model field this
/// form does not know about is never silently dropped.
enum AssemblyCodec {
    /// First byte of every blob of this form.
    static let tag: UInt8 = 0xA5

    /// The blob for one list of model values.
    static func encode<T>(_ list: [T], _ write: (inout Writer, T) -> Void) -> Data? {
        var w = Writer()
        w.count(list.count)
        for x in list { write(&w, x) }
        return w.finish()
    }

    /// The list a blob from `encode` holds; throws on any malformed or truncated blob.
    static func decode<T>(_ blob: Data, _ read: (inout Reader) throws -> T) throws -> [T] {
        var r = try Reader(blob)
        let n = try r.count()
        var list: [T] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try read(&r)) }
        guard r.atEnd else { throw BinaryCodingError.malformed }
        return list
    }

    /// Collects fields; strings go to a table written ahead of the fields.
    struct Writer {
        private let body = ByteSink()
        private var index: [String: Int] = [:]
        private var table: [String] = []

        mutating func string(_ s: String) {
            if let i = index[s] { body.varint(UInt64(i)); return }
            index[s] = table.count
            body.varint(UInt64(table.count))
            table.append(s)
        }
        mutating func optionalString(_ s: String?) {
            if let s { body.bytes.append(1); string(s) } else { body.bytes.append(0) }
        }
        mutating func strings(_ list: [String]) { count(list.count); for s in list { string(s) } }
        func int(_ v: Int) { body.int(Int64(v)) }
        func count(_ n: Int) { body.varint(UInt64(n)) }
        func bool(_ b: Bool) { body.bytes.append(b ? 1 : 0) }

        /// Tag, raw length, then deflated (string table + fields).
        func finish() -> Data? {
            let head = ByteSink()
            head.bytes.append(tag)
            head.varint(UInt64(table.count))
            for s in table { head.string(s) }
            let raw = head.bytes + body.bytes
            var bound = compressBound(uLong(raw.count))
            var out = [UInt8](repeating: 0, count: 5 + Int(bound))
            out[0] = tag
            for i in 0..<4 { out[1 + i] = UInt8((raw.count >> (8 * i)) & 0xFF) }
            let status = out.withUnsafeMutableBufferPointer { dst in
                raw.withUnsafeBufferPointer { src in compress2(dst.baseAddress! + 5, &bound, src.baseAddress!, uLong(raw.count), 1) }
            }
            guard status == Z_OK, raw.count < 1 << 31 else { return nil }
            return Data(out[0..<(5 + Int(bound))])
        }
    }

    /// Reads fields in the order `Writer` wrote them.
    struct Reader {
        private let source: ByteSource
        private var table: [String] = []

        init(_ blob: Data) throws {
            let bytes = [UInt8](blob)
            guard bytes.count > 5, bytes[0] == tag else { throw BinaryCodingError.malformed }
            let size = (0..<4).reduce(0) { $0 | Int(bytes[1 + $1]) << (8 * $1) }
            guard size > 0, size < 1 << 31 else { throw BinaryCodingError.malformed }
            var raw = [UInt8](repeating: 0, count: size)
            var length = uLong(size)
            let status = raw.withUnsafeMutableBufferPointer { dst in
                bytes.withUnsafeBufferPointer { src in uncompress(dst.baseAddress!, &length, src.baseAddress! + 5, uLong(bytes.count - 5)) }
            }
            guard status == Z_OK, Int(length) == size, raw.first == tag else { throw BinaryCodingError.malformed }
            source = ByteSource(bytes: raw, position: 1)
            let n = try count()
            table.reserveCapacity(n)
            for _ in 0..<n { table.append(try source.string()) }
        }

        var atEnd: Bool { source.position == source.bytes.count }

        mutating func string() throws -> String {
            let i = Int(try source.varint())
            guard i < table.count else { throw BinaryCodingError.malformed }
            return table[i]
        }
        mutating func optionalString() throws -> String? { try source.byte() == 0 ? nil : try string() }
        mutating func strings() throws -> [String] {
            let n = try count()
            var list: [String] = []
            list.reserveCapacity(n)
            for _ in 0..<n { list.append(try string()) }
            return list
        }
        func int() throws -> Int { Int(try source.int()) }
        func count() throws -> Int {
            let n = try source.varint()
            guard n <= UInt64(source.bytes.count) else { throw BinaryCodingError.malformed }
            return Int(n)
        }
        func bool() throws -> Bool { try source.byte() != 0 }
        /// A raw-value enum case, stored as its raw string.
        mutating func value<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
            guard let v = E(rawValue: try string()) else { throw BinaryCodingError.malformed }
            return v
        }
    }

    // MARK: the model

    static func write(_ w: inout Writer, _ e: Event) {
        w.string(e.id); span(&w, e.date); w.string(e.expression); w.string(e.type.rawValue); w.string(e.status.rawValue)
        w.string(e.summary); w.strings(e.participants); w.strings(e.places); refs(&w, e.sources)
    }

    static func readEvent(_ r: inout Reader) throws -> Event {
        Event(id: try r.string(), date: try span(&r), expression: try r.string(), type: try r.value(EventType.self),
              status: try r.value(EventStatus.self), summary: try r.string(), participants: try r.strings(),
              places: try r.strings(), sources: try refs(&r))
    }

    static func write(_ w: inout Writer, _ p: Person) {
        w.string(p.name); w.strings(p.aliases)
        w.count(p.roles.count)
        for role in p.roles { w.string(role.title); w.optionalString(role.country) }
        w.bool(p.leader); w.bool(p.former); w.int(p.mentions); w.strings(p.articles)
    }

    static func readPerson(_ r: inout Reader) throws -> Person {
        let name = try r.string(), aliases = try r.strings()
        var roles: [Role] = []
        for _ in 0..<(try r.count()) { roles.append(Role(title: try r.string(), country: try r.optionalString())) }
        return Person(name: name, aliases: aliases, roles: roles, leader: try r.bool(), former: try r.bool(),
                      mentions: try r.int(), articles: try r.strings())
    }

    static func write(_ w: inout Writer, _ rel: Relation) {
        w.strings(rel.people)
        w.count(rel.interactions.count)
        for i in rel.interactions { w.string(i.type.rawValue); span(&w, i.date); w.optionalString(i.event); refs(&w, i.sources) }
    }

    static func readRelation(_ r: inout Reader) throws -> Relation {
        let people = try r.strings()
        var interactions: [Interaction] = []
        for _ in 0..<(try r.count()) {
            interactions.append(Interaction(type: try r.value(InteractionType.self), date: try span(&r),
                                            event: try r.optionalString(), sources: try refs(&r)))
        }
        return Relation(people: people, interactions: interactions)
    }

    static func write(_ w: inout Writer, _ m: Mention) {
        w.string(m.person); w.string(m.surface); w.string(m.article); w.int(m.block); w.int(m.offsetInBlock)
    }

    static func readMention(_ r: inout Reader) throws -> Mention {
        Mention(person: try r.string(), surface: try r.string(), article: try r.string(), block: try r.int(),
                offsetInBlock: try r.int())
    }

    private static func span(_ w: inout Writer, _ s: TimeSpan?) {
        guard let s else { w.bool(false); return }
        w.bool(true); w.int(s.start.ordinal); w.int(s.end.ordinal); w.string(s.granularity.rawValue)
    }

    private static func span(_ r: inout Reader) throws -> TimeSpan? {
        guard try r.bool() else { return nil }
        return TimeSpan(start: try day(&r), end: try day(&r), granularity: try r.value(Granularity.self))
    }

    private static func day(_ r: inout Reader) throws -> Day {
        let ordinal = try r.int()
        guard abs(ordinal) < 10_000_000 else { throw BinaryCodingError.malformed }
        return Day(ordinal: ordinal)
    }

    private static func refs(_ w: inout Writer, _ list: [SourceRef]) {
        w.count(list.count)
        for s in list { w.string(s.article); w.string(s.sentence); w.int(s.offset); w.int(s.block) }
    }

    private static func refs(_ r: inout Reader) throws -> [SourceRef] {
        let n = try r.count()
        var list: [SourceRef] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(SourceRef(article: try r.string(), sentence: try r.string(), offset: try r.int(), block: try r.int())) }
        return list
    }
}
