/// Another article related to a given one: the combined score, each kind of evidence's
/// contribution, and the evidence itself. Kept compact (no prose) because a corpus holds
/// ten per article; `reasons(in:)` turns it into sentences for display.
public struct RelatedArticle: Hashable, Codable, Sendable {
    /// Id of the related article.
    public var article: String
    /// Combined score in [0, 1]: weighted wording, shared events and shared people.
    public var score: Double
    /// Contributions to `score` of wording, shared events and shared people.
    public var wordingScore: Float
    public var eventScore: Float
    public var peopleScore: Float
    /// Cosine of the two articles' TF-IDF signatures.
    public var cosine: Float
    /// Ids of the events both articles report, in timeline order.
    public var events: [String]
    /// Canonical names of the people both mention, most mentioned first.
    public var people: [String]
    /// The shared terms that weigh most, heaviest first.
    public var terms: [String]

    public init(article: String, score: Double, wordingScore: Float = 0, eventScore: Float = 0, peopleScore: Float = 0,
                cosine: Float = 0, events: [String] = [], people: [String] = [], terms: [String] = []) {
        self.article = article; self.score = score; self.wordingScore = wordingScore; self.eventScore = eventScore
        self.peopleScore = peopleScore; self.cosine = cosine; self.events = events; self.people = people; self.terms = terms
    }

    /// The reasons as sentences, the most specific first: shared events, then shared people,
    /// then similar wording.
    public func reasons(in library: Library) -> [RelatedReason] {
        var out: [RelatedReason] = []
        if !events.isEmpty {
            let wanted = Set(events.prefix(2))
            let found = library.events.filter { wanted.contains($0.id) }
            let shown = events.prefix(2).compactMap { id in found.first { $0.id == id } }.map(RelatedReason.phrase(for:))
            var text = "both report " + (shown.isEmpty ? "\(events.count) of the same events" : RelatedReason.list(shown))
            if events.count > 2 && !shown.isEmpty { text += " and \(events.count - 2) more events" }
            out.append(RelatedReason(kind: .sharedEvent, text: text, events: events, score: Double(eventScore)))
        }
        if !people.isEmpty {
            var text = "both mention " + people.prefix(4).joined(separator: ", ")
            if people.count > 4 { text += " and \(people.count - 4) more" }
            out.append(RelatedReason(kind: .sharedPeople, text: text, people: people, score: Double(peopleScore)))
        }
        if !terms.isEmpty {
            let text = "similar wording: " + terms.joined(separator: ", ") + String(format: " (cosine %.2f)", cosine)
            out.append(RelatedReason(kind: .similarWording, text: text, terms: terms, score: Double(wordingScore)))
        }
        return out
    }
}
