/// A read-only table from short words to small bit sets, probed with the word's UTF-8 bytes:
/// an open-addressing table with an FNV-1a hash, several times cheaper than a `Dictionary`
/// keyed by `String` for the per-token look-ups of the tokenizers.
struct WordTable: Sendable {
    private let bytes: [UInt8]
    /// Per slot: start of the key in `bytes` (-1 = empty), key length and value.
    private let start: [Int32]
    private let length: [UInt8]
    private let value: [UInt32]
    private let mask: Int
    /// Longest key in bytes: longer words are absent without hashing.
    private let longest: Int

    /// A table holding `entries` (keys of up to 255 bytes).
    init(_ entries: [String: UInt32]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var bytes: [UInt8] = []
        var start = [Int32](repeating: -1, count: size)
        var length = [UInt8](repeating: 0, count: size)
        var value = [UInt32](repeating: 0, count: size)
        var longest = 0
        for (key, v) in entries {
            let k = Array(key.utf8)
            precondition(k.count <= 255, "WordTable keys are short words")
            longest = max(longest, k.count)
            var slot = Int(truncatingIfNeeded: k.withUnsafeBufferPointer(WordTable.hash)) & (size - 1)
            while start[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            start[slot] = Int32(bytes.count)
            length[slot] = UInt8(k.count)
            value[slot] = v
            bytes += k
        }
        self.bytes = bytes; self.start = start; self.length = length; self.value = value
        self.mask = size - 1; self.longest = longest
    }

    /// The value stored for the word with these UTF-8 bytes, or 0.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard word.count <= longest, word.count > 0 else { return 0 }
        var slot = Int(truncatingIfNeeded: WordTable.hash(word)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let s = Int(start[slot])
                if s < 0 { return 0 }
                if Int(length[slot]) == word.count {
                    var same = true
                    for j in 0..<word.count where stored[s + j] != word[j] { same = false; break }
                    if same { return value[slot] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The value stored for `word`, or 0.
    @inline(__always)
    func lookup(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { lookup($0) }
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
