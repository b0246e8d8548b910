import ArgumentParser
import Dispatch
import Foundation
import StorylineCore

/// `storyline profile` (hidden): loads, extracts and assembles a folder and prints the wall and
/// CPU time of each stage to stderr, for measuring speed on large generated corpora.
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print per-stage load, extraction and assembly times (for benchmarks).",
        shouldDisplay: false)

    @Flag(help: "Run every stage on one thread, so CPU per stage is exact.")
    var serial = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var clock = StageClock()
        let paths = try corpus.resolvedPaths()
        let (files, _) = CorpusLoader.discover(paths)
        clock.lap("discover (\(files.count) files)")
        var articles: [Article] = []
        if serial {
            articles = files.compactMap { CorpusLoader.loadFile($0).article }
            articles = CorpusLoader.sortedByDate(articles)
        } else {
            articles = CorpusLoader.load(paths).articles
        }
        clock.lap("read + decode + parse (\(articles.count) articles)")
        if serial {
            var people: [PersonRecognition] = []
            people.reserveCapacity(articles.count)
            for a in articles { people.append(PersonRecognizer.recognize(a)) }
            clock.lap("recognize people")
            var relations: [[Relation]] = []
            for (a, p) in zip(articles, people) { relations.append(InteractionExtractor.extract(a, people: p)) }
            clock.lap("interactions")
            var extractions: [ArticleExtraction] = []
            for (i, a) in articles.enumerated() {
                extractions.append(ArticleExtraction(article: a.id, people: people[i].people, mentioned: MentionCount.counts(people[i].mentions),
                                                     events: EventExtractor.extract(article: a, mentions: people[i].mentions),
                                                     relations: relations[i]))
            }
            clock.lap("tag + extract events")
            assemble(articles, extractions, &clock)
        } else {
            let extractions = Extractor.extractAll(articles)
            clock.lap("extract (people, interactions, events)")
            assemble(articles, extractions, &clock)
        }
        clock.total()
    }

    private func assemble(_ articles: [Article], _ extractions: [ArticleExtraction], _ clock: inout StageClock) {
        let n = extractions.reduce(0) { $0 + $1.events.count }
        clock.lap("(\(n) unmerged events)")
        let library = Library.assemble(articles: articles, extractions: extractions)
        clock.lap("assemble (\(library.people.count) people, \(library.events.count) events, \(library.relations.count) relations)")
    }
}

/// Wall and process CPU time between laps, printed to stderr.
struct StageClock {
    private var wall = DispatchTime.now().uptimeNanoseconds
    private var cpu = StageClock.cpuNow()
    private let startWall = DispatchTime.now().uptimeNanoseconds
    private let startCPU = StageClock.cpuNow()

    /// Prints the time since the previous lap under `name`.
    mutating func lap(_ name: String) {
        let w = DispatchTime.now().uptimeNanoseconds, c = StageClock.cpuNow()
        report(name, Double(w - wall) / 1e9, c - cpu)
        wall = w; cpu = c
    }

    /// Prints the time since the start, and the peak RSS.
    func total() {
        report("total", Double(DispatchTime.now().uptimeNanoseconds - startWall) / 1e9, StageClock.cpuNow() - startCPU)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        FileHandle.standardError.write(Data("peak RSS \(usage.ru_maxrss / 1024) MB\n".utf8))
    }

    private func report(_ name: String, _ wall: Double, _ cpu: Double) {
        FileHandle.standardError.write(Data(String(format: "%8.3f s wall %8.3f s CPU  %@\n", wall, cpu, name).utf8))
    }

    private static func cpuNow() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let u = usage.ru_utime, s = usage.ru_stime
        return Double(u.tv_sec + s.tv_sec) + Double(u.tv_usec + s.tv_usec) / 1e6
    }
}
