import Foundation
import StorylineCore

/// The screen shown while a corpus is indexed on first open: a bar with files done of total,
/// megabytes read, the rate and an ETA.
public enum ProgressScreen {
    /// Draws `progress` (nil before the first report) centred on a screen of `size`.
    public static func render(_ progress: IndexProgress?, step: String, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width >= 20, size.height >= 5 else { return buffer }
        let w = min(size.width - 4, 70)
        let box = Rect(x: (size.width - w) / 2, y: size.height / 2 - 3, width: w, height: 6)
        buffer.box(box, title: "Storyline · opening the corpus", focused: true)
        let inner = box.inset(1)
        let x = inner.x + 1, bw = inner.width - 2
        buffer.write(step, x: x, y: inner.y, limit: bw, style: .bold)
        guard let p = progress, p.total > 0 else {
            buffer.write("looking for articles…", x: x, y: inner.y + 1, limit: bw, style: .dim)
            return buffer
        }
        let fraction = min(1, Double(p.done) / Double(p.total))
        let label = String(format: " %3d%%", Int((fraction * 100).rounded(.down)))
        let barWidth = max(1, bw - DisplayWidth.of(label))
        let filled = Int((Double(barWidth) * fraction).rounded(.down))
        buffer.write(String(repeating: "█", count: filled), x: x, y: inner.y + 1, style: Style(color: .accent))
        buffer.write(String(repeating: "░", count: barWidth - filled), x: x + filled, y: inner.y + 1, style: .dim)
        buffer.write(label, x: x + barWidth, y: inner.y + 1)
        var facts = "\(p.done)/\(p.total) files · " + String(format: "%.1f MB", Double(p.bytes) / 1_048_576)
        if p.rate > 0 { facts += " · \(Int(p.rate.rounded())) files/s" }
        if let eta = p.eta { facts += " · ETA " + duration(eta) }
        buffer.write(facts, x: x, y: inner.y + 2, limit: bw, style: .dim)
        buffer.write("q quits", x: x, y: inner.y + 3, limit: bw, style: .dim)
        return buffer
    }

    /// "42 s", "3 min 5 s".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }
}
