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
        var text = MatchText.normalize(raw)
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokenizer proper, over the UTF-8 bytes of normalized text: ASCII is decided without
    /// the Unicode property tables, token strings are cut straight from the bytes, and scalar
    /// offsets are counted on the way.
    static func tokenize(utf8 b: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        let n = b.count
        var tokens: [TextToken] = []
        tokens.reserveCapacity(n / 5)
        /// Byte length of the scalar whose lead byte is at `k`.
        @inline(__always) func width(_ k: Int) -> Int {
            let lead = b[k]
            return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        func scalar(_ k: Int) -> Unicode.Scalar {
            let lead = b[k]
            var v: UInt32
            let w: Int
            if lead < 0xE0 { w = 2; v = UInt32(lead & 0x1F) } else if lead < 0xF0 { w = 3; v = UInt32(lead & 0x0F) } else { w = 4; v = UInt32(lead & 0x07) }
            for j in 1..<w where k + j < n { v = v << 6 | UInt32(b[k + j] & 0x3F) }
            return Unicode.Scalar(v) ?? "\u{FFFD}"
        }
        @inline(__always) func isLetter(_ k: Int) -> Bool {
            guard k < n else { return false }
            let v = b[k]
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
            let p = scalar(k).properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        }
        var i = 0, si = 0
        while i < n {
            let lead = b[i]
            if lead < 0x80 ? (lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)) : scalar(i).properties.isWhitespace {
                i += width(i); si += 1
                continue
            }
            guard isLetter(i) else {
                let w = width(i)
                tokens.append(make(UnsafeBufferPointer(rebasing: b[i..<(i + w)]), start: si, count: 1, isWord: false, possessive: false))
                i += w; si += 1
                continue
            }
            let start = i, startScalar = si
            var possessive = false
            var end = -1, endScalar = -1
            i += width(i); si += 1
            scan: while i < n {
                if isLetter(i) { i += width(i); si += 1; continue }
                let c = b[i]
                if c == 0x2D && isLetter(i + 1) { i += 1 + width(i + 1); si += 2; continue }
                if c == 0x27 {
                    if i + 1 < n, b[i + 1] == 0x73 || b[i + 1] == 0x53, !isLetter(i + 2) {
                        possessive = true; end = i; endScalar = si; i += 2; si += 2
                    } else if isLetter(i + 1) {
                        i += 1 + width(i + 1); si += 2; continue
                    } else if b[i - 1] == 0x73 {
                        possessive = true; end = i; endScalar = si; i += 1; si += 1
                    }
                    break scan
                }
                if c == 0x2E && si - startScalar == 1
                    && (b[start] < 0x80 ? (b[start] >= 0x41 && b[start] <= 0x5A) : scalar(start).properties.isUppercase) {
                    // An initial or an abbreviation such as "U.S." / "U.S".
                    i += 1; si += 1
                    if isLetter(i) {
                        let after = i + width(i)
                        if !isLetter(after) {
                            if after < n && b[after] == 0x2E { i = after + 1; si += 2 } else { i = after; si += 1 }
                        }
                    }
                    if i < n && b[i] == 0x2D && isLetter(i + 1) { i += 1 + width(i + 1); si += 2; continue }
                } else if c == 0x2E, i - start >= 2, i - start <= 4, i + 2 < n, b[i + 1] == 0x20, b[i + 2] >= 0x41, b[i + 2] <= 0x5A,
                          tokens.last?.nameShaped != true, opensAName(b, word: start..<i) {
                    // "Ma. Theresa Lazaro": an abbreviated given name keeps its period and opens the name.
                    i += 1; si += 1
                }
                break
            }
            if end < 0 { end = i; endScalar = si }
            tokens.append(make(UnsafeBufferPointer(rebasing: b[start..<end]), start: startScalar, count: endScalar - startScalar,
                               isWord: true, possessive: possessive))
        }
        return tokens
    }

    /// True when the ASCII word at `word` is an abbreviated given name ("Ma", "Md", "Wm") and the
    /// word after its period and space reads as a name (not "The", "He", a title or a country).
    private static func opensAName(_ b: UnsafeBufferPointer<UInt8>, word: Range<Int>) -> Bool {
        guard b[word.lowerBound] >= 0x41, b[word.lowerBound] <= 0x5A else { return false }
        let listed = PersonLexicon.abbreviatedGivenNames.contains { name in
            name.count == word.count && zip(name, word).allSatisfy { c, k in c == (b[k] >= 0x41 && b[k] <= 0x5A ? b[k] + 32 : b[k]) }
        }
        guard listed else { return false }
        var e = word.upperBound + 2
        while e < b.count, (b[e] >= 0x61 && b[e] <= 0x7A) || (b[e] >= 0x41 && b[e] <= 0x5A) { e += 1 }
        guard e - word.upperBound - 2 >= 2 else { return false }
        let next = String(decoding: UnsafeBufferPointer(rebasing: b[(word.upperBound + 2)..<e]), as: UTF8.self).lowercased()
        return LexiconClass.of(next).isDisjoint(with: [.nonPerson, .country, .capital, .title, .titleFirst])
    }

    /// A token from its UTF-8 bytes (`count` scalars starting at scalar offset `start`); a word
    /// also gets its lexicon classes and name and title flags.
    private static func make(_ slice: UnsafeBufferPointer<UInt8>, start: Int, count: Int, isWord: Bool, possessive: Bool) -> TextToken {
        if count == slice.count { return makeASCII(slice, start: start, isWord: isWord, possessive: possessive) }
        let text = String(decoding: slice, as: UTF8.self)
        var capitalized = false
        if isWord, let first = text.unicodeScalars.first {
            let p = first.properties
            capitalized = p.isUppercase || (p.isAlphabetic && !p.isLowercase && !p.changesWhenCaseMapped)
        }
        var lower = text.lowercased()
        // "İbrahim": the Turkish dotted capital I lower-cases to "i" and a combining dot; the dot goes.
        if text.unicodeScalars.contains("\u{130}") { lower = String(String.UnicodeScalarView(lower.unicodeScalars.filter { $0 != "\u{307}" })) }
        var key = NameKey.latinFolded(lower)
        if isWord, key.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || $0.properties.numericType != nil) }) {
            key = NameKey.of(key)
        }
        var token = TextToken(text: text, lower: lower, key: key, start: start, end: start + count,
                              isWord: isWord, isCapitalized: capitalized, possessive: possessive,
                              lexicon: isWord ? LexiconClass.of(lower) : [])
        if isWord {
            token.nameShaped = capitalized && PersonRecognizer.nameShaped(token)
            token.mayOpenTitle = PersonRecognizer.mayOpenTitle(token)
        }
        return token
    }

    /// `make` for ASCII tokens, the bulk of news text: bytes copied directly, case and key
    /// decided without the Unicode property tables.
    private static func makeASCII(_ slice: UnsafeBufferPointer<UInt8>, start: Int, isWord: Bool, possessive: Bool) -> TextToken {
        var upper = false, other = false, hyphen = false
        for v in slice {
            if v >= 0x41 && v <= 0x5A { upper = true } else if !((v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)) {
                other = true
                if v == 0x2D { hyphen = true }
            }
        }
        let text = String(decoding: slice, as: UTF8.self)
        var lower = text
        if upper { lower = TextScan.asciiLowercased(slice) }
        let first = slice[0]
        let capitalized = isWord && first >= 0x41 && first <= 0x5A
        var key = lower
        if isWord && other {
            // `NameKey.of(lower)`: the lower-cased letters and digits.
            key = String(unsafeUninitializedCapacity: slice.count) { out in
                var k = 0
                for v in slice {
                    let c = v >= 0x41 && v <= 0x5A ? v + 32 : v
                    if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { out[k] = c; k += 1 }
                }
                return k
            }
        }
        // Lower-case words are looked up by their own bytes.
        let lexicon: LexiconClass = !isWord ? [] : upper ? LexiconClass.of(lower) : LexiconClass.of(bytes: slice)
        var token = TextToken(text: text, lower: lower, key: key, start: start, end: start + slice.count,
                              isWord: isWord, isCapitalized: capitalized, possessive: possessive, lexicon: lexicon)
        if isWord {
            // The first tests of `nameShaped` (capitalized) and `mayOpenTitle` (a hyphen), decided here.
            token.nameShaped = capitalized && PersonRecognizer.nameShaped(token)
            token.mayOpenTitle = hyphen ? PersonRecognizer.mayOpenTitle(token) : lexicon.contains(.titleFirst)
        }
        return token
    }
}
