import ArgumentParser
import Foundation
import StorylineCore

/// `storyline search`: keyword search over the articles, best matches first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the articles: words, \"phrases\", prefix*, OR, -exclude, person: outlet: from: to: type:.",
        discussion: """
            Examples: storyline search "phone call"   storyline search 'summit* -trade from:2025-06'
            All words must match; case, accents and simple plurals are forgiven; common words (the, of, in, a …) are skipped.
            """)

    @Flag(help: "Print a JSON array of {article, title, published, score, snippet, events}.")
    var json = false

    @Option(help: "At most this many results.")
    var limit = 10

    @Argument(help: "The query (quote it in the shell).")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    struct Row: Encodable {
        var article, title: String
        var published: String?
        var score: Double
        var snippet: String
        var events: [String]

        enum CodingKeys: String, CodingKey { case article, title, published, score, snippet, events }

        /// Writes `published` as null when unknown, so every row has the same keys.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(title, forKey: .title)
            try c.encode(published, forKey: .published)
            try c.encode(score, forKey: .score)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(events, forKey: .events)
        }
    }

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(query) } catch let error as QueryError { throw CLIError(error.description) }
        // Matched events (JSON), type: and person: need the assembled library; anything else is
        // answered from the index alone, without decoding the corpus (seconds at 100,000 articles).
        let needsLibrary = json || !parsed.eventTypes.isEmpty || !parsed.people.isEmpty || corpus.noCache
        let index = needsLibrary ? try corpus.loadLibrary().index : try corpus.loadSearchIndex()
        let hits: [SearchHit], more: Bool
        do {
            (hits, more) = try index.page(query: parsed, limit: limit)
        } catch let error as QueryError {
            throw CLIError(error.description)
        }
        for note in parsed.notes { FileHandle.standardError.write(Data("storyline: note: \(note)\n".utf8)) }
        if more {
            FileHandle.standardError.write(Data("storyline: note: showing the best \(limit); more articles match (raise --limit or narrow the query)\n".utf8))
        }
        if json {
            try JSONOutput.print(hits.map {
                Row(article: $0.article, title: $0.title, published: $0.published,
                    score: ($0.score * 1000).rounded() / 1000, snippet: Snippet.plain($0.snippet), events: $0.events)
            })
            return
        }
        if hits.isEmpty {
            Swift.print("no articles match; try fewer words or drop a filter")
            return
        }
        for h in hits {
            let date = h.published.map { String($0.prefix(10)) } ?? "undated   "
            Swift.print("\(date)  \(h.article)  \(h.title)")
            Swift.print("    \(Snippet.bracketed(h.snippet))")
        }
    }
}
