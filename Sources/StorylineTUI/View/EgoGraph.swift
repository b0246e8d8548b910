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

    /// A straight edge from the centre to a node: each cell's character follows the local
    /// step (─ across, │ down, ╲ or ╱ when both change), so shallow lines read as one stroke.
    private func edge(from a: (Int, Int), to b: (Int, Int), style: Style, in rect: Rect, into buffer: inout ScreenBuffer) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let steps = max(abs(dx), abs(dy))
        guard steps > 0 else { return }
        let points = (0...steps).map { s in
            (a.0 + Int((Double(dx) * Double(s) / Double(steps)).rounded()), a.1 + Int((Double(dy) * Double(s) / Double(steps)).rounded()))
        }
        for (i, p) in points.enumerated() {
            guard p.0 >= rect.x, p.0 < rect.maxX, p.1 >= rect.y, p.1 < rect.maxY else { continue }
            let q = i + 1 < points.count ? points[i + 1] : p
            let o = i + 1 < points.count ? p : points[max(0, i - 1)]
            let sx = (q.0 - o.0).signum(), sy = (q.1 - o.1).signum()
            let ch = sy == 0 ? "─" : sx == 0 ? "│" : (sx == sy ? "╲" : "╱")
            buffer.write(ch, x: p.0, y: p.1, limit: 1, style: style)
        }
    }

    private func label(_ text: String, at p: (Int, Int), style: Style, in rect: Rect, into buffer: inout ScreenBuffer) {
        let w = DisplayWidth.of(text)
        let x = min(max(rect.x, p.0 - w / 2), rect.maxX - w)
        guard p.1 >= rect.y, p.1 < rect.maxY else { return }
        buffer.write(text, x: max(rect.x, x), y: p.1, limit: rect.maxX - max(rect.x, x), style: style)
    }
}
