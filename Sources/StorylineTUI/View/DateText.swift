import Foundation
import StorylineCore

/// Short human labels for days and spans, so every view writes dates the same way.
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// "June 2025"; month 0 heads the events known only to the year: "2025".
    public static func monthHeader(year: Int, month: Int) -> String {
        monthNames.indices.contains(month - 1) ? "\(monthNames[month - 1]) \(year)" : "\(year)"
    }

    /// "Jun 10", "Jun 10–12", "Jun 28–Jul 2", "Jun", "2025", at the span's granularity.
    public static func span(_ s: TimeSpan) -> String {
        let a = s.start, b = s.end
        switch s.granularity {
        case .day: return "\(months[a.month - 1]) \(a.day)"
        case .year: return "\(a.year)"
        case .month: return months[a.month - 1]
        case .season: return "\(months[a.month - 1])–\(months[b.month - 1])"
        case .week: return "wk \(months[a.month - 1]) \(a.day)"
        case .range, .partOfMonth:
            if a == b { return "\(months[a.month - 1]) \(a.day)" }
            if a.month == b.month, a.year == b.year { return "\(months[a.month - 1]) \(a.day)–\(b.day)" }
            return "\(months[a.month - 1]) \(a.day)–\(months[b.month - 1]) \(b.day)"
        }
    }

    /// "2025-06-10" or "2025-06" or "2025" for a span, for tables where the year matters.
    public static func iso(_ s: TimeSpan) -> String {
        switch s.granularity {
        case .year: return String(s.start.iso.prefix(4))
        case .month, .season: return String(s.start.iso.prefix(7))
        default: return s.start.iso
        }
    }

    /// "2025-06-11 07:27 +09:00" for a publication stamp.
    public static func published(_ p: Published) -> String { p.iso.replacingOccurrences(of: "T", with: " ") }

    /// "phone call" for `.phoneCall`.
    public static func type(_ t: EventType) -> String {
        switch t {
        case .phoneCall: return "phone call"
        case .pressConference: return "press conf."
        default: return t.rawValue
        }
    }

    /// "phone call" for `.phoneCall`.
    public static func type(_ t: InteractionType) -> String {
        t == .phoneCall ? "phone call" : t.rawValue
    }
}
