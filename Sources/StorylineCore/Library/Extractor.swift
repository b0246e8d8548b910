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

    /// CPU seconds each step of `extract` takes over `articles`, on the calling thread, in order
    /// (for `storyline-bench stages`). The date tagging that several steps share is counted where it
    /// first runs: in the interactions step.
    public static func profile(_ articles: [Article], clock: () -> Double) -> [(step: String, seconds: Double)] {
        var steps: [(String, Double)] = [("people", 0), ("interactions", 0), ("events", 0)]
        var kept = 0
        for article in articles {
            var t = clock()
            let people = PersonRecognizer.recognize(article)
            var now = clock(); steps[0].1 += now - t; t = now
            let times = BlockTimes(article: article)
            let dates = ClauseDates(article: article, times: times)
            let relations = InteractionExtractor.extract(article, people: people, dateOf: dates.date(block:range:at:))
            now = clock(); steps[1].1 += now - t; t = now
            let events = EventExtractor.extract(article: article, mentions: people.mentions,
                                                leaders: Set(people.people.filter(\.leader).map(\.name)), times: times)
            now = clock(); steps[2].1 += now - t
            kept &+= relations.count &+ events.count
        }
        return steps.map { (step: $0.0, seconds: $0.1 + (kept < 0 ? 1 : 0)) }
    }

    /// Extracts from every article using all cores; results are in the articles' order.
    public static func extractAll(_ articles: [Article]) -> [ArticleExtraction] {
        ParallelSlots.map(articles.count) { extract(articles[$0]) }.map { $0! }
    }
}
