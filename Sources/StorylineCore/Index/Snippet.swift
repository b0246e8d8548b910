import Foundation

/// Cuts a short passage around the best match of a query in an article and marks every
/// match with `Snippet.open`/`Snippet.close`, which the CLI renders as [..] and the TUI styles.
public enum Snippet {
    /// Marks the start of a highlighted match.
    public static let open: Character = "\u{1}"
    /// Marks the end of a highlighted match.
    public static let close: Character = "\u{2}"
    /// About how many characters a snippet holds.
    public static let width = 200

    /// The snippet for an article: the block with the most distinct query matches, cut around
    /// its first match, with all matches marked. Falls back to the opening paragraph.
    public static func make(article: Article, atoms: [QueryAtom]) -> String {
        make(article: article, matcher: Matcher(atoms: atoms))
    }

    /// The snippet for an article, with a matcher built once per query.
    static func make(article: Article, matcher: Matcher) -> String {
        var best: (text: [Unicode.Scalar], marks: [Range<Int>], score: Int)? = nil
        for block in article.blocks where block.kind != .heading || best == nil {
            if !matcher.mayMatch(block.text) {
                if best == nil { best = (Array(block.text.unicodeScalars), [], 0) }
                continue
            }
            let scalars = Array(block.text.unicodeScalars)
            let (marks, distinct) = matcher.matches(in: scalars)
            let score = distinct * 1000 + marks.count
            if best == nil || score > best!.score { best = (scalars, marks, score) }
            if distinct == matcher.atomCount, distinct > 0 { break }
        }
        guard let best else { return "" }
        return cut(best.text, marks: best.marks)
    }

    /// Highlights every query match in one piece of text (a title, a whole paragraph).
    public static func highlight(_ text: String, atoms: [QueryAtom]) -> String {
        let scalars = Array(text.unicodeScalars)
        let marks = Matcher(atoms: atoms).matches(in: scalars).marks
        return render(scalars, from: 0, to: scalars.count, marks: marks)
    }

    /// Replaces the markers for plain output: `[match]`.
    public static func bracketed(_ snippet: String) -> String {
        String(snippet.map { $0 == open ? "[" : $0 == close ? "]" : $0 })
    }

    /// Removes the markers.
    public static func plain(_ snippet: String) -> String {
        snippet.filter { $0 != open && $0 != close }
    }

    private static func cut(_ text: [Unicode.Scalar], marks: [Range<Int>]) -> String {
        var start = 0
        if let first = marks.first, first.lowerBound > width / 3 {
            start = first.lowerBound - width / 3
            while start < first.lowerBound, !text[start - 1].properties.isWhitespace { start += 1 }
        }
        var end = min(text.count, start + width)
        if end < text.count {
            var e = end
            while e > start + width / 2, !text[e].properties.isWhitespace { e -= 1 }
            if e > start + width / 2 { end = e }
        }
        var (from, to) = (start, end)
        while from < to, isBlank(text[from]) { from += 1 }
        while to > from, isBlank(text[to - 1]) { to -= 1 }
        var out = render(text, from: from, to: to, marks: marks)
        if start > 0 { out = "…" + out }
        if end < text.count { out += "…" }
        return out
    }

