import StorylineCore

/// Draws the whole screen for a state. Pure: the same state and size give the same cells.
public func render(_ state: AppState, size: Size) -> ScreenBuffer {
    var s = state
    if s.size != size { s.size = size; s.settle() }
    var buffer = ScreenBuffer(size: size)
    let layout = s.layout
    if layout.tooSmall {
        TooSmall.draw(size: size, into: &buffer)
        return buffer
    }
    TabBar.draw(s, layout: layout, into: &buffer)
    switch s.view.pane {
    case .articles: ArticleListView.draw(s, layout: layout, into: &buffer)
    case .reader: ReaderPane.draw(s, box: layout.body, into: &buffer)
    case .timeline: TimelineView.draw(s, layout: layout, into: &buffer)
    case .leaders: LeadersView.draw(s, layout: layout, into: &buffer)
    }
    StatusLine.draw(s, layout: layout, into: &buffer)
    switch s.overlay {
    case .help(let scroll)?: HelpOverlay.draw(s, scroll: scroll, into: &buffer)
    case .chooser(let c)?: ChooserView.draw(c, layout: layout, into: &buffer)
    case .prompt(let p)?: PromptView.draw(p, layout: layout, into: &buffer)
    case nil: break
    }
    return buffer
}

/// The message shown instead of the panes when the terminal is below the minimum size.
enum TooSmall {
    static func draw(size: Size, into buffer: inout ScreenBuffer) {
        let lines = ["Terminal too small: \(size.width)x\(size.height)",
                     "Storyline needs at least \(Layout.minimum.width)x\(Layout.minimum.height).",
                     "Enlarge the window, or press q to quit."]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let t = DisplayWidth.truncate(l, to: size.width)
            buffer.write(t, x: max(0, (size.width - DisplayWidth.of(t)) / 2), y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}

/// The top line: the app name, a tab per available pane with its number key, and totals.
enum TabBar {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let r = layout.tabs
        var x = r.x
        x += buffer.write(" Storyline ", x: x, y: r.y, style: .accent)
        let active: Pane = state.view.pane == .reader ? .articles : state.view.pane
        for (n, pane) in [(1, Pane.articles), (2, .timeline), (3, .leaders)] where state.availablePanes.contains(pane) {
            x += buffer.write(" \(n) \(pane.title) ", x: x + 1, y: r.y, style: pane == active ? .selected : .dim) + 1
        }
        let c = state.catalog
        var totals = "\(c.library.articles.count) articles"
        if !c.events.isEmpty { totals += " · \(c.events.count) events" }
        if !c.people.isEmpty { totals += " · \(c.people.count) people" }
        let w = DisplayWidth.of(totals) + 1
        if x + w + 1 < r.maxX { buffer.write(totals, x: r.maxX - w, y: r.y, style: .dim) }
    }
}

/// The pick-one list overlay.
enum ChooserView {
    static func draw(_ c: Chooser, layout: Layout, into buffer: inout ScreenBuffer) {
        let body = layout.body
        let w = min(body.width - 4, max(40, (c.items.map(DisplayWidth.of).max() ?? 0) + 6))
        let h = min(body.height - 2, c.items.count + 3)
        let box = Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
        buffer.fill(box)
        buffer.box(box, title: c.title, focused: true)
        let inner = box.inset(1)
        let rows = inner.height - 1
        let top = AppState.scroll(0, showing: c.selection, rows: rows, count: c.items.count)
        for r in 0..<rows {
            let i = top + r
            guard i < c.items.count else { break }
            let t = DisplayWidth.pad(" " + DisplayWidth.truncate(c.items[i], to: inner.width - 2), to: inner.width)
            buffer.write(t, x: inner.x, y: inner.y + r, limit: inner.width, style: i == c.selection ? .selected : .plain)
        }
        buffer.write(" Enter picks · Esc cancels", x: inner.x, y: inner.maxY - 1, limit: inner.width, style: .dim)
    }
}

/// The one-line text prompt overlay.
enum PromptView {
    static func draw(_ p: Prompt, layout: Layout, into buffer: inout ScreenBuffer) {
        let body = layout.body
        let w = min(body.width - 4, 70)
        let box = Rect(x: body.x + (body.width - w) / 2, y: body.y + body.height / 2 - 2, width: w, height: 4)
        buffer.fill(box)
        buffer.box(box, title: p.title, focused: true)
        let inner = box.inset(1)
        let shown = p.text + "▏"
        let fit = DisplayWidth.of(shown) > inner.width - 2 ? String(shown.suffix(inner.width - 3)) : shown
        buffer.write("> " + fit, x: inner.x, y: inner.y, limit: inner.width, style: .bold)
        buffer.write(p.hint, x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
    }
}
