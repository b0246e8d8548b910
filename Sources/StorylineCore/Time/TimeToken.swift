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
    /// What the lower-case text is to the tagger and the event extractor, looked up once.
    var classes: WordClass = []

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
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokenizer proper, over UTF-8 bytes: ASCII is decided without the Unicode property
    /// tables, and token strings are cut straight from the bytes.
    static func tokenize(utf8 b: UnsafeBufferPointer<UInt8>) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(b.count / 5)
        var kind: Kind? = nil
        var startByte = 0, start = 0
        var spaced = true
        var pendingSpace = true
        var offset = 0
        var nonASCII = false, upper = false
        var i = 0

        func flush(_ endByte: Int) {
            guard let k = kind else { return }
            let slice = UnsafeBufferPointer(rebasing: b[startByte..<endByte])
            let s = String(decoding: slice, as: UTF8.self)
            var lower = s
            if k == .word && (nonASCII || upper) {
                if nonASCII {
                    lower = s.lowercased()
                } else {
                    lower = TextScan.asciiLowercased(slice)
                }
            }
            var classes: WordClass = []
            switch k {
            case .word:
                classes = nonASCII || upper ? WordClass.of(word: lower) : WordClass.of(word: slice)
                let first = slice[0]
                let initialLower = first < 0x80 ? (first >= 0x61 && first <= 0x7A) : s.unicodeScalars.first!.properties.isLowercase
                if initialLower { classes.insert(.lowercaseInitial) }
            case .punct:
                classes = WordClass.of(punct: s.unicodeScalars.first!.value)
            case .number:
                break
            }
            tokens.append(TimeToken(kind: k, text: s, lower: lower, start: start, end: offset, spaced: spaced, classes: classes))
            kind = nil
        }

        while i < b.count {
            let lead = b[i]
            var v = UInt32(lead)
            var width = 1
            if lead >= 0x80 {
                if lead < 0xE0 { width = 2; v = UInt32(lead & 0x1F) }
                else if lead < 0xF0 { width = 3; v = UInt32(lead & 0x0F) }
                else { width = 4; v = UInt32(lead & 0x07) }
                for j in 1..<width where i + j < b.count { v = v << 6 | UInt32(b[i + j] & 0x3F) }
            }
            let space: Bool
            if v < 0x80 {
                space = v == 0x20 || (v >= 0x09 && v <= 0x0D)
            } else {
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                space = scalar.properties.isWhitespace || v == 0x200B
            }
            if space {
                flush(i)
                pendingSpace = true
            } else {
                let k: Kind
                if v >= 0x30 && v <= 0x39 { k = .number }
                else if v < 0x80 { k = ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) ? .word : .punct }
                else {
                    let props = (Unicode.Scalar(v) ?? "\u{FFFD}").properties
                    k = (props.isAlphabetic || props.generalCategory == .nonspacingMark) ? .word : .punct
                }
                if kind != k || k == .punct {
                    flush(i)
                    kind = k
                    startByte = i
                    start = offset
                    spaced = pendingSpace
                    pendingSpace = false
                    nonASCII = false
                    upper = false
                }
                if v >= 0x80 { nonASCII = true } else if v >= 0x41 && v <= 0x5A { upper = true }
            }
            i += width
            offset += 1
        }
        flush(b.count)
        return tokens
    }
}
