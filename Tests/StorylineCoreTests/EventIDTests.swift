import XCTest
@testable import StorylineCore

/// Cached events store how their ids follow from their other fields instead of the ids; the
/// derivation must give back exactly the id the extractor or the merger gave.
final class EventIDTests: XCTestCase {
    func testIdsOfExtractedAndMergedEventsAreDerivedExactly() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let articles = CorpusLoader.load([seeds.path]).articles
        let extractions = articles.map(Extractor.extract)
        let extracted = extractions.flatMap(\.events)
        let merged = Library.assemble(articles: articles, extractions: extractions).events
        XCTAssertFalse(extracted.isEmpty)
        XCTAssertFalse(merged.isEmpty)
        for (events, form) in [(extracted, "extracted"), (merged, "merged")] {
            var derived = 0
            for e in events {
                guard let code = EventID.code(e) else { continue }
                derived += 1
                XCTAssertEqual(EventID.id(of: e, code: code), e.id)
            }
            if form == "merged" { XCTAssertEqual(events.map(EventMerger.stableID), events.map(\.id), "ids without collisions") }
            // Ids that stop following these forms (a changed id scheme) would be stored literally again.
            XCTAssertEqual(derived, events.count, "\(form): \(derived) of \(events.count) ids derived")
        }
        var other = extracted[0]
        other.id = "not-a-derived-id"
        XCTAssertNil(EventID.code(other))
        other.expression += " later"
        XCTAssertNotEqual(EventID.id(of: other, code: EventID.code(extracted[0]) ?? 2), extracted[0].id)
    }
}
