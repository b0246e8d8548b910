import StorylineCore

/// The pick-one list overlay.
enum ChooserView {
    static func draw(_ c: Chooser, layout: Layout, into buffer: inout ScreenBuffer) {
        let body = layout.body
        let w = min(body.width - 4, max(40, (c.items.map(DisplayWidth.of).max() ?? 0) + 6))
        let detailRows = c.details == nil ? 0 : 2
        let h = min(body.height - 2, c.items.count + 3 + detailRows)
        let box = Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
        buffer.fill(box)
        buffer.box(box, title: c.title, focused: true)
        let inner = box.inset(1)
        let rows = inner.height - 1 - detailRows
        let top = AppState.scroll(0, showing: c.selection, rows: rows, count: c.items.count)
        for r in 0..<rows {
            let i = top + r
            guard i < c.items.count else { break }
            let t = DisplayWidth.pad(" " + DisplayWidth.truncate(c.items[i], to: inner.width - 2), to: inner.width)
            buffer.write(t, x: inner.x, y: inner.y + r, limit: inner.width, style: i == c.selection ? .selected : .plain)
        }
        if let d = c.details, d.indices.contains(c.selection) {
            for (k, l) in DisplayWidth.wrap(d[c.selection], to: inner.width - 2).prefix(detailRows).enumerated() {
                buffer.write(" " + l, x: inner.x, y: inner.maxY - 1 - detailRows + k, limit: inner.width, style: Style(italic: true, color: .accent))
            }
        }
        buffer.write(" Enter picks · Esc cancels", x: inner.x, y: inner.maxY - 1, limit: inner.width, style: .dim)
    }
}
