import XCTest
import StorylineCore
@testable import StorylineTUI

final class ArticlesNavigationTests: XCTestCase {
    /// j/k and arrows move the selection and stop at the ends; g/G jump to the ends.
    func testMoveKeysStopAtEnds() {
        let s = Fixtures.state()
        XCTAssertEqual(Fixtures.press(s, .char("j")).0.view.articleSelection, 1)
        XCTAssertEqual(Fixtures.press(s, .down, .down, .down, .down).0.view.articleSelection, 2)
        XCTAssertEqual(Fixtures.press(s, .char("k")).0.view.articleSelection, 0)
        XCTAssertEqual(Fixtures.press(s, .char("G")).0.view.articleSelection, 2)
        XCTAssertEqual(Fixtures.press(s, .char("G"), .up, .char("g")).0.view.articleSelection, 0)
    }

    /// Newest first by default, undated last; `s` flips to oldest first keeping the selection.
    func testSortToggleKeepsSelectedArticle() {
        let s = Fixtures.state()
        XCTAssertEqual(s.articles.map(\.id), ["en1", "ko1", "zz"])
        let (t, _) = Fixtures.press(s, .char("s"))
        XCTAssertEqual(t.articles.map(\.id), ["ko1", "en1", "zz"])
        XCTAssertEqual(t.articles[t.view.articleSelection].id, "en1")
        XCTAssertTrue(Fixtures.screen(t).text().contains("oldest first"))
    }

    /// Enter opens the reader full width; q goes back to the list; q again quits.
    func testEnterOpensReaderAndQGoesBackThenQuits() {
        let (r, e1) = Fixtures.press(Fixtures.state(), .char("j"), .enter)
        XCTAssertEqual(r.view.pane, .reader)
        XCTAssertEqual(r.readerArticle?.id, "ko1")
        XCTAssertTrue(e1.isEmpty)
        let (back, e2) = Fixtures.press(r, .char("q"))
        XCTAssertEqual(back.view.pane, .articles)
        XCTAssertEqual(back.view.articleSelection, 1)
        XCTAssertTrue(e2.isEmpty)
        XCTAssertEqual(Fixtures.press(back, .char("q")).1, [.quit])
    }

    /// At the first view a stray Esc, ← or h does not quit (only q does), and says so.
    func testOnlyQQuitsFromTheFirstView() {
        for key in [Key.escape, .left, .char("h")] {
            let (s, effects) = Fixtures.press(Fixtures.state(), key)
            XCTAssertTrue(effects.isEmpty, "\(key.label) quit the program")
            XCTAssertEqual(s.message, "nothing to go back to; q quits")
        }
        let (r, _) = Fixtures.press(Fixtures.state(), .enter)
        XCTAssertEqual(Fixtures.press(r, .escape).0.view.pane, .articles, "Esc still goes back")
    }

    /// In the reader, paging keys scroll by a page, Ctrl-D/U by half, and stop at the end.
    func testReaderScrolling() {
        let (r, _) = Fixtures.press(Fixtures.state(), .enter)
        let rows = Layout.rows(in: r.layout.body)
        XCTAssertEqual(Fixtures.press(r, .pageDown).0.view.readerScroll, rows - 1)
        XCTAssertEqual(Fixtures.press(r, .ctrl("d")).0.view.readerScroll, rows / 2)
        XCTAssertEqual(Fixtures.press(r, .ctrl("d"), .ctrl("u")).0.view.readerScroll, 0)
        let end = Fixtures.press(r, .char("G")).0
        XCTAssertEqual(end.view.readerScroll, end.readerPage!.lines.count - rows)
        XCTAssertTrue(Fixtures.screen(end).text().contains("host Moreau in Seoul"))
        XCTAssertEqual(Fixtures.press(end, .char("j")).0.view.readerScroll, end.view.readerScroll)
    }

    /// Tab cycles articles → reader → timeline → leaders → articles; 1/2/3 pick a pane.
    func testTabAndNumberKeysSwitchPanes() {
        var s = Fixtures.state()
        var seen: [Pane] = []
        for _ in 0..<4 { s = Fixtures.press(s, .tab).0; seen.append(s.view.pane) }
        XCTAssertEqual(seen, [.reader, .timeline, .leaders, .articles])
        XCTAssertEqual(Fixtures.press(s, .char("3")).0.view.pane, .leaders)
        XCTAssertEqual(Fixtures.press(s, .char("2")).0.view.pane, .timeline)
        XCTAssertEqual(Fixtures.press(s, .char("2"), .char("1")).0.view.pane, .articles)
    }

    /// Without extracted events or people, the timeline and leaders tabs are not offered,
    /// and their keys explain why instead of showing an empty pane.
    func testEmptyPanesAreNotShown() {
        let s = Fixtures.state(Fixtures.articlesOnly)
        let text = Fixtures.screen(s).text()
        XCTAssertFalse(text.contains("Timeline"))
        let (t, _) = Fixtures.press(s, .char("2"))
        XCTAssertEqual(t.view.pane, .articles)
        XCTAssertTrue(Fixtures.screen(t).text().contains("no dated events"))
        XCTAssertEqual(Fixtures.press(s, .tab, .tab).0.view.pane, .articles)
    }

    /// Ctrl-C, Q and an interrupt signal all quit from anywhere.
    func testQuitKeys() {
        let (r, _) = Fixtures.press(Fixtures.state(), .enter)
        XCTAssertEqual(Fixtures.press(r, .char("Q")).1, [.quit])
        XCTAssertEqual(Fixtures.press(r, .ctrl("c")).1, [.quit])
        XCTAssertEqual(update(r, .interrupt).1, [.quit])
    }

    /// Ctrl-C quits from a prompt and a pick list too (it used to only close them), as the
    /// help's "Q ^C quit" promises.
    func testCtrlCQuitsFromPromptsAndPickLists() {
        let (prompt, _) = Fixtures.press(Fixtures.state(), .char("2"), .char("f"), .char("2"))
        XCTAssertNotNil(prompt.overlay)
        XCTAssertEqual(Fixtures.press(prompt, .ctrl("c")).1, [.quit])
        let (chooser, _) = Fixtures.press(Fixtures.state(), .char("2"), .char("p"))
        XCTAssertNotNil(chooser.overlay)
        XCTAssertEqual(Fixtures.press(chooser, .ctrl("c")).1, [.quit])
        XCTAssertEqual(Fixtures.press(chooser, .char("/"), .char("k"), .ctrl("c")).1, [.quit], "also while typing a filter")
        XCTAssertNil(Fixtures.press(chooser, .escape).0.overlay, "Esc still only closes it")
    }

    /// An unbound key says so in the status line rather than doing nothing silently.
    func testUnknownKeyShowsHint() {
        let (s, e) = Fixtures.press(Fixtures.state(), .char("z"))
        XCTAssertTrue(e.isEmpty)
        XCTAssertTrue(Fixtures.screen(s).line(23).contains("? lists the keys"))
    }

    /// `o` asks the run loop to open the article's address, when one is known.
    func testOpenInBrowserNeedsAnAddress() {
        var a = Fixtures.english
        a.url = "https://example.com/a"
        let s = Fixtures.state(Library(articles: [a, Fixtures.undated]))
        XCTAssertEqual(Fixtures.press(s, .char("o")).1, [.openURL("https://example.com/a")])
        XCTAssertEqual(Fixtures.press(s, .char("j"), .char("o")).1, [])
    }
}
