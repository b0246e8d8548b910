/// One token of prose for time and event matching: a word, a run of ASCII digits, or a
/// single punctuation scalar, with its scalar offsets in the text it came from.
public struct TimeToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case word, number, punct }

    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lower-cased text (words only; equal to `text` otherwise).
    public var lower: String
    /// Scalar offset of the first scalar.
    public var start: Int
    /// Scalar offset just past the last scalar.
    public var end: Int
    /// True when whitespace (any Unicode space) separates this token from the previous one.
    public var spaced: Bool

    /// True for a word whose first letter is upper case.
    public var isCapitalized: Bool {
        guard kind == .word, let f = text.unicodeScalars.first else { return false }
        if f.value < 0x80 { return f.value >= 0x41 && f.value <= 0x5A }
        return f.properties.isUppercase
    }

    /// The numeric value of a number token.
    public var number: Int? { kind == .number && text.utf8.count <= 9 ? Int(text) : nil }

    /// True for the dash and hyphen look-alikes used in ranges ("13-14", "13‑14", "13–14").
    public var isDash: Bool {
        guard kind == .punct, let s = text.unicodeScalars.first else { return false }
        switch s.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
        default: return false
        }
    }

    /// Splits `text` into tokens once; every later match works on this array.
    public static func tokenize(_ text: String) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(text.unicodeScalars.count / 5)
        var kind: Kind? = nil
        var buffer = String.UnicodeScalarView()
        var start = 0
        var spaced = true
        var pendingSpace = true
        var offset = 0

        func flush() {
            guard let k = kind else { return }
            let s = String(buffer)
            let needsLower = k == .word && buffer.contains { $0.value < 0x41 || $0.value > 0x5A ? $0.value >= 0x80 : true }
            tokens.append(TimeToken(kind: k, text: s, lower: needsLower ? s.lowercased() : s,
                                    start: start, end: offset, spaced: spaced))
            buffer.removeAll(keepingCapacity: true)
            kind = nil
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            // ASCII is decided without the Unicode property tables (most news text is ASCII).
            let space = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : (scalar.properties.isWhitespace || v == 0x200B)
            if space {
                flush()
                pendingSpace = true
            } else {
                let k: Kind
                if v >= 0x30 && v <= 0x39 { k = .number }
                else if v < 0x80 { k = ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) ? .word : .punct }
                else {
                    let props = scalar.properties
                    k = (props.isAlphabetic || props.generalCategory == .nonspacingMark) ? .word : .punct
                }
                if kind != k || k == .punct {
                    flush()
                    kind = k
                    start = offset
                    spaced = pendingSpace
                    pendingSpace = false
                }
                buffer.append(scalar)
            }
            offset += 1
        }
        flush()
        return tokens
    }
}
