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
        if let word = Self.mistypedCommand(corpus.paths) {
            let names = Storyline.configuration.subcommands.map { $0._commandName }
            let near = names.filter { Self.editDistance($0, word.lowercased()) <= 2 }
            throw CLIError("'\(word)' is neither a file nor a command" + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: " or "))?)")
                           + "; `storyline --help` lists the commands")
        }
        let roots = try corpus.resolvedPaths()
        let useCache = !corpus.noCache
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let e as TerminalError {
            throw CLIError(e.description)
        }
        let historyFile = useCache ? CorpusStore.cacheDirectory() + "/search-history.txt" : nil
        var background: [@Sendable (_ post: @escaping @Sendable (Action) -> Void) -> Void] = []
        let state: AppState
        let searcher: SwappableSearch
        let report = Report()
        // What the background open stores for the next start runs behind the screen; quitting
        // waits for it (see below).
        let writes = CacheWrites()
        var cached = useCache ? CorpusStore.snapshot(paths: roots) : nil
        // A notice about the cache itself ("rebuilding it") is shown on the first screen too, not
        // only printed once the screen is closed.
        var firstNotice: String? = nil
        if useCache, cached?.articles.isEmpty ?? true {
            // A first run: parse, extract and index with a progress screen (memory stays bounded
            // by one batch), then start from the cache like any cached corpus.
            let indexed: CorpusStore.Indexed?
            do {
                indexed = try Loading.run(on: terminal) { progress in
                    try CorpusStore.index(paths: roots, progress: { progress("indexing articles", $0) })
                }
            } catch {
                terminal.close()
                throw error
            }
            guard let indexed else {
                terminal.close()
                throw ExitCode(terminal.stoppedBy.map { 128 + $0 } ?? 0)
            }
            report.keep(lines: indexed.notices)
            firstNotice = indexed.notices.first ?? LoadNotice.text(indexed.warnings)
            cached = CorpusStore.snapshot(paths: roots)
        }
        if useCache, let snap = cached, !snap.articles.isEmpty {
            // A cached corpus: the first screen comes from the cache's article list at once; the
            // full library (and any changed files) loads behind it, then related articles and stories
            // (from the cache when the corpus is unchanged).
            var s = AppState(library: Library(articles: snap.articles), size: terminal.size)
            s.message = firstNotice.map(Self.shown)
            let shownAtStart = firstNotice != nil
            s.loading = true
            s.linking = true
            state = s
            searcher = SwappableSearch(IndexSearch(snap.index))
            background.append { post in
                do {
                    let opened = try CorpusStore.open(paths: roots, useCache: true, writes: writes)
                    report.keep(opened)
                    if let notice = opened.notices.first {
                        post(.notice(Self.shown(notice)))
                    } else if !shownAtStart, let notice = LoadNotice.text(opened.warnings) {
                        post(.notice(notice))
                    }
                    searcher.replace(with: IndexSearch(opened.index))
                    post(.loaded(LoadedLibrary(generation: 1, library: opened.library)))
                    Self.link(opened, post: post)
                } catch {
                    post(.notice("could not refresh the corpus: \(error)"))
                }
            }
        } else {
            let opened: CorpusStore.Opened?
            do {
                opened = try Loading.run(on: terminal) { progress in
                    try CorpusStore.open(paths: roots, useCache: useCache, progress: { progress("indexing articles", $0) })
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
                // Say why: each path's warning (missing, empty, not text) comes before the error.
                report.keep(opened)
                report.print()
                throw CLIError("no articles could be loaded from \(roots.joined(separator: ", "))")
            }
            report.keep(opened)
            var s = AppState(library: opened.library, size: terminal.size)
            s.message = opened.notices.first.map(Self.shown) ?? LoadNotice.text(opened.warnings)
            // Related articles and stories, when not in the cache, are computed after the first screen.
            if !opened.stats.linkedFromCache, opened.library.articles.count > 1 {
                s.linking = true
                background.append { post in Self.link(opened, post: post) }
            }
            state = s
            searcher = SwappableSearch(IndexSearch(opened.index))
        }
        var start = state
        start.searchHistory = historyFile.map(Self.readHistory) ?? []
        let final = Program.run(start, on: terminal, searcher: searcher, background: background)
        terminal.close()
        if terminal.stoppedBy == nil, writes.pending {
            // Quitting now would make the next start assemble the library again (minutes on a
            // large corpus); Ctrl-C still quits at once, losing only that.
            FileHandle.standardError.write(Data("storyline: saving the timeline to the cache (Ctrl-C skips)\n".utf8))
            while terminal.signalReceived == nil, !writes.wait(seconds: 0.1) {}
        }
        if let file = historyFile, final.searchHistory != start.searchHistory { Self.writeHistory(final.searchHistory, to: file) }
        report.print()
        if let sig = terminal.stoppedBy ?? terminal.signalReceived { throw ExitCode(128 + sig) }
    }

    /// Posts related articles and stories: decoded from the cache when it had them, else
    /// computed now (and stored in the cache for the next start).
    static func link(_ opened: CorpusStore.Opened, post: (Action) -> Void) {
        let library = opened.stats.linkedFromCache || opened.library.articles.count < 2
            ? opened.library : opened.linking().library
        post(.linked(related: library.related, stories: library.stories))
    }

    /// A notice as the status line shows it: without the program name it starts with on stderr
    /// and without the cache file's path (printed in full when the screen closes).
    static func shown(_ notice: String) -> String {
        let text = notice.hasPrefix("storyline: ") ? String(notice.dropFirst("storyline: ".count)) : notice
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .filter { !($0.hasPrefix("/") && $0.hasSuffix(".sqlite")) }.joined(separator: " ")
    }

    /// The first PATH that does not exist and reads as a word (no "/", no "."): `storyline serach
    /// x` is a mistyped command, not a folder named "serach".
    static func mistypedCommand(_ paths: [String]) -> String? {
        paths.first { p in
            !p.isEmpty && !p.contains("/") && !p.contains(".") && !FileManager.default.fileExists(atPath: p)
        }
    }

    /// Levenshtein distance, for suggesting the command meant.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (x[i - 1] == y[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }

    /// Earlier searches, one per line, oldest first; empty when the file is missing.
    static func readHistory(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return Array(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.suffix(AppState.searchHistoryLimit))
    }

    /// Saves the searches (newlines never occur in them: the bar takes one line).
    static func writeHistory(_ history: [String], to path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? (history.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Cache notices and load warnings from an open, printed once the screen is closed.
private final class Report: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func keep(_ opened: CorpusStore.Opened) {
        lock.lock()
        lines += opened.notices + opened.warnings.map { "storyline: warning: \($0)" }
        lock.unlock()
    }

    func keep(lines more: [String]) {
        lock.lock()
        lines += more
        lock.unlock()
    }

    func print() {
        lock.lock(); defer { lock.unlock() }
        for l in lines { FileHandle.standardError.write(Data("\(l)\n".utf8)) }
    }
}
