import StorylineCore

/// The "?" overlay: the bindings live in the current pane, read from `KeyMap`, in one or
/// two columns so it fits at 80x24.
enum HelpOverlay {
    /// "j ↓        move down / scroll" for each live binding.
    static func entries(for pane: Pane) -> [String] {
        KeyMap.live(in: pane).map { DisplayWidth.pad($0.keys.map(\.label).joined(separator: " "), to: 16) + $0.summary }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let body = state.layout.body
        let items = entries(for: state.view.pane)
        let colWidth = (items.map(DisplayWidth.of).max() ?? 20) + 2
        let columns = items.count + 2 > body.height - 2 ? 2 : 1
        let perColumn = (items.count + columns - 1) / columns
        let w = min(body.width, colWidth * columns + 4)
        let h = min(body.height, perColumn + 4)
        let box = Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
        buffer.fill(box)
        buffer.box(box, title: "Keys · \(state.view.pane.title)", focused: true)
        let inner = box.inset(1)
        for (i, item) in items.enumerated() {
            let c = i / perColumn, r = i % perColumn
            guard r < inner.height - 1 else { continue }
            buffer.write(item, x: inner.x + 1 + c * colWidth, y: inner.y + r, limit: colWidth - 1)
        }
        buffer.write("any key closes this help", x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 1, style: .dim)
    }
}
