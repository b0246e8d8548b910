/// A text addressed by Unicode-scalar offsets and sliced through its UTF-8 bytes, so that
/// cutting sentences and clauses out of a block never builds per-scalar arrays.
struct ScalarText {
    /// The UTF-8 bytes of the text.
    let bytes: [UInt8]
    /// Byte offset of each scalar offset (count + 1 entries), or empty when the text is ASCII
    /// and scalar offsets are byte offsets.
    private let byteOffset: [Int32]

    /// Indexes `text` once.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var offsets: [Int32] = []
        if bytes.contains(where: { $0 >= 0x80 }) {
            offsets.reserveCapacity(bytes.count + 1)
            for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { offsets.append(Int32(i)) }
            offsets.append(Int32(bytes.count))
        }
        byteOffset = offsets
    }

    /// Number of scalars.
    var count: Int { byteOffset.isEmpty ? bytes.count : byteOffset.count - 1 }

    /// The byte offset of scalar offset `i`.
    @inline(__always)
    func byte(_ i: Int) -> Int { byteOffset.isEmpty ? i : Int(byteOffset[i]) }

    /// The scalars in `range` as a string.
    func slice(_ range: Range<Int>) -> String {
        let lo = byte(range.lowerBound), hi = byte(range.upperBound)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }
}
