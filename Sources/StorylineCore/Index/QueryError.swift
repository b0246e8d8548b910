/// Why a search query cannot be run, in words meant for the user.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing searchable was left (only punctuation, operators or symbols).
    case nothingToSearch
    /// Only words too common to be indexed ("the", "of the").
    case onlyCommonWords([String])
    /// A `from:` or `to:` value that is not a date.
    case badDate(field: String, value: String)
    /// A `type:` value that names no event type.
    case unknownEventType(String)
    /// The query is longer than a search can sensibly be.
    case tooLong(characters: Int, limit: Int)
    /// The cache could not be read; it will be rebuilt on the next open.
    case storage(String)

    public var description: String {
        switch self {
        case .nothingToSearch:
            return "nothing to search for: type a word, a \"quoted phrase\" or a filter such as from:2025-06"
        case let .onlyCommonWords(words):
            let list = words.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(list) \(words.count == 1 ? "is" : "are") too common to search for on \(words.count == 1 ? "its" : "their") own: add a less common word, a \"quoted phrase\" with one, or a filter such as outlet:"
        case let .badDate(field, value):
            return "\(field): needs a date such as 2025, 2025-06 or 2025-06-11 (got \"\(value)\")"
        case let .unknownEventType(value):
            let known = EventType.allCases.map(\.rawValue).joined(separator: ", ")
            return "type: \"\(value)\" is not an event type; use one of \(known)"
        case let .tooLong(characters, limit):
            return "the query is \(characters) characters long; shorten it to at most \(limit)"
        case let .storage(reason):
            return "the search index could not be read (\(reason)); run `storyline index --rebuild`"
        }
    }
}
