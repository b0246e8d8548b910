import StorylineCore

/// The top line: the app name, a tab per available pane with its number key, and totals.
enum TabBar {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let r = layout.tabs
        var x = r.x
        x += buffer.write(" Storyline ", x: x, y: r.y, style: .accent)
        let active: Pane = state.view.pane == .reader ? .articles : state.view.pane
        for (n, pane) in [(1, Pane.articles), (2, .timeline), (3, .leaders), (4, .stories)] where state.availablePanes.contains(pane) {
            x += buffer.write(" \(n) \(pane.title) ", x: x + 1, y: r.y, style: pane == active ? .selected : .dim) + 1
        }
        let c = state.catalog
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var totals = count(c.library.articles.count, "article", "articles") + (state.loading ? " · loading…" : "")
        if !c.events.isEmpty { totals += " · " + count(c.events.count, "event", "events") }
        if !c.people.isEmpty { totals += " · " + count(c.people.count, "person", "people") }
        let w = DisplayWidth.of(totals) + 1
        if x + w + 1 < r.maxX { buffer.write(totals, x: r.maxX - w, y: r.y, style: .dim) }
    }
}
