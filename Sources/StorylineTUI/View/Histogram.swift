import StorylineCore

/// Events per month drawn with the eighth blocks ▁▂▃▄▅▆▇█, one column per month (or per
/// several months when the span is wider than the screen).
public struct Histogram: Hashable, Sendable {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// (year, month) of the first bucket.
    public let first: Day?
    /// Event counts for each month from `first`, consecutive.
    public let counts: [Int]
    /// Events dated only to a year: no month of theirs to count them in, so no bar holds them.
    public let yearOnly: Int

    public init<S: Sequence>(events: S) where S.Element == Event {
        let dates = events.compactMap(\.date)
        let starts = dates.filter { $0.granularity != .year }.map(\.start)
        yearOnly = dates.count - starts.count
        guard let lo = starts.min(), let hi = starts.max() else { first = nil; counts = []; return }
        first = lo.firstOfMonth
        let n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        var c = Array(repeating: 0, count: n)
        for d in starts { c[(d.year - lo.year) * 12 + d.month - lo.month] += 1 }
        counts = c
    }

    /// What a histogram `width` columns wide shows: a run of months from `start` (an offset
    /// into `counts`), `perBar` months per bar, and how many events fall outside the run.
    public struct Window: Hashable, Sendable {
        public var start: Int, months: Int, perBar: Int, hidden: Int
    }

    /// One bar per month when everything fits; otherwise the busiest run of months when that
    /// leaves out at most a tenth of the events (a stray old date should not squash the rest);
    /// otherwise several months per bar.
    public func window(width: Int) -> Window {
        let bars = max(1, width - 20)
        let total = counts.reduce(0, +)
        if counts.count <= bars { return Window(start: 0, months: counts.count, perBar: 1, hidden: 0) }
        var best = 0, bestSum = counts[0..<bars].reduce(0, +), sum = bestSum
        for i in 1...(counts.count - bars) {
            sum += counts[i + bars - 1] - counts[i - 1]
            if sum > bestSum { best = i; bestSum = sum }
        }
        if (total - bestSum) * 10 <= total {
            // Start at the window's first busy month, so no empty months lead the bars.
            let start = (best..<best + bars).first { counts[$0] > 0 } ?? best
            let end = (start..<best + bars).last { counts[$0] > 0 } ?? start
            return Window(start: start, months: end - start + 1, perBar: 1, hidden: total - bestSum)
        }
        return Window(start: 0, months: counts.count, perBar: (counts.count + bars - 1) / bars, hidden: 0)
    }

    /// The bars with first and last month labels: "2025-06 ▂█·▃ 2026-02".
    public func line(width: Int) -> StyledLine {
        guard let first, !counts.isEmpty else {
            return StyledLine(yearOnly > 0 ? "no month is known for these events, only their year" : "no dated events", .dim)
        }
        let w = window(width: width)
        let shown = counts[w.start..<w.start + w.months]
        let buckets = stride(from: shown.startIndex, to: shown.endIndex, by: w.perBar).map {
            shown[$0..<min(shown.endIndex, $0 + w.perBar)].reduce(0, +)
        }
        let peak = max(1, buckets.max() ?? 1)
        var spans: [StyledLine.Span] = [.init(String(first.addingMonths(w.start).iso.prefix(7)) + " ", .dim)]
        for b in buckets {
            spans.append(b == 0 ? .init("·", .dim) : .init(String(Histogram.blocks[min(7, (b * 8 + peak - 1) / peak - 1)]), .accent))
        }
        spans.append(.init(" " + String(first.addingMonths(w.start + w.months - 1).iso.prefix(7)), .dim))
        return StyledLine(spans)
    }

    /// "25 events, 1 outside, 2 dated only by year · bar = 1 month" and the marker legend.
    public func caption(width: Int) -> String {
        let total = counts.reduce(0, +) + yearOnly
        guard total > 0 else { return "" }
        var s = "\(total) event\(total == 1 ? "" : "s")"
        let years = yearOnly > 0 ? ", \(yearOnly) dated only by year" : ""
        var parts: [String]
        if counts.isEmpty {
            parts = [s + years]
        } else {
            let w = window(width: width)
            s += (w.hidden > 0 ? ", \(w.hidden) outside" : "") + years
            parts = [s, w.perBar > 1 ? "bar = \(w.perBar) months" : "bar = 1 month"]
        }
        parts.append("● happened ○ planned")
        // Whole parts only: the legend, then the bar width, give way on a narrow screen.
        while parts.count > 1, DisplayWidth.of(parts.joined(separator: " · ")) > width { parts.removeLast() }
        return DisplayWidth.truncate(parts.joined(separator: " · "), to: width)
    }
}

extension Day {
    /// The first day of the month `n` months later.
    func addingMonths(_ n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        return Day(total / 12, total % 12 + 1, 1) ?? self
    }
}
