import XCTest
@testable import StorylineCore

/// Story grouping on generated corpora whose stories are known.
final class StoryClusteringTests: XCTestCase {
    func testPlantedStoriesAreRecoveredWithEventsPeopleAndWording() {
        for seed in 1...4 {
            var generator = StoryCorpusGenerator()
            generator.seed = UInt64(seed)
            let (library, truth) = generator.generate()
            let stories = StoryClusterer.cluster(library)
            let q = StoryCorpusGenerator.score(stories, truth: truth)
            XCTAssertGreaterThanOrEqual(q.purity, 0.95, "seed \(seed): stories mix planted stories")
            XCTAssertGreaterThanOrEqual(q.completeness, 0.9, "seed \(seed): planted stories are split")
            XCTAssertEqual(Set(stories.flatMap(\.articles)).count, library.articles.count, "every article is in a story")
            XCTAssertEqual(stories.flatMap(\.articles).count, library.articles.count, "no article is in two stories")
        }
    }

    func testWordingAloneStillGroupsStories() {
        for seed in 5...8 {
            var generator = StoryCorpusGenerator()
            generator.extractionShare = 0
            generator.seed = UInt64(seed)
            let (library, truth) = generator.generate()
            let q = StoryCorpusGenerator.score(StoryClusterer.cluster(library), truth: truth)
            XCTAssertGreaterThanOrEqual(q.purity, 0.9, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(q.completeness, 0.85, "seed \(seed)")
        }
    }

    func testALowJoinThresholdMergesSiblingStories() {
        // The measure used above can fail: joining too eagerly mixes the paired stories.
        var parameters = StoryClusterer.Parameters()
        parameters.join = 0.1
        let (library, truth) = StoryCorpusGenerator().generate()
        let q = StoryCorpusGenerator.score(StoryClusterer.cluster(library, parameters: parameters), truth: truth)
        XCTAssertLessThan(q.purity, 0.9)
    }

    func testNoiseArticlesDoNotJoinStories() {
        let (library, truth) = StoryCorpusGenerator().generate()
        let stories = StoryClusterer.cluster(library)
        let absorbed = stories.filter { $0.articles.contains { truth[$0] != nil } }
            .flatMap(\.articles).filter { truth[$0] == nil }
        XCTAssertLessThanOrEqual(absorbed.count, 1, "noise absorbed: \(absorbed)")
    }

    func testSameWordingMonthsApartMakesTwoStories() {
        let port = "harbour strike dockworkers union wages container port shipping negotiations walkout"
        let music = "orchestra symphony violin conductor concert premiere audience composer rehearsal hall"
        func article(_ id: String, _ words: String, _ day: Day) -> Article {
            Article(id: id, path: id, title: "\(id)", published: Published(day: day),
                    blocks: [Block(kind: .paragraph, text: "\(words) \(words) \(id)", offset: 0)])
        }
        let jan = Day(2024, 1, 3)!, sep = Day(2024, 9, 2)!
        let library = Library(articles: [
            article("p1", port, jan), article("p2", port, jan.adding(days: 2)),
            article("p3", port, sep), article("p4", port, sep.adding(days: 2)),
            article("m1", music, jan.adding(days: 1)), article("m2", music, sep.adding(days: 1)),
        ])
        let groups = Set(StoryClusterer.cluster(library).map { Set($0.articles) })
        XCTAssertEqual(groups, [["p1", "p2"], ["p3", "p4"], ["m1"], ["m2"]])
    }

    func testStoryCarriesTitleSpanTimelineAndPeople() {
        let (library, truth) = StoryCorpusGenerator().generate()
        let stories = StoryClusterer.cluster(library)
        guard let big = stories.max(by: { $0.articles.count < $1.articles.count }) else { return XCTFail("no stories") }
        let members = big.articles.compactMap { id in library.articles.first { $0.id == id } }
        XCTAssertTrue(members.contains { $0.title == big.title && $0.id == big.centralArticle })
        let days = members.compactMap { $0.published?.day }
        XCTAssertEqual(big.span?.start, days.min())
        XCTAssertEqual(big.span?.end, days.max())
        let planted = truth[big.articles[0]]!
        XCTAssertEqual(big.events, ["e\(planted)"])
        let cast = library.events.first { $0.id == "e\(planted)" }!.participants
        XCTAssertEqual(Set(big.people.prefix(2)), Set(cast))
        XCTAssertEqual(stories.map(\.id), (1...stories.count).map { "S\($0)" })
    }

    /// A story's events are in timeline order (start, end, id; undated last) whatever order
    /// the library holds them in, and each is listed once however many of its articles report it.
    func testStoryEventsAreInTimelineOrderWhateverTheLibraryOrder() {
        func event(_ id: String, _ start: Day?, days: Int = 0, in articles: [String]) -> Event {
            Event(id: id, date: start.map { TimeSpan(start: $0, end: $0.adding(days: days), granularity: days == 0 ? .day : .range) },
                  expression: "", type: .meeting, status: .occurred, summary: id, participants: [], places: [],
                  sources: articles.map { SourceRef(article: $0, sentence: id, offset: 0, block: 0) })
        }
        let d = Day(2025, 5, 1)!
        var library = Library(articles: [Article(id: "a", path: "a", title: "A", outlet: nil, published: nil),
                                         Article(id: "b", path: "b", title: "B", outlet: nil, published: nil)])
        library.events = [event("late", d.adding(days: 9), in: ["a"]), event("undated", nil, in: ["b"]),
                          event("long", d, days: 3, in: ["a", "b", "a"]), event("zeta", d, in: ["b"]),
                          event("alpha", d, in: ["a"]), event("other", d, in: ["c"])]
        XCTAssertEqual(StoryEvents(library).of(["a", "b"]), ["alpha", "zeta", "long", "late", "undated"])
        library.events.sort { EventMerger.order($0, $1) }
        XCTAssertEqual(StoryEvents(library).of(["b", "a"]), ["alpha", "zeta", "long", "late", "undated"])
        XCTAssertEqual(StoryEvents(library).of(["a"]), ["alpha", "long", "late"])
    }

    func testClusteringIsDeterministic() {
        let (library, _) = StoryCorpusGenerator().generate()
        XCTAssertEqual(StoryClusterer.cluster(library), StoryClusterer.cluster(library))
    }
}
