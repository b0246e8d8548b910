import StorylineCore

/// The search pane: the bar (query, state, the parser's message) above the results, each a
/// title row (date, outlet, title) and a snippet row with the matches styled.
enum SearchView {
    /// Screen rows each result takes.
    static let rowsPerHit = 2

    /// Rows of the results list under the bar.
    static func resultRows(_ l: Layout) -> Int { max(rowsPerHit, l.body.height - barHeight - 2) }
    /// The bar box: the query line and a line for the parser's message or the keys.
    static let barHeight = 4

    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let s = state.view.search
        let body = layout.body
        let bar = Rect(x: body.x, y: body.y, width: body.width, height: barHeight)
        buffer.box(bar, title: "Search all articles", focused: s.editing)
        let inner = bar.inset(1)
        let prompt = "/ " + s.text + (s.editing ? "▏" : "")
        let room = inner.width - 2
        let shown = DisplayWidth.of(prompt) > room ? "…" + String(prompt.suffix(max(1, room - 1))) : prompt
        buffer.write(shown, x: inner.x + 1, y: inner.y, limit: room, style: .bold)
        if let error = s.error {
            buffer.write(DisplayWidth.truncate(error, to: room), x: inner.x + 1, y: inner.y + 1, limit: room, style: Style(bold: true, color: .highlight))
        } else if !s.notes.isEmpty, s.answered == s.text {
            // What the query ran without ("the" is too common …) replaces the keys while it is shown.
            let notes = s.notes.joined(separator: "; ")
            buffer.write(DisplayWidth.truncate(notes, to: room), x: inner.x + 1, y: inner.y + 1, limit: room, style: .dim)
        } else {
            let keys = s.editing ? "Enter opens · Tab moves to the results · ↑↓ earlier searches · Esc closes"
                : "Enter opens · / edits the search · q goes back"
            buffer.write(keys, x: inner.x + 1, y: inner.y + 1, limit: room, style: .dim)
        }
        let listBox = Rect(x: body.x, y: bar.maxY, width: body.width, height: body.height - bar.height)
        buffer.box(listBox, title: title(s), focused: !s.editing)
        let list = listBox.inset(1)
        let x = list.x + 1, w = list.width - 2
        let syntax = "Type words, \"a phrase\", prefix*, OR, -word, or filters person: outlet: from: to: type:. Up/Down recall earlier searches."
        if let error = s.error {
            // The bar already says what is wrong: the list says what a search may hold, and
            // repeats the message only when the bar had to cut it.
            let whole = DisplayWidth.of(error) <= room
            let text = whole ? syntax : error + "\n\n" + syntax
            for (k, l) in DisplayWidth.wrap(text, to: w).prefix(list.height).enumerated() {
                buffer.write(l, x: x, y: list.y + k, limit: w, style: whole ? .dim : Style(bold: true, color: .highlight))
            }
            return
        }
        if s.hits.isEmpty {
            let text: String
            if s.text.trimmingCharacters(in: .whitespaces).isEmpty {
                text = syntax
            } else if s.pending && s.answered != s.text {
                text = "searching…"
            } else {
                text = "No articles match “\(s.answered ?? s.text)”. " + (s.hasFilters
                    ? "Try dropping a filter (person:, outlet:, from:, to:, type:)."
                    : "Try fewer words, or a prefix such as summit*.")
            }
            for (k, l) in DisplayWidth.wrap(text, to: w).prefix(list.height).enumerated() {
                buffer.write(l, x: x, y: list.y + k, limit: w, style: .dim)
            }
            return
        }
        let shownHits = max(1, list.height / rowsPerHit)
        // One outlet column for every row shown, "—" where the outlet is unknown, so titles align.
        let shownRange = s.scroll..<min(s.hits.count, s.scroll + shownHits)
        let outletWidth = min(18, s.hits[shownRange].compactMap { $0.outlet.map(DisplayWidth.of) }.max() ?? 0)
        for r in 0..<shownHits {
            let i = s.scroll + r
            guard i < s.hits.count else { break }
            let hit = s.hits[i]
            let y = list.y + r * rowsPerHit
            let selected = i == s.selection
            let date = hit.published.map { String($0.prefix(10)) } ?? "undated"
            var spans: [StyledLine.Span] = [.init(DisplayWidth.pad(date, to: 10) + "  ", selected ? .selected : .dim)]
            if outletWidth > 0 {
                let o = DisplayWidth.pad(DisplayWidth.truncate(hit.outlet ?? "—", to: outletWidth), to: outletWidth)
                spans.append(.init(o + "  ", selected ? .selected : Style(color: .accent)))
            }
            let used = DisplayWidth.of(spans.map(\.text).joined())
            let rest = max(0, w - used)
            spans.append(.init(DisplayWidth.pad(DisplayWidth.truncate(hit.title, to: rest), to: rest), selected ? .selected : .bold))
            buffer.write(StyledLine(spans), x: x, y: y, limit: w)
            buffer.write(snippetLine(hit.snippet, width: w - 2), x: x + 2, y: y + 1, limit: w - 2)
        }
    }

    /// "12 results for …", "best 50 results for … · more match", "searching…", or the plain title.
    static func title(_ s: SearchState) -> String {
        if s.pending { return "Results · searching…" }
        guard let q = s.answered, s.error == nil else { return "Results" }
        let n = s.hits.count
        let query = DisplayWidth.truncate(q, to: 40)
        if s.more { return "best \(n) result\(n == 1 ? "" : "s") for \(query) · more match: add words or filters to narrow" }
        return "\(n) result\(n == 1 ? "" : "s") for \(query)"
    }

    /// A snippet with its match markers turned into highlighted runs, fitted to `width`
    /// columns: a cut shows "…", and a first match beyond the edge is brought into view by
    /// dropping text before it ("…" in front).
    static func snippetLine(_ snippet: String, width: Int = Int.max) -> StyledLine {
        var chars: [(Character, Bool)] = []
        var on = false
        for ch in snippet.replacingOccurrences(of: "\n", with: " ") {
            if ch == Snippet.open || ch == Snippet.close { on = ch == Snippet.open } else { chars.append((ch, on)) }
        }
        var total = chars.reduce(0) { $0 + DisplayWidth.of($1.0) }
        if total > width, width > 2, let first = chars.firstIndex(where: { $0.1 }) {
            let end = chars[first...].firstIndex { !$0.1 } ?? chars.endIndex
            let throughMatch = chars[..<end].reduce(0) { $0 + DisplayWidth.of($1.0) }
            if throughMatch > width - 1 {
                // Keep about a third of the line as context before the match.
                var drop = 0, dropped = 0
                let need = throughMatch - max(1, (width - 1) / 3 * 2)
                while drop < first, dropped < need { dropped += DisplayWidth.of(chars[drop].0); drop += 1 }
                while drop < first, chars[drop].0 == " " { dropped += DisplayWidth.of(chars[drop].0); drop += 1 }
                chars = [("…", false)] + chars[drop...]
                total = total - dropped + 1
            }
        }
        if total > width, width > 0 {
            var used = 0, keep = 0
            while keep < chars.count, used + DisplayWidth.of(chars[keep].0) <= width - 1 { used += DisplayWidth.of(chars[keep].0); keep += 1 }
            chars = Array(chars[..<keep]) + [("…", false)]
        }
        var spans: [StyledLine.Span] = []
        var run = ""
        on = false
        for (ch, match) in chars {
            if match != on, !run.isEmpty { spans.append(.init(run, on ? ReaderView.matchStyle : .dim)); run = "" }
            on = match
            run.append(ch)
        }
        if !run.isEmpty { spans.append(.init(run, on ? ReaderView.matchStyle : .dim)) }
        return StyledLine(spans)
    }
}
