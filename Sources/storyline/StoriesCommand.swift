import ArgumentParser
import StorylineCore

/// `storyline stories`: the corpus grouped into stories.
struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stories: articles grouped by shared events, people and wording, close in time.")

    @Flag(help: "Print a JSON array of stories {id, title, centralArticle, span, articles, events, people, terms}.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let library = Library.build(from: try corpus.load().articles)
        if json { try JSONOutput.print(library.stories); return }
        let titles = Dictionary(library.articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for s in library.stories {
            let span = s.span.map { $0.start == $0.end ? $0.start.iso : "\($0.start.iso) – \($0.end.iso)" } ?? "undated"
            let counts = "\(s.articles.count) article\(s.articles.count == 1 ? "" : "s"), \(s.events.count) event\(s.events.count == 1 ? "" : "s")"
            print("\(s.id)  \(span)  \(s.title)  (\(counts))")
            if !s.people.isEmpty { print("    people: \(s.people.joined(separator: ", "))") }
            if !s.terms.isEmpty { print("    terms:  \(s.terms.joined(separator: ", "))") }
            for a in s.articles { print("    \(a)  \(DisplayWidth.truncate(titles[a] ?? "", to: 70))") }
        }
    }
}
