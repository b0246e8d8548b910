/// Another article related to a given one, with the combined score and its reasons, the
/// most specific first: shared events, then shared people, then similar wording.
public struct RelatedArticle: Hashable, Codable, Sendable {
    /// Id of the related article.
    public var article: String
    /// Combined score in [0, 1]: weighted wording, shared events and shared people.
    public var score: Double
    public var reasons: [RelatedReason]

    public init(article: String, score: Double, reasons: [RelatedReason]) {
        self.article = article; self.score = score; self.reasons = reasons
    }
}
