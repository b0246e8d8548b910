import ArgumentParser
import Foundation
import StorylineCore

/// The PATH arguments shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (.txt, .md, .html). Default: the bundled seeds.")
    var paths: [String] = []

    @Flag(help: "Read every file afresh and keep nothing in the cache ($XDG_CACHE_HOME/storyline).")
    var noCache = false

    /// The paths to read: the user's, or the bundled seeds.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let seeds = SeedLocator.find() else {
            throw ValidationError("the bundled seeds were not found; pass a PATH or set STORYLINE_SEEDS")
        }
        return [seeds]
    }

}

extension CorpusOptions {
    /// Opens the corpus through the persistent cache (unless --no-cache), printing warnings,
    /// cache notices and, on a terminal, indexing progress to stderr. A warning is printed for
    /// every problem file on every run; fails only when nothing could be loaded. With `link`,
    /// related articles and stories are there too (from the cache, or computed and cached).
    func loadLibrary(rebuild: Bool = false, alwaysShowProgress: Bool = false, link: Bool = false,
                     linkReport: ((String, Double) -> Void)? = nil) throws -> CorpusStore.Opened {
        let roots = try resolvedPaths()
        let reporter = ProgressReporter(always: alwaysShowProgress)
        let opened = try CorpusStore.open(paths: roots, useCache: !noCache, rebuild: rebuild, link: link,
                                          progress: reporter.report, linkReport: linkReport)
        reporter.finish()
        try report(notices: opened.notices, warnings: opened.warnings, loaded: !opened.library.articles.isEmpty, roots: roots)
        return opened
    }

    /// The corpus's search index through the cache (brought up to date first), without loading
    /// the library; warnings, notices and progress as `loadLibrary` prints them.
    func loadSearchIndex() throws -> SearchIndex {
        let roots = try resolvedPaths()
        let reporter = ProgressReporter(always: false)
        let opened = try CorpusStore.searchIndex(paths: roots, progress: reporter.report)
        reporter.finish()
        try report(notices: opened.indexed.notices, warnings: opened.indexed.warnings + opened.warnings,
                   loaded: opened.articles > 0, roots: roots)
        return opened.index
    }

    /// Prints cache notices and file warnings to stderr; fails when nothing could be loaded.
    private func report(notices: [String], warnings: [LoadWarning], loaded: Bool, roots: [String]) throws {
        for n in notices { FileHandle.standardError.write(Data("\(n)\n".utf8)) }
        for w in warnings { FileHandle.standardError.write(Data("storyline: warning: \(w)\n".utf8)) }
        guard loaded else { throw CLIError("no articles could be loaded from \(roots.joined(separator: ", "))") }
    }
}

/// Prints indexing progress to stderr at most a few times a second: in place on a terminal,
/// one line per update otherwise (only when asked to).
final class ProgressReporter: @unchecked Sendable {
    private let interactive = isatty(2) == 1
    private let always: Bool
    private var last = Date.distantPast
    private var shown = false

    init(always: Bool) { self.always = always }

    /// Called by the store after each batch.
    func report(_ p: IndexProgress) {
        guard interactive || always else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.25 || p.done == p.total else { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data((interactive ? "\r\u{1B}[K" : "") .utf8) + Data("storyline: \(p.line)\(interactive ? "" : "\n")".utf8))
    }

    /// Ends the in-place line.
    func finish() {
        if shown && interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// An error for the user, printed as `Error: message` with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
