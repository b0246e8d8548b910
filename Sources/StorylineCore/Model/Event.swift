/// The closed set of event types, after CAMEO-style coding.
public enum EventType: String, Codable, Sendable, CaseIterable {
    case phoneCall = "phone_call"
    case summit
    case meeting
    case visit
    case statement
    case election
    case agreement
    case announcement
    case pressConference = "press_conference"
    case other
}

/// Whether an event had happened, or was still ahead, when its source was published.
public enum EventStatus: String, Codable, Sendable {
    case occurred
    case planned
}

/// Where a fact was read: the article, the sentence, and where the sentence sits.
public struct SourceRef: Hashable, Codable, Sendable {
    /// Article id.
    public var article: String
    /// The sentence as written.
    public var sentence: String
    /// Offset of the sentence in the sanitized file text, in Unicode scalars.
    public var offset: Int
    /// Index of the article block holding the sentence.
    public var block: Int

    public init(article: String, sentence: String, offset: Int, block: Int) {
        self.article = article; self.sentence = sentence; self.offset = offset; self.block = block
    }
}

/// Something that happened or is scheduled at a stated time, merged across its sources.
public struct Event: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// The resolved date, or nil when the expression had no anchor.
    public var date: TimeSpan?
    /// The time expression as written.
    public var expression: String
    public var type: EventType
    public var status: EventStatus
    /// The clause, trimmed.
    public var summary: String
    /// Canonical names of the people involved.
    public var participants: [String]
    public var places: [String]
    public var sources: [SourceRef]

    public init(id: String, date: TimeSpan?, expression: String, type: EventType, status: EventStatus,
                summary: String, participants: [String] = [], places: [String] = [], sources: [SourceRef] = []) {
        self.id = id; self.date = date; self.expression = expression; self.type = type; self.status = status
        self.summary = summary; self.participants = participants; self.places = places; self.sources = sources
    }
}
