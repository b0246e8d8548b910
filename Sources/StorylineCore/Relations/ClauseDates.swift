/// The dates the temporal tagger finds in one article, by block, so an interaction read
/// from a clause gets the date stated in that clause — or, in a dated timeline entry, the
/// entry's own date. Each block is tagged once against its anchor (entry date or publication day).
public struct ClauseDates: Sendable {
    private var expressions: [Int: [TemporalExpression]] = [:]
    private var entryDates: [Int: TimeSpan] = [:]

    /// Tags the article's title and blocks.
    public init(article: Article) {
        let published = article.published?.day
        expressions[-1] = TemporalTagger.tag(article.title, anchor: published).filter { $0.span != nil }
        for (i, b) in article.blocks.enumerated() {
            var anchor = published
            if b.kind == .timelineEntry, let label = b.dateLabel,
               let span = TemporalTagger.tag(label, anchor: published).first?.span {
                entryDates[i] = span
                anchor = span.start
            }
            expressions[i] = TemporalTagger.tag(b.text, anchor: anchor).filter { $0.span != nil }
        }
    }

    /// The first resolved date inside the clause (scalar range in the block text), else the
    /// timeline entry's date, else nil.
    public func date(block: Int, range: Range<Int>) -> TimeSpan? {
        if let e = expressions[block]?.first(where: { range.contains($0.range.lowerBound) }) { return e.span }
        return entryDates[block]
    }
}
