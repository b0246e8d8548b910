import GRDB
import XCTest
@testable import StorylineCore

/// Related articles and stories kept in the cache: computed once per corpus state, decoded on
/// the next open, recomputed after any file changes, and never taken from a stale state.
final class LinkedCacheTests: XCTestCase {
    private func makeCorpus(_ f: SearchFixture) throws {
        try f.write("a.txt", ["Leaders meet in Geneva for climate summit",
                              "President Anna Berg met Prime Minister Karl Holm in Geneva on Monday to discuss climate finance and emissions targets.",
                              "The Geneva climate summit ended with a joint statement on emissions."])
        try f.write("b.txt", ["Geneva climate summit ends with emissions pledge",
                              "Prime Minister Karl Holm and President Anna Berg agreed in Geneva on emissions targets and climate finance.",
                              "Delegates said the climate summit statement sets new emissions goals."])
        try f.write("c.txt", ["Harbour reopens after storm repairs",
                              "The city harbour reopened on Friday after months of repairs to the storm-damaged piers.",
                              "Fishing boats returned to the piers as cranes were removed."])
    }

    private func open(_ f: SearchFixture, useCache: Bool = true, link: Bool) throws -> CorpusStore.Opened {
        try CorpusStore.open(paths: [f.corpus.path], useCache: useCache, cacheDirectory: f.cache, link: link)
    }

    func testSecondOpenDecodesRelatedArticlesAndStoriesFromTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let first = try open(f, link: true)
        XCTAssertFalse(first.stats.linkedFromCache)
        XCTAssertNotNil(first.stats.linkSeconds)
        XCTAssertEqual(first.library.related.of("a").first?.article, "b")
        XCTAssertFalse(first.library.stories.isEmpty)

