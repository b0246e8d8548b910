/// One word or punctuation mark of a block, found once by `TextToken.tokenize` and then
/// scanned by the recognizers. Offsets are Unicode-scalar offsets into the block text.
public struct TextToken: Hashable, Sendable {
    /// The token as written, after `MatchText` normalization ("Jae-myung", "U.S.", ",").
    public var text: String
    /// `text` in lower case, for table look-ups.
    public var lower: String
    /// `NameKey.of(text)`: lower-case letters and digits only.
    public var key: String
    public var start: Int
    public var end: Int
    /// True for words (letters, digits, inner hyphens and apostrophes); false for punctuation.
    public var isWord: Bool
    /// True when the word begins with an upper-case letter or a letter of a script without case.
    public var isCapitalized: Bool
    /// True when the word was followed by a possessive "'s" (or "s'"), which is not part of `text`.
    public var possessive: Bool
    /// What `lower` is in `PersonLexicon` (words only), looked up once.
    var lexicon: LexiconClass = []
    /// `PersonRecognizer.isNameWord` of this token, decided once when it is cut.
    var nameShaped = false
    /// `PersonRecognizer.mayOpenTitle` of this token, decided once when it is cut.
    var mayOpenTitle = false

    /// True when every letter is upper case and there are at least two ("NHK", "APEC").
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                if s.value >= 0x61 && s.value <= 0x7A { return false }
                if s.value >= 0x41 && s.value <= 0x5A { letters += 1 }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Splits text into tokens in one pass. "Japan's" becomes `Japan` (possessive); "U.S."
    /// and single initials ("S.") keep their periods; inner hyphens and apostrophes stay.
    public static func tokenize(_ raw: String) -> [TextToken] {
        let scalars = Array(MatchText.normalize(raw).unicodeScalars)
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        func isLetter(_ k: Int) -> Bool {
            guard k < n else { return false }
            let v = scalars[k].value
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
            let p = scalars[k].properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        }
        while i < n {
            let s = scalars[i]
            if s.value < 0x80 ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)) : s.properties.isWhitespace { i += 1; continue }
            guard isLetter(i) else {
                tokens.append(make(scalars[i...i], start: i, isWord: false, possessive: false))
                i += 1
                continue
            }
            let start = i
            var possessive = false
            var end = -1
            i += 1
            scan: while i < n {
                if isLetter(i) { i += 1; continue }
                let c = scalars[i]
                if c == "-" && isLetter(i + 1) { i += 2; continue }
                if c == "'" {
                    if i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", !isLetter(i + 2) {
                        possessive = true; end = i; i += 2
                    } else if isLetter(i + 1) {
                        i += 2; continue
                    } else if scalars[i - 1] == "s" {
                        possessive = true; end = i; i += 1
                    }
                    break scan
                }
                if c == "." && i - start == 1 && scalars[start].properties.isUppercase {
                    // An initial or an abbreviation such as "U.S." / "U.S".
                    i += 1
                    if isLetter(i) && !isLetter(i + 1) {
                        i += (i + 1 < n && scalars[i + 1] == ".") ? 2 : 1
                    }
                    if i + 1 < n && scalars[i] == "-" && isLetter(i + 1) { i += 2; continue }
                }
                break
            }
            if end < 0 { end = i }
            var token = make(scalars[start..<end], start: start, isWord: true, possessive: possessive)
            token.lexicon = LexiconClass.of(token.lower)
            token.nameShaped = PersonRecognizer.nameShaped(token)
            token.mayOpenTitle = PersonRecognizer.mayOpenTitle(token)
            tokens.append(token)
        }
        return tokens
    }

    private static func make(_ slice: ArraySlice<Unicode.Scalar>, start: Int, isWord: Bool, possessive: Bool) -> TextToken {
        if slice.allSatisfy({ $0.value < 0x80 }) { return makeASCII(slice, start: start, isWord: isWord, possessive: possessive) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        let text = String(view)
        var capitalized = false
        if isWord, let first = slice.first {
            let p = first.properties
            capitalized = p.isUppercase || (p.isAlphabetic && !p.isLowercase && !p.changesWhenCaseMapped)
        }
        let lower = text.lowercased()
        var key = lower
        if isWord, lower.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || $0.properties.numericType != nil) }) {
            key = NameKey.of(lower)
        }
        return TextToken(text: text, lower: lower, key: key, start: start, end: start + slice.count,
                         isWord: isWord, isCapitalized: capitalized, possessive: possessive)
    }

    /// `make` for ASCII tokens, the bulk of news text: bytes written directly, case and key
    /// decided without the Unicode property tables.
    private static func makeASCII(_ slice: ArraySlice<Unicode.Scalar>, start: Int, isWord: Bool, possessive: Bool) -> TextToken {
        var upper = false, other = false
        for u in slice {
            let v = u.value
            if v >= 0x41 && v <= 0x5A { upper = true } else if !((v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)) { other = true }
        }
        let text = String(unsafeUninitializedCapacity: slice.count) { out in
            for (j, u) in slice.enumerated() { out[j] = UInt8(truncatingIfNeeded: u.value) }
            return slice.count
        }
        var lower = text
        if upper {
            lower = String(unsafeUninitializedCapacity: slice.count) { out in
                for (j, u) in slice.enumerated() {
                    let v = UInt8(truncatingIfNeeded: u.value)
                    out[j] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                }
                return slice.count
            }
        }
        let first = slice.first!.value
        let capitalized = isWord && first >= 0x41 && first <= 0x5A
        let key = isWord && other ? NameKey.of(lower) : lower
        return TextToken(text: text, lower: lower, key: key, start: start, end: start + slice.count,
                         isWord: isWord, isCapitalized: capitalized, possessive: possessive)
    }
}
