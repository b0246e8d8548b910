import XCTest
import StorylineCore
@testable import StorylineTUI

/// The reader's page is laid out once per article, width and query, not on every key: on a
/// 5 MB article each layout took seconds, and n, j or q each waited for several of them.
final class ReaderPageMemoTests: XCTestCase {
    func testKeysInTheReaderReuseTheLaidOutPage() {
        var s = Fixtures.state()
        s.view.pane = .reader
        s.view.readerArticle = Fixtures.english.id
        s.view.readerQuery = [.word("moreau", prefix: false)]
        s.settle()
        _ = Fixtures.screen(s)
        let before = s.catalog.pageLayouts
        XCTAssertEqual(before, 1, "the first screen lays the page out once")
        var st = s
        for k: Key in [.char("j"), .char("n"), .char("n"), .char("N"), .pageDown, .char("g")] {
            st = update(st, .key(k)).0
            _ = Fixtures.screen(st)
        }
        XCTAssertEqual(st.catalog.pageLayouts, 1, "moving and walking matches reuse the page")
        XCTAssertGreaterThan(st.view.readerScroll + st.view.readerMatch, -1)
        let resized = update(st, .resize(Size(width: 100, height: 30))).0
        _ = Fixtures.screen(resized)
        XCTAssertEqual(resized.catalog.pageLayouts, 2, "a new width lays the page out again")
        XCTAssertTrue(Fixtures.screen(resized).text().contains("Moreau"))
    }
}
