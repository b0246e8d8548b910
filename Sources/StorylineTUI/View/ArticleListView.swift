import StorylineCore

/// The articles pane: one row per article with date, outlet and title, and, on wide
/// screens, the selected article in the reader beside it.
enum ArticleListView {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let v = state.view
        let list = state.articles
        let box = layout.articleList
        let order = v.newestFirst ? "newest first" : "oldest first"
        buffer.box(box, title: "Articles · \(list.count) · \(order)", focused: v.pane == .articles)
        let inner = box.inset(1)
        let anyOutlet = list.contains { $0.outlet != nil }
        let outletWidth = !anyOutlet ? 0 : inner.width >= 70 ? 18 : inner.width >= 50 ? 12 : 0
        for r in 0..<Layout.rows(in: box) {
            let i = v.articleScroll + r
            guard i < list.count else { break }
            let a = list[i]
            let selected = i == v.articleSelection
            let date = a.published.map { String($0.day.iso) } ?? "undated"
            var spans: [StyledLine.Span] = [.init(" " + DisplayWidth.pad(date, to: 10) + "  ", selected ? .selected : .dim)]
            if outletWidth > 0 {
                spans.append(.init(DisplayWidth.pad(DisplayWidth.truncate(a.outlet ?? "—", to: outletWidth), to: outletWidth) + "  ",
                                   selected ? .selected : Style(color: .accent)))
            }
            let used = DisplayWidth.of(spans.map(\.text).joined())
            let rest = max(0, inner.width - used)
            spans.append(.init(DisplayWidth.pad(DisplayWidth.truncate(a.title, to: rest), to: rest), selected ? .selected : .plain))
            buffer.write(StyledLine(spans), x: inner.x, y: inner.y + r, limit: inner.width)
        }
        if let readerBox = layout.reader(in: v.pane) {
            ReaderPane.draw(state, box: readerBox, into: &buffer)
        }
    }
}
