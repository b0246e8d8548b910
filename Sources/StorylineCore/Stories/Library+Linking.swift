import Dispatch

/// Related articles and stories are derived from a finished snapshot, sharing one pass
/// over the wording.
extension Library {
    /// This snapshot with `related` and `stories` computed. `report`, when given, receives the
    /// seconds each step took ("wording", "related", "stories"), for benchmarks.
    public func linked(report: ((String, Double) -> Void)? = nil) -> Library {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ step: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            report?(step, Double(now - clock) / 1e9)
            clock = now
        }
        let wording = WordingIndex.build(articles)
        let signals = ArticleSignals(self)
        lap("wording")
        var copy = self
        copy.related = RelatedArticles.build(self, wording: wording, signals: signals, scoring: .init())
        lap("related")
        copy.stories = StoryClusterer.cluster(self, wording: wording, signals: signals, related: copy.related,
                                              parameters: .init())
        lap("stories")
        return copy
    }

    /// The story with this id ("S2", case-insensitive), if any.
    public func story(id: String) -> Story? { stories.first { $0.id.lowercased() == id.lowercased() } }

    /// The story an article belongs to, if stories were computed.
    public func story(containing article: String) -> Story? { stories.first { $0.articles.contains(article) } }
}
