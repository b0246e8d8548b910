import Foundation

/// The cached form of assembled events, people, relations and mention counts: hand-written binary
/// fields (no Codable dispatch per field), every string stored once per blob, zstd-packed.
/// A sentence or summary that occurs verbatim in its article is stored as a place in the
/// article's text (`ArticleTexts`), so decoding needs those articles. `CachedLibrary` and
/// `ExtractionCodec` check each blob by a round trip before storing it, so a model field this
/// form does not know about, or a place that does not give the string back, is never kept.
enum AssemblyCodec {
    /// First byte of every blob of this form (`Zstd.pack`).
    static let tag: UInt8 = 0xA7
    /// First byte of the packed bytes.
    static let rawTag: UInt8 = 0xA6

    /// True when `blob` is of this form.
    static func isTagged(_ blob: Data) -> Bool { blob.first == tag }

    /// The blob for one list of model values; sentences found in `texts` are stored as places.
    static func encode<T>(_ list: [T], texts: ArticleTexts? = nil, dictionary: ZstdDictionary? = nil,
                          level: Int32 = Zstd.level, _ write: (inout Writer, T) -> Void) -> Data? {
        raw(list, texts: texts, write).flatMap { Zstd.pack(tag: tag, $0, dictionary: dictionary, level: level) }
    }

    /// What `encode` packs (also what a dictionary for such blobs is trained on).
    static func raw<T>(_ list: [T], texts: ArticleTexts? = nil, _ write: (inout Writer, T) -> Void) -> [UInt8]? {
        var w = Writer(texts: texts)
        w.count(list.count)
        for x in list { write(&w, x) }
        return w.finish()
    }

