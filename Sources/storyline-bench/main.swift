import Foundation
import StorylineCore
import StorylineTUI

/// storyline-bench: measures the cache and search on a generated corpus. One phase per run,
/// so that each phase's peak RSS is its own (`/usr/bin/time -v` around each run):
///   storyline-bench cold  CORPUS CACHE_DIR          full build: parse + extract + index (CorpusStore.index)
///   storyline-bench open  CORPUS CACHE_DIR          reopen an unchanged corpus from the cache
///   storyline-bench link  CORPUS CACHE_DIR          open, then compute and store related articles and
///                                                    stories, as the browser does on its first open
///   storyline-bench snapshot CORPUS CACHE_DIR       the browser's cached start: article list + index from the
///                                                    cache, first frame rendered on the in-memory TestTerminal
///   storyline-bench query CORPUS CACHE_DIR QUERIES  top-10 with snippets, p50/p99 latency
///   storyline-bench stages CORPUS N                 one thread's CPU per step (read, parse, people,
///                                                    interactions, events) over the first N files
/// Prints `key=value` lines that bench/run.sh formats.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU time of the calling thread, in seconds: robust when other processes share the cores.
func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

/// Draws the browser's first frame from a cache snapshot, as `storyline` does on a cached corpus,
/// on the in-memory TestTerminal at 120x40. Returns the state shown (the browser keeps it; freeing
/// it is not part of the first frame) and the number of articles listed, or -1.
func drawFirstFrame(corpus: String, cacheDir: String) -> (AppState?, Int) {
    guard let snap = CorpusStore.snapshot(paths: [corpus], cacheDirectory: cacheDir) else { return (nil, -1) }
    let terminal = TestTerminal(width: 120, height: 40)
    var state = AppState(library: Library(articles: snap.articles), size: terminal.size)
    state.loading = true
    terminal.draw(render(state, size: terminal.size))
    return (state, terminal.dump().isEmpty ? -1 : snap.articles.count)
}

/// FNV-1a over the fields of every event, person, relation and mention count, in library order.
func digest(_ library: Library) -> String {
    var h: UInt64 = 0xcbf29ce484222325
    func add(_ s: String) {
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ 0x1f) &* 0x100000001b3
    }
    func add(_ d: TimeSpan?) { add(d.map { "\($0.start.iso)/\($0.end.iso)/\($0.granularity)" } ?? "-") }
    for e in library.events {
        add(e.id); add(e.date); add(e.expression); add(e.type.rawValue); add("\(e.status)"); add(e.summary)
        e.participants.forEach { add($0) }; add("|"); e.places.forEach { add($0) }; add("|")
        for s in e.sources { add(s.article); add(String(s.offset)); add(String(s.block)) }
    }
    for p in library.people {
        add(p.name); p.aliases.forEach { add($0) }; add(String(p.mentions)); add("\(p.roles)"); p.articles.forEach { add($0) }
    }
    for r in library.relations {
        r.people.forEach { add($0) }
        for i in r.interactions {
            add(i.type.rawValue); add(i.date); add(i.event ?? "-")
            for s in i.sources { add(s.article); add(String(s.offset)) }
        }
    }
    for m in library.mentioned { add(m.person); add(m.article); add(String(m.count)) }
    return "\(library.events.count)e-\(library.people.count)p-\(library.relations.count)r-" + String(h, radix: 16)
}

let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write(Data("usage: storyline-bench cold|open|link|snapshot|query CORPUS CACHE_DIR [QUERIES]\n".utf8))
    exit(2)
}
let (mode, corpus, cacheDir) = (args[1], args[2], args[3])

