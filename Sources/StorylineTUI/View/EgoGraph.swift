import Foundation
import StorylineCore

/// One person in the centre and their counterparts around them, each edge labelled with
/// the number of interactions. Up to eight counterparts are placed; the rest are counted.
struct EgoGraph {
    var center: String
    var ties: [Catalog.Tie]
    /// Index of the highlighted tie, if any.
    var selected: Int?

    static let maxNodes = 8

    func draw(in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width >= 30, rect.height >= 7 else { return }
        let cx = rect.x + rect.width / 2, cy = rect.y + rect.height / 2
        let shown = Array(ties.prefix(Self.maxNodes))
        let rx = Double(rect.width / 2 - 12), ry = Double(rect.height / 2 - 1)
        var nodes: [(x: Int, y: Int)] = []
        for i in shown.indices {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(max(1, shown.count))
            nodes.append((cx + Int((rx * cos(angle)).rounded()), cy + Int((ry * sin(angle)).rounded())))
        }
        for (i, n) in nodes.enumerated() {
            let st = i == selected ? Style(bold: true, color: .highlight) : Style.border
            edge(from: (cx, cy), to: n, style: st, in: rect, into: &buffer)
            let mx = (cx + n.x) / 2, my = (cy + n.y) / 2
            let label = "\(shown[i].interactions.count)"
            buffer.write(label, x: mx, y: my, limit: rect.maxX - mx, style: Style(bold: true, color: .accent))
        }
        for (i, n) in nodes.enumerated() {
            let name = DisplayWidth.truncate(shown[i].counterpart, to: 22)
            label(name, at: n, style: i == selected ? Style(bold: true, reverse: true) : .bold, in: rect, into: &buffer)
        }
        label(" " + DisplayWidth.truncate(center, to: 24) + " ", at: (cx, cy), style: Style(bold: true, reverse: true, color: .accent), in: rect, into: &buffer)
        if ties.count > shown.count {
            buffer.write("+\(ties.count - shown.count) more", x: rect.x, y: rect.maxY - 1, limit: rect.width, style: .dim)
        }
        if ties.isEmpty {
            buffer.write("no interactions recorded", x: rect.x, y: rect.y, limit: rect.width, style: .dim)
        }
    }

    /// A straight edge of box-drawing characters, the character chosen by the slope
    /// (cells are about twice as tall as wide).
    private func edge(from a: (Int, Int), to b: (Int, Int), style: Style, in rect: Rect, into buffer: inout ScreenBuffer) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let steep = Double(abs(dy) * 2) / Double(max(1, abs(dx)))
        let ch: String = dy == 0 || steep < 0.5 ? "─" : dx == 0 || steep > 2.5 ? "│" : ((dx > 0) == (dy > 0) ? "╲" : "╱")
        let steps = max(abs(dx), abs(dy))
        guard steps > 0 else { return }
        for s in 0...steps {
            let x = a.0 + Int((Double(dx) * Double(s) / Double(steps)).rounded())
            let y = a.1 + Int((Double(dy) * Double(s) / Double(steps)).rounded())
            guard x >= rect.x, x < rect.maxX, y >= rect.y, y < rect.maxY else { continue }
            buffer.write(ch, x: x, y: y, limit: 1, style: style)
        }
    }

    private func label(_ text: String, at p: (Int, Int), style: Style, in rect: Rect, into buffer: inout ScreenBuffer) {
        let w = DisplayWidth.of(text)
        let x = min(max(rect.x, p.0 - w / 2), rect.maxX - w)
        guard p.1 >= rect.y, p.1 < rect.maxY else { return }
        buffer.write(text, x: max(rect.x, x), y: p.1, limit: rect.maxX - max(rect.x, x), style: style)
    }
}
