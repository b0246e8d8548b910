/// What extraction finds in one article, before anything is merged across articles.
/// It depends on that article alone, so it can be computed in parallel and cached per file.
public struct ArticleExtraction: Hashable, Codable, Sendable {
    public var article: String
    /// People found in this article, with aliases and roles as seen here; `articles` = [article].
    public var people: [Person]
    /// How often each person (or open role) is named in this article, in first-mention order;
    /// the mentions' places are used during extraction only.
    public var mentioned: [MentionCount]
    /// Events, one source each, not yet merged; participants use this article's canonical names.
    public var events: [Event]
    /// Interactions between two people found in this article's clauses.
    public var relations: [Relation]

    public init(article: String, people: [Person] = [], mentioned: [MentionCount] = [], events: [Event] = [],
                relations: [Relation] = []) {
        self.article = article; self.people = people; self.mentioned = mentioned
        self.events = events; self.relations = relations
    }
}
