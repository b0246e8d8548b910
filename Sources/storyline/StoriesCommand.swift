import ArgumentParser
import Dispatch
import Foundation
import StorylineCore

/// `storyline stories`: the corpus grouped into stories.
struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stories: articles grouped by shared events, people and wording, close in time.")

    @Flag(help: "Print a JSON array of stories {id, title, centralArticle, span, articles, events, people, terms}.")
    var json = false

    @Flag(help: "Print to standard error how long loading, extraction, wording, related articles and stories took.")
    var timings = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let library = try (timings ? timedOpen() : corpus.loadLibrary(link: true)).library
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

    /// Opens the corpus with linking, printing to standard error the open's and each linking
    /// step's wall-clock and CPU time (CPU time divided by the cores is what a step costs on an
    /// idle machine). With --no-cache every step runs.
    func timedOpen() throws -> CorpusStore.Opened {
        func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var clock = DispatchTime.now().uptimeNanoseconds
        var cpuClock = cpu()
        func lap() -> (wall: Double, cpu: Double) {
            let now = DispatchTime.now().uptimeNanoseconds, nowCPU = cpu()
            defer { clock = now; cpuClock = nowCPU }
            return (Double(now - clock) / 1e9, nowCPU - cpuClock)
        }
        var opened = try corpus.loadLibrary()
        let t = lap()
        say(String(format: "open of %d articles (%d parsed and extracted): %.2f s (cpu %.2f s)",
                   opened.library.articles.count, opened.stats.parsed, t.wall, t.cpu))
        if opened.stats.linkedFromCache {
            say("related articles and stories: decoded from the cache")
        } else {
            opened = opened.linking { step, _ in
                let t = lap()
                say(String(format: "%@: %.2f s (cpu %.2f s)", step, t.wall, t.cpu))
            }
        }
        return opened
    }
}
