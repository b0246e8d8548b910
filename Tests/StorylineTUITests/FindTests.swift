import XCTest
import StorylineCore
@testable import StorylineTUI

final class FindTests: XCTestCase {
    func typed(_ s: AppState, _ text: String) -> AppState {
        var st = s
        for c in text { st = Fixtures.press(st, .char(c)).0 }
        return Fixtures.press(st, .enter).0
    }

    /// n before any find names the key that finds (F), not the corpus search (/), which n
    /// does not repeat outside the reader.
    func testNWithNothingToRepeatNamesF() {
        let m = Fixtures.press(Fixtures.state(), .char("n")).0.message ?? ""
        XCTAssertTrue(m.contains("F finds"), m)
        XCTAssertFalse(m.contains("/"), m)
    }

    /// `/` then text selects the first matching article (Korean too); n wraps to the next.
    func testFindInArticleList() {
        let s = typed(Fixtures.press(Fixtures.state(), .char("F")).0, "사토")
        XCTAssertEqual(s.articles[s.view.articleSelection].id, "ko1")
        let t = typed(Fixtures.press(Fixtures.state(), .char("F")).0, "WIRE")
        XCTAssertEqual(t.articles[t.view.articleSelection].id, "zz", "case is ignored")
        let (n, _) = Fixtures.press(s, .char("n"))
        XCTAssertEqual(n.articles[n.view.articleSelection].id, "ko1", "the only match stays selected")
    }

    /// In the reader, a match scrolls its line into view; N searches backwards.
    func testFindInReaderScrolls() {
        let (r, _) = Fixtures.press(Fixtures.state(), .enter, .char("F"))
        let s = typed(r, "host moreau")
        XCTAssertGreaterThan(s.view.readerScroll, 0)
        XCTAssertTrue(Fixtures.screen(s).text().contains("host Moreau in Seoul"))
        let (back, _) = Fixtures.press(s, .char("g"), .char("N"))
        XCTAssertEqual(back.view.readerScroll, s.view.readerScroll, "backwards from the top wraps to the match")
    }

    /// A search with no match says so and leaves the selection alone.
    func testNotFound() {
        let s = typed(Fixtures.press(Fixtures.state(), .char("j"), .char("F")).0, "zebra")
        XCTAssertEqual(s.view.articleSelection, 1)
        XCTAssertTrue(Fixtures.screen(s).line(23).contains("not found: zebra"))
    }

    /// In the timeline, participants are searchable too.
    func testFindInTimelineByParticipant() {
        let s = typed(Fixtures.press(Fixtures.state(), .char("2"), .char("F")).0, "alex moreau")
        XCTAssertEqual(s.catalog.events(s.view.filter)[s.view.timelineSelection].id, "e2")
        let (n, _) = Fixtures.press(s, .char("n"))
        XCTAssertEqual(n.catalog.events(n.view.filter)[n.view.timelineSelection].id, "e3")
    }
}
