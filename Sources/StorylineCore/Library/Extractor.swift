import Dispatch

/// Runs every per-article extraction step. Pure: the same article gives the same result.
public enum Extractor {
    /// Extracts people, events and interactions from one article.
    public static func extract(_ article: Article) -> ArticleExtraction {
        let people = PersonRecognizer.recognize(article)
        let times = BlockTimes(article: article)
        let dates = ClauseDates(article: article, times: times)
        let relations = InteractionExtractor.extract(article, people: people, dateOf: dates.date(block:range:at:))
        let events = EventExtractor.extract(article: article, mentions: people.mentions,
                                            leaders: Set(people.people.filter(\.leader).map(\.name)), times: times)
        // The mentions' places are used up: only how often each person is named is kept.
        return ArticleExtraction(article: article.id, people: people.people, mentioned: MentionCount.counts(people.mentions),
                                 events: events, relations: relations)
    }

    /// Extracts from every article using all cores; results are in the articles' order.
    public static func extractAll(_ articles: [Article]) -> [ArticleExtraction] {
        ParallelSlots.map(articles.count) { extract(articles[$0]) }.map { $0! }
    }
}
