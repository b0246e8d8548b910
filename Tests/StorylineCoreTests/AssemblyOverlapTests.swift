import XCTest
@testable import StorylineCore

/// The assembly runs its steps on two threads (`Library.assemble`): what it prepares ahead
/// must give the same result as the steps run one after the other.
final class AssemblyOverlapTests: XCTestCase {
    private static let unseen = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/unseen")

    /// The unseen fixtures' per-article events, in article order, with their extractions.
    private func extracted() -> (articles: [Article], extractions: [ArticleExtraction]) {
        let articles = CorpusLoader.load([Self.unseen.path]).articles
        return (articles, Extractor.extractAll(articles))
    }

    func testGroundworkMadeAheadMergesLikeTheMergeAlone() {
        let events = extracted().extractions.flatMap(\.events)
        XCTAssertGreaterThan(events.count, 300)
        var ground = EventMerger.Groundwork()
        ground.reserve(events.count)
        for e in events { ground.add(e) }
        ground.finish()
        let ahead = EventMerger.merge(events, groundwork: ground)
        XCTAssertEqual(ahead, EventMerger.merge(events))
        // Several sources merged into one event somewhere: the comparison is not between unmerged lists.
        XCTAssertLessThan(ahead.count, events.count)
    }

    func testClauseTiesGatheredApartBuildTheSameRelations() {
        let (articles, extractions) = extracted()
        let library = Library.assemble(articles: articles, extractions: extractions)
        XCTAssertGreaterThan(library.relations.count, 100)
        var names: [String: [String: String]] = [:]
        for x in extractions {
            // Only the names each article uses as they are (the canonical ones come from the merge).
            names[x.article] = [:]
        }
        let apart = RelationGraph.build(ties: RelationGraph.ClauseTies(extractions: extractions, names: names),
                                        events: library.events, published: [:])
        XCTAssertEqual(apart, RelationGraph.build(extractions: extractions, names: names, events: library.events))
    }

    func testSearchWaitsForItsLookupTables() throws {
        let opened = try CorpusStore.open(paths: [Self.unseen.path], useCache: false)
        // Right after the open, a person filter and an event type already answer from the tables.
        let leader = try XCTUnwrap(opened.library.people.first { $0.articles.count >= 3 })
        let hits = try opened.index.search("person:\"\(leader.name)\"", limit: 50)
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(Set(hits.map(\.article)).isSubset(of: Set(leader.articles)))
        let calls = try opened.index.search("type:phone-call", limit: 5)
        XCTAssertFalse(calls.isEmpty)
        XCTAssertTrue(calls.allSatisfy { !$0.events.isEmpty })
    }
}
