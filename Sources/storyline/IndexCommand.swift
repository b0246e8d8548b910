import ArgumentParser
import Foundation
import StorylineCore

/// `storyline index`: builds or updates the persistent cache and search index, with progress.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or update the cache and search index for a corpus, showing progress.")

    @Flag(help: "Discard the existing cache and rebuild it from scratch.")
    var rebuild = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let started = Date()
        let opened = try corpus.loadLibrary(rebuild: rebuild, alwaysShowProgress: true)
        let s = opened.stats
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data(("storyline: \(opened.library.articles.count) articles; parsed \(s.parsed), "
            + "reused \(s.reused), unchanged after hashing \(s.touched), removed \(s.removed) "
            + "in \(String(format: "%.2f", seconds)) s; cache \(opened.cachePath ?? "none (--no-cache)")\n").utf8))
    }
}
