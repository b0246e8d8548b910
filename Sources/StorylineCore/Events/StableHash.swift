/// A hash that stays the same from run to run and machine to machine (FNV-1a, 64 bit),
/// for ids that must be stable in output; Swift's `Hasher` is seeded per process.
enum StableHash {
    /// The 64-bit FNV-1a hash of `s`'s UTF-8 bytes as 16 hex digits.
    static func hex(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
