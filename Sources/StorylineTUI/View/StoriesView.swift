import StorylineCore

/// The stories pane: every story (title, date span, article count), or one opened story with
/// its own timeline of events and its articles.
enum StoriesView {
    /// A display row of an opened story: a section header or the item at an index.
    enum Row: Hashable { case header(String), item(Int) }

    /// Rows for the opened story's items: "Events" and "Articles" headers before each group.
    static func rows(_ items: [StoryItem]) -> [Row] {
        var rows: [Row] = []
        var last: Bool? = nil
        for (i, item) in items.enumerated() {
            let isEvent: Bool
            if case .event = item { isEvent = true } else { isEvent = false }
            if last != isEvent {
                let n = items.filter { if case .event = $0 { return isEvent } else { return !isEvent } }.count
                rows.append(.header(isEvent ? "Timeline · \(n) event\(n == 1 ? "" : "s")" : "Articles · \(n)"))
                last = isEvent
            }
            rows.append(.item(i))
        }
        return rows
    }

    /// "2025-06-04", or "2025-06-04 – 09-16" for a story spanning days; "undated" without dates.
    static func span(_ s: TimeSpan?) -> String {
        guard let s else { return "undated" }
        if s.start == s.end { return s.start.iso }
        let end = s.end.year == s.start.year ? String(s.end.iso.dropFirst(5)) : s.end.iso
        return "\(s.start.iso) – \(end)"
    }

    /// "1 article", "12 articles".
    static func countLabel(_ n: Int) -> String { "\(n) article\(n == 1 ? "" : "s")" }

    /// The display row of item `index`, counting headers.
    static func displayRow(ofItem index: Int, in items: [StoryItem]) -> Int { rows(items).firstIndex(of: .item(index)) ?? 0 }
    /// How many display rows the items take.
    static func displayRowCount(_ items: [StoryItem]) -> Int { rows(items).count }
    /// Visible item rows under the story's heading lines.
    static func itemRows(_ l: Layout) -> Int { max(1, Layout.rows(in: l.body) - 2) }

    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let v = state.view
        let box = layout.body
        let inner = box.inset(1)
        let x = inner.x + 1, w = inner.width - 2
        guard let story = state.openStory else {
            let stories = state.stories
            buffer.box(box, title: "Stories · \(stories.count) · \(v.storyOrder.label)", focused: true)
            let spanWidth = min(23, state.catalog.widestStory { DisplayWidth.of(span($0.span)) })
            // One count column for all rows, so titles are cut at the same column.
            let countWidth = stories.map { DisplayWidth.of(countLabel($0.articles.count)) }.max() ?? 0
            for r in 0..<Layout.rows(in: box) {
                let i = v.storyScroll + r
                guard i < stories.count else { break }
                let s = stories[i]
                let sel = i == v.storySelection
                let count = countLabel(s.articles.count)
                let left = DisplayWidth.pad(DisplayWidth.truncate(span(s.span), to: spanWidth), to: spanWidth) + "  "
                let right = "  " + String(repeating: " ", count: max(0, countWidth - DisplayWidth.of(count))) + count
                let rest = max(0, w - DisplayWidth.of(left) - DisplayWidth.of(right))
                let line = StyledLine([.init(left, sel ? .selected : .dim),
                                       .init(DisplayWidth.pad(DisplayWidth.truncate(s.title, to: rest), to: rest), sel ? .selected : .bold),
                                       .init(right, sel ? .selected : .dim)])
                buffer.write(line, x: x, y: inner.y + r, limit: w)
            }
            return
        }
        let items = state.storyItems
        buffer.box(box, title: "Story · \(story.title)", focused: true)
        let head = [span(story.span), countLabel(story.articles.count)].joined(separator: " · ")
        var people = story.people.prefix(4).joined(separator: ", ") + (story.people.count > 4 ? ", …" : "")
        if !people.isEmpty { people = DisplayWidth.truncate(people, to: max(0, w - DisplayWidth.of(head) - 3)) }
        buffer.write(people.isEmpty ? head : head + " · " + people, x: x, y: inner.y, limit: w, style: .dim)
        let rows = rows(items)
        let top = inner.y + 2
        // One outlet column for the story's articles ("—" where unknown), so their titles align.
        let outletWidth = min(18, items.compactMap { item -> Int? in
            if case .article(let a) = item { return DisplayWidth.of(a.outlet ?? "—") } else { return nil }
        }.max() ?? 0)
        for r in 0..<itemRows(layout) {
            let i = v.storyItemScroll + r
            guard i < rows.count else { break }
            switch rows[i] {
            case .header(let t): buffer.write(t, x: x, y: top + r, limit: w, style: .accent)
            case .item(let k):
                let sel = k == v.storyItemSelection
                let (left, text): (String, String)
                switch items[k] {
                case .event(let e): (left, text) = (e.date.map(DateText.iso) ?? "undated", e.summary)
                case .article(let a):
                    let outlet = DisplayWidth.pad(DisplayWidth.truncate(a.outlet ?? "—", to: outletWidth), to: outletWidth)
                    (left, text) = (a.published.map { String($0.day.iso) } ?? "undated", outlet + "  " + a.title)
                }
                let l = " " + DisplayWidth.pad(DisplayWidth.truncate(left, to: 10), to: 10) + "  "
                let rest = max(0, w - DisplayWidth.of(l))
                buffer.write(StyledLine([.init(l, sel ? .selected : .dim),
                                         .init(DisplayWidth.pad(DisplayWidth.truncate(text, to: rest), to: rest), sel ? .selected : .plain)]),
                             x: x, y: top + r, limit: w)
            }
        }
    }
}
