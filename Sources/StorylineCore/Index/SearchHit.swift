/// One article found by a search, ready for a results list.
public struct SearchHit: Hashable, Codable, Sendable {
    /// Article id.
    public var article: String
    public var title: String
    /// Publication timestamp (ISO 8601), when known.
    public var published: String?
    public var outlet: String?
    /// Relevance: higher is better (BM25, title weighted above body); 0 for filter-only searches.
    public var score: Double
    /// A passage around the best match, matches wrapped in `Snippet.open`/`Snippet.close`.
    public var snippet: String
    /// Ids of this article's events whose summary matches the query (and `type:` filter).
    public var events: [String]
}
