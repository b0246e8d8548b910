import Foundation

/// A stable 64-bit FNV-1a hash of file bytes, used to confirm that a file whose size or
/// modification time changed really has new content. Stable across runs (unlike `Hasher`).
enum ContentHash {
    /// The hash as a signed value, ready to store in SQLite.
    static func of(_ data: Data) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for b in raw { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        return Int64(bitPattern: h)
    }

    /// FNV-1a over a string's UTF-8, as 16 hex digits (cache file names).
    static func hex(_ text: String) -> String {
        let v = UInt64(bitPattern: of(Data(text.utf8)))
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