    /// The list a blob from `encode` holds, places read from `texts`; throws on any malformed
    /// or truncated blob, or a place `texts` does not have.
    static func decode<T>(_ blob: Data, texts: ArticleTexts? = nil, _ read: (inout Reader) throws -> T) throws -> [T] {
        var r = try Reader(blob, texts: texts)
        let n = try r.count()
        var list: [T] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try read(&r)) }
        guard r.atEnd else { throw BinaryCodingError.malformed }
        return list
    }

    /// Strings shorter than this (in UTF-8 bytes) stay literal: a place costs about five bytes
    /// that do not compress, a short literal compresses to less.
    static let shortestPlace = 24

    /// Collects fields; strings go to a table written ahead of the fields.
    struct Writer {
        private let body = ByteSink()
        private var index: [String: Int] = [:]
        private var table: [String] = []
        /// Table entries found in an article's text: entry -> (entry of the article id, block, offset).
        private var places: [Int: (article: Int, block: Int, offset: Int)] = [:]
        /// Entries naming the article of a place: always literal, so places resolve in one pass.
        private var articleEntries = Set<Int>()
        /// Place entries a source reference takes its article and block from (`sourceRef`).
        private var derived = Set<Int>()
        private let texts: ArticleTexts?

        init(texts: ArticleTexts? = nil) { self.texts = texts }

        mutating func string(_ s: String) { body.varint(UInt64(intern(s))) }
        /// A string that may be copied from the text of `sources` (a sentence, a summary): stored
        /// as a place in the first of their blocks holding it, or in another block of the first
        /// source's article; literal when it is in none or is short.
        mutating func text<C: Collection>(_ s: String, sources: C) where C.Element == SourceRef {
            if let i = index[s] { body.varint(UInt64(i)); return }
            let i = intern(s)
            body.varint(UInt64(i))
            guard let texts, s.utf8.count >= shortestPlace, let at = texts.locate(s, near: sources) else { return }
            let article = intern(at.article)
            articleEntries.insert(article)
            places[i] = (article, at.block, at.offset)
        }
        /// A source reference: its sentence (a place, as `text`), then 0 when the place gives its
        /// article and block (nearly always: two to four bytes less per reference), else 1, the
        /// article and the block; then its offset in the file.
        mutating func sourceRef(_ ref: SourceRef) {
            text(ref.sentence, sources: CollectionOfOne(ref))
            let i = index[ref.sentence]!
            if let p = places[i], table[p.article] == ref.article, p.block == ref.block {
                derived.insert(i)
                count(0)
            } else {
                count(1); string(ref.article); int(ref.block)
            }
            int(ref.offset)
        }
        mutating func optionalString(_ s: String?) {
            if let s { body.bytes.append(1); string(s) } else { body.bytes.append(0) }
        }
        mutating func strings(_ list: [String]) { count(list.count); for s in list { string(s) } }
        func int(_ v: Int) { body.int(Int64(v)) }
        func count(_ n: Int) { body.varint(UInt64(n)) }
        /// A non-negative number as a plain varint (not bounded by the blob's length like `count`).
        func natural(_ n: Int) { body.varint(UInt64(n)) }
        func bool(_ b: Bool) { body.bytes.append(b ? 1 : 0) }
        func double(_ d: Double) { body.double(d) }
        func float(_ f: Float) { withUnsafeBytes(of: f.bitPattern.littleEndian) { body.bytes.append(contentsOf: $0) } }
        /// A score rounded to thousandths (k / 1000, k ≥ 0) as the varint k + 1, in one or two
        /// bytes instead of four or eight; 0 and the raw bits for any other value.
        func thousandths(_ f: Float) {
            if let k = Self.thousandths(f) { count(k + 1) } else { count(0); float(f) }
        }
        func thousandths(_ d: Double) {
            if let k = Self.thousandths(d) { count(k + 1) } else { count(0); double(d) }
        }
        /// k when `x` is exactly `F(k) / 1000` (same sign too, so -0 and NaN are not).
        private static func thousandths<F: BinaryFloatingPoint>(_ x: F) -> Int? {
            guard x.isFinite, x >= 0, x < 1_000_000 else { return nil }
            let k = Int((x * 1000).rounded())
            let back = F(k) / 1000
            return back == x && back.sign == x.sign ? k : nil
        }

        private mutating func intern(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = table.count
            table.append(s)
            return table.count - 1
        }

        /// The raw tag, the string table, then the fields. Each table entry starts with its
        /// UTF-8 length times four plus its kind: 0 literal (the bytes follow); a place: 1 (article
        /// entry, block and offset follow), 2 in the previous place's article (block and offset
        /// follow), 3 where the previous place starts (a summary, then its sentence). Nil when a
        /// string is both an article id and a place sources take their article from (never in news).
        func finish() -> [UInt8]? {
            guard derived.isDisjoint(with: articleEntries) else { return nil }
            let head = ByteSink()
            head.bytes.append(rawTag)
            head.varint(UInt64(table.count))
            var check = Checksum()
            var last: (article: Int, block: Int, offset: Int)? = nil
            for (i, s) in table.enumerated() {
                var s = s
                if let p = places[i], !articleEntries.contains(i) {
                    let length = UInt64(s.utf8.count) << 2
                    if let l = last, l.article == p.article {
                        if l.block == p.block && l.offset == p.offset {
                            head.varint(length | 3)
                        } else {
                            head.varint(length | 2); head.varint(UInt64(p.block)); head.varint(UInt64(p.offset))
                        }
                    } else {
                        head.varint(length | 1)
                        head.varint(UInt64(p.article)); head.varint(UInt64(p.block)); head.varint(UInt64(p.offset))
                    }
                    last = p
                    check.add(&s)
                } else {
                    s.withUTF8 { head.varint(UInt64($0.count) << 2); head.bytes.append(contentsOf: $0) }
                }
            }
            if let value = check.value { head.varint(UInt64(value)) }
            let raw = head.bytes + body.bytes
            return raw.count < 1 << 31 ? raw : nil
        }
    }

    /// A hash over the strings a blob stores as places, stored after its table: a place that no
    /// longer gives back its string (the article text it points into changed) fails to decode.
    /// Eight bytes per step (reopens check every placed sentence).
    struct Checksum {
        private var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var any = false

        /// The checksum (32 bits), or nil when no string was added.
        var value: UInt32? { any ? UInt32(truncatingIfNeeded: hash ^ hash >> 32) : nil }

        mutating func add(_ s: inout String) {
            any = true
            s.withUTF8 { u in
                var h = hash ^ UInt64(u.count)
                let raw = UnsafeRawBufferPointer(u)
                var i = 0
                while i + 8 <= u.count {
                    h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                    h ^= h >> 29
                    i += 8
                }
                while i < u.count { h = (h ^ UInt64(u[i])) &* 0x0000_0100_0000_01B3; i += 1 }
                hash = h
            }
        }
    }

    /// Reads fields in the order `Writer` wrote them.
    struct Reader {
        private let source: ByteSource
        private var table: [String] = []
        /// Per table entry that is a place: its article entry and block (-1 for a literal);
        /// empty when the blob has no places.
        private var placeArticle: [Int32] = []
        private var placeBlock: [Int32] = []

        init(_ blob: Data, texts: ArticleTexts? = nil) throws {
            guard blob.first == tag else { throw BinaryCodingError.malformed }
            let raw = try Zstd.unpack(blob)
            guard raw.first == rawTag else { throw BinaryCodingError.malformed }
            source = ByteSource(bytes: raw, position: 1)
            let n = try count()
            table.reserveCapacity(n)
            var places: [(entry: Int, length: Int, article: Int, block: Int, offset: Int)] = []
            for i in 0..<n {
                let head = try source.varint()
                let kind = head & 3
                guard kind != 0 else {
                    let length = Int(head >> 2)
                    guard source.position + length <= source.bytes.count else { throw BinaryCodingError.malformed }
                    table.append(source.bytes.withUnsafeBufferPointer {
                        String(decoding: $0[source.position..<(source.position + length)], as: UTF8.self)
                    })
                    source.position += length
                    continue
                }
                let article: UInt64, block: UInt64, offset: UInt64
                if kind == 1 {
                    article = try source.varint(); block = try source.varint(); offset = try source.varint()
                } else {
                    guard let last = places.last else { throw BinaryCodingError.malformed }
                    article = UInt64(last.article)
                    if kind == 3 {
                        block = UInt64(last.block); offset = UInt64(last.offset)
                    } else {
                        block = try source.varint(); offset = try source.varint()
                    }
                }
                guard article < n, block < 1 << 31, offset < 1 << 31 else { throw BinaryCodingError.malformed }
                places.append((i, Int(head >> 2), Int(article), Int(block), Int(offset)))
                table.append("")
            }
            guard !places.isEmpty else { return }
            guard let texts else { throw BinaryCodingError.malformed }
            placeArticle = [Int32](repeating: -1, count: n)
            placeBlock = [Int32](repeating: -1, count: n)
            for p in places {
                placeArticle[p.entry] = Int32(p.article); placeBlock[p.entry] = Int32(p.block)
            }
            var check = Checksum()
            // Places of one article share its entry: look each article up once.
            var articles: [Int: ArticleTexts.Texts] = [:]
            for p in places {
                // The article entry is literal: the writer never stores it as a place.
                let article: ArticleTexts.Texts
                if let known = articles[p.article] {
                    article = known
                } else {
                    guard let found = texts.texts(of: table[p.article]) else { throw BinaryCodingError.malformed }
                    articles[p.article] = found
                    article = found
                }
                guard var s = article.text(block: p.block, offset: p.offset, length: p.length) else { throw BinaryCodingError.malformed }
                check.add(&s)
                table[p.entry] = s
            }
            // Articles that decode to other text than they were encoded with are caught here.
            guard try source.varint() == UInt64(check.value ?? 0) else { throw BinaryCodingError.malformed }
        }

        var atEnd: Bool { source.position == source.bytes.count }

        mutating func string() throws -> String {
            let i = Int(try source.varint())
            guard i < table.count else { throw BinaryCodingError.malformed }
            return table[i]
        }
        mutating func optionalString() throws -> String? { try source.byte() == 0 ? nil : try string() }
        /// A reference written by `Writer.sourceRef`.
        mutating func sourceRef() throws -> SourceRef {
            let i = Int(try source.varint())
            guard i < table.count else { throw BinaryCodingError.malformed }
            let article: String, block: Int
            switch try source.varint() {
            case 0:
                guard i < placeArticle.count, placeArticle[i] >= 0 else { throw BinaryCodingError.malformed }
                article = table[Int(placeArticle[i])]; block = Int(placeBlock[i])
            case 1:
                article = try string(); block = try int()
            default:
                throw BinaryCodingError.malformed
            }
            return SourceRef(article: article, sentence: table[i], offset: try int(), block: block)
        }
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
        /// A number written by `Writer.natural`.
        func natural() throws -> Int {
            let n = try source.varint()
            guard n <= UInt64(Int.max) else { throw BinaryCodingError.malformed }
            return Int(n)
        }
        func bool() throws -> Bool { try source.byte() != 0 }
        func double() throws -> Double { try source.double() }
        func float() throws -> Float {
            var bits: UInt32 = 0
            for i in 0..<4 { bits |= UInt32(try source.byte()) << (8 * UInt32(i)) }
            return Float(bitPattern: bits)
        }
        /// A value written by `Writer.thousandths`.
        func thousandths() throws -> Float {
            let k = try source.varint()
            guard k > 0 else { return try float() }
            guard k <= 1_000_000_001 else { throw BinaryCodingError.malformed }
            return Float(k - 1) / 1000
        }
        func thousandths() throws -> Double {
            let k = try source.varint()
            guard k > 0 else { return try double() }
            guard k <= 1_000_000_001 else { throw BinaryCodingError.malformed }
            return Double(k - 1) / 1000
        }
        /// A raw-value enum case, stored as its raw string.
        mutating func value<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
            guard let v = E(rawValue: try string()) else { throw BinaryCodingError.malformed }
            return v
        }
    }

    // MARK: the model

    /// The id comes last: most ids are derived from the other fields (`EventID`) and stored as
    /// how to derive them.
    static func write(_ w: inout Writer, _ e: Event) {
        span(&w, e.date); w.text(e.expression, sources: e.sources); w.string(e.type.rawValue); w.string(e.status.rawValue)
        w.text(e.summary, sources: e.sources); w.strings(e.participants); w.strings(e.places); refs(&w, e.sources)
        if let code = EventID.code(e) { w.count(code) } else { w.count(0); w.string(e.id) }
    }

    static func readEvent(_ r: inout Reader) throws -> Event {
        var e = Event(id: "", date: try span(&r), expression: try r.string(), type: try r.value(EventType.self),
                      status: try r.value(EventStatus.self), summary: try r.string(), participants: try r.strings(),
                      places: try r.strings(), sources: try refs(&r))
        let code = try r.count()
        guard code > 0 else { e.id = try r.string(); return e }
        guard let id = EventID.id(of: e, code: code) else { throw BinaryCodingError.malformed }
        e.id = id
        return e
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

    /// Person and article through the string table (each name once per blob), the count as a varint.
    static func write(_ w: inout Writer, _ m: MentionCount) {
        w.string(m.person); w.string(m.article); w.natural(m.count)
    }

    static func readMentionCount(_ r: inout Reader) throws -> MentionCount {
        MentionCount(person: try r.string(), article: try r.string(), count: try r.natural())
    }

    /// Start, then the length in days (the earlier form stored the end day).
    static func span(_ w: inout Writer, _ s: TimeSpan?) {
        guard let s else { w.bool(false); return }
        w.bool(true); w.int(s.start.ordinal); w.int(s.end.ordinal - s.start.ordinal); w.string(s.granularity.rawValue)
    }

    static func span(_ r: inout Reader) throws -> TimeSpan? {
        guard try r.bool() else { return nil }
        let start = try day(&r)
        let end = try start.ordinal + r.int()
        guard abs(end) < 10_000_000 else { throw BinaryCodingError.malformed }
        return TimeSpan(start: start, end: Day(ordinal: end), granularity: try r.value(Granularity.self))
    }

    private static func day(_ r: inout Reader) throws -> Day {
        let ordinal = try r.int()
        guard abs(ordinal) < 10_000_000 else { throw BinaryCodingError.malformed }
        return Day(ordinal: ordinal)
    }

    private static func refs(_ w: inout Writer, _ list: [SourceRef]) {
        w.count(list.count)
        for s in list { w.sourceRef(s) }
    }

    private static func refs(_ r: inout Reader) throws -> [SourceRef] {
        let n = try r.count()
        var list: [SourceRef] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try r.sourceRef()) }
        return list
    }
}
