/// Normalization for matching only: display keeps the original text. Each mapping is one
/// scalar to one scalar, so offsets into the normalized text equal offsets into the original.
public enum MatchText {
    /// Maps Unicode spaces to U+0020, hyphen and dash look-alikes used inside words to "-",
    /// and typographic apostrophes to "'".
    public static func normalize(_ text: String) -> String {
        // Every mapped scalar is outside ASCII, and most text maps to itself: return it as is.
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return text }
        if !text.unicodeScalars.contains(where: { $0.value >= 0x80 && map($0) != $0 }) { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars { out.append(map(s)) }
        return String(out)
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
