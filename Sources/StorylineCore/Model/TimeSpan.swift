/// How precisely a time expression pins down its date. The interval of a coarse value
/// covers the whole period ("in November" spans the month).
public enum Granularity: String, Codable, Sendable, CaseIterable {
    case day
    case range
    case week
    case partOfMonth = "part-of-month"
    case month
    case season
    case year
}

/// An inclusive interval of days with the granularity it was stated at.
public struct TimeSpan: Hashable, Codable, Sendable {
    public var start: Day
    public var end: Day
    public var granularity: Granularity

    public init(start: Day, end: Day, granularity: Granularity) {
        self.start = min(start, end)
        self.end = max(start, end)
        self.granularity = granularity
    }

    /// A single day.
    public init(day: Day) { self.init(start: day, end: day, granularity: .day) }

    /// Number of days covered, at least 1.
    public var length: Int { end.ordinal - start.ordinal + 1 }

    /// True when the two intervals share at least one day.
    public func overlaps(_ other: TimeSpan) -> Bool { !(end < other.start || start > other.end) }

    /// True when this interval lies entirely within `other`.
    public func isWithin(_ other: TimeSpan) -> Bool { start >= other.start && end <= other.end }
}
