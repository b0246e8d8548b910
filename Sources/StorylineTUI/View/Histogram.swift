import StorylineCore

/// Events per month drawn with the eighth blocks ▁▂▃▄▅▆▇█, one column per month (or per
/// several months when the span is wider than the screen).
public struct Histogram: Hashable, Sendable {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// (year, month) of the first bucket.
    public let first: Day?
    /// Event counts for each month from `first`, consecutive.
    public let counts: [Int]

    public init<S: Sequence>(events: S) where S.Element == Event {
        let starts = events.compactMap { $0.date?.start }
        guard let lo = starts.min(), let hi = starts.max() else { first = nil; counts = []; return }
        first = lo.firstOfMonth
        let n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        var c = Array(repeating: 0, count: n)
        for d in starts { c[(d.year - lo.year) * 12 + d.month - lo.month] += 1 }
        counts = c
    }

    /// Months merged into one column so that everything fits in `columns`.
    public func monthsPerColumn(_ columns: Int) -> Int {
        let bars = max(1, columns - 20)
        return max(1, (counts.count + bars - 1) / bars)
    }

    /// The bars with first and last month labels: "2025-06 ▂█▁▃ 2026-02".
    public func line(width: Int) -> StyledLine {
        guard let first, !counts.isEmpty else { return StyledLine("no dated events", .dim) }
        let k = monthsPerColumn(width)
        let buckets = stride(from: 0, to: counts.count, by: k).map { counts[$0..<min(counts.count, $0 + k)].reduce(0, +) }
        let peak = max(1, buckets.max() ?? 1)
        var spans: [StyledLine.Span] = [.init(String(first.iso.prefix(7)) + " ", .dim)]
        for b in buckets {
            spans.append(b == 0 ? .init("·", .dim) : .init(String(Histogram.blocks[min(7, (b * 8 + peak - 1) / peak - 1)]), .accent))
        }
        spans.append(.init(" " + String(first.addingMonths(counts.count - 1).iso.prefix(7)), .dim))
        return StyledLine(spans)
    }

    /// "peak 7 events/month" (or per k months).
    public func caption(width: Int) -> String {
        guard !counts.isEmpty else { return "" }
        let k = monthsPerColumn(width)
        let total = counts.reduce(0, +)
        return "\(total) dated event\(total == 1 ? "" : "s") over \(counts.count) month\(counts.count == 1 ? "" : "s")" + (k > 1 ? "; one bar = \(k) months" : "; one bar per month") + " · ● happened ○ planned"
    }
}

extension Day {
    /// The first day of the month `n` months later.
    func addingMonths(_ n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        return Day(total / 12, total % 12 + 1, 1) ?? self
    }
}
