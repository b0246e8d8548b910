import XCTest
import StorylineCore
@testable import StorylineTUI

final class HelpAndSizeTests: XCTestCase {
    /// `?` shows every binding live in the pane, read from the key table, and fits at 80x24.
    func testHelpListsTheLiveBindings() {
        for pane in [Pane.articles, .timeline, .leaders] {
            var s = Fixtures.state()
            s.view.pane = pane
            let (h, _) = Fixtures.press(s, .char("?"))
            XCTAssertEqual(h.overlay, .help(scroll: 0))
            let text = Fixtures.screen(h).text()
            for b in KeyMap.live(in: pane) {
                XCTAssertTrue(text.contains(b.summary), "\(pane): help lacks \(b.summary)\n\(text)")
                XCTAssertTrue(text.contains(b.keys[0].label), "\(pane): help lacks key \(b.keys[0].label)")
            }
        }
    }

    /// At the minimum size the help scrolls, and every binding can be reached.
    func testHelpScrollsAtMinimumSize() {
        var (h, _) = Fixtures.press(Fixtures.state(width: 60, height: 15), .char("3"), .char("?"))
        var seen = Fixtures.screen(h).text()
        XCTAssertTrue(seen.contains("j/k scroll · any other key closes this help"), "the footer is whole: " + seen)
        XCTAssertTrue(seen.contains("Keys · Leaders · 1–"), "the title says where the scrolled list is: " + seen)
        for _ in 0..<30 { h = Fixtures.press(h, .char("j")).0; seen += Fixtures.screen(h).text() }
        XCTAssertNotNil(h.overlay, "scrolling keeps the help open")
        for b in KeyMap.live(in: .leaders) { XCTAssertTrue(seen.contains(b.summary), "unreachable: \(b.summary)") }
        XCTAssertNil(Fixtures.press(h, .char("x")).0.overlay)
    }

    /// The search pane's help lists the bar's own keys too (recall, clear, moving while typing),
    /// and each does what it says.
    func testSearchHelpListsTheBarKeys() {
        var s = Fixtures.state()
        s.searchHistory = ["moreau"]
        let (bar, _) = Fixtures.press(s, .char("/"), .char("k"), .char("i"), .char("m"))
        var results = bar
        results.view.search.editing = false
        let text = Fixtures.screen(Fixtures.press(results, .char("?")).0).text()
        for (key, summary) in HelpOverlay.searchBarKeys {
            XCTAssertTrue(text.contains(key) && text.contains(summary), "the help lacks \(key) \(summary):\n\(text)")
        }
        XCTAssertEqual(Fixtures.press(bar, .ctrl("u")).0.view.search.text, "", "^U clears the bar")
        XCTAssertEqual(Fixtures.press(bar, .up).0.view.search.text, "moreau", "↑ recalls")
        XCTAssertEqual(Fixtures.press(bar, .escape).0.view.pane, .articles, "Esc closes")
    }

    /// Pane-specific keys appear only in their pane's help.
    func testHelpOmitsKeysOfOtherPanes() {
        let (h, _) = Fixtures.press(Fixtures.state(), .char("?"))
        XCTAssertFalse(Fixtures.screen(h).text().contains("filter by person"))
    }

    /// Every key the help lists really does something in that pane.
    func testEveryListedKeyIsHandled() {
        for pane in Pane.allCases {
            for b in KeyMap.live(in: pane) {
                for k in b.keys { XCTAssertEqual(KeyMap.command(for: k, in: pane), b.command, "\(k.label) in \(pane)") }
            }
        }
    }

    /// Any key closes the help without acting.
    func testAnyKeyClosesHelp() {
        let (h, _) = Fixtures.press(Fixtures.state(), .char("?"), .char("j"))
        XCTAssertNil(h.overlay)
        XCTAssertEqual(h.view.articleSelection, 0)
    }

