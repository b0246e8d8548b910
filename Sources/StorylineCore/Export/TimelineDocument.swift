import Foundation

/// The JSON export: the selection, its events in timeline order, and the articles they cite.
/// Decoding it gives back the same `Event` values.
public struct TimelineDocument: Hashable, Codable, Sendable {
    /// The story id the timeline was limited to, if any.
    public var story: String?
    /// The person the timeline was limited to, if any.
    public var person: String?
    public var events: [Event]
    public var articles: [ArticleCitation]

    public init(story: String?, person: String?, events: [Event], articles: [ArticleCitation]) {
        self.story = story; self.person = person; self.events = events; self.articles = articles
    }

    /// Pretty JSON with sorted keys, stable from run to run.
    public func encoded() throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(self), as: UTF8.self) + "\n"
    }
}
