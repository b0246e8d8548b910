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
        var out: [String] = []
        scan(text) { _, scalars in out.append(string(scalars)) }
        return out
    }

    /// Calls `body` with the hash and the scalars of every content term in `text`, in order.
    static func scan(_ text: String, _ body: (UInt64, [UInt32]) -> Void) {
        var buffer: [UInt32] = []
        buffer.reserveCapacity(48)
        var hasLetter = false
        var tooLong = false

        func flush() {
            defer { buffer.removeAll(keepingCapacity: true); hasLetter = false; tooLong = false }
            guard hasLetter, !tooLong, buffer.count >= 2 else { return }
            if Stopwords.hashes.contains(hash(buffer)) { return }
            foldPlural(&buffer)
            body(hash(buffer), buffer)
        }

        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A {
                    hasLetter = true
                } else if v >= 0x41 && v <= 0x5A {
                    hasLetter = true
                    if buffer.count < maxLength { buffer.append(v + 0x20) } else { tooLong = true }
                    continue
                } else if !(v >= 0x30 && v <= 0x39) {
                    flush(); continue
                }
                if buffer.count < maxLength { buffer.append(v) } else { tooLong = true }
            } else if s.properties.isAlphabetic {
                hasLetter = true
                for l in s.properties.lowercaseMapping.unicodeScalars {
                    if buffer.count < maxLength { buffer.append(l.value) } else { tooLong = true }
                }
            } else if s.properties.numericType != nil {
                if buffer.count < maxLength { buffer.append(v) } else { tooLong = true }
            } else {
                flush()
            }
        }
        flush()
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
