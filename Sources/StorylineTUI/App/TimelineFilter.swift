import Foundation
import StorylineCore

/// What the timeline shows: optionally one person's events, optionally a date range.
public struct TimelineFilter: Hashable, Sendable {
    public var person: String? = nil
    public var from: Day? = nil
    public var to: Day? = nil

    public init(person: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.person = person; self.from = from; self.to = to
    }

    public var isEmpty: Bool { person == nil && from == nil && to == nil }

    /// True when `event` passes the filter (its span overlaps the range).
    public func admits(_ event: Event) -> Bool {
        if let p = person, !event.participants.contains(p) { return false }
        guard let span = event.date else { return false }
        if let f = from, span.end < f { return false }
        if let t = to, span.start > t { return false }
        return true
    }

    /// A short description for the status line: "Xi Jinping · 2025-06-01–2025-12-31".
    public var summary: String {
        var parts: [String] = []
        if let p = person { parts.append(p) }
        if from != nil || to != nil { parts.append("\(from?.iso ?? "…")–\(to?.iso ?? "…")") }
        return parts.joined(separator: " · ")
    }

    /// Parses "from–to" where each side is YYYY, YYYY-MM or YYYY-MM-DD; a month or year
    /// means its first day as `from` and its last day as `to`. One date alone means that
    /// period; "2025-06–" and "–2025-06" leave one side open. Nil when the text is not a range.
    public static func parseRange(_ text: String) -> (from: Day?, to: Day?)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        var tokens: [(String, Range<String.Index>)] = []
        var i = t.startIndex
        while i < t.endIndex {
            if t[i].isASCII && t[i].isNumber {
                var j = i
                while j < t.endIndex, t[j].isASCII, t[j].isNumber { j = t.index(after: j) }
                var end = j
                // Glue "-MM" and "-DD" parts (exactly two digits) onto a four-digit year.
                if t.distance(from: i, to: j) == 4 {
                    for _ in 0..<2 {
                        guard end < t.endIndex, t[end] == "-" else { break }
                        let d1 = t.index(after: end)
                        guard d1 < t.endIndex, let d2 = t.index(d1, offsetBy: 2, limitedBy: t.endIndex),
                              t[d1..<d2].allSatisfy({ $0.isASCII && $0.isNumber }),
                              d2 == t.endIndex || !(t[d2].isASCII && t[d2].isNumber) else { break }
                        end = d2
                    }
                }
                tokens.append((String(t[i..<end]), i..<end))
                i = end
            } else {
                i = t.index(after: i)
            }
        }
        guard (1...2).contains(tokens.count) else { return nil }
        let gaps = [String(t[t.startIndex..<tokens[0].1.lowerBound]), String(t[tokens.last!.1.upperBound...])]
        let separators = CharacterSet(charactersIn: "-–—.~ to")
        for g in gaps where !g.unicodeScalars.allSatisfy({ separators.contains($0) }) { return nil }
        if tokens.count == 2 {
            guard let a = bound(tokens[0].0, start: true), let b = bound(tokens[1].0, start: false), a <= b else { return nil }
            return (a, b)
        }
        let lead = gaps[0].trimmingCharacters(in: .whitespaces), trail = gaps[1].trimmingCharacters(in: .whitespaces)
        if !trail.isEmpty, lead.isEmpty { return bound(tokens[0].0, start: true).map { ($0, nil) } }
        if !lead.isEmpty, trail.isEmpty { return bound(tokens[0].0, start: false).map { (nil, $0) } }
        guard let a = bound(tokens[0].0, start: true), let b = bound(tokens[0].0, start: false) else { return nil }
        return (a, b)
    }

    /// `text` with its two dates swapped, when that makes a range and `text` is not one: the
    /// user typed the end first ("2026–2025"), which deserves more than "not a date range".
    public static func swappedRange(_ text: String) -> String? {
        guard parseRange(text) == nil,
              let re = try? NSRegularExpression(pattern: "[0-9]{4}(-[0-9]{2}){0,2}") else { return nil }
        let ns = text as NSString
        let found = re.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard found.count == 2 else { return nil }
        let (a, b) = (ns.substring(with: found[0].range), ns.substring(with: found[1].range))
        let swapped = ns.replacingCharacters(in: found[1].range, with: a) as NSString
        let result = swapped.replacingCharacters(in: found[0].range, with: b)
        return parseRange(result) == nil ? nil : result
    }

    private static func bound(_ token: String, start: Bool) -> Day? {
        let p = token.split(separator: "-").compactMap { Int($0) }
        switch p.count {
        case 1: return start ? Day(p[0], 1, 1) : Day(p[0], 12, 31)
        case 2:
            guard let first = Day(p[0], p[1], 1) else { return nil }
            return start ? first : first.lastOfMonth
        case 3: return Day(p[0], p[1], p[2])
        default: return nil
        }
    }
}
