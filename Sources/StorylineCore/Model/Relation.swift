/// Kinds of interaction between two people.
public enum InteractionType: String, Codable, Sendable, CaseIterable {
    case phoneCall = "phone_call"
    case summit
    case meeting
    case visit
    case statement
    case agreement
}

/// One interaction between the two people of a relation.
public struct Interaction: Hashable, Codable, Sendable {
    public var type: InteractionType
    public var date: TimeSpan?
    /// Id of the event the interaction belongs to, if any.
    public var event: String?
    public var sources: [SourceRef]

    public init(type: InteractionType, date: TimeSpan?, event: String?, sources: [SourceRef]) {
        self.type = type; self.date = date; self.event = event; self.sources = sources
    }
}

/// Everything two people did with or about each other.
public struct Relation: Hashable, Codable, Sendable {
    /// The two canonical names, in a stable order.
    public var people: [String]
    public var interactions: [Interaction]

    public init(people: [String], interactions: [Interaction]) {
        self.people = people; self.interactions = interactions
    }

    /// The other side of the relation from `name`'s point of view.
    public func counterpart(of name: String) -> String? {
        people.count == 2 ? (people[0] == name ? people[1] : people[1] == name ? people[0] : nil) : nil
    }
}
