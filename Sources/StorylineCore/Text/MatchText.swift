/// Normalization for matching only: display keeps the original text. Each mapping is one
/// scalar to one scalar, so offsets into the normalized text equal offsets into the original.
public enum MatchText {
    /// Maps Unicode spaces to U+0020, hyphen and dash look-alikes used inside words to "-",
    /// and typographic apostrophes to "'".
    public static func normalize(_ text: String) -> String {
        // Every mapped scalar is outside ASCII, and most text maps to itself: return it as is.
        var copy = text
        return copy.withUTF8 { b -> String in
            let n = b.count
            var i = 0
            var first = -1
            while i < n {
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                let (s, w) = scalar(b, i)
                if map(s) != s { first = i; break }
                i += w
            }
            guard first >= 0 else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[0..<first]))
            i = first
            while i < n {
                let lead = b[i]
                if lead < 0x80 { out.append(lead); i += 1; continue }
                let (s, w) = scalar(b, i)
                let m = map(s)
                if m != s { out.append(UInt8(m.value)) } else { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + w)])) }
                i += w
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar whose (non-ASCII) lead byte is at `i` of valid UTF-8, and its byte length.
    @inline(__always)
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let lead = b[i]
        var v: UInt32
        let w: Int
        if lead < 0xE0 { w = 2; v = UInt32(lead & 0x1F) } else if lead < 0xF0 { w = 3; v = UInt32(lead & 0x0F) } else { w = 4; v = UInt32(lead & 0x07) }
        for j in 1..<w where i + j < b.count { v = v << 6 | UInt32(b[i + j] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", min(w, b.count - i))
    }

    /// The one-scalar mapping behind `normalize`.
    @inline(__always)
    public static func map(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2010, 0x2011, 0x2012, 0x2043, 0xFE63, 0xFF0D: return "-"
        case 0x2018, 0x2019, 0x02BC, 0xFF07: return "'"
        case 0x201C, 0x201D: return "\""
        default: return s
        }
    }
}
