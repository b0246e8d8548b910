/// Plain text converted from a PDF or a mail: paragraphs hard-wrapped at a fixed width, words hyphenated
/// across line ends ("memo-" / "randum"), and page furniture ("Page 2 of 3", a running header repeated on
/// every page, "- END -") standing inside paragraphs that run on from one page to the next.
extension ArticleParser {
    /// The lines of a hard-wrapped text joined back into paragraphs, page furniture left out; any other
    /// text (a line longer than a wrap width, or too few lines filled to the width) is returned unchanged.
    static func unwrapped(_ L: [Line]) -> [Line] {
        guard L.count >= 8 else { return L }
        var width = 0
        for l in L {
            if l.length > 100 { return L }
            width = max(width, l.length)
        }
        guard width >= 56 else { return L }
        let full = width - 20
        // Wrapping shows as lines filled near the width that stop mid-sentence, directly followed by the
        // paragraph's next line (paragraphs one to a line end on a full stop).
        var wrapped = 0
        for j in L.indices.dropLast() where L[j].length >= full && L[j + 1].offset == L[j].offset + L[j].length + 1
            && !endsLikeSentence(L[j].text) { wrapped += 1 }
        guard wrapped >= 5 else { return L }

        var furniture = [Bool](repeating: false, count: L.count)
        for j in L.indices where L[j].length <= 100 {
            let lower = L[j].lower
            if isPageMark(lower) { furniture[j] = true; continue }
            // A running header next to the page number: a line repeated word for word on later pages, or one of
            // fields parted by bars ("Department of Foreign Affairs | Press Release | 03.03.2026").
            let header = L[j].length >= 20 && (L.indices.contains(where: { $0 != j && L[$0].text == L[j].text })
                || lower.components(separatedBy: " | ").count >= 3)
            if header, (j > 0 && isPageMark(L[j - 1].lower)) || (j + 1 < L.count && isPageMark(L[j + 1].lower)) { furniture[j] = true }
        }
        var out: [Line] = []
        out.reserveCapacity(L.count)
        var lastLength = 0
        var lastEnd = -1
        var pageBreak = false
        for j in L.indices {
            if furniture[j] { pageBreak = true; continue }
            let l = L[j]
            defer { lastLength = l.length; lastEnd = l.offset + l.length; pageBreak = false }
            guard var m = out.last, lastLength >= full else { out.append(l); continue }
            // "- item", "# Heading", "> quote", "| cell |": Markdown blocks open a line of their own.
            if let c = l.text.unicodeScalars.first, "-*•#>|".unicodeScalars.contains(c) || m.text.hasPrefix("#") || m.text.hasPrefix("|") {
                out.append(l); continue
            }
            let adjacent = l.offset == lastEnd + 1
            // Across a page break the paragraph runs on when its last line stops mid-sentence.
            let runsOn = pageBreak && !endsLikeSentence(m.text) && !m.text.hasSuffix(":")
            guard adjacent || runsOn else { out.append(l); continue }
            if hyphenated(m.text), l.text.unicodeScalars.first?.properties.isLowercase == true {
                m.text.removeLast(); m.lower.removeLast()
                m.text += l.text; m.lower += l.lower
                m.words += l.words - 1; m.length += l.length - 1
            } else {
                m.text += " " + l.text; m.lower += " " + l.lower
                m.words += l.words; m.length += l.length + 1
            }
            out[out.count - 1] = m
        }
        return out
    }

    /// "page 2 of 3", "page 2": a page number on a line of its own (lower-cased).
    static func isPageMark(_ lower: String) -> Bool {
        guard lower.hasPrefix("page "), lower.count <= 16 else { return false }
        let rest = lower.dropFirst(5).split(separator: " ")
        return (rest.count == 1 || (rest.count == 3 && rest[1] == "of")) && rest[0].allSatisfy(\.isNumber)
            && rest.last!.allSatisfy(\.isNumber)
    }

    /// True when a line ends on a word broken by a hyphen ("sys-"), not on a dash or a lone hyphen.
    private static func hyphenated(_ text: String) -> Bool {
        let s = text.unicodeScalars
        guard s.last == "-", s.count >= 3 else { return false }
        let before = s[s.index(s.endIndex, offsetBy: -2)]
        return before.properties.isLowercase || (before.properties.isAlphabetic && s[s.index(s.endIndex, offsetBy: -3)].properties.isAlphabetic)
    }
}