    /// A space or tab (any Unicode space separator), as trimmed from a snippet's ends.
    private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
    }

    private static func render(_ text: [Unicode.Scalar], from start: Int, to end: Int, marks: [Range<Int>]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(max(0, end - start) + 16)
        let append = { (s: Unicode.Scalar) in
            if s.value < 0x80 { out.append(UInt8(s.value)) } else { UTF8.encode(s) { out.append($0) } }
        }
        var m = marks.drop(while: { $0.upperBound <= start }).makeIterator()
        var next = m.next()
        var i = start
        while i < end {
            if let r = next, r.lowerBound <= i {
                let stop = min(r.upperBound, end)
                append(open.unicodeScalars.first!)
                while i < stop { append(text[i]); i += 1 }
                append(close.unicodeScalars.first!)
                next = m.next()
                continue
            }
            append(text[i]); i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Finds where query atoms occur in text, forgiving case, diacritics and simple inflections
/// the way the index does, so highlighted words are the words that matched. Works on UTF-8
/// bytes with an ASCII fast path; only non-ASCII words go through Unicode folding.
struct Matcher {
    private struct Pattern { var words: [[UInt8]]; var prefix: Bool; var cjk: [Unicode.Scalar]? }
    private var patterns: [Pattern] = []
    var atomCount: Int { patterns.count }

    init(atoms: [QueryAtom]) {
        for atom in atoms {
            let text: String
            var prefix = false
            switch atom {
            case let .word(w, p): text = w; prefix = p
            case let .phrase(p): text = p
            }
            let scalars = Array(text.unicodeScalars)
            if scalars.contains(where: CJKSegmenter.isCJK) {
                patterns.append(Pattern(words: [], prefix: false, cjk: scalars.filter { !$0.properties.isWhitespace }))
                continue
            }
            var words = Matcher.words(in: scalars).map { Matcher.key(scalars[$0]) }
            // As in the index: common words are skipped, except in a prefix query.
            if !prefix { words.removeAll(where: CommonWords.contains(key:)) }
            guard !words.isEmpty else { continue }
            patterns.append(Pattern(words: prefix ? words.dropLast().map(Matcher.stem) + [words.last!] : words.map(Matcher.stem),
                                    prefix: prefix, cjk: nil))
        }
    }

    /// False only when the text certainly holds no match: for word patterns, a byte scan for
    /// each pattern's first stem (cheap), so most blocks skip tokenizing. Text with accented
    /// Latin letters is folded first (`foldedLatin`); other non-ASCII text is always tokenized.
    func mayMatch(_ text: String) -> Bool {
        guard !patterns.isEmpty else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.contains(where: { $0 >= 0x80 }) else { return anyFirstStem(in: bytes) }
            guard let folded = Matcher.foldedLatin(text) else { return true }
            return folded.withUnsafeBufferPointer { anyFirstStem(in: $0) }
        } ?? true
    }

    private func anyFirstStem(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for p in patterns {
            guard p.cjk == nil, var needle = p.words.first else { return true }
            if !p.prefix || p.words.count > 1, needle.last == UInt8(ascii: "y") { needle.removeLast() }
            if needle.isEmpty || Matcher.containsFolded(bytes, needle) { return true }
        }
        return false
    }

    /// The text's UTF-8 with every non-ASCII character replaced by its `scalarKey` (ASCII as
    /// is: the scan folds its case); nil when it holds a character without one, whose folding
    /// only full tokenizing can tell.
    static func foldedLatin(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                out.append(UInt8(s.value))
            } else if let folded = scalarKey(s.value) {
                out += folded
            } else {
                return nil
            }
        }
        return out
    }

    /// Case-insensitive (ASCII) substring test; `needle` is lowercase.
    private static func containsFolded(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard hay.count >= n else { return false }
        var i = 0
        let last = hay.count - n
        while i <= last {
            var j = 0
            while j < n, lower(hay[i + j]) == needle[j] { j += 1 }
            if j == n { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Match ranges (sorted, in scalars) and how many distinct patterns matched.
    func matches(in text: [Unicode.Scalar]) -> (marks: [Range<Int>], distinct: Int) {
        guard !patterns.isEmpty else { return ([], 0) }
        let spans = Matcher.words(in: text)
        // Only words starting with a letter some pattern word starts with can match, and (ASCII
        // words) only words no shorter than a pattern word and at most a suffix longer.
        var starts = [Bool](repeating: false, count: 128)
        var shortest = Int.max
        var longest = 0
        for p in patterns {
            for (i, w) in p.words.enumerated() {
                if let b = w.first, b < 0x80 { starts[Int(b)] = true }
                shortest = min(shortest, w.count)
                longest = max(longest, p.prefix && i == p.words.count - 1 ? Int.max : w.count + 5)
            }
        }
        let keys = spans.map { span -> [UInt8] in
            let first = text[span.lowerBound].value
            if first < 0x80 {
                if !starts[Int(Matcher.lower(UInt8(first)))] { return [] }
                if span.count < shortest || span.count > longest, text[span].allSatisfy({ $0.value < 0x80 }) { return [] }
            }
            return Matcher.key(text[span])
        }
        let stems = keys.map { $0.isEmpty ? $0 : Matcher.stem($0) }
        let allWords = Array(spans.indices)
        // Common words are skipped only inside a phrase (a single pattern word is never one), so
        // the text is sorted into them only when a query holds a phrase.
        let phrase = patterns.contains { $0.cjk == nil && !$0.prefix && $0.words.count > 1 }
        let content = phrase ? spans.indices.filter { !Matcher.isCommon(text[spans[$0]]) } : allWords
        var marks: [Range<Int>] = []
        var distinct = 0
        for p in patterns {
            var found = false
            if let cjk = p.cjk {
                guard !cjk.isEmpty, cjk.count <= text.count else { continue }
                var i = 0
                while i + cjk.count <= text.count {
                    if text[i] == cjk[0], text[i..<(i + cjk.count)].elementsEqual(cjk) {
                        marks.append(i..<(i + cjk.count)); found = true; i += cjk.count
                    } else { i += 1 }
                }
            } else {
                // The words a pattern runs over: all of them for a prefix, else all but common ones.
                let seq = p.prefix ? allWords : content
                let k = p.words.count
                var t = 0
                while t + k <= seq.count {
                    var ok = true
                    for w in 0..<k {
                        let x = seq[t + w]
                        if w == k - 1 && p.prefix { ok = keys[x].starts(with: p.words[w]) } else { ok = stems[x] == p.words[w] }
                        if !ok { break }
                    }
                    if ok {
                        marks.append(spans[seq[t]].lowerBound..<spans[seq[t + k - 1]].upperBound); found = true; t += k
                    } else { t += 1 }
                }
            }
            if found { distinct += 1 }
        }
        marks.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in marks {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else { merged.append(r) }
        }
        return (merged, distinct)
    }

    /// True for a word (ASCII letters only) that the index leaves out (`CommonWords`).
    static func isCommon(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 5, word.allSatisfy({ $0.value < 0x80 }) else { return false }
        let bytes = word.map { UInt8($0.value) }
        return bytes.withUnsafeBufferPointer(CommonWords.contains)
    }

    /// Word spans: runs of letters, digits and combining marks.
    static func words(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int? = nil
        for (i, s) in text.enumerated() {
            let inWord: Bool
            if s.value < 0x80 {
                let v = s.value | 0x20
                inWord = (v >= 0x61 && v <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
            } else {
                let p = s.properties
                inWord = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            }
            if inWord { if start == nil { start = i } } else if let st = start { out.append(st..<i); start = nil }
        }
        if let st = start { out.append(st..<text.count) }
        return out
    }

    /// Lowercase UTF-8, diacritics removed.
    static func key(_ word: ArraySlice<Unicode.Scalar>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        for s in word {
            if s.value < 0x80 {
                out.append(lower(UInt8(s.value)))
            } else if let folded = scalarKey(s.value), folded.allSatisfy({ $0 < 0x80 }) {
                out += folded
            } else {
                // Anything else goes through Unicode normalization (slow, but rare in news text).
                return Array(key(String(String.UnicodeScalarView(word))).utf8)
            }
        }
        return out
    }

    /// `key` of one character, computed once for Latin letters (U+0080–U+024F: é, ñ, ø, ł …) and
    /// general punctuation (U+2000–U+206F: dashes, curly quotes), so that accented names and
    /// typographic quotes in article text do not each go through Unicode normalization; nil
    /// for any other character.
    static func scalarKey(_ v: UInt32) -> [UInt8]? {
        if v >= 0x80, v < 0x250 { return latinKeys[Int(v - 0x80)] }
        if v >= 0x2000, v < 0x2070 { return punctuationKeys[Int(v - 0x2000)] }
        return nil
    }

    private static func keys(_ range: Range<UInt32>) -> [[UInt8]?] {
        range.map { v in Unicode.Scalar(v).map { Array(key(String(Character($0))).utf8) } }
    }
    private static let latinKeys = keys(0x80..<0x250)
    private static let punctuationKeys = keys(0x2000..<0x2070)

    /// Lowercase, diacritics removed.
    static func key(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for s in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where s.properties.generalCategory != .nonspacingMark { out.append(s) }
        return String(out)
    }

    private static let suffixes: [([UInt8], [UInt8])] =
        [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// A light English stemmer: enough to pair "summits"/"summit", "talks"/"talked"/"talking".
    static func stem(_ word: [UInt8]) -> [UInt8] {
        var w = word
        if w.count > 2, w[w.count - 2] == UInt8(ascii: "'"), w[w.count - 1] == UInt8(ascii: "s") { w.removeLast(2) }
        guard w.count > 3, !w.contains(where: { $0 >= 0x80 }) else { return w }
        for (suffix, replacement) in suffixes where w.count > suffix.count && w.suffix(suffix.count).elementsEqual(suffix) {
            if suffix.count == 1, w[w.count - 2] == UInt8(ascii: "s") { break }
            let base = w.dropLast(suffix.count) + replacement
            if base.count >= 3 { return Array(base) }
            break
        }
        return w
    }
}
