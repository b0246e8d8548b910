import StorylineCore

/// The "?" overlay: the bindings live in the current pane, read from `KeyMap`, in one or
/// two columns so it fits at 80x24.
enum HelpOverlay {
    /// "j ↓        move down / scroll" for each live binding.
    static func entries(for pane: Pane) -> [String] {
        let live = KeyMap.live(in: pane)
        var pairs = live.map { ($0.keys.map(\.label).joined(separator: " "), $0.summary) }
        if pane == .search { pairs += searchBarKeys }
        let width = (pairs.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        return pairs.map { DisplayWidth.pad($0.0, to: width) + $0.1 }
    }

    /// The keys of the search bar itself (handled by `editSearch`, not the key table): the
    /// search pane's help listed only the results' keys. Summaries stay within 22 columns so
    /// the help keeps two columns at 80x24.
    static let searchBarKeys: [(String, String)] = [
        ("Enter", "in bar: open result"),
        ("Tab", "in bar: to results"),
        ("↑ ↓", "in bar: earlier ones"),
        ("^N ^P", "in bar: next/prev hit"),
        ("^U", "in bar: clear"),
        ("Esc", "in bar: close search"),
    ]

    /// How the entries are laid out at the state's size: columns, rows per column, box.
    struct Shape { var columns: Int, rows: Int, colWidth: Int, box: Rect }

    static func shape(_ state: AppState) -> Shape {
        let body = state.layout.body
        let count = entries(for: state.view.pane).count
        let colWidth = (entries(for: state.view.pane).map(DisplayWidth.of).max() ?? 20) + 2
        let fitRows = max(1, body.height - 4)
        let columns = count > fitRows && colWidth * 2 + 4 <= body.width ? 2 : 1
        let rows = min(fitRows, (count + columns - 1) / columns)
        let footer = DisplayWidth.of(footer(scrolls: (count + columns - 1) / columns > rows))
        let w = min(body.width, max(colWidth * columns, footer + 1) + 4)
        let h = min(body.height, rows + 4)
        return Shape(columns: columns, rows: rows, colWidth: colWidth,
                     box: Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h))
    }

    /// The last line: how to scroll (when the entries do not fit) and how to close.
    static func footer(scrolls: Bool) -> String { (scrolls ? "j/k scroll · " : "") + "any other key closes this help" }

    /// Rows of entries visible at once.
    static func rowsShown(_ state: AppState) -> Int { shape(state).rows }

    /// How far the list can scroll: zero when every entry fits.
    static func maxScroll(_ state: AppState) -> Int {
        let sh = shape(state)
        let count = entries(for: state.view.pane).count
        return max(0, (count + sh.columns - 1) / sh.columns - sh.rows)
    }

    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
        let items = entries(for: state.view.pane)
        let sh = shape(state)
        let perColumn = (items.count + sh.columns - 1) / sh.columns
        buffer.fill(sh.box)
        let lines = (items.count + sh.columns - 1) / sh.columns
        let place = lines > sh.rows ? " · \(scroll + 1)–\(scroll + sh.rows)/\(lines)" : ""
        buffer.box(sh.box, title: "Keys · \(state.view.pane.title)" + place, focused: true)
        let inner = sh.box.inset(1)
        for (i, item) in items.enumerated() {
            let c = i / perColumn, r = i % perColumn - scroll
            guard r >= 0, r < sh.rows else { continue }
            buffer.write(item, x: inner.x + 1 + c * sh.colWidth, y: inner.y + r, limit: min(sh.colWidth - 1, inner.width - 1))
        }
        buffer.write(footer(scrolls: maxScroll(state) > 0), x: inner.x + 1, y: inner.maxY - 1, limit: inner.width - 1, style: .dim)
    }
}
