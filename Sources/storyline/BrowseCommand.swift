import ArgumentParser
import Foundation
import StorylineCore
import StorylineTUI

/// `storyline` / `storyline browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the corpus in a full-screen terminal UI (default).",
        discussion: "Keys: j/k move, Enter opens, q goes back, 1/2/3 switch panes, ? lists every key.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let result = try corpus.load()
        let library = Library.build(from: result.articles)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let e as TerminalError {
            throw CLIError(e.description)
        }
        Program.run(AppState(library: library, size: terminal.size), on: terminal)
        terminal.close()
        if let sig = terminal.stoppedBy { throw ExitCode(128 + sig) }
    }
}
