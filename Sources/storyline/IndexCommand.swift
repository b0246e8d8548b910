import ArgumentParser
import Foundation
import StorylineCore

/// `storyline index`: builds or updates the persistent cache, search index and related articles
/// and stories, with progress.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or update the cache, search index, related articles and stories for a corpus, showing progress.")

    @Flag(help: "Discard the existing cache and rebuild it from scratch.")
    var rebuild = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let started = Date()
        var steps: [String] = []
        let opened = try corpus.loadLibrary(rebuild: rebuild, alwaysShowProgress: true, link: true) { step, seconds in
            steps.append("\(step) \(String(format: "%.2f", seconds)) s")
            FileHandle.standardError.write(Data("storyline: linking: \(steps.last!)\n".utf8))
        }
        let s = opened.stats
        let seconds = Date().timeIntervalSince(started)
        let linking = s.linkSeconds.map { "computed in \(String(format: "%.2f", $0)) s (\(steps.joined(separator: ", ")))" }
            ?? "decoded from the cache"
        FileHandle.standardError.write(Data(("storyline: related articles and stories: \(linking)\n"
            + "storyline: \(opened.library.articles.count) articles; parsed \(s.parsed), "
            + "reused \(s.reused), unchanged after hashing \(s.touched), removed \(s.removed) "
            + "in \(String(format: "%.2f", seconds)) s; cache \(opened.cachePath ?? "none (--no-cache)")\n").utf8))
    }
}
