import XCTest
@testable import StorylineCore

/// Related-article ranking on a small hand-written corpus: two reports of one phone call,
/// a later piece on one of its leaders, two flood reports, and unrelated articles.
final class RelatedArticlesTests: XCTestCase {
    static func article(_ id: String, _ day: Int, _ title: String, _ paragraphs: [String]) -> Article {
        Article(id: id, path: id + ".txt", title: title, published: Published(day: Day(2025, 3, day)!),
                blocks: paragraphs.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 500) })
    }

    static let corpus: Library = {
        let articles = [
            article("call-a", 5, "Holm and Varga discuss gas pipeline in phone call", [
                "Chancellor Ingrid Holm spoke by phone with President Tomas Varga on March 4 about gas deliveries through the northern pipeline.",
                "The two leaders discussed winter energy prices, pipeline maintenance and a shared storage reserve.",
                "Holm said the pipeline contract would be renewed if deliveries stay reliable through the next winter.",
            ]),
            article("call-b", 5, "Varga tells Holm pipeline deliveries will continue", [
                "President Tomas Varga assured Chancellor Ingrid Holm in a telephone call that gas deliveries through the pipeline would continue.",
                "Energy prices and the storage reserve dominated the call, officials said, and both sides praised the pipeline contract.",
            ]),
            article("holm-factory", 20, "Holm visits turbine factory", [
                "Chancellor Ingrid Holm toured a turbine factory and promised subsidies for apprentices and engineers.",
                "Workers asked about wages and the future of the factory after the merger with a foreign rival.",
            ]),
            article("flood-a", 6, "River bursts its banks after record rainfall", [
                "Heavy rainfall pushed the river over its banks, flooding villages and forcing evacuations across the valley.",
                "Rescue crews used boats to reach families stranded on rooftops as the flood water kept rising.",
            ]),
            article("flood-b", 8, "Valley evacuations continue as dam holds", [
                "Evacuations continued in the valley as engineers said the dam was holding despite the flood and more rainfall.",
                "Families who fled the rising river water sheltered in schools while rescue crews checked villages.",
            ]),
            article("cup-final", 7, "Rovers win the cup final on penalties", [
                "Rovers beat United on penalties in the cup final after a goalless match in front of a sold-out stadium.",
                "The goalkeeper saved two penalties and the captain lifted the trophy.",
            ]),
            article("phone-launch", 9, "New smartphone goes on sale", [
                "The company launched a new smartphone with a larger battery, a brighter screen and a faster chip.",
                "Reviewers praised the camera but criticised the price of the handset.",
            ]),
        ]
        let call = Event(id: "ev-call", date: TimeSpan(day: Day(2025, 3, 4)!), expression: "on March 4", type: .phoneCall,
                         status: .occurred, summary: "Holm spoke by phone with Varga", participants: ["Ingrid Holm", "Tomas Varga"],
                         sources: [SourceRef(article: "call-a", sentence: "Chancellor Ingrid Holm spoke by phone with President Tomas Varga on March 4.", offset: 0, block: 0),
                                   SourceRef(article: "call-b", sentence: "President Tomas Varga assured Chancellor Ingrid Holm in a telephone call.", offset: 0, block: 0)])
        let people = [
            Person(name: "Ingrid Holm", aliases: ["Holm"], roles: [Role(title: "Chancellor")], leader: true, mentions: 6,
                   articles: ["call-a", "call-b", "holm-factory"]),
            Person(name: "Tomas Varga", aliases: ["Varga"], roles: [Role(title: "President")], leader: true, mentions: 3,
                   articles: ["call-a", "call-b"]),
        ]
        return Library(articles: articles, events: [call], people: people)
    }()

    func testTwoReportsOfOneCallRankFirstWithTheEventAsReason() throws {
        let related = RelatedArticles.build(Self.corpus)
        let top = try XCTUnwrap(related.of("call-a").first)
        XCTAssertEqual(top.article, "call-b")
        XCTAssertEqual(top.reasons(in: Self.corpus).first?.kind, .sharedEvent)
        XCTAssertEqual(top.reasons(in: Self.corpus).first?.text, "both report the 2025-03-04 phone call of Ingrid Holm and Tomas Varga")
        XCTAssertEqual(top.reasons(in: Self.corpus).first?.events, ["ev-call"])
        let people = try XCTUnwrap(top.reasons(in: Self.corpus).first { $0.kind == .sharedPeople })
        XCTAssertEqual(people.text, "both mention Ingrid Holm, Tomas Varga")
        XCTAssertEqual(related.of("call-b").first?.article, "call-a")
    }

    func testALaterPieceOnOneLeaderIsRelatedThroughThePerson() throws {
        let related = RelatedArticles.build(Self.corpus).of("call-a")
        let index = try XCTUnwrap(related.firstIndex { $0.article == "holm-factory" })
        XCTAssertGreaterThan(index, 0, "the second report of the same call ranks above")
        XCTAssertTrue(related[index].reasons(in: Self.corpus).contains { $0.kind == .sharedPeople && $0.people == ["Ingrid Holm"] })
        XCTAssertFalse(related[index].reasons(in: Self.corpus).contains { $0.kind == .sharedEvent })
    }

    func testFloodReportsAreRelatedByWording() throws {
        let related = RelatedArticles.build(Self.corpus)
        let top = try XCTUnwrap(related.of("flood-a").first)
        XCTAssertEqual(top.article, "flood-b")
        let wording = try XCTUnwrap(top.reasons(in: Self.corpus).first { $0.kind == .similarWording })
        XCTAssertFalse(Set(wording.terms).isDisjoint(with: ["flood", "rainfall", "evacuation", "valley", "river"]), "\(wording.terms)")
        XCTAssertTrue(wording.text.hasPrefix("similar wording: "))
    }

    func testUnrelatedArticlesAreNotListed() {
        let related = RelatedArticles.build(Self.corpus)
        XCTAssertFalse(related.of("call-a").contains { $0.article == "cup-final" || $0.article == "phone-launch" })
        XCTAssertFalse(related.of("cup-final").contains { $0.article.hasPrefix("call") || $0.article.hasPrefix("flood") })
        XCTAssertFalse(related.of("call-a").contains { $0.article == "call-a" }, "an article is not related to itself")
    }

    func testScoresAreSortedAndTheLimitHolds() {
        var scoring = RelatedArticles.Scoring()
        scoring.limit = 1
        let related = RelatedArticles.build(Self.corpus, scoring: scoring)
        XCTAssertTrue(related.byArticle.values.allSatisfy { $0.count <= 1 })
        for list in RelatedArticles.build(Self.corpus).byArticle.values {
            XCTAssertEqual(list.map(\.score), list.map(\.score).sorted(by: >))
        }
    }

    func testResultRoundTripsThroughJSON() throws {
        let related = RelatedArticles.build(Self.corpus)
        let decoded = try JSONDecoder().decode(RelatedArticles.self, from: JSONEncoder().encode(related))
        XCTAssertEqual(decoded, related)
    }

    func testPostingsKeepOnlyTheHeaviestArticlesOfACommonTerm() {
        let sigs: [[TermWeight]] = (0..<10).map { [TermWeight(term: 0, weight: Float($0 + 1) / 10)] }
        let postings = TermPostings(WordingIndex(terms: ["x"], signatures: sigs, documentFrequency: [10]), cap: 3)
        XCTAssertEqual(postings.list(0).map(\.article), [9, 8, 7])
    }

    func testBodyTermsDropStopwordsNumbersAndFoldPlurals() {
        XCTAssertEqual(BodyTerms.terms(of: "The leaders' calls on 10 June: policies, and Café talks"),
                       ["leader", "call", "june", "policy", "café", "talk"])
    }

    func testLibraryLinkedFillsRelatedAndStories() {
        let linked = Self.corpus.linked()
        XCTAssertEqual(linked.related.of("call-a").first?.article, "call-b")
        XCTAssertEqual(linked.story(containing: "call-a")?.articles.contains("call-b"), true)
        XCTAssertNotEqual(linked.story(containing: "call-a"), linked.story(containing: "flood-a"))
    }
}

/// The bounded selection of the best candidates.
final class RelatedTopCandidatesTests: XCTestCase {
    func testKeepsTheBestKInOrderWithTiesToTheLowerId() {
        var top = TopCandidates(k: 3)
        for (a, s) in [(5, 0.1), (1, 0.9), (7, 0.5), (2, 0.5), (9, 0.05), (3, 0.7)] as [(Int32, Float)] { top.offer(a, s) }
        XCTAssertEqual(top.best().map(\.article), [1, 3, 2])
    }
}
