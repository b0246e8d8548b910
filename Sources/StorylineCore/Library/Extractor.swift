import Dispatch

/// Runs every per-article extraction step. Pure: the same article gives the same result.
public enum Extractor {
    /// Extracts people, events and interactions from one article.
    public static func extract(_ article: Article) -> ArticleExtraction { extract(article, lap: { _ in }) }

    /// `extract`, calling `lap` with 0, 1 and 2 as the people, interaction and event steps end.
    static func extract(_ article: Article, lap: (Int) -> Void) -> ArticleExtraction {
        let people = PersonRecognizer.recognize(article)
        lap(0)
        let times = BlockTimes(article: article)
        let dates = ClauseDates(article: article, times: times)
        let relations = InteractionExtractor.extract(article, people: people, dateOf: dates.date(block:range:at:))
        lap(1)
        let events = CarriedEncounters.adding(
            to: EventExtractor.extract(article: article, mentions: people.mentions,
                                       leaders: Set(people.people.filter(\.leader).map(\.name)), times: times),
            relations: relations, article: article)
        lap(2)
        // The mentions' places are used up: only how often each person is named is kept.
        return ArticleExtraction(article: article.id, people: people.people, mentioned: MentionCount.counts(people.mentions),
                                 events: events, relations: relations)
    }

    /// CPU seconds each step of `extract` takes over `articles`, on the calling thread, in order
    /// (for `storyline-bench stages`). The date tagging that several steps share is counted where it
    /// first runs: in the interactions step.
    public static func profile(_ articles: [Article], clock: () -> Double) -> [(step: String, seconds: Double)] {
        var seconds = [0.0, 0.0, 0.0]
        for article in articles {
            var t = clock()
            _ = extract(article) { step in
                let now = clock()
                seconds[step] += now - t
                t = now
            }
        }
        return zip(["people", "interactions", "events"], seconds).map { (step: $0.0, seconds: $0.1) }
    }

    /// Extracts from every article using all cores; results are in the articles' order.
    public static func extractAll(_ articles: [Article]) -> [ArticleExtraction] {
        ParallelSlots.map(articles.count) { extract(articles[$0]) }.map { $0! }
    }
}
