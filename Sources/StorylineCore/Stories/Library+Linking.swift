/// Related articles and stories are derived from a finished snapshot, sharing one pass
/// over the wording.
extension Library {
    /// This snapshot with `related` and `stories` computed.
    public func linked() -> Library {
        let wording = WordingIndex.build(articles)
        let signals = ArticleSignals(self)
        var copy = self
        copy.related = RelatedArticles.build(self, wording: wording, signals: signals, scoring: .init())
        copy.stories = StoryClusterer.cluster(self, wording: wording, signals: signals, related: copy.related,
                                              parameters: .init())
        return copy
    }

    /// The story with this id ("S2", case-insensitive), if any.
    public func story(id: String) -> Story? { stories.first { $0.id.lowercased() == id.lowercased() } }

    /// The story an article belongs to, if stories were computed.
    public func story(containing article: String) -> Story? { stories.first { $0.articles.contains(article) } }
}
