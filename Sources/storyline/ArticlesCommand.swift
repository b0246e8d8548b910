import ArgumentParser
import Foundation
import StorylineCore

/// `storyline articles`: one line per article, or JSON.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles: date, outlet and title, oldest first.")

    @Flag(help: "Print a JSON array of {id, path, title, outlet, published, byline, captions, paragraphs}.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    /// One article in the JSON output; absent metadata is written as null so every row has the same keys.
    struct Row: Encodable {
        var id, path, title: String
        var outlet, published, byline, dateline, url: String?
        var captions, paragraphs: [String]

        enum CodingKeys: String, CodingKey { case id, path, title, outlet, published, byline, dateline, url, captions, paragraphs }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(published, forKey: .published)
            try c.encode(byline, forKey: .byline)
            try c.encode(dateline, forKey: .dateline)
            try c.encode(url, forKey: .url)
            try c.encode(captions, forKey: .captions)
            try c.encode(paragraphs, forKey: .paragraphs)
        }
    }

    func run() throws {
        let articles = try corpus.loadLibrary().library.articles
        if json {
            try JSONOutput.print(articles.map {
                Row(id: $0.id, path: $0.path, title: $0.title, outlet: $0.outlet, published: $0.published?.iso,
                    byline: $0.byline, dateline: $0.dateline, url: $0.url, captions: $0.captions, paragraphs: $0.paragraphs)
            })
            return
        }
        for a in articles {
            let date = a.published.map { String($0.iso.prefix(10)) } ?? "undated   "
            let outlet = DisplayWidth.pad(a.outlet ?? "—", to: 22)
            Swift.print("\(date)  \(outlet)  \(a.title)")
        }
    }
}