    /// Below 60x15 the screen says the terminal is too small and q still quits.
    func testTooSmallMessage() {
        for size in [Size(width: 59, height: 24), Size(width: 80, height: 14)] {
            let s = Fixtures.state(width: size.width, height: size.height)
            let text = Fixtures.screen(s).text()
            XCTAssertTrue(text.contains("Terminal too small"), text)
            XCTAssertFalse(text.contains("Articles"))
            XCTAssertEqual(Fixtures.press(s, .char("q")).1, [.quit])
            let (kept, none) = Fixtures.press(s, .escape, .left, .char("h"))
            XCTAssertTrue(none.isEmpty, "only q quits a too-small screen; Esc, ← and h wait for a resize")
            XCTAssertFalse(Fixtures.screen(update(kept, .resize(Size(width: 80, height: 24))).0).text().contains("too small"))
        }
        XCTAssertFalse(Fixtures.screen(Fixtures.state(width: 60, height: 15)).text().contains("too small"))
    }

    /// In a window narrower than the message, it wraps: the size it needs is never cut off.
    func testTooSmallMessageWrapsInANarrowWindow() {
        let s = Fixtures.state(width: 30, height: 8)
        let words = (0..<8).map { Fixtures.screen(s).line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(words.contains("Storyline needs at least 60x15."), words)
        XCTAssertTrue(words.contains("press q to quit."), words)
        XCTAssertFalse(words.contains("…"), words)
    }

    /// A resize redraws at the new size and keeps the selection visible.
    func testResizeRedrawsAndKeepsSelectionVisible() {
        let lib = Library(articles: (0..<40).map { Article(id: String(format: "a%02d", $0), path: "", title: "Story \($0)") })
        let (s, _) = Fixtures.press(Fixtures.state(lib, width: 100, height: 40), .char("G"))
        let (r, _) = update(s, .resize(Size(width: 80, height: 20)))
        let b = Fixtures.screen(r)
        XCTAssertEqual(b.width, 80); XCTAssertEqual(b.height, 20)
        XCTAssertTrue(b.text().contains("Story 39"))
        let (tiny, _) = update(r, .resize(Size(width: 40, height: 10)))
        XCTAssertTrue(Fixtures.screen(tiny).text().contains("too small"))
        let (back, _) = update(tiny, .resize(Size(width: 80, height: 24)))
        XCTAssertTrue(Fixtures.screen(back).text().contains("Story 39"))
    }

    /// The run loop draws through a Terminal, reads actions until quit and performs effects.
    func testProgramRunsOnTestTerminal() {
        let t = TestTerminal(width: 80, height: 24)
        t.type("j")
        t.send(.key(.enter))
        let end = Program.run(Fixtures.state(), on: t)
        XCTAssertEqual(end.view.pane, .reader)
        XCTAssertTrue(t.dump().contains("김민지 대통령은 10일 저녁"))
        t.send(.resize(Size(width: 100, height: 30)), .key(.char("q")), .key(.char("q")), .key(.char("j")))
        let after = Program.run(end, on: t)
        XCTAssertEqual(after.view.pane, .articles)
        XCTAssertEqual(t.screen.width, 100)
        XCTAssertEqual(after.view.articleSelection, 1, "keys after quit are not processed")
    }
    /// However long the trail of views, the status line keeps the position ("2/3"): the
    /// breadcrumb gives way to it.
    func testPositionSurvivesALongBreadcrumb() {
        for width in 60...100 {
            let s = Fixtures.press(Fixtures.state(width: width, height: 15), .char("2"), .enter, .char("3"), .enter, .enter,
                                   .char("2"), .char("4"), .char("1"), .char("j")).0
            XCTAssertEqual(s.view.pane, .articles)
            let status = Fixtures.screen(s).line(14)
            XCTAssertTrue(status.contains(" 2/3 "), "\(width): " + status)
            XCTAssertTrue(status.contains("…"), "the breadcrumb was shortened: " + status)
            let ties = Fixtures.press(Fixtures.state(width: width, height: 15), .char("2"), .enter, .char("3"), .enter, .enter).0
            XCTAssertTrue(Fixtures.screen(ties).line(14).contains(" 1/2 "), "\(width): " + Fixtures.screen(ties).line(14))
        }
    }
}
