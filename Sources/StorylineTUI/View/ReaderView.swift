import Foundation
import StorylineCore

/// Lays out one article for reading: metadata, wrapped paragraphs, captions set apart,
/// dated timeline entries, and an optional highlighted source sentence.
public enum ReaderView {
    /// The laid-out lines and the index of the first highlighted line, if any.
    public struct Page: Hashable, Sendable {
        public var lines: [StyledLine]
        public var highlightLine: Int?
        /// Lines holding a match of the search the article was opened from, in order.
        public var matchLines: [Int] = []
        /// The first line of each of the article's blocks, by block index.
        public var blockLines: [Int] = []
    }

    static let captionStyle = Style(dim: true, italic: true)
    static let highlightStyle = Style.highlight
    /// Search matches: underlined and bold in the highlight colour, distinct from a source sentence.
    static let matchStyle = Style(bold: true, underline: true, reverse: true, color: .highlight)

    /// Lays `article` out at `width` columns, highlighting `highlight`'s sentence and every
    /// match of `matching` (the words and phrases of a search).
    public static func page(_ article: Article, highlight: SourceRef?, width: Int, matching: [QueryAtom]? = nil) -> Page {
        var page = layout(article, highlight: highlight, width: width)
        guard let atoms = matching, !atoms.isEmpty else { return page }
        // A block without a match has no line with one: testing each block first skips most
        // lines of a long article (each test costs; 70,000 lines took seconds).
        var skip = [Bool](repeating: false, count: page.lines.count)
        for (b, block) in article.blocks.enumerated() where b + 1 < page.blockLines.count {
            guard !Snippet.highlight(block.text, atoms: atoms).unicodeScalars.contains(Snippet.open.unicodeScalars.first!) else { continue }
            for i in page.blockLines[b]..<min(page.blockLines[b + 1], skip.count) { skip[i] = true }
        }
        for i in page.lines.indices where !skip[i] {
            let marked = Snippet.highlight(page.lines[i].text, atoms: atoms)
            guard marked.unicodeScalars.contains(Snippet.open.unicodeScalars.first!) else { continue }
            page.lines[i] = mark(page.lines[i], with: marked)
            page.matchLines.append(i)
        }
        return page
    }

    /// Restyles the scalars of `line` that `marked` (the same text with snippet markers) marks.
    static func mark(_ line: StyledLine, with marked: String) -> StyledLine {
        var inside: [Bool] = []
        var on = false
        for s in marked.unicodeScalars {
            if s == Snippet.open.unicodeScalars.first! { on = true } else if s == Snippet.close.unicodeScalars.first! { on = false } else { inside.append(on) }
        }
        var out: [StyledLine.Span] = []
        var k = 0
        for span in line.spans {
            var run = String.UnicodeScalarView()
            var runOn: Bool? = nil
            for s in span.text.unicodeScalars {
                let m = k < inside.count && inside[k]
                k += 1
                if runOn != nil, runOn != m {
                    out.append(.init(String(run), runOn! ? matchStyle : span.style)); run = String.UnicodeScalarView()
                }
                runOn = m
                run.append(s)
            }
            if let r = runOn { out.append(.init(String(run), r ? matchStyle : span.style)) }
        }
        return StyledLine(out)
    }

