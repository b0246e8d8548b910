import XCTest
@testable import StorylineCore

/// Related articles and stories on the bundled seeds, as properties that must hold for any
/// corpus (nothing here names a seed file or a person).
final class RelatedSeedTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library: Library = Library.build(from: CorpusLoader.load([root.appendingPathComponent("seeds").path]).articles)

    func testArticlesReportingOneEventListEachOtherWithThatEventAsReason() throws {
        let library = Self.library
        let shared = library.events.filter { Set($0.sources.map(\.article)).count >= 2 }
        XCTAssertFalse(shared.isEmpty, "extraction found no event reported by two seed articles")
        for event in shared {
            let ids = Set(event.sources.map(\.article))
            for a in ids {
                for b in ids where b != a {
                    let related = try XCTUnwrap(library.related.of(a).first { $0.article == b }, "\(a) does not list \(b)")
                    XCTAssertTrue(related.events.contains(event.id))
                    XCTAssertTrue(related.reasons(in: library).first?.text.hasPrefix("both report the ") == true)
                }
            }
        }
    }

    func testRelatedListsAreRankedAndNeverNameTheArticleItself() {
        for a in Self.library.articles {
            let list = Self.library.related.of(a.id)
            XCTAssertFalse(list.contains { $0.article == a.id })
            XCTAssertEqual(list.map(\.score), list.map(\.score).sorted(by: >))
            XCTAssertTrue(list.allSatisfy { !$0.reasons(in: Self.library).isEmpty })
        }
    }

    func testEveryArticleIsInExactlyOneStoryOfNearbyDates() {
        let stories = Self.library.stories
        XCTAssertEqual(stories.flatMap(\.articles).sorted(), Self.library.articles.map(\.id).sorted())
        let published = Dictionary(uniqueKeysWithValues: Self.library.articles.map { ($0.id, $0.published?.day) })
        for s in stories {
            let days = s.articles.compactMap { published[$0] ?? nil }.sorted()
            for (x, y) in zip(days, days.dropFirst()) {
                XCTAssertLessThanOrEqual(y.ordinal - x.ordinal, StoryClusterer.Parameters().staleDays, "story \(s.id) bridges a long gap")
            }
        }
    }
}
