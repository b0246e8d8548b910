import StorylineCore

/// The bottom line: breadcrumb of recent views and the position on the left; the message,
/// or key hints, on the right.
enum StatusLine {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let r = layout.status
        let style = Style(reverse: true)
        buffer.fill(r, style: style)
        let crumbs = (state.history.back.suffix(2).map(\.label) + [state.view.label]).joined(separator: " › ")
        let left = " " + crumbs + (position(state).map { "  " + $0 } ?? "")
        let pane = state.view.pane
        let hints = state.message ?? ["?:help", KeyMap.label(of: .back, in: pane).map { "\($0):\(state.history.back.isEmpty && pane == .articles ? "quit" : "back")" },
                                      pane == .articles ? "Enter:read" : nil].compactMap { $0 }.joined(separator: "  ")
        let rightWidth = min(DisplayWidth.of(hints) + 1, r.width / 2)
        buffer.write(DisplayWidth.truncate(left, to: r.width - rightWidth - 1), x: r.x, y: r.y, style: style)
        let right = DisplayWidth.truncate(hints, to: rightWidth - 1) + " "
        buffer.write(right, x: r.maxX - DisplayWidth.of(right), y: r.y, style: state.message == nil ? style : Style(bold: true, reverse: true))
    }

    /// "3/5" in lists, "lines 1–20/80" in the reader.
    static func position(_ state: AppState) -> String? {
        let v = state.view
        switch v.pane {
        case .articles:
            let n = state.articles.count
            return n == 0 ? nil : "\(v.articleSelection + 1)/\(n)"
        case .reader:
            guard let page = state.readerPage else { return nil }
            let rows = Layout.rows(in: state.layout.body)
            return "lines \(v.readerScroll + 1)–\(min(page.lines.count, v.readerScroll + rows))/\(page.lines.count)"
        case .timeline:
            let n = state.catalog.events(v.filter).count
            return n == 0 ? nil : "\(v.timelineSelection + 1)/\(n)"
        case .leaders:
            switch v.leadersLevel {
            case .people: return "\(v.personSelection + 1)/\(state.catalog.people.count)"
            case .ties: return "tie \(v.tieSelection + 1)/\(state.ties.count)"
            case .interactions: return "\(v.interactionSelection + 1)/\(state.selectedTie?.interactions.count ?? 0)"
            }
        }
    }
}