    /// The plain layout, before search matches are marked.
    static func layout(_ article: Article, highlight: SourceRef?, width: Int) -> Page {
        let w = max(10, width)
        var lines: [StyledLine] = []
        var hl: Int? = nil
        for l in DisplayWidth.wrap(article.title, to: w) { lines.append(StyledLine(l, .accent)) }
        var meta: [String] = []
        if let o = article.outlet { meta.append(o) }
        meta.append(article.published.map(DateText.published) ?? "undated")
        if let b = article.byline { meta.append(b) }
        if let d = article.dateline { meta.append(d) }
        for l in DisplayWidth.wrap(meta.joined(separator: " · "), to: w) { lines.append(StyledLine(l, .dim)) }
        lines.append(StyledLine())
        let target = highlight.flatMap { targetBlock($0, in: article) }
        var blockLines: [Int] = []
        for (i, block) in article.blocks.enumerated() {
            blockLines.append(lines.count)
            let range = (i == target?.block) ? target?.range : nil
            var out: [StyledLine]
            switch block.kind {
            case .paragraph:
                out = wrap(block.text, highlight: range, width: w, style: .plain)
            case .heading:
                out = wrap(block.text, highlight: range, width: w, style: .bold)
            case .caption:
                out = wrap(block.text, highlight: range, width: w - 2, style: captionStyle)
                out = out.enumerated().map { StyledLine([.init($0.offset == 0 ? "▣ " : "  ", captionStyle)] + $0.element.spans) }
            case .timelineEntry:
                let label = block.dateLabel ?? ""
                var text = block.text
                // The label is space-normalized; normalizing maps scalars one to one, so its length holds.
                if !label.isEmpty, MatchText.normalize(text).hasPrefix(label) {
                    text = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(label.unicodeScalars.count)))
                }
                text = text.trimmingCharacters(in: .whitespaces)
                if let f = text.first, "–—-:".contains(f) { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
                // The highlight range counts from the block's start; shift it past the removed label.
                let cut = collapse(block.text).count - collapse(text).count
                let shifted = range.map { max(0, $0.lowerBound - cut)..<max(0, $0.upperBound - cut) }
                out = [StyledLine([.init("◆ ", .accent), .init(label, .bold)])]
                out += wrap(text, highlight: shifted, width: w - 2, style: .plain).map { StyledLine([.init("  ")] + $0.spans) }
            }
            if range != nil, hl == nil, let k = out.firstIndex(where: { $0.contains(style: highlightStyle) }) {
                hl = lines.count + k
            }
            lines += out
            lines.append(StyledLine())
        }
        for s in article.sections where !s.items.isEmpty {
            lines.append(StyledLine(s.title, .bold))
            for item in s.items {
                for (k, l) in DisplayWidth.wrap(item, to: w - 2).enumerated() { lines.append(StyledLine((k == 0 ? "• " : "  ") + l, .dim)) }
            }
            lines.append(StyledLine())
        }
        while lines.last?.text.isEmpty == true { lines.removeLast() }
        return Page(lines: lines, highlightLine: hl, blockLines: blockLines)
    }

    /// The block holding `ref`'s sentence and the sentence's character range in the block's
    /// whitespace-collapsed text; falls back to searching every block.
    static func targetBlock(_ ref: SourceRef, in article: Article) -> (block: Int, range: Range<Int>)? {
        let order = article.blocks.indices.contains(ref.block) ? [ref.block] + article.blocks.indices.filter { $0 != ref.block }
            : Array(article.blocks.indices)
        let needle = Array(MatchText.normalize(collapse(ref.sentence)))
        guard !needle.isEmpty else { return nil }
        for i in order {
            let hay = Array(MatchText.normalize(collapse(article.blocks[i].text)))
            if let r = find(needle, in: hay) { return (i, r) }
        }
        return byOffset(ref, in: article, length: needle.count)
    }

    /// Falls back to the sentence's file offset when its text is not found verbatim: the
    /// same number of characters from that point of the block.
    static func byOffset(_ ref: SourceRef, in article: Article, length: Int) -> (block: Int, range: Range<Int>)? {
        guard article.blocks.indices.contains(ref.block) else { return nil }
        let block = article.blocks[ref.block]
        let scalars = Array(block.text.unicodeScalars)
        let start = ref.offset - block.offset
        guard start >= 0, start < scalars.count else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[..<start]))
        let flat = collapse(prefix)
        let pos = flat.count + (!flat.isEmpty && prefix.last.map { $0 == " " || $0 == "\n" || $0 == "\t" } == true ? 1 : 0)
        let total = collapse(block.text).count
        guard pos < total else { return nil }
        return (ref.block, pos..<min(total, pos + length))
    }

    /// Words joined by single spaces: the text `DisplayWidth.wrap` lays out.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    static func find(_ needle: [Character], in hay: [Character]) -> Range<Int>? {
        guard needle.count <= hay.count else { return nil }
        outer: for start in 0...(hay.count - needle.count) {
            for k in 0..<needle.count where hay[start + k] != needle[k] { continue outer }
            return start..<start + needle.count
        }
        return nil
    }

    /// Wraps with `DisplayWidth.wrap`, then maps each line back onto the collapsed text so the
    /// characters in `highlight` get the highlight style.
    static func wrap(_ text: String, highlight: Range<Int>?, width: Int, style: Style) -> [StyledLine] {
        let flat = collapse(text)
        let wrapped = DisplayWidth.wrap(flat, to: max(1, width))
        guard let hl = highlight else { return wrapped.map { StyledLine($0, style) } }
        let all = Array(flat)
        var pos = 0
        var out: [StyledLine] = []
        for line in wrapped {
            let chars = Array(line)
            let start = pos
            guard start + chars.count <= all.count, Array(all[start..<start + chars.count]) == chars else {
                out.append(StyledLine(line, style)); continue
            }
            pos += chars.count
            if pos < all.count, all[pos] == " " { pos += 1 }
            var spans: [StyledLine.Span] = []
            var k = 0
            while k < chars.count {
                let inside = hl.contains(start + k)
                var e = k
                while e < chars.count, hl.contains(start + e) == inside { e += 1 }
                spans.append(.init(String(chars[k..<e]), inside ? highlightStyle : style))
                k = e
            }
            out.append(StyledLine(spans))
        }
        return out
    }
}
