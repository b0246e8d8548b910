import CZstd
import Foundation

/// zstd compression of cache blobs. A blob is `[tag][dictionary id, varint][zstd frame]`;
/// id 0 means no dictionary. Small blobs (an article, one article's extraction) compress far
/// better with a dictionary trained on the corpus itself: it holds the phrases and byte
/// patterns they share, which a single 3 KB blob cannot refer back to.
enum Zstd {
    /// Fast, and within a few percent of the higher levels on blobs this small.
    static let level: Int32 = 3
    /// For large blobs written once per corpus state (the assembled library, related articles):
    /// 5-12% smaller than `level`, at about 30 MB/s.
    static let onceLevel: Int32 = 9

    /// `tag`, the dictionary's id, then `raw` compressed (with `dictionary` when given, whose
    /// level then applies; `level` otherwise).
    static func pack(tag: UInt8, _ raw: [UInt8], dictionary: ZstdDictionary? = nil, level: Int32 = Zstd.level) -> Data? {
        let head = ByteSink()
        head.bytes.append(tag)
        head.varint(UInt64(dictionary?.id ?? 0))
        let bound = ZSTD_compressBound(raw.count)
        var out = head.bytes + [UInt8](repeating: 0, count: bound)
        let start = head.bytes.count
        let written = compressors.borrowing { cctx in
            out.withUnsafeMutableBytes { dst in
                raw.withUnsafeBytes { src in
                    if let dictionary {
                        return ZSTD_compress_usingCDict(cctx, dst.baseAddress! + start, bound, src.baseAddress, raw.count, dictionary.cdict)
                    }
                    return ZSTD_compressCCtx(cctx, dst.baseAddress! + start, bound, src.baseAddress, raw.count, level)
                }
            }
        }
        guard ZSTD_isError(written) == 0 else { return nil }
        out.removeLast(bound - written)
        return Data(out)
    }

    /// The raw bytes of a blob from `pack` (whose first byte, the tag, the caller checked).
    /// Throws when the blob is malformed, too large, or names a dictionary this cache lacks.
    static func unpack(_ blob: Data) throws -> [UInt8] {
        try blob.withUnsafeBytes { (all: UnsafeRawBufferPointer) -> [UInt8] in
            // The dictionary id: a varint of at most 5 bytes after the tag.
            let head = ByteSource(bytes: [UInt8](all.prefix(6)), position: 1)
            let id = try head.varint()
            let position = head.position
            let frame = UnsafeRawBufferPointer(rebasing: all[position...])
            let size = ZSTD_getFrameContentSize(frame.baseAddress, frame.count)
            // Unknown (all ones) or error (all ones minus one) sizes are above this bound too.
            guard size > 0, size < 1 << 30 else { throw BinaryCodingError.malformed }
            let dictionary: ZstdDictionary?
            if id == 0 {
                dictionary = nil
            } else {
                guard let known = ZstdDictionary.registered(UInt32(truncatingIfNeeded: id)) else { throw BinaryCodingError.malformed }
                dictionary = known
            }
            var out = [UInt8](repeating: 0, count: Int(size))
            let read = decompressors.borrowing { dctx in
                out.withUnsafeMutableBytes { dst in
                    if let dictionary {
                        return ZSTD_decompress_usingDDict(dctx, dst.baseAddress, dst.count, frame.baseAddress, frame.count, dictionary.ddict)
                    }
                    return ZSTD_decompressDCtx(dctx, dst.baseAddress, dst.count, frame.baseAddress, frame.count)
                }
            }
            guard ZSTD_isError(read) == 0, read == out.count else { throw BinaryCodingError.malformed }
            return out
        }
    }

    /// A dictionary of at most `capacity` bytes (and an eighth of the samples) for blobs like
    /// `samples`, or nil when zstd finds too little in common (or too few samples) to build one.
    static func train(samples: [[UInt8]], capacity: Int) -> [UInt8]? {
        let joined = samples.flatMap { $0 }
        let sizes = samples.map(\.count)
        let capacity = min(capacity, joined.count / 8)
        guard samples.count >= 16, capacity >= 1024 else { return nil }
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let size = dictionary.withUnsafeMutableBytes { dst in
            joined.withUnsafeBytes { src in
                sizes.withUnsafeBufferPointer { s in
                    ZDICT_trainFromBuffer(dst.baseAddress, capacity, src.baseAddress, s.baseAddress, UInt32(samples.count))
                }
            }
        }
        guard ZDICT_isError(size) == 0, size > 0 else { return nil }
        return Array(dictionary.prefix(size))
    }

    /// Compression and decompression contexts are costly to create and not thread-safe:
    /// each call borrows one from a shared pool.
    private static let compressors = Pool { ZSTD_createCCtx()! }
    private static let decompressors = Pool { ZSTD_createDCtx()! }

    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [OpaquePointer] = []
        private let make: () -> OpaquePointer

        init(_ make: @escaping () -> OpaquePointer) { self.make = make }

        func borrowing<T>(_ body: (OpaquePointer) -> T) -> T {
            lock.lock()
            let ctx = free.popLast() ?? make()
            lock.unlock()
            defer { lock.lock(); free.append(ctx); lock.unlock() }
            return body(ctx)
        }
    }
}

/// A trained zstd dictionary, ready for compressing and decompressing (both usable from any
/// number of threads). Blobs name it by `id`, a hash of its bytes; every dictionary a cache
/// holds is registered when the cache is opened, so decoding a blob needs no handle on it.
final class ZstdDictionary: @unchecked Sendable {
    let id: UInt32
    let bytes: [UInt8]
    /// The level blobs are compressed at with this dictionary.
    let level: Int32
    fileprivate let cdict: OpaquePointer
    fileprivate let ddict: OpaquePointer

    private init?(bytes: [UInt8], id: UInt32, level: Int32) {
        guard !bytes.isEmpty else { return nil }
        guard let c = bytes.withUnsafeBytes({ ZSTD_createCDict($0.baseAddress, $0.count, level) }) else { return nil }
        guard let d = bytes.withUnsafeBytes({ ZSTD_createDDict($0.baseAddress, $0.count) }) else {
            ZSTD_freeCDict(c)
            return nil
        }
        self.bytes = bytes
        self.id = id
        self.level = level
        cdict = c
        ddict = d
    }

    deinit {
        ZSTD_freeCDict(cdict)
        ZSTD_freeDDict(ddict)
    }

    /// The id blobs store for a dictionary of these bytes (never 0, which means none).
    static func id(of bytes: [UInt8]) -> UInt32 {
        let hash = UInt64(bitPattern: ContentHash.of(Data(bytes)))
        let id = UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        return id == 0 ? 1 : id
    }

    /// The dictionary of these bytes, compressing at `level`, registered for decoding (once per
    /// distinct dictionary and level).
    static func register(_ bytes: [UInt8], level: Int32 = Zstd.level) -> ZstdDictionary? {
        let id = id(of: bytes)
        lock.lock()
        defer { lock.unlock() }
        if let known = registry[id], known.bytes == bytes, known.level == level { return known }
        guard let made = ZstdDictionary(bytes: bytes, id: id, level: level) else { return nil }
        registry[id] = made
        return made
    }

    static func registered(_ id: UInt32) -> ZstdDictionary? {
        lock.lock()
        defer { lock.unlock() }
        return registry[id]
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var registry: [UInt32: ZstdDictionary] = [:]
}
