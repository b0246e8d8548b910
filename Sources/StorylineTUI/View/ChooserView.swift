import StorylineCore

/// The pick-one list overlay: the items the filter admits, the selected one's details, and a
/// last line with the keys (or the filter being typed) and the position.
enum ChooserView {
    /// The overlay's box in `layout`: wide enough for the title and the items, centred.
    static func box(_ c: Chooser, layout: Layout) -> Rect {
        let body = layout.body
        let widest = max(DisplayWidth.of(c.title) + 6, (c.items.map(DisplayWidth.of).max() ?? 0) + 6)
        let w = min(body.width - 4, max(40, widest))
        let h = min(body.height - 2, c.items.count + 3 + detailRows(c))
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    /// Rows kept under the list for the selected item's details.
    static func detailRows(_ c: Chooser) -> Int { c.details == nil ? 0 : 2 }

    /// Item rows visible at once, for paging.
    static func rowsShown(_ c: Chooser, layout: Layout) -> Int {
        max(1, box(c, layout: layout).inset(1).height - 1 - detailRows(c))
    }

    /// Draws the overlay over the body.
    static func draw(_ c: Chooser, layout: Layout, into buffer: inout ScreenBuffer) {
        let box = box(c, layout: layout)
        let detailRows = detailRows(c)
        buffer.fill(box)
        buffer.box(box, title: c.title, focused: true)
        let inner = box.inset(1)
        let rows = rowsShown(c, layout: layout)
        let shown = c.matching
        let at = shown.firstIndex(of: c.selection)
        let top = AppState.scroll(0, showing: at ?? 0, rows: rows, count: shown.count)
        for r in 0..<rows {
            let i = top + r
            guard i < shown.count else { break }
            let item = shown[i]
            let t = DisplayWidth.pad(" " + DisplayWidth.truncate(c.items[item], to: inner.width - 2), to: inner.width)
            buffer.write(t, x: inner.x, y: inner.y + r, limit: inner.width, style: item == c.selection ? .selected : .plain)
        }
        if shown.isEmpty {
            buffer.write(" nothing matches “\(c.filter)”", x: inner.x, y: inner.y, limit: inner.width, style: .dim)
        }
        if let d = c.details, d.indices.contains(c.selection), at != nil {
            for (k, l) in DisplayWidth.wrap(d[c.selection], to: inner.width - 2).prefix(detailRows).enumerated() {
                buffer.write(" " + l, x: inner.x, y: inner.maxY - 1 - detailRows + k, limit: inner.width, style: Style(italic: true, color: .accent))
            }
        }
        let count = at.map { "\($0 + 1)/\(shown.count)" } ?? "0/\(shown.count)"
        let position = (c.filter.isEmpty ? count : count + " of \(c.items.count)") + " "
        let room = max(0, inner.width - DisplayWidth.of(position) - 1)
        if c.typing || !c.filter.isEmpty {
            let f = " / " + c.filter + (c.typing ? "▏" : "")
            let text = DisplayWidth.of(f) > room ? " …" + String(f.suffix(max(1, room - 2))) : f
            buffer.write(text, x: inner.x, y: inner.maxY - 1, limit: room, style: .bold)
        } else {
            let keys = c.items.count > rows ? " Enter picks · / filters · Esc cancels" : " Enter picks · Esc cancels"
            buffer.write(keys, x: inner.x, y: inner.maxY - 1, limit: room, style: .dim)
        }
        if c.items.count > rows || !c.filter.isEmpty {
            buffer.write(position, x: inner.maxX - DisplayWidth.of(position), y: inner.maxY - 1, style: .dim)
        }
    }
}