do {
    switch mode {
    case "stages":
        let limit = Int(args[3]) ?? 1000
        let names = (try FileManager.default.subpathsOfDirectory(atPath: corpus))
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html")) }.sorted()
        var (read, parse) = (0.0, 0.0)
        var articles: [Article] = []
        for name in names.prefix(limit) {
            var t = threadCPU()
            guard let data = FileManager.default.contents(atPath: corpus + "/" + name) else { continue }
            read += threadCPU() - t; t = threadCPU()
            if case .success(let (text, _)) = SourceText.decode(data), let a = ArticleParser.parse(text: text, path: name) {
                articles.append(a)
            }
            parse += threadCPU() - t
        }
        print("stage_articles=\(articles.count)")
        print("stage_read_ms_per_doc=\(read * 1000 / Double(articles.count))")
        print("stage_parse_ms_per_doc=\(parse * 1000 / Double(articles.count))")
        var total = parse
        for (step, s) in Extractor.profile(articles, clock: threadCPU) {
            print("stage_\(step)_ms_per_doc=\(s * 1000 / Double(articles.count))")
            total += s
        }
        print("stage_total_ms_per_doc=\(total * 1000 / Double(articles.count))")
    case "cold":
        try? FileManager.default.removeItem(atPath: cacheDir)
        var indexed: CorpusStore.Indexed!
        let t = try seconds { indexed = try CorpusStore.index(paths: [corpus], cacheDirectory: cacheDir) }
        let opened = indexed!
        let mb = Double(opened.stats.bytesRead) / 1_048_576
        print("cold_seconds=\(t)")
        print("cold_docs=\(opened.stats.parsed)")
        print("cold_docs_per_s=\(Double(opened.stats.parsed) / t)")
        print("cold_mb_per_s=\(mb / t)")
        print("corpus_mb=\(mb)")
        let path = opened.cachePath
        let size = ["", "-wal"].reduce(0) { n, s in
            n + ((try? FileManager.default.attributesOfItem(atPath: path + s)[.size] as? Int) ?? 0)
        }
        print("cache_mb=\(Double(size) / 1_048_576)")
    case "snapshot":
        var (state, count): (AppState?, Int) = (nil, 0)
        let t = seconds { (state, count) = drawFirstFrame(corpus: corpus, cacheDir: cacheDir) }
        withExtendedLifetime(state) {}
        print("snapshot_seconds=\(t)")
        print("snapshot_articles=\(count)")
    case "open":
        // As the browser opens: the library is there when `open` returns; what it stores for the
        // next open is written behind it, and the process waits for that before it ends.
        var opened: CorpusStore.Opened!
        let writes = CacheWrites()
        let t = try seconds { opened = try CorpusStore.open(paths: [corpus], cacheDirectory: cacheDir, writes: writes) }
        let stored = seconds { writes.wait() }
        print("open_seconds=\(t)")
        print("open_stored_seconds=\(t + stored)")
        print("open_parsed=\(opened.stats.parsed)")
        print("open_assembled_from_cache=\(opened.stats.assembledFromCache)")
        // With STORYLINE_BENCH_DIGEST set: a digest of everything assembled, to check that a change
        // meant to be faster gives the same library (not part of the timed open).
        if ProcessInfo.processInfo.environment["STORYLINE_BENCH_DIGEST"] != nil {
            print("open_digest=\(digest(opened.library))")
        }
    case "link":
        var opened: CorpusStore.Opened!
        let t = try seconds { opened = try CorpusStore.open(paths: [corpus], cacheDirectory: cacheDir, link: true) }
        print("link_seconds=\(t)")
        print("link_from_cache=\(opened.stats.linkedFromCache)")
    case "query":
        let queries = try String(contentsOfFile: args[4], encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let opened = try CorpusStore.open(paths: [corpus], cacheDirectory: cacheDir)
        for q in queries { _ = try? opened.index.search(q, limit: 10) }
        var times: [Double] = []
        var cpu: [Double] = []
        var slowest: [(Double, String)] = []
        var hits = 0
        for _ in 0..<5 {
            for q in queries {
                var n = 0
                let c0 = threadCPU()
                let t = seconds { n = (try? opened.index.search(q, limit: 10).count) ?? 0 }
                cpu.append(threadCPU() - c0)
                times.append(t); hits += n
                slowest.append((t, q))
            }
        }
        times.sort()
        cpu.sort()
        print("queries=\(times.count)")
        print("query_cpu_p50_ms=\(percentile(cpu, 0.5) * 1000)")
        print("query_cpu_p99_ms=\(percentile(cpu, 0.99) * 1000)")
        print("query_p50_ms=\(percentile(times, 0.5) * 1000)")
        print("query_p99_ms=\(percentile(times, 0.99) * 1000)")
        print("query_max_ms=\(times.last! * 1000)")
        print("query_hits=\(hits)")
        let worst = Dictionary(slowest.map { ($0.1, $0.0) }, uniquingKeysWith: max).sorted { $0.value > $1.value }.prefix(5)
        print("query_slowest=\(worst.map { "\($0.key) \(String(format: "%.1f", $0.value * 1000))ms" }.joined(separator: "; "))")
    default:
        FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("storyline-bench: \(error)\n".utf8))
    exit(1)
}
