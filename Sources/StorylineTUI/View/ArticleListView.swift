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

/// The reader box: the laid-out article scrolled to the current position.
enum ReaderPane {
    static func draw(_ state: AppState, box: Rect, into buffer: inout ScreenBuffer) {
        let v = state.view
        guard let a = state.readerArticle, let page = state.readerPage else {
            buffer.box(box, title: "Reader")
            return
        }
        let rows = Layout.rows(in: box)
        let end = min(page.lines.count, v.readerScroll + rows)
        let where_ = page.lines.count <= rows ? "all" : "\(v.readerScroll + 1)–\(end)/\(page.lines.count)"
        buffer.box(box, title: "\(a.outlet ?? "Article") · \(where_)", focused: v.pane == .reader)
        let inner = box.inset(1)
        for r in 0..<rows {
            let i = v.readerScroll + r
            guard i < page.lines.count else { break }
            buffer.write(page.lines[i], x: inner.x + 1, y: inner.y + r, limit: inner.width - 2)
        }
    }
}