        let second = try open(f, link: false)
        XCTAssertTrue(second.stats.linkedFromCache)
        XCTAssertNil(second.stats.linkSeconds)
        XCTAssertEqual(second.stats.parsed, 0)
        XCTAssertEqual(second.library.related, first.library.related)
        XCTAssertEqual(second.library.stories, first.library.stories)
        XCTAssertTrue(first.library.stories.contains { !$0.events.isEmpty }, "stories' events are rebuilt from the library")
    }

    /// A story's events follow from the library, so the stored links leave them out; a story
    /// whose list does not (here, events the library does not have) keeps it.
    func testStoryEventsAreLeftOutOfTheBlobWhenTheLibraryGivesThemBack() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let library = try open(f, link: true).library
        let story = try XCTUnwrap(library.stories.first { !$0.events.isEmpty })
        let links = CachedLinks(related: [], stories: Array(repeating: story, count: 50))
        var odd = links
        odd.stories[7].events = ["not-an-event"]
        let derived = try links.encoded(library: library), kept = try odd.encoded(library: library)
        XCTAssertEqual(try CachedLinks.decode(derived, library: library), links)
        XCTAssertEqual(try CachedLinks.decode(kept, library: library), odd)
        var explicit = links
        explicit.stories = explicit.stories.enumerated().map { i, s in var s = s; s.events = s.events + ["x\(i)"]; return s }
        XCTAssertLessThan(derived.count, try explicit.encoded(library: library).count)
    }

    /// Links are stored in the hand-written form (every id, name and term once) and read back
    /// exactly, including scores, shared events, people, terms and story spans.
    func testLinksAreStoredInTheCompactFormAndReadBackExactly() throws {
        let related = RelatedArticle(article: "b", score: 0.4375, wordingScore: 0.25, eventScore: 0.125, peopleScore: 0.0625,
                                     cosine: 0.71, events: ["e1", "e2"], people: ["Anna Berg", "Karl Holm"], terms: ["climate"])
        let story = Story(id: "S1", title: "Geneva summit", centralArticle: "a",
                          span: TimeSpan(start: Day(2025, 3, 1)!, end: Day(2025, 3, 4)!, granularity: .range),
                          articles: ["a", "b"], events: ["e1"], people: ["Anna Berg"], terms: ["climate", "summit"])
        let links = CachedLinks(related: [.init(article: "a", related: [related]), .init(article: "c", related: [])],
                                stories: [story, Story(id: "S2", title: "Harbour", centralArticle: "c", span: nil, articles: ["c"])])
        let library = Library(articles: [])
        let blob = try links.encoded(library: library)
        XCTAssertEqual(blob.first, AssemblyCodec.tag)
        XCTAssertLessThan(blob.count, try BlobCodec.encode(links).count)
        let f = try SearchFixture()
        try makeCorpus(f)
        let writer = try XCTUnwrap(try open(f, link: false).writer)
        try writer.write { try links.store($0, fingerprint: "x", library: library) }
        XCTAssertEqual(try writer.read { try CachedLinks.fetch($0, fingerprint: "x", library: library) }, links)
    }

    /// Scores as `RelatedArticles` gives them (thousandths) take a varint instead of raw float
    /// bits, which made up most of the stored links; any other value still reads back bit for bit.
    func testScoresInThousandthsAreStoredCompactlyAndOthersExactly() throws {
        func links(_ value: (Int) -> Float) -> CachedLinks {
            CachedLinks(related: (0..<300).map { a in
                .init(article: "a\(a)", related: (0..<10).map { b in
                    RelatedArticle(article: "a\((a + b + 1) % 300)", score: Double(value(a * 10 + b)),
                                   wordingScore: value(a + b), eventScore: value(a * b), peopleScore: value(b), cosine: value(a + 2 * b))
                })
            }, stories: [])
        }
        // Scattered thousandths, like real scores.
        func k(_ i: Int) -> Int { Int((UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15) >> 40) % 1000 }
        let rounded = links { Float(k($0)) / 1000 }
        let unrounded = links { Float(k($0)) / 1000 + 0.0001 }
        let library = Library(articles: [])
        let compact = try rounded.encoded(library: library), raw = try unrounded.encoded(library: library)
        XCTAssertLessThan(Double(compact.count), 0.92 * Double(raw.count), "\(compact.count) vs \(raw.count) bytes")
        for (blob, links) in [(compact, rounded), (raw, unrounded)] {
            XCTAssertEqual(blob.first, AssemblyCodec.tag, "the hand-written form carries both")
            XCTAssertEqual(try CachedLinks.decode(blob, library: library), links)
        }
        var w = AssemblyCodec.Writer()
        let odd: [Float] = [-0.0, 0, 0.0005, 1e7, -0.25, .infinity, 0.001, 999.999]
        for x in odd { w.thousandths(x) }
        w.thousandths(Double.nan)
        w.thousandths(0.1 as Double)
        let bytes = try XCTUnwrap(w.finish())
        var r = try AssemblyCodec.Reader(XCTUnwrap(Zstd.pack(tag: AssemblyCodec.tag, bytes)))
        for x in odd {
            let y: Float = try r.thousandths()
            XCTAssertEqual(y.bitPattern, x.bitPattern, "\(x)")
        }
        let nan: Double = try r.thousandths()
        XCTAssertTrue(nan.isNaN)
        XCTAssertEqual(try r.thousandths() as Double, 0.1)
    }

    func testWithoutLinkNothingIsComputedUntilSomeoneLinks() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let plain = try open(f, link: false)
        XCTAssertFalse(plain.stats.linkedFromCache)
        XCTAssertTrue(plain.library.related.byArticle.isEmpty)
        XCTAssertTrue(plain.library.stories.isEmpty)
        // Linking an opened corpus later (as the browser does in the background) stores the result.
        let linked = plain.linking()
        XCTAssertEqual(linked.library.related.of("b").first?.article, "a")
        let again = try open(f, link: false)
        XCTAssertTrue(again.stats.linkedFromCache)
        XCTAssertEqual(again.library.related, linked.library.related)
    }

    func testAChangedFileInvalidatesTheCachedLinks() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try open(f, link: true)
        try f.write("c.txt", ["Climate summit in Geneva draws protests",
                              "Protesters gathered in Geneva as President Anna Berg and Prime Minister Karl Holm discussed emissions at the climate summit.",
                              "Police said the climate summit protest in Geneva was peaceful."])
        let stale = try open(f, link: false)
        XCTAssertFalse(stale.stats.linkedFromCache, "links of the old corpus state must not be used")
        XCTAssertTrue(stale.library.related.byArticle.isEmpty)
        let fresh = try open(f, link: true)
        XCTAssertFalse(fresh.stats.linkedFromCache)
        XCTAssertTrue(fresh.library.related.of("c").contains { $0.article == "a" || $0.article == "b" })
        XCTAssertTrue(try open(f, link: false).stats.linkedFromCache)
    }

    func testAnAddedOrRemovedFileInvalidatesTheCachedLinks() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try open(f, link: true)
        try FileManager.default.removeItem(at: f.corpus.appendingPathComponent("c.txt"))
        let removed = try open(f, link: true)
        XCTAssertFalse(removed.stats.linkedFromCache)
        XCTAssertNil(removed.library.related.byArticle["c"])
        try f.write("d.txt", ["Geneva summit", "President Anna Berg left Geneva after the climate summit."])
        XCTAssertFalse(try open(f, link: false).stats.linkedFromCache)
    }

    func testNoCacheComputesTheSameLinksAndNeverReadsTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        let cached = try open(f, link: true)
        let uncached = try open(f, useCache: false, link: true)
        XCTAssertFalse(uncached.stats.linkedFromCache)
        XCTAssertNotNil(uncached.stats.linkSeconds)
        XCTAssertNil(uncached.cachePath)
        XCTAssertEqual(uncached.library.related, cached.library.related)
        XCTAssertEqual(uncached.library.stories, cached.library.stories)
        XCTAssertFalse(try open(f, useCache: false, link: false).stats.linkedFromCache)
    }

    func testCacheOfThePreviousSchemaIsRebuiltWithANotice() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try open(f, link: true)
        let db = try DatabaseQueue(path: f.cachePath)
        try db.write {
            try $0.execute(sql: "DROP TABLE linked")
            try $0.execute(sql: "PRAGMA user_version = \(CacheSchema.version - 1)")
        }
        try db.close()
        let s = try open(f, link: true)
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertEqual(s.stats.parsed, 3)
        XCTAssertEqual(s.library.related.of("a").first?.article, "b")
        XCTAssertTrue(try open(f, link: false).stats.linkedFromCache)
    }

    func testUndecodableCachedLinksRebuildTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        _ = try open(f, link: true)
        let db = try DatabaseQueue(path: f.cachePath)
        try db.write { try $0.execute(sql: "UPDATE linked SET value = x'B1FFFF'") }
        try db.close()
        let s = try open(f, link: true)
        XCTAssertEqual(s.notices.count, 1, "\(s.notices)")
        XCTAssertFalse(s.stats.linkedFromCache)
        XCTAssertEqual(s.library.related.of("a").first?.article, "b")
    }

    func testBrokenFilesAreReportedOnEveryOpenWhileTheRestComesFromTheCache() throws {
        let f = try SearchFixture()
        try makeCorpus(f)
        try Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x9C, 0x00, 0x00]).write(to: f.corpus.appendingPathComponent("binary.txt"))
        try Data().write(to: f.corpus.appendingPathComponent("empty.txt"))
        for round in 1...2 {
            let s = try open(f, link: true)
            XCTAssertEqual(Set(s.library.articles.map(\.id)), ["a", "b", "c"], "round \(round)")
            let flagged = Set(s.warnings.filter(\.skipped).map { ($0.path as NSString).lastPathComponent })
            XCTAssertEqual(flagged, ["binary.txt", "empty.txt"], "round \(round)")
            XCTAssertEqual(s.stats.linkedFromCache, round == 2)
        }
    }
}
