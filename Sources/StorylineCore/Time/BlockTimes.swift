/// The time tokens, sentences and tagged expressions of one article's blocks, computed on
/// first use and shared by the interaction dater (`ClauseDates`) and the event extractor, so a
/// block is tokenized once and tagged once per anchor. Owned by one article's extraction.
final class BlockTimes {
    /// One block's text indexed for slicing, its time tokens and its sentences.
    struct Tokens {
        let text: ScalarText
        let tokens: [TimeToken]
        let sentences: [Range<Int>]
    }

    /// One tagging of a block: the anchor and told date used, the result, and whether `told` mattered.
    private struct Tagging {
        let anchor: Day?
        let told: TimeSpan?
        let expressions: [TemporalExpression]
        let toldConsulted: Bool
    }

    private let article: Article
    private var tokensByBlock: [Int: Tokens] = [:]
    private var taggings: [Int: [Tagging]] = [:]

    init(article: Article) { self.article = article }

    /// The text of block `block` of the article (-1 = the title).
    func text(block: Int) -> String { block < 0 ? article.title : article.blocks[block].text }

    /// The tokens and sentences of block `block` (-1 = the title), cut once.
    func tokens(block: Int) -> Tokens {
        if let t = tokensByBlock[block] { return t }
        let text = ScalarText(text(block: block))
        let tokens = text.bytes.withUnsafeBufferPointer { TimeToken.tokenize(utf8: $0) }
        let t = Tokens(text: text, tokens: tokens, sentences: SentenceSplitter.sentences(tokens))
        tokensByBlock[block] = t
        return t
    }

    /// `TemporalTagger.tag` of block `block` against `anchor` and `told`, computed once; a tagging
    /// that never consulted its told date stands for every told date.
    func tag(block: Int, anchor: Day?, told: TimeSpan?) -> [TemporalExpression] {
        if let done = taggings[block]?.first(where: { $0.anchor == anchor && ($0.told == told || !$0.toldConsulted) }) {
            return done.expressions
        }
        let t = tokens(block: block)
        let (expressions, consulted) = TemporalTagger.tagReportingTold(tokens: t.tokens, text: t.text, anchor: anchor, told: told,
                                                                       sentences: t.sentences)
        taggings[block, default: []].append(Tagging(anchor: anchor, told: told, expressions: expressions, toldConsulted: consulted))
        return expressions
    }
}
