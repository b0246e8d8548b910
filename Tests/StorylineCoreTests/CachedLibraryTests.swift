import GRDB
import XCTest
@testable import StorylineCore

/// The assembled library (events, people, relations, mentions) kept in the cache: decoded on an
/// unchanged reopen with the same content as a fresh build, recomputed whenever a file changes.
final class CachedLibraryTests: XCTestCase {
    private func makeCorpus(_ f: SearchFixture) throws {
        try f.write("a.txt", ["Leaders meet in Geneva",
                              "GENEVA, March 3, 2025 — President Anna Berg met Prime Minister Karl Holm in Geneva on Monday to discuss climate finance.",
                              "Berg said on Tuesday that she would visit Oslo in April."])
        try f.write("b.txt", ["Holm and Berg agree on emissions",
                              "OSLO, March 4, 2025 — Prime Minister Karl Holm and President Anna Berg agreed on emissions targets in Geneva on Monday.",
                              "Holm spoke by phone with Chancellor Mia Lund on Tuesday."])
        try f.write("c.txt", ["Harbour reopens", "The city harbour reopened on Friday after repairs."])
    }

    private func assertSameAssembly(_ a: Library, _ b: Library, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.articles, b.articles, file: file, line: line)
        XCTAssertEqual(a.events, b.events, file: file, line: line)
        XCTAssertEqual(a.people, b.people, file: file, line: line)
        XCTAssertEqual(a.relations, b.relations, file: file, line: line)
        XCTAssertEqual(a.mentioned, b.mentioned, file: file, line: line)
    }

    func testReopeningAnUnchangedCorpusDecodesTheSameEventsPeopleAndRelations() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let first = try f.open()
        XCTAssertFalse(first.stats.assembledFromCache)
        XCTAssertFalse(first.library.events.isEmpty)
        XCTAssertFalse(first.library.people.isEmpty)
        XCTAssertFalse(first.library.relations.isEmpty)
        let second = try f.open()
        XCTAssertTrue(second.stats.assembledFromCache)
        assertSameAssembly(second.library, first.library)
        assertSameAssembly(second.library, try f.open(useCache: false).library)
    }

    func testWritesBehindTheOpenStoreTheAssemblyAndTheLinksForTheNextOpen() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let writes = CacheWrites()
        let first = try CorpusStore.open(paths: [f.corpus.path], cacheDirectory: f.cache, writes: writes)
        XCTAssertFalse(first.stats.assembledFromCache)
        let linked = first.linking()
        writes.wait()
        XCTAssertFalse(writes.pending)
        let second = try f.open()
        XCTAssertTrue(second.stats.assembledFromCache, "the assembly stored behind the first open is used")
        XCTAssertTrue(second.stats.linkedFromCache, "the links stored behind the first open are used")
        assertSameAssembly(second.library, first.library)
        XCTAssertEqual(second.library.stories, linked.library.stories)
    }

    func testAChangedFileIsNeverAnsweredFromTheOldAssembly() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        XCTAssertTrue(try f.open().stats.assembledFromCache)
        try f.write("c.txt", ["Lund visits Geneva",
                              "GENEVA, March 5, 2025 — Chancellor Mia Lund met President Anna Berg in Geneva on Wednesday."])
        let changed = try f.open()
        XCTAssertFalse(changed.stats.assembledFromCache, "the assembly of the old corpus state must not be used")
        XCTAssertTrue(changed.library.people.contains { $0.name.contains("Lund") && $0.articles.contains("c") })
        assertSameAssembly(changed.library, try f.open(useCache: false).library)
        let again = try f.open()
        XCTAssertTrue(again.stats.assembledFromCache)
        assertSameAssembly(again.library, changed.library)
    }

    func testARemovedFileDropsItsEventsAndMentions() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try f.open()
        try FileManager.default.removeItem(at: f.corpus.appendingPathComponent("b.txt"))
        let s = try f.open()
        XCTAssertFalse(s.stats.assembledFromCache)
        XCTAssertFalse(s.library.mentioned.contains { $0.article == "b" })
        XCTAssertFalse(s.library.events.contains { $0.sources.contains { $0.article == "b" } })
        assertSameAssembly(s.library, try f.open(useCache: false).library)
    }

    func testUndecodableAssemblyRebuildsTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let first = try f.open()
        let db = try DatabaseQueue(path: f.cachePath)
        try db.write { try $0.execute(sql: "UPDATE assembled SET value = x'B1FFFF'") }
        try db.close()
        let s = try f.open()
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertFalse(s.stats.assembledFromCache)
        assertSameAssembly(s.library, first.library)
    }

    func testAnAssemblyRowHoldingFewerEventsThanItCountsRebuildsTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let first = try f.open()
        let events = first.library.events
        XCTAssertGreaterThan(events.count, 1)
        // Counts every event but writes all but the last.
        let short = try XCTUnwrap(AssemblyCodec.encode(events) { w, e in
            if e != events.last { AssemblyCodec.write(&w, e) }
        })
        let db = try DatabaseQueue(path: f.cachePath)
        try db.write { try $0.execute(sql: "UPDATE assembled SET value = ? WHERE kind = 0", arguments: [short]) }
        try db.close()
        let s = try f.open()
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertFalse(s.stats.assembledFromCache)
        assertSameAssembly(s.library, first.library)
    }

    /// Only how often each person is named in each article is kept: twice in one article counts
    /// 2, once in another 1, and both the cached assembly and one assembled again from the cached
    /// extractions give back the same counts as a fresh build.
    func testMentionCountsPerArticleSurviveTheCache() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Talks in Geneva",
                              "GENEVA, March 3, 2025 — President Anna Berg arrived in Geneva on Monday.",
                              "Berg said on Tuesday that the talks would go on."])
        try f.write("b.txt", ["Harbour reopens", "OSLO, March 4, 2025 — President Anna Berg opened the harbour."])
        let fresh = try f.open()
        let expected = [MentionCount(person: "Anna Berg", article: "a", count: 2),
                        MentionCount(person: "Anna Berg", article: "b", count: 1)]
        XCTAssertEqual(fresh.library.mentioned.filter { $0.person == "Anna Berg" }, expected)
        XCTAssertEqual(fresh.library.people.first { $0.name == "Anna Berg" }?.mentions, 3)
        let cached = try f.open()
        XCTAssertTrue(cached.stats.assembledFromCache)
        assertSameAssembly(cached.library, fresh.library)
        try f.write("c.txt", ["Weather", "The city harbour stayed closed on Friday after a storm."])
        let reassembled = try f.open()
        XCTAssertFalse(reassembled.stats.assembledFromCache)
        XCTAssertEqual(reassembled.library.mentioned.filter { $0.person == "Anna Berg" }, expected)
        assertSameAssembly(reassembled.library, try f.open(useCache: false).library)
    }

    func testTimestampsParseTheSameByteByByteAsInGeneral() {
        let stamp = Published(iso: "2025-06-10T21:30+09:00")
        XCTAssertEqual(stamp, Published(day: Day(2025, 6, 10)!, minutes: 21 * 60 + 30, utcOffsetMinutes: 540))
        XCTAssertEqual(Published(iso: "2025-06-10T07:05-04:30")?.utcOffsetMinutes, -270)
        XCTAssertEqual(Published(iso: "2025-06-10T07:05"), Published(day: Day(2025, 6, 10)!, minutes: 425))
        XCTAssertEqual(Published(iso: "2025-06-10T07:05:30Z")?.utcOffsetMinutes, 0)
        XCTAssertNil(Published(iso: "2025-02-30"))
        XCTAssertNil(Published(iso: "2025-0x-10"))
        XCTAssertEqual(Day(iso: "2024-02-29"), Day(2024, 2, 29))
        XCTAssertEqual(Day(iso: "2025-6-1"), Day(2025, 6, 1))
        XCTAssertNil(Day(iso: "2025-02-29"))
        XCTAssertNil(Day(iso: "2025-06-10T"))
        for p in [Published(day: Day(1999, 12, 31)!), Published(day: Day(2026, 1, 2)!, minutes: 0, utcOffsetMinutes: -60)] {
            XCTAssertEqual(Published(iso: p.iso), p)
        }
    }

    func testSnapshotListsOldestFirstUndatedLast() throws {
        let f = try SearchFixture()
        try f.write("late.txt", ["Late", "SEOUL, May 2, 2025 — Talks went on."])
        try f.write("early.txt", ["Early", "SEOUL, March 1, 2025 — Talks began."])
        try f.write("none.txt", ["Undated", "Talks, at some point."])
        _ = try f.open()
        let snap = try XCTUnwrap(CorpusStore.snapshot(paths: [f.corpus.path], cacheDirectory: f.cache))
        XCTAssertEqual(snap.articles.map(\.id), ["early", "late", "none"])
    }

    func testListOrderFollowsTheTimestampText() {
        let stamps = ["2025-06-10T09:30-10:00", "2025-06-11", "2025-06-10T09:30+09:00", "2025-06-10", "1999-01-01T23:59",
                      "2025-06-10T09:30", "2025-06-10T09:30-04:00", "2025-06-10T00:00", "2025-06-10T09:30+00:00"]
            .compactMap(Published.init(iso:))
        XCTAssertEqual(stamps.count, 9)
        XCTAssertEqual(stamps.sorted { CorpusStore.listKey($0) < CorpusStore.listKey($1) }.map(\.iso), stamps.map(\.iso).sorted())
        XCTAssertTrue(stamps.allSatisfy { CorpusStore.listKey($0) < CorpusStore.listKey(nil) })
    }

    func testListOrderIsTheLoadersDateOrder() {
        let stamps: [String?] = ["2025-06-10T09:30+09:00", nil, "2025-06-10", "2024-12-31T23:59", "2025-06-10T09:30",
                                 nil, "2025-06-10T09:30", "2025-06-10T09:30-01:00", "2025-01-01"]
        let articles = stamps.enumerated().map { i, s in
            Article(id: "a\((i * 7) % 10)", path: "/x/\(i).txt", title: "t", published: s.flatMap(Published.init(iso:)))
        }
        XCTAssertEqual(CorpusStore.listOrder(articles), CorpusLoader.sortedByDate(articles))
        XCTAssertEqual(CorpusStore.listOrder(articles.reversed()), CorpusLoader.sortedByDate(articles))
    }
}
