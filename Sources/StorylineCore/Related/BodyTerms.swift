/// Splits article text into lower-cased content words for similarity. Stopwords, pure
/// numbers and one-letter tokens are dropped, and a light plural fold maps "calls" to "call".
/// Terms are identified by a 64-bit hash so counting never allocates strings.
public enum BodyTerms {
    /// The longest token kept; longer runs are URLs or noise.
    static let maxLength = 40

    /// FNV-1a over the scalars of a term.
    @inline(__always)
    static func hash(_ scalars: [UInt32]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in scalars { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The hash of a term given as a string (lower-cased, unfolded), e.g. for stopwords.
    static func hash(_ term: String) -> UInt64 { hash(term.unicodeScalars.map(\.value)) }

    /// Every content term of `text`, as strings, in order; for tests and display.
    public static func terms(of text: String) -> [String] {
        struct Collect: TermSink {
            var out: [String] = []
            mutating func take(_ hash: UInt64, _ scalars: [UInt32]) { out.append(BodyTerms.string(scalars)) }
        }
        var sink = Collect()
        scan(text, into: &sink)
        return sink.out
    }

    /// Hands every content term of `text` to `sink`, in order.
    static func scan<S: TermSink>(_ text: String, into sink: inout S) {
        var text = text
        let stopwords = Stopwords.table
        text.withUTF8 { scan(bytes: $0, stopwords: stopwords, into: &sink) }
    }

    /// The scanner over UTF-8 bytes: ASCII is handled byte by byte, other scalars are decoded
    /// and classified by their Unicode properties.
    /// `stopwords` is passed in rather than read from the global on every token, which would
    /// retain and release its storage from every thread at once.
    static func scan<S: TermSink>(bytes: UnsafeBufferPointer<UInt8>, stopwords: TermTable, into body: inout S) {
        var token = Token(stopwords: stopwords)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b >= 0x61 && b <= 0x7A { token.letter(UInt32(b)) }
                else if b >= 0x41 && b <= 0x5A { token.letter(UInt32(b) + 0x20) }
                else if b >= 0x30 && b <= 0x39 { token.digit(UInt32(b)) }
                else { token.flush(&body) }
                continue
            }
            var v: UInt32, len: Int
            if b >= 0xF0 { v = UInt32(b & 0x07); len = 4 }
            else if b >= 0xE0 { v = UInt32(b & 0x0F); len = 3 }
            else if b >= 0xC0 { v = UInt32(b & 0x1F); len = 2 }
            else { i += 1; token.flush(&body); continue }
            guard i + len <= n else { break }
            for j in 1..<len { v = (v << 6) | UInt32(bytes[i + j] & 0x3F) }
            i += len
            // General punctuation (dashes, curly quotes) is frequent in news: no property look-up.
            if (0x2000...0x206F).contains(v) { token.flush(&body); continue }
            guard let s = Unicode.Scalar(v) else { token.flush(&body); continue }
            if s.properties.isAlphabetic {
                for l in s.properties.lowercaseMapping.unicodeScalars { token.letter(l.value) }
            } else if s.properties.numericType != nil {
                token.digit(v)
            } else {
                token.flush(&body)
            }
        }
        token.flush(&body)
    }

    /// The token being read.
    struct Token {
        var scalars: [UInt32] = []
        var hasLetter = false
        var tooLong = false
        let stopwords: TermTable
        let longestStopword = Stopwords.longest

        init(stopwords: TermTable) { self.stopwords = stopwords; scalars.reserveCapacity(48) }

        @inline(__always) mutating func letter(_ v: UInt32) { hasLetter = true; digit(v) }

        @inline(__always) mutating func digit(_ v: UInt32) {
            if scalars.count < BodyTerms.maxLength { scalars.append(v) } else { tooLong = true }
        }

        /// Hands a finished content term to `sink` and starts a new token.
        @inline(__always) mutating func flush<S: TermSink>(_ sink: inout S) {
            guard !scalars.isEmpty else { return }
            defer { scalars.removeAll(keepingCapacity: true); hasLetter = false; tooLong = false }
            guard hasLetter, !tooLong, scalars.count >= 2 else { return }
            if scalars.count <= longestStopword && stopwords.value(BodyTerms.hash(scalars)) != nil { return }
            BodyTerms.foldPlural(&scalars)
            sink.take(BodyTerms.hash(scalars), scalars)
        }
    }

    /// "policies" → "policy", "calls" → "call"; leaves "class", "status", "analysis" alone.
    static func foldPlural(_ t: inout [UInt32]) {
        let s: UInt32 = 0x73, i: UInt32 = 0x69, e: UInt32 = 0x65, u: UInt32 = 0x75
        let n = t.count
        guard n >= 4, t[n - 1] == s else { return }
        if n >= 5, t[n - 3] == i, t[n - 2] == e {
            t.removeLast(3); t.append(0x79)
        } else if t[n - 2] != s, t[n - 2] != u, t[n - 2] != i {
            t.removeLast()
        }
    }

    /// The scalars as a string.
    static func string(_ scalars: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        for v in scalars { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }
}
