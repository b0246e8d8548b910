import StorylineCore

/// The reader box: the laid-out article scrolled to the current position.
enum ReaderPane {
    /// The margin mark of the match n/N last moved to.
    static let currentMatchMark = "▶"
    static let currentMatchStyle = Style(bold: true, color: .highlight)

    static func draw(_ state: AppState, box: Rect, into buffer: inout ScreenBuffer) {
        let v = state.view
        guard let a = state.readerArticle, let page = state.readerPage else {
            buffer.box(box, title: "Reader")
            return
        }
        let rows = Layout.rows(in: box)
        let end = min(page.lines.count, v.readerScroll + rows)
        // While only the list row is known, "all" would claim the heading is the whole article.
        let textPending = state.loading && a.blocks.isEmpty
        let where_ = textPending ? "loading" : page.lines.count <= rows ? "all" : "\(v.readerScroll + 1)–\(end)/\(page.lines.count)"
        let matches = v.readerQuery == nil ? "" : " · \(page.matchLines.count) matching line\(page.matchLines.count == 1 ? "" : "s")"
        buffer.box(box, title: "\(a.outlet ?? "Article") · \(where_)" + matches, focused: v.pane == .reader)
        let inner = box.inset(1)
        // The line n/N last moved to, marked in the margin: with several matches on screen
        // (or a short article that never scrolls) nothing else showed where "match 2/12" is.
        let current = v.readerQuery != nil && page.matchLines.indices.contains(v.readerMatch) ? page.matchLines[v.readerMatch] : nil
        for r in 0..<rows {
            let i = v.readerScroll + r
            guard i < page.lines.count else { break }
            if i == current { buffer.write(currentMatchMark, x: inner.x, y: inner.y + r, limit: 1, style: currentMatchStyle) }
            buffer.write(page.lines[i], x: inner.x + 1, y: inner.y + r, limit: inner.width - 2)
        }
        if textPending, page.lines.count + 1 < rows {
            buffer.write("loading the text…", x: inner.x + 1, y: inner.y + page.lines.count + 1, limit: inner.width - 2, style: .dim)
        }
    }
}
