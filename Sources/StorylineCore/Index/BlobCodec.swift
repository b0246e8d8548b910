import Foundation

/// Encodes cached values compactly and decodes them fast: a sequential binary form of any
/// Codable value (field order, no keys), checked by a round trip when written (unless the
/// caller samples the check). A value the binary form cannot carry exactly (e.g. a dictionary)
/// is stored as JSON instead, so new model fields never get lost or misread.
enum BlobCodec {
    private static let binaryTag: UInt8 = 0xB1
    /// A zstd-packed binary form (`Zstd.pack`).
    private static let packedTag: UInt8 = 0xB3
    /// Smaller binary forms are stored as is: compressing them gains little.
    private static let compressAbove = 256

    /// The blob for a value: binary (zstd-packed when large, with `dictionary` when given) when
    /// it round-trips exactly, JSON otherwise. With `verify` false the round trip is skipped
    /// (for articles, whose hand-written writer and reader are checked by `CorpusStore` on a
    /// sample and by the tests).
    static func encode<T: Codable & Equatable>(_ value: T, dictionary: ZstdDictionary? = nil,
                                               level: Int32 = Zstd.level, verify: Bool = true) throws -> Data {
        if let raw = binary(value, verify: verify) {
            if raw.count > compressAbove, let packed = Zstd.pack(tag: packedTag, raw, dictionary: dictionary, level: level) {
                return packed
            }
            return Data(raw)
        }
        return try JSONEncoder().encode(value)
    }

    /// The uncompressed binary form of a value, when it round-trips exactly (also what a
    /// dictionary for such blobs is trained on). Articles are written by `ArticleWriter`; with
    /// `verify` false the round trip is not checked.
    static func binary<T: Codable & Equatable>(_ value: T, verify: Bool = true) -> [UInt8]? {
        let sink = ByteSink()
        sink.bytes.append(binaryTag)
        if let article = value as? Article {
            ArticleWriter.write(article, to: sink)
        } else {
            guard (try? value.encode(to: BinaryEncoder(sink: sink))) != nil else { return nil }
        }
        if verify {
            guard let back = try? decodeBinary(T.self, sink.bytes), back == value else { return nil }
        }
        return sink.bytes
    }

    /// The generic Codable form of a value, without the hand-written writers (for tests that
    /// compare both).
    static func genericBinary<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = ByteSink()
        sink.bytes.append(binaryTag)
        try value.encode(to: BinaryEncoder(sink: sink))
        return sink.bytes
    }

    /// True when a blob from `encode` holds the binary form (not the JSON fallback).
    static func isBinary(_ blob: Data) -> Bool { blob.first == binaryTag || blob.first == packedTag }

    /// Decodes a blob written by `encode`.
    static func decode<T: Codable>(_ type: T.Type, from data: Data) throws -> T {
        switch data.first {
        case binaryTag: return try decodeBinary(type, [UInt8](data))
        case packedTag:
            let raw = try Zstd.unpack(data)
            guard raw.first == binaryTag else { throw BinaryCodingError.malformed }
            return try decodeBinary(type, raw)
        default: return try JSONDecoder().decode(type, from: data)
        }
    }

    private static func decodeBinary<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        if type == Article.self {
            let source = ByteSource(bytes: bytes, position: 1)
            if let article = try? ArticleReader.read(source), source.position == bytes.count { return article as! T }
        }
        let source = ByteSource(bytes: bytes, position: 1)
        let value = try T(from: BinaryDecoder(source: source))
        guard source.position == bytes.count else { throw BinaryCodingError.malformed }
        return value
    }
}

/// Why a value cannot be written or read in the compact form.
enum BinaryCodingError: Error { case malformed, unsupported }

/// The growing output of one binary encoding, shared by its nested containers.
final class ByteSink {
    var bytes: [UInt8] = []
    func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }
    func int(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }
    func string(_ s: String) { var s = s; s.withUTF8 { varint(UInt64($0.count)); bytes.append(contentsOf: $0) } }
    func double(_ d: Double) { withUnsafeBytes(of: d.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
}

/// The input of one binary decoding and the read position, shared by its nested containers.
final class ByteSource {
    let bytes: [UInt8]
    var position: Int
    init(bytes: [UInt8], position: Int) { self.bytes = bytes; self.position = position }
    func byte() throws -> UInt8 {
        guard position < bytes.count else { throw BinaryCodingError.malformed }
        defer { position += 1 }
        return bytes[position]
    }
    func varint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw BinaryCodingError.malformed }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
    func int() throws -> Int64 { let u = try varint(); return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))) }
    func string() throws -> String {
        let n = Int(try varint())
        guard n >= 0, position + n <= bytes.count else { throw BinaryCodingError.malformed }
        defer { position += n }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[position..<(position + n)], as: UTF8.self) }
    }
    func double() throws -> Double {
        guard position + 8 <= bytes.count else { throw BinaryCodingError.malformed }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: bits)
    }
}

// MARK: encoding

/// Writes values in field order, without keys.
struct BinaryEncoder: Encoder {
    let sink: ByteSink
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryEncoding<Key>(sink: sink))
    }
    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let slot = sink.bytes.count
        sink.bytes.append(contentsOf: [0, 0, 0, 0])
        return UnkeyedBinaryEncoding(sink: sink, slot: slot)
    }
    func singleValueContainer() -> SingleValueEncodingContainer { SingleBinaryEncoding(sink: sink) }
}

