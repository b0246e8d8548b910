/// Why two articles are related, in words a reader understands, with the evidence behind it.
public struct RelatedReason: Hashable, Codable, Sendable {
    /// The kind of evidence.
    public enum Kind: String, Codable, Sendable {
        case sharedEvent = "shared_event"
        case sharedPeople = "shared_people"
        case similarWording = "similar_wording"
    }

    public var kind: Kind
    /// The reason as a sentence: "both report the 2025-06-10 phone call of A and B".
    public var text: String
    /// Ids of the shared events, for `sharedEvent`.
    public var events: [String]
    /// Canonical names of the shared people, for `sharedPeople`.
    public var people: [String]
    /// The shared terms that weigh most, for `similarWording`.
    public var terms: [String]
    /// This reason's contribution to the combined score.
    public var score: Double

    public init(kind: Kind, text: String, events: [String] = [], people: [String] = [], terms: [String] = [], score: Double) {
        self.kind = kind; self.text = text; self.events = events; self.people = people; self.terms = terms; self.score = score
    }

    /// "the 2025-06-10 phone call of Lee Jae-myung and Xi Jinping", or the summary when no one is named.
    public static func phrase(for event: Event) -> String {
        let when = event.date.map(dateText) ?? "undated"
        let what = typeNoun(event.type)
        guard !event.participants.isEmpty else {
            let summary = DisplayWidth.truncate(event.summary, to: 60)
            return summary.isEmpty ? "the \(when) \(what)" : "the \(when) \(what): \(summary)"
        }
        return "the \(when) \(what) of \(list(event.participants))"
    }

    /// A date as precise as it was stated: `2025-06-10`, `2025-06`, `2025`, or `2025-06-10 to 2025-06-12`.
    public static func dateText(_ span: TimeSpan) -> String {
        switch span.granularity {
        case .day: return span.start.iso
        case .month: return String(span.start.iso.prefix(7))
        case .year: return String(span.start.iso.prefix(4))
        default: return span.start == span.end ? span.start.iso : "\(span.start.iso) to \(span.end.iso)"
        }
    }

    /// The event type as a noun phrase.
    public static func typeNoun(_ type: EventType) -> String {
        switch type {
        case .phoneCall: return "phone call"
        case .pressConference: return "press conference"
        case .other: return "event"
        default: return type.rawValue
        }
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}
