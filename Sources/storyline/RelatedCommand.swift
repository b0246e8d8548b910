import ArgumentParser
import StorylineCore

/// `storyline related ARTICLE_ID`: the articles most related to one article, with reasons.
struct Related: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles most related to one article, best first, with the reasons.",
        discussion: "ARTICLE_ID is an article's file name without extension (see `storyline articles`); a unique prefix works.")

    @Flag(help: "Print a JSON array of {article, title, score, reasons: [{kind, text, events, people, terms, score}]}.")
    var json = false

    @Argument(help: "The article's id, or a unique prefix of it.")
    var articleID: String

    @OptionGroup var corpus: CorpusOptions

    struct Row: Encodable {
        var article, title: String
        var score: Double
        var reasons: [RelatedReason]
    }

    func run() throws {
        let library = try corpus.loadLibrary(link: true).library
        let id = try resolve(articleID, in: library)
        let related = library.related.of(id)
        let titles = Dictionary(library.articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        if json {
            try JSONOutput.print(related.map { Row(article: $0.article, title: titles[$0.article] ?? "", score: $0.score,
                                                   reasons: $0.reasons(in: library)) })
            return
        }
        print("Related to \(id)  \(titles[id] ?? "")")
        if related.isEmpty { print("  (no related articles)") }
        for r in related {
            print(String(format: "  %.2f  ", r.score) + "\(r.article)  \(titles[r.article] ?? "")")
            for reason in r.reasons(in: library) { print("        \(reason.text)") }
        }
    }

    /// The full id for `query`: an exact id, else the one id starting with it.
    func resolve(_ query: String, in library: Library) throws -> String {
        if library.articles.contains(where: { $0.id == query }) { return query }
        let matches = library.articles.map(\.id).filter { $0.hasPrefix(query) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw CLIError("no article with id \"\(query)\" (see `storyline articles --json` for ids)") }
        throw CLIError("\"\(query)\" matches several articles: \(matches.prefix(8).joined(separator: ", "))")
    }
}
