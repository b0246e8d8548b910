import StorylineCore

/// An in-memory screen of cells that views render into and terminals flush. Widths come
/// from `DisplayWidth`; a wide grapheme takes two cells and is never cut in half.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// A blank screen.
    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes `text` from column `x` of row `y`, using at most `limit` columns (and never past
    /// the right edge). Control characters are shown as "�", never written. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var col = x
        for ch in text {
            var g = String(ch)
            if ch.unicodeScalars.contains(where: { Sanitizer.isControl($0.value) || $0.value == 0x0A || $0.value == 0x09 }) {
                g = ch == "\t" ? " " : "\u{FFFD}"
            }
            let w = DisplayWidth.of(Character(g))
            if w == 0 {
                if col > x, let prev = leadCell(before: col, y: y) { cells[y * width + prev].text += g }
                continue
            }
            if col + w > end { break }
            put(Cell(text: g, width: w, style: style), x: col, y: y)
            col += w
        }
        return col - x
    }

    /// Fills a rectangle with blanks in the given style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) { put(.blank(style), x: xx, y: yy) }
        }
    }

    /// Draws a single-line box around `rect`, with an optional title in the top border.
    public mutating func box(_ rect: Rect, title: String? = nil, focused: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let st = focused ? Style(bold: true, color: .accent) : Style.border
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for xx in rect.x + 1..<right {
            write("─", x: xx, y: rect.y, style: st); write("─", x: xx, y: bottom, style: st)
        }
        for yy in rect.y + 1..<bottom {
            write("│", x: rect.x, y: yy, style: st); write("│", x: right, y: yy, style: st)
        }
        write("┌", x: rect.x, y: rect.y, style: st); write("┐", x: right, y: rect.y, style: st)
        write("└", x: rect.x, y: bottom, style: st); write("┘", x: right, y: bottom, style: st)
        if let title, rect.width > 6 {
            let t = " " + DisplayWidth.truncate(title, to: rect.width - 6) + " "
            write(t, x: rect.x + 2, y: rect.y, style: focused ? Style(bold: true, color: .accent) : .bold)
        }
    }

    /// Writes styled spans left to right within `limit` columns; returns the columns used.
    @discardableResult
    public mutating func write(_ line: StyledLine, x: Int, y: Int, limit: Int) -> Int {
        var used = 0
        for span in line.spans where used < limit {
            used += write(span.text, x: x + used, y: y, limit: limit - used, style: span.style)
        }
        return used
    }

    /// One row as plain text (wide characters once, continuation cells skipped).
    public func line(_ y: Int) -> String {
        var s = ""
        for xx in 0..<width where !self[xx, y].isContinuation { s += self[xx, y].text }
        return s
    }

    /// The whole screen as text, one line per row, trailing spaces removed.
    public func text() -> String {
        (0..<height).map { line($0).replacingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The display column of every occurrence of `grapheme` in row `y` (for alignment checks).
    public func columns(of grapheme: String, row y: Int) -> [Int] {
        (0..<width).filter { self[$0, y].text == grapheme }
    }

    private func leadCell(before col: Int, y: Int) -> Int? {
        var c = col - 1
        while c >= 0, cells[y * width + c].isContinuation { c -= 1 }
        return c >= 0 ? c : nil
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let i = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0 { cells[i - 1] = .blank(cells[i - 1].style) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = .blank(cells[i].style) }
        cells[i] = cell
        if cell.width == 2 {
            if x + 2 < width, cells[i + 1].width == 2 { cells[i + 2] = .blank(cells[i + 1].style) }
            cells[i + 1] = .continuation
        }
    }
}

extension String {
    /// The string without trailing spaces.
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