/// Writes one value of any supported type.
private func write<T: Encodable>(_ value: T, to sink: ByteSink) throws {
    switch value {
    case let v as String: sink.string(v)
    case let v as Int: sink.int(Int64(v))
    case let v as Bool: sink.bytes.append(v ? 1 : 0)
    case let v as Double: sink.double(v)
    case let v as Int64: sink.int(v)
    case let v as Int32: sink.int(Int64(v))
    case let v as UInt8: sink.int(Int64(v))
    case let v as Float: sink.double(Double(v))
    case is Data, is Date, is URL, is Decimal: throw BinaryCodingError.unsupported
    default: try value.encode(to: BinaryEncoder(sink: sink))
    }
}

/// Fields in order; optionals get a presence byte.
struct KeyedBinaryEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: ByteSink
    var codingPath: [CodingKey] = []
    mutating func encodeNil(forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try write(value, to: sink) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { sink.bytes.append(1); try write(value, to: sink) } else { sink.bytes.append(0) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { sink.bytes.append(1); sink.string(value) } else { sink.bytes.append(0) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { sink.bytes.append(1); sink.int(Int64(value)) } else { sink.bytes.append(0) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { sink.bytes.append(1); sink.bytes.append(value ? 1 : 0) } else { sink.bytes.append(0) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { sink.bytes.append(1); sink.double(value) } else { sink.bytes.append(0) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        BinaryEncoder(sink: sink).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { BinaryEncoder(sink: sink).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { BinaryEncoder(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> Encoder { BinaryEncoder(sink: sink) }
}

/// Arrays: a 4-byte count (patched as elements arrive), then the elements.
struct UnkeyedBinaryEncoding: UnkeyedEncodingContainer {
    let sink: ByteSink
    let slot: Int
    var codingPath: [CodingKey] = []
    var count = 0
    private mutating func bump() {
        count += 1
        let c = UInt32(count)
        for i in 0..<4 { sink.bytes[slot + i] = UInt8((c >> (8 * UInt32(i))) & 0xFF) }
    }
    mutating func encodeNil() throws { throw BinaryCodingError.unsupported }
    mutating func encode<T: Encodable>(_ value: T) throws { bump(); try write(value, to: sink) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        bump(); return BinaryEncoder(sink: sink).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { bump(); return BinaryEncoder(sink: sink).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { BinaryEncoder(sink: sink) }
}

/// A single value (raw-value enums, `Day`).
struct SingleBinaryEncoding: SingleValueEncodingContainer {
    let sink: ByteSink
    var codingPath: [CodingKey] = []
    mutating func encodeNil() throws { throw BinaryCodingError.unsupported }
    mutating func encode<T: Encodable>(_ value: T) throws { try write(value, to: sink) }
}

// MARK: decoding

/// Reads values in the order `BinaryEncoder` wrote them.
struct BinaryDecoder: Decoder {
    let source: ByteSource
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryDecoding<Key>(source: source))
    }
    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        var n = 0
        for i in 0..<4 { n |= Int(try source.byte()) << (8 * i) }
        return UnkeyedBinaryDecoding(source: source, count: n)
    }
    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleBinaryDecoding(source: source) }
}

/// Reads one value of any supported type.
private func read<T: Decodable>(_ type: T.Type, from source: ByteSource) throws -> T {
    if type == String.self { return try source.string() as! T }
    if type == Int.self { return Int(try source.int()) as! T }
    if type == Bool.self { return (try source.byte() != 0) as! T }
    if type == Double.self { return try source.double() as! T }
    if type == Int64.self { return try source.int() as! T }
    if type == Int32.self { return Int32(truncatingIfNeeded: try source.int()) as! T }
    if type == UInt8.self { return UInt8(truncatingIfNeeded: try source.int()) as! T }
    if type == Float.self { return Float(try source.double()) as! T }
    return try T(from: BinaryDecoder(source: source))
}

/// Fields in order; `allKeys` is empty, so dictionaries fail the write-time round trip.
struct KeyedBinaryDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: ByteSource
    var codingPath: [CodingKey] = []
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { throw BinaryCodingError.unsupported }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(type, from: source) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try source.byte() == 0 ? nil : try read(type, from: source)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try source.byte() == 0 ? nil : try source.string() }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try source.byte() == 0 ? nil : Int(try source.int()) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try source.byte() == 0 ? nil : try source.byte() != 0 }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try source.byte() == 0 ? nil : try source.double() }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryDecoder(source: source).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try BinaryDecoder(source: source).unkeyedContainer() }
    func superDecoder() throws -> Decoder { BinaryDecoder(source: source) }
    func superDecoder(forKey key: Key) throws -> Decoder { BinaryDecoder(source: source) }
}

/// Arrays, bounded by their stored count.
struct UnkeyedBinaryDecoding: UnkeyedDecodingContainer {
    let source: ByteSource
    var codingPath: [CodingKey] = []
    var count: Int?
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }
    init(source: ByteSource, count: Int) { self.source = source; self.count = count }
    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw BinaryCodingError.malformed }
        currentIndex += 1
        return try read(type, from: source)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1; return try BinaryDecoder(source: source).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        currentIndex += 1; return try BinaryDecoder(source: source).unkeyedContainer()
    }
    mutating func superDecoder() throws -> Decoder { BinaryDecoder(source: source) }
}

/// A single value.
struct SingleBinaryDecoding: SingleValueDecodingContainer {
    let source: ByteSource
    var codingPath: [CodingKey] = []
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(type, from: source) }
}
