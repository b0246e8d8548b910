import GRDB
import XCTest
@testable import StorylineCore

/// The persistent cache: reuse without parsing, incremental updates, recovery from damage,
/// and two users of one cache at once.
final class CacheTests: XCTestCase {
    private func makeCorpus(_ f: SearchFixture) throws {
        try f.write("a.txt", ["Summit in Geneva", "The leaders met in Geneva."])
        try f.write("b.txt", ["Trade talks", "Negotiators discussed tariffs."])
        try f.write("c.txt", ["Weather", "Rain over the weekend."])
    }

    func testReopeningAnUnchangedCorpusDoesNotParse() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let first = try f.open()
        XCTAssertEqual(first.stats.parsed, 3)
        let second = try f.open()
        XCTAssertEqual(second.stats.parsed, 0)
        XCTAssertEqual(second.stats.reused, 3)
        XCTAssertEqual(second.library.articles, first.library.articles)
        XCTAssertEqual(try second.ids("geneva"), ["a"])
        XCTAssertTrue(second.notices.isEmpty)
    }

    func testIndexingFirstLetsTheNextOpenDecodeTheSameLibraryWithoutParsing() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let indexed = try CorpusStore.index(paths: [f.corpus.path], cacheDirectory: f.cache)
        XCTAssertEqual(indexed.stats.parsed, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: indexed.cachePath))
        let again = try CorpusStore.index(paths: [f.corpus.path], cacheDirectory: f.cache)
        XCTAssertEqual(again.stats.parsed, 0)
        XCTAssertEqual(again.stats.reused, 3)
        let opened = try f.open()
        XCTAssertEqual(opened.stats.parsed, 0)
        let fresh = try CorpusStore.open(paths: [f.corpus.path], useCache: false)
        XCTAssertEqual(opened.library.articles, fresh.library.articles)
        XCTAssertEqual(opened.library.events, fresh.library.events)
        XCTAssertEqual(try opened.ids("geneva"), ["a"])
    }

    /// A build of enough new files trains zstd dictionaries on a sample of them and packs every
    /// article and extraction with them; the next open, and a file added later (packed with the
    /// same dictionaries), decode to exactly what an uncached load gives.
    func testLargeBuildsPackBlobsWithDictionariesTrainedOnTheCorpus() throws {
        let f = try SearchFixture()
        let cities = ["Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Quito"]
        func article(_ i: Int) -> [String] {
            let city = cities[i % cities.count], other = cities[(i * 3 + 1) % cities.count]
            return ["Talks in \(city), round \(i)",
                    "Foreign ministers from \(city) and \(other) met on Tuesday to discuss trade and border security, "
                        + "officials said after the meeting, the \(i)th of its kind this year.",
                    "The minister of \(other) said in a statement that talks would continue in \(city) next month.",
                    "Delegates from \(i % 9 + 2) countries attended the talks, which were held behind closed doors."]
        }
        let count = CacheDictionaries.minimumFiles + 10
        for i in 0..<count { try f.write(String(format: "n%04d.txt", i), article(i)) }
        let first = try f.open()
        XCTAssertEqual(first.stats.parsed, count)
        let writer = try XCTUnwrap(first.writer)
        let purposes = try writer.read { try String.fetchAll($0, sql: "SELECT purpose FROM dictionary ORDER BY purpose") }
        XCTAssertEqual(purposes, ["article", "extraction"])
        let articleID = try writer.read { db in try XCTUnwrap(CacheDictionaries.load(db).article?.id) }
        func dictionaryIDs(_ column: String) throws -> Set<UInt64> {
            try writer.read { db in
                Set(try Data.fetchAll(db, sql: "SELECT \(column) FROM blob").map { blob -> UInt64 in
                    let s = ByteSource(bytes: [UInt8](blob), position: 1)
                    return (try? s.varint()) ?? 0
                })
            }
        }
        XCTAssertEqual(try dictionaryIDs("article"), [UInt64(articleID)], "every article is packed with the dictionary")
        XCTAssertFalse(try dictionaryIDs("extraction").contains(0))
        try f.write("late.txt", article(count))
        let second = try f.open()
        XCTAssertEqual(second.stats.parsed, 1)
        XCTAssertEqual(try dictionaryIDs("article"), [UInt64(articleID)], "a later file uses the same dictionary")
        let fresh = try CorpusStore.open(paths: [f.corpus.path], useCache: false)
        XCTAssertEqual(second.library.articles, fresh.library.articles)
        XCTAssertEqual(second.library.events, fresh.library.events)
        XCTAssertEqual(try f.open().library.events, fresh.library.events)
    }

    /// The index-only search (the CLI's fast path) brings the cache up to date, reports the
    /// same problem files as a full open, and finds the same articles with the same scores and
    /// snippets as the full library's index, without matched events.
    func testSearchIndexAloneAnswersLikeTheFullLibraryAndReportsProblemFiles() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        try Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x9C, 0x00, 0x00]).write(to: f.corpus.appendingPathComponent("binary.txt"))
        let fast = try CorpusStore.searchIndex(paths: [f.corpus.path], cacheDirectory: f.cache)
        XCTAssertEqual(fast.indexed.stats.parsed, 4)
        XCTAssertEqual(fast.articles, 3)
        XCTAssertEqual(fast.warnings.filter(\.skipped).map { ($0.path as NSString).lastPathComponent }, ["binary.txt"])
        let full = try f.open()
        XCTAssertEqual(full.stats.reused, 3, "the fast path wrote the cache the full open reads")
        XCTAssertEqual(full.stats.parsed, 1, "only the broken file is tried again")
        XCTAssertEqual(Set(fast.warnings.map(\.path)), Set(full.warnings.map(\.path)))
        for query in ["geneva", "leaders met", "\"trade talks\"", "rain OR tariffs", "-weather"] {
            let a = try fast.index.search(query), b = try full.index.search(query)
            XCTAssertEqual(a.map(\.article), b.map(\.article), query)
            XCTAssertEqual(a.map(\.score), b.map(\.score), query)
            XCTAssertEqual(a.map(\.snippet), b.map(\.snippet), query)
        }
        try f.write("d.txt", ["Summit in Geneva ends", "The leaders left Geneva on Tuesday."])
        let again = try CorpusStore.searchIndex(paths: [f.corpus.path], cacheDirectory: f.cache)
        XCTAssertEqual(again.indexed.stats.parsed, 2, "only the new file and the broken one are read")
        XCTAssertEqual(Set(try again.index.search("geneva").map(\.article)), ["a", "d"])
    }

    func testTheSameCorpusNamedFromAnotherFolderIsNotParsedAgain() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        XCTAssertEqual(try CorpusStore.open(paths: [f.corpus.path], cacheDirectory: f.cache).stats.parsed, 3)
        let previous = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(f.corpus.deletingLastPathComponent().path))
        let relative = f.corpus.lastPathComponent
        let again = try CorpusStore.open(paths: [relative], cacheDirectory: f.cache)
        XCTAssertEqual(again.stats.parsed, 0)
        XCTAssertEqual(again.stats.reused, 3)
        XCTAssertEqual(Set(again.library.articles.map(\.path)), [relative + "/a.txt", relative + "/b.txt", relative + "/c.txt"],
                       "articles show the paths as given this time")
        XCTAssertEqual(try CorpusStore.open(paths: ["./" + relative + "/"], cacheDirectory: f.cache).stats.parsed, 0)
    }

    func testSnapshotShowsTheLastCachedStateWithoutReadingFiles() throws {
        let f = try SearchFixture()
        XCTAssertNil(CorpusStore.snapshot(paths: [f.corpus.path], cacheDirectory: f.cache))
        try makeCorpus(f)
        _ = try f.open()
        let snap = try XCTUnwrap(CorpusStore.snapshot(paths: [f.corpus.path], cacheDirectory: f.cache))
        XCTAssertEqual(Set(snap.articles.map(\.id)), ["a", "b", "c"])
        XCTAssertEqual(snap.articles.first { $0.id == "b" }?.title, "Trade talks")
        XCTAssertEqual(try snap.index.search("tariffs").map(\.article), ["b"])
    }

    func testCacheLivesUnderXDGCacheHome() {
        XCTAssertEqual(CorpusStore.cacheDirectory(environment: ["XDG_CACHE_HOME": "/tmp/x", "HOME": "/home/u"]), "/tmp/x/storyline")
        XCTAssertEqual(CorpusStore.cacheDirectory(environment: ["HOME": "/home/u"]), "/home/u/.cache/storyline")
        XCTAssertNotEqual(CorpusStore.cachePath(for: ["/a"], directory: "/c"), CorpusStore.cachePath(for: ["/b"], directory: "/c"))
        XCTAssertEqual(CorpusStore.cachePath(for: ["/a", "/b"], directory: "/c"), CorpusStore.cachePath(for: ["/b", "/a"], directory: "/c"))
    }

    func testChangedAddedAndRemovedFilesAreReindexed() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        try f.write("a.txt", ["Summit in Lisbon", "The leaders met in Lisbon instead."])
        try f.write("d.txt", ["Harbour", "A new harbour opened."])
        try FileManager.default.removeItem(at: f.corpus.appendingPathComponent("c.txt"))
        let s = try f.open()
        XCTAssertEqual(s.stats.parsed, 2)
        XCTAssertEqual(s.stats.reused, 1)
        XCTAssertEqual(s.stats.removed, 1)
        XCTAssertEqual(try s.ids("geneva"), [])
        XCTAssertEqual(try s.ids("lisbon"), ["a"])
        XCTAssertEqual(try s.ids("harbour"), ["d"])
        XCTAssertEqual(try s.ids("rain"), [])
        XCTAssertEqual(Set(s.library.articles.map(\.id)), ["a", "b", "d"])
        XCTAssertEqual(try fileRows(f), [3, 3], "one cache row per file")
    }

    /// Rows keep paths relative to the corpus folder (not its absolute path once per file), yet
    /// every article still has its full path, a file added later is found under it, and an
    /// article blob does not repeat the path its row has.
    func testRowsStorePathsRelativeToTheCorpusFolder() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        try FileManager.default.createDirectory(at: f.corpus.appendingPathComponent("more"), withIntermediateDirectories: true)
        try f.write("more/d.txt", ["Harbour", "The harbour reopened."])
        _ = try f.open()
        let s = try f.open()
        XCTAssertEqual(s.stats.parsed, 0, "reopening finds every row by its path")
        let stored = try DatabaseQueue(path: f.cachePath).read { db in try String.fetchAll(db, sql: "SELECT path FROM doc ORDER BY path") }
        XCTAssertEqual(stored, ["a.txt", "b.txt", "c.txt", "more/d.txt"])
        XCTAssertEqual(Set(s.library.articles.map(\.path)), Set(["a.txt", "b.txt", "c.txt", "more/d.txt"].map { f.corpus.path + "/" + $0 }))
        XCTAssertEqual(Set(CorpusStore.snapshot(paths: [f.corpus.path], cacheDirectory: f.cache)?.articles.map(\.path) ?? []),
                       Set(s.library.articles.map(\.path)), "the first screen's list has full paths too")
        XCTAssertEqual(try s.ids("harbour"), ["d"])
        let blob = try XCTUnwrap(try DatabaseQueue(path: f.cachePath).read { db in
            try Data.fetchOne(db, sql: "SELECT b.article FROM blob b JOIN doc d ON d.docid = b.docid WHERE d.path = 'a.txt'")
        })
        XCTAssertEqual(try BlobCodec.decode(Article.self, from: blob).path, "")
    }

    /// The folder paths are relative to: a folder root itself, a file root's folder, what
    /// several roots share; nothing for roots that share only `/`. A path outside stays absolute.
    func testDocPathsBaseAndRoundTrip() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let corpus = f.corpus.path
        XCTAssertEqual(DocPaths.base(of: [corpus]), corpus)
        XCTAssertEqual(DocPaths.base(of: [corpus + "/a.txt"]), corpus)
        XCTAssertEqual(DocPaths.base(of: [corpus + "/a.txt", corpus + "/b.txt"]), corpus)
        XCTAssertEqual(DocPaths.base(of: [corpus, f.root.path + "/other"]), f.root.path)
        XCTAssertEqual(DocPaths.base(of: ["/usr", "/tmp"]), "")
        let paths = DocPaths(base: corpus)
        for key in [corpus + "/a.txt", corpus + "/x/y.md", corpus + "x/a.txt", "/elsewhere/a.txt"] {
            XCTAssertEqual(paths.key(paths.stored(key)), key)
        }
        XCTAssertEqual(paths.stored(corpus + "/x/y.md"), "x/y.md")
        XCTAssertEqual(paths.stored(corpus + "x/a.txt"), corpus + "x/a.txt", "a sibling folder with the same prefix is not inside")
        XCTAssertEqual(DocPaths(base: "").stored("/a/b.txt"), "/a/b.txt")
    }

    /// Rows in the cache's file table, and distinct paths among them.
    private func fileRows(_ f: SearchFixture) throws -> [Int] {
        try DatabaseQueue(path: f.cachePath).read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM doc") ?? -1, try Int.fetchOne(db, sql: "SELECT count(DISTINCT path) FROM doc") ?? -1]
        }
    }

    func testTouchedButUnchangedFileIsHashedNotParsed() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        let url = f.corpus.appendingPathComponent("b.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: url.path)
        let s = try f.open()
        XCTAssertEqual(s.stats.parsed, 0)
        XCTAssertEqual(s.stats.touched, 1)
        XCTAssertEqual(try s.ids("tariffs"), ["b"])
        XCTAssertEqual(try f.open().stats.touched, 0)
    }

    func testSchemaVersionBumpRebuildsWithANotice() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        let db = try DatabaseQueue(path: f.cachePath)
        try db.write { try $0.execute(sql: "PRAGMA user_version = 999") }
        try db.close()
        let s = try f.open()
        XCTAssertEqual(s.notices.count, 1)
        XCTAssertTrue(s.notices[0].contains("rebuilding"), s.notices[0])
        XCTAssertEqual(s.stats.parsed, 3)
        XCTAssertEqual(try s.ids("geneva"), ["a"])
    }

    func testCorruptCacheFileIsRebuilt() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: f.cachePath))
        let s = try f.open()
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertEqual(try s.ids("tariffs"), ["b"])
    }

    func testTruncatedCacheFileIsRebuilt() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        for i in 0..<40 { try f.write("extra\(i).txt", ["Extra \(i)", String(repeating: "filler words for size \(i) ", count: 200)]) }
        _ = try f.open()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: f.cachePath))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2)
        try handle.close()
        let s = try f.open()
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertEqual(try s.ids("tariffs"), ["b"])
        XCTAssertEqual(s.library.articles.count, 43)
    }

    func testTwoOpensOfOneCacheAtOnceBothWork() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let results = UnsafeMutableBufferPointer<[String]?>.allocate(capacity: 2)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results[i] = try? f.open().ids("tariffs")
        }
        XCTAssertEqual(results[0], ["b"])
        XCTAssertEqual(results[1], ["b"])
        let a = try f.open()
        let b = try f.open()
        XCTAssertEqual(try a.ids("geneva"), try b.ids("geneva"))
        XCTAssertEqual(try fileRows(f), [3, 3], "both processes found the same rows by path")
    }

    func testABuildWithDictionariesReportsProgressFromTheStartAndCountsEveryFileOnce() throws {
        let f = try SearchFixture()
        let places = ["Seoul", "Lisbon", "Nairobi", "Lima", "Oslo", "Hanoi"]
        let n = CacheDictionaries.minimumFiles + 100
        for i in 0..<n {
            try f.write(String(format: "a%04d.txt", i), ["Talks in \(places[i % 6]) \(i)",
                "The minister of \(places[(i + 1) % 6]) said on Monday that talks on trade would continue next week."])
        }
        var reports: [IndexProgress] = []
        _ = try CorpusStore.index(paths: [f.corpus.path], cacheDirectory: f.cache) { reports.append($0) }
        let sample = CacheDictionaries.sampleCount(newFiles: n)
        // The sampled files are reported as they are parsed, in steps, before any batch is written.
        XCTAssertEqual(reports.first?.done, min(256, sample))
        XCTAssertTrue(reports.contains { $0.done == sample })
        XCTAssertEqual(reports.map(\.done), reports.map(\.done).sorted(), "progress never goes back")
        XCTAssertEqual(reports.last?.done, n, "every file counted once")
        XCTAssertEqual(reports.last?.total, n)
        let bytes = try FileManager.default.contentsOfDirectory(atPath: f.corpus.path).reduce(0) { total, name in
            total + ((try FileManager.default.attributesOfItem(atPath: f.corpus.path + "/" + name)[.size] as? Int) ?? 0)
        }
        XCTAssertEqual(reports.last?.bytes, bytes, "every byte counted once")
    }
}

/// The cache's own file scan finds exactly what the loader would.
final class CorpusScanTests: XCTestCase {
    func testScanFindsTheSameFilesAsTheLoader() throws {
        let f = try SearchFixture()
        try FileManager.default.createDirectory(at: f.corpus.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: f.corpus.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["b.txt", "A.MD", "sub/c.html", "sub/deeper/d.htm", "sub/e.json", ".hidden/x.txt", ".dot.txt", "noext"] {
            try "Title\n\nBody".write(to: f.corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let direct = f.corpus.appendingPathComponent("sub/e.json").path
        let paths = [f.corpus.path, direct, "/no/such/folder"]
        let scanned = CorpusScan.scan(paths)
        let discovered = CorpusLoader.discover(paths)
        XCTAssertEqual(scanned.files.map(\.path), discovered.files)
        XCTAssertEqual(scanned.warnings, discovered.warnings)
        XCTAssertEqual(scanned.files.count, 5)
    }

}
