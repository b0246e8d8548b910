/// One immutable snapshot of everything known about a corpus: the articles and what was
/// extracted from them. The TUI and the CLI both read from it; nothing mutates it.
public struct Library: Sendable {
    public var articles: [Article]
    public var events: [Event]
    public var people: [Person]
    public var relations: [Relation]
    public var mentions: [Mention]
    /// Each article's most related articles, with reasons (see `linked()`).
    public var related = RelatedArticles()
    /// Articles grouped into stories (see `linked()`).
    public var stories: [Story] = []

    public init(articles: [Article], events: [Event] = [], people: [Person] = [], relations: [Relation] = [],
                mentions: [Mention] = []) {
        self.articles = articles; self.events = events; self.people = people
        self.relations = relations; self.mentions = mentions
    }

    /// Runs extraction over the articles and assembles the snapshot.
    public static func build(from articles: [Article]) -> Library {
        assemble(articles: articles, extractions: Extractor.extractAll(articles)).linked()
    }

    /// Merges per-article extractions into one snapshot: people across articles (aliases),
    /// events across sources, relations per pair.
    public static func assemble(articles: [Article], extractions: [ArticleExtraction]) -> Library {
        Library(articles: articles,
                mentions: extractions.flatMap(\.mentions))
    }

    /// The article with this id, if loaded.
    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}
