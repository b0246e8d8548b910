import Foundation

/// A calendar day in the proleptic Gregorian calendar, with no time zone.
/// Every extracted date is expressed in days, so arithmetic stays exact and portable.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day, or nil when the fields do not name a real date (e.g. Feb 30).
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Number of days in a month, honouring leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        default: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        }
    }

    /// Days since 1970-01-01 (negative before); the basis of all day arithmetic.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given ordinal (days since 1970-01-01).
    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    /// This day moved by `n` days.
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// First day of this day's month.
    public var firstOfMonth: Day { Day(unchecked: year, month, 1) }
    /// Last day of this day's month.
    public var lastOfMonth: Day { Day(unchecked: year, month, Day.daysIn(month: month, year: year)) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        // Digits written directly: this runs for every event id and sort key.
        return String(unsafeUninitializedCapacity: 10) { out in
            func digit(_ d: Int) -> UInt8 { UInt8(0x30 + d) }
            out[0] = digit(year / 1000); out[1] = digit(year / 100 % 10); out[2] = digit(year / 10 % 10); out[3] = digit(year % 10)
            out[4] = 0x2D; out[5] = digit(month / 10); out[6] = digit(month % 10)
            out[7] = 0x2D; out[8] = digit(day / 10); out[9] = digit(day % 10)
            return 10
        }
    }
    public var description: String { iso }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso: String) {
        // The zero-padded form (what `iso` writes) is read digit by digit: caches decode it per row.
        if iso.utf8.count == 10, let fixed = iso.utf8.withContiguousStorageIfAvailable({ Day.parseFixed($0) }),
           let (y, m, d) = fixed {
            self.init(y, m, d)
            return
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(y, m, d)
    }

    /// The fields of `YYYY-MM-DD` in ASCII digits starting at `i`; nil for any other shape.
    static func parseFixed(_ b: UnsafeBufferPointer<UInt8>, at i: Int = 0) -> (Int, Int, Int)? {
        guard b.count >= i + 10, b[i + 4] == 0x2D, b[i + 7] == 0x2D,
              let y = digits(b, i, 4), let m = digits(b, i + 5, 2), let d = digits(b, i + 8, 2) else { return nil }
        return (y, m, d)
    }

    /// The number written by `count` ASCII digits at `start`; nil when one is not a digit.
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var v = 0
        for k in start..<(start + count) {
            let c = b[k]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c &- 0x30)
        }
        return v
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
