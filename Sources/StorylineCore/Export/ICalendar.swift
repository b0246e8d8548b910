import Foundation

/// Renders dated events as an iCalendar file (RFC 5545) that calendar apps import: one
/// all-day VEVENT per dated event, a multi-day range for spans, CRLF line endings, text
/// escaped and lines folded at 75 octets without splitting a UTF-8 character.
public enum ICalendar {
    /// The calendar; `now` stamps DTSTAMP. Undated events are left out.
    public static func render(_ events: [Event], library: Library, name: String = "Storyline timeline", now: Date = Date()) -> String {
        let citations = Dictionary(ArticleCitation.cited(by: events, in: library).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Storyline//Storyline timeline export//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escape(name),
        ]
        let stamp = timestamp(now)
        for e in events {
            guard let span = e.date else { continue }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(uid(e)))
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + basic(span.start))
            lines.append("DTEND;VALUE=DATE:" + basic(span.end.adding(days: 1)))
            lines.append("SUMMARY:" + escape(summary(e)))
            lines.append("DESCRIPTION:" + escape(description(e, span: span, citations: citations)))
            if !e.places.isEmpty { lines.append("LOCATION:" + escape(e.places.joined(separator: ", "))) }
            lines.append("CATEGORIES:" + escape(RelatedReason.typeNoun(e.type)))
            lines.append("STATUS:" + (e.status == .planned ? "TENTATIVE" : "CONFIRMED"))
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "Phone call: Lee Jae-myung and Xi Jinping", or the type and the event's summary.
    static func summary(_ e: Event) -> String {
        let type = RelatedReason.typeNoun(e.type)
        let head = type.prefix(1).uppercased() + type.dropFirst()
        if !e.participants.isEmpty { return head + ": " + RelatedReason.list(e.participants) }
        return head + ": " + DisplayWidth.truncate(e.summary, to: 80)
    }

    /// The summary, how precisely the date was stated, and each source with its sentence.
    static func description(_ e: Event, span: TimeSpan, citations: [String: ArticleCitation]) -> String {
        var parts = [e.summary]
        if span.granularity != .day { parts.append("Date stated as \"\(e.expression)\" (\(span.granularity.rawValue)).") }
        if e.status == .planned { parts.append("Planned at the time of reporting.") }
        if !e.sources.isEmpty {
            parts.append("Sources:")
            for s in e.sources {
                let credit = citations[s.article]?.credit ?? s.article
                var line = "- \(credit): \"\(s.sentence)\""
                if let url = citations[s.article]?.url { line += " <\(url)>" }
                parts.append(line)
            }
        }
        return parts.joined(separator: "\n")
    }

    /// A stable unique id: the event id plus a hash of its date and summary.
    static func uid(_ e: Event) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(e.date?.start.iso ?? "")|\(e.date?.end.iso ?? "")|\(e.type.rawValue)|\(e.summary)".utf8 {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return "\(e.id)-\(String(h, radix: 16))@storyline"
    }

    /// `YYYYMMDD`.
    static func basic(_ d: Day) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT escaping: backslash, semicolon, comma, and newlines as `\n`; other controls dropped.
    public static func escape(_ s: String) -> String {
        var out = ""
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Folds a content line into pieces of at most 75 octets, continuation lines starting
    /// with one space, never splitting a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        for u in line.unicodeScalars {
            let size = String(u).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                octets = 0
            }
            current.append(u)
            octets += size
        }
        pieces.append(String(current))
        return pieces.joined(separator: "\r\n ")
    }
}
