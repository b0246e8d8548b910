import ArgumentParser
import StorylineCore

/// `storyline` / `storyline browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Browse the corpus in a full-screen terminal UI (default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let result = try corpus.load()
        print("\(result.articles.count) articles loaded; the browser is not built yet")
    }
}
