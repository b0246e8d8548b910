#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Byte-level substring tests over UTF-8, for the parser's hot paths: Foundation's
/// `contains`/`range(of:)` go through locale-aware CFString search, which is far slower.
enum TextScan {
    /// The ASCII lower-case of UTF-8 bytes: A–Z become a–z, every other byte is kept.
    static func asciiLowercased<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var j = 0
            for c in bytes { out[j] = c >= 0x41 && c <= 0x5A ? c + 32 : c; j += 1 }
            return j
        }
    }

    /// True when `needle` occurs in `hay` (exact bytes; both are expected lower-cased already).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        var hay = hay, needle = needle
        return hay.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// True when any of `needles` occurs in `hay`, in one pass over the bytes (both lower-cased already).
    static func containsAny(_ hay: String, _ needles: [String]) -> Bool {
        var hay = hay
        return hay.withUTF8 { h in
            // First bytes of the (ASCII) needles as a 128-bit set: no allocation per call.
            var low: UInt64 = 0, high: UInt64 = 0
            for n in needles {
                guard let f = n.utf8.first, f < 0x80 else { continue }
                if f < 64 { low |= 1 << UInt64(f) } else { high |= 1 << UInt64(f - 64) }
            }
            for i in 0..<h.count {
                let c = h[i]
                guard c < 0x80, (c < 64 ? low >> UInt64(c) : high >> UInt64(c - 64)) & 1 == 1 else { continue }
                for n in needles {
                    let u = n.utf8
                    guard u.first == c, h.count - i >= u.count else { continue }
                    var k = i
                    var same = true
                    for b in u { if h[k] != b { same = false; break }; k += 1 }
                    if same { return true }
                }
            }
            return false
        }
    }

    /// `s.hasPrefix(p)` for an ASCII `p` without carriage returns: decided from the bytes when
    /// the bytes at and just after the prefix are ASCII, else by `String.hasPrefix`.
    static func hasPrefix(_ s: String, _ p: String) -> Bool {
        var s2 = s, p2 = p
        let decided: Bool? = s2.withUTF8 { a in
            p2.withUTF8 { b -> Bool? in
                guard a.count >= b.count else { return nil }
                for i in 0..<b.count {
                    if a[i] >= 0x80 { return nil }
                    if a[i] != b[i] { return false }
                }
                return a.count == b.count || a[b.count] < 0x80 ? true : nil
            }
        }
        return decided ?? s.hasPrefix(p)
    }

    /// True when every byte of the UTF-8 of `s` is ASCII (a pointer scan).
    static func isASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            for c in bytes where c >= 0x80 { return false }
            return true
        }
    }

    /// True when the byte `b` occurs in the UTF-8 of `s`, or of its first `limit` bytes (a pointer
    /// scan, not the generic view walk).
    static func containsByte(_ s: String, _ b: UInt8, within limit: Int = .max) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(b), min(bytes.count, limit)) != nil
        }
    }

    /// True when `needle` (lower-case ASCII) occurs in `hay` with ASCII letters of any case.
    static func containsCaseless(_ hay: [UInt8], _ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !n.isEmpty else { return true }
        guard hay.count >= n.count else { return false }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
        for i in 0...(hay.count - n.count) {
            var k = 0
            while k < n.count && lower(hay[i + k]) == n[k] { k += 1 }
            if k == n.count { return true }
        }
        return false
    }
}
