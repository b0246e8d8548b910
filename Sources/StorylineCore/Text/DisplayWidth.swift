/// The one place that decides how many terminal columns text takes: East Asian wide and
/// fullwidth characters and emoji take 2, combining marks and zero-width characters 0.
public enum DisplayWidth {
    /// Columns taken by one scalar.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns taken by a grapheme cluster: the width of its first non-zero-width scalar,
    /// widened to 2 by an emoji presentation selector.
    public static func of(_ c: Character) -> Int {
        var w = 0
        for s in c.unicodeScalars {
            if s.value == 0xFE0F { w = max(w, 2); continue }
            if w == 0 { w = of(s) }
        }
        return w
    }

    /// Columns taken by a string.
    public static func of(_ text: String) -> Int {
        var w = 0
        for c in text { w += of(c) }
        return w
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a wide character.
    public static func clip(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        var w = 0
        var end = text.startIndex
        for i in text.indices {
            let cw = of(text[i])
            if w + cw > columns { break }
            w += cw
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    /// Clips to `columns`, ending with "…" when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        if of(text) <= columns { return text }
        guard columns > 1 else { return clip(text, to: columns) }
        return clip(text, to: columns - 1) + "…"
    }

    /// Pads with spaces (or clips) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int) -> String {
        let t = clip(text, to: columns)
        let w = of(t)
        return w < columns ? t + String(repeating: " ", count: columns - w) : t
    }

    /// Word-wraps to lines of at most `columns`; words wider than a line are broken by width.
    /// CJK text without spaces breaks between characters.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineW = 0
            for word in para.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pw = of(piece)
                if lineW > 0 && lineW + 1 + pw <= columns {
                    line += " " + piece; lineW += 1 + pw; continue
                }
                if lineW > 0 { lines.append(line); line = ""; lineW = 0 }
                while pw > columns {
                    let head = clip(piece, to: columns)
                    lines.append(head)
                    piece = String(piece.dropFirst(head.count))
                    pw = of(piece)
                }
                line = piece; lineW = pw
            }
            lines.append(line)
        }
        return lines
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
             0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x20D0...0x20FF,
             0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0x1160...0x11FF, 0xD7B0...0xD7FF,
             0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
             0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
