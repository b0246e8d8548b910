/// Articles about the same story, grouped as a "full coverage" page: a title, the span of its
/// coverage, its articles, its own timeline of events and its main people.
public struct Story: Hashable, Codable, Sendable, Identifiable {
    /// "S1", "S2", … in order of the story's first article.
    public var id: String
    /// The title of the story's most central article.
    public var title: String
    /// Id of the article closest to the story's centre, whose title names the story.
    public var centralArticle: String
    /// First to last publication day of its articles; nil when none is dated.
    public var span: TimeSpan?
    /// Article ids, oldest first.
    public var articles: [String]
    /// Ids of the events its articles report, in timeline order.
    public var events: [String]
    /// Canonical names of the people most of its articles mention, most present first.
    public var people: [String]
    /// The terms that weigh most in its articles' wording.
    public var terms: [String]

    public init(id: String, title: String, centralArticle: String, span: TimeSpan?, articles: [String],
                events: [String] = [], people: [String] = [], terms: [String] = []) {
        self.id = id; self.title = title; self.centralArticle = centralArticle; self.span = span
        self.articles = articles; self.events = events; self.people = people; self.terms = terms
    }
}
