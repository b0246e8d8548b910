import ArgumentParser
import Foundation
import StorylineCore
import StorylineTUI

/// `storyline` / `storyline browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the corpus in a full-screen terminal UI (default).",
        discussion: "Keys: j/k move, Enter opens, q goes back, 1/2/3/4 switch panes, / searches, ? lists every key.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let roots = try corpus.resolvedPaths()
        let useCache = !corpus.noCache
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let e as TerminalError {
            throw CLIError(e.description)
        }
        let opened: CorpusStore.Opened?
        do {
            opened = try Loading.run(on: terminal) { report in
                try CorpusStore.open(paths: roots, useCache: useCache, progress: { report("indexing articles", $0) })
            }
        } catch {
            terminal.close()
            throw error
        }
        guard let opened else {
            terminal.close()
            throw ExitCode(terminal.stoppedBy.map { 128 + $0 } ?? 0)
        }
        guard !opened.library.articles.isEmpty else {
            terminal.close()
            throw CLIError("no articles could be loaded from \(roots.joined(separator: ", "))")
        }
        let historyFile = useCache ? CorpusStore.cacheDirectory() + "/search-history.txt" : nil
        var state = AppState(library: opened.library, size: terminal.size)
        state.searchHistory = historyFile.map(Self.readHistory) ?? []
        // Related articles and stories, when the cache did not hold them, are computed after
        // the first screen, so a cached corpus opens at once.
        var background: [@Sendable () -> Action] = []
        let library = opened.library
        if library.stories.isEmpty, library.related.byArticle.isEmpty, library.articles.count > 1 {
            state.linking = true
            background.append {
                let linked = library.linked()
                return .linked(related: linked.related, stories: linked.stories)
            }
        }
        let final = Program.run(state, on: terminal, searcher: IndexSearch(opened.index), background: background)
        terminal.close()
        if let file = historyFile, final.searchHistory != state.searchHistory { Self.writeHistory(final.searchHistory, to: file) }
        for n in opened.notices { FileHandle.standardError.write(Data("\(n)\n".utf8)) }
        for w in opened.warnings { FileHandle.standardError.write(Data("storyline: warning: \(w)\n".utf8)) }
        if let sig = terminal.stoppedBy { throw ExitCode(128 + sig) }
    }

    /// Earlier searches, one per line, oldest first; empty when the file is missing.
    static func readHistory(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.suffix(AppState.searchHistoryLimit)
    }

    /// Saves the searches (newlines never occur in them: the bar takes one line).
    static func writeHistory(_ history: [String], to path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? (history.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
