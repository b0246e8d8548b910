import XCTest
import StorylineCore
@testable import StorylineTUI

/// The pick-one overlay on a long list (the person filter of a big corpus): page keys, a
/// typed filter, the position, and a box wide enough for its title.
final class ChooserTests: XCTestCase {
    /// Sixty invented people, each in one dated event, so the person chooser overflows 80x24.
    func crowd() -> AppState {
        let names = (1...60).map { "Person Number \($0)" }
        let events = names.enumerated().map { i, n in
            Event(id: "c\(i)", date: TimeSpan(day: Day(2025, 1 + i % 12, 1 + i % 28)!), expression: "then", type: .meeting,
                  status: .occurred, summary: "\(n) met someone", participants: [n])
        }
        let people = names.map { Person(name: $0, roles: [Role(title: "minister")], mentions: 1) }
        return Fixtures.press(Fixtures.state(Library(articles: Fixtures.articles, events: events, people: people)), .char("2"), .char("p")).0
    }

    func chooser(_ s: AppState) -> Chooser? {
        if case .chooser(let c)? = s.overlay { return c }
        return nil
    }

    /// PgDn and Space page through a list longer than the box; G and g reach the ends.
    func testPageKeysMoveAPageAtATime() {
        let s = crowd()
        let rows = ChooserView.rowsShown(chooser(s)!, layout: s.layout)
        XCTAssertLessThan(rows, 61, "the list overflows the box")
        let paged = Fixtures.press(s, .pageDown).0
        XCTAssertEqual(chooser(paged)?.selection, rows - 1)
        XCTAssertEqual(chooser(Fixtures.press(paged, .char(" ")).0)?.selection, 2 * (rows - 1))
        XCTAssertEqual(chooser(Fixtures.press(paged, .pageUp).0)?.selection, 0)
        XCTAssertEqual(chooser(Fixtures.press(s, .char("G")).0)?.selection, 60)
        let screen = Fixtures.screen(paged).text()
        XCTAssertTrue(screen.contains("\(rows)/61"), "the position is shown:\n" + screen)
    }

    /// `/` then letters filter the list (j and k are letters there); Enter picks the match;
    /// Esc clears the filter before a second Esc closes the chooser.
    func testSlashFiltersTheList() {
        var s = Fixtures.press(crowd(), .char("/")).0
        for ch in "number 42" { s = Fixtures.press(s, .char(ch)).0 }
        XCTAssertEqual(chooser(s)?.matching.count, 1)
        let screen = Fixtures.screen(s).text()
        XCTAssertTrue(screen.contains("Person Number 42"), screen)
        XCTAssertFalse(screen.contains("Person Number 41"), screen)
        XCTAssertTrue(screen.contains("/ number 42"), "the filter is shown as typed")
        let picked = Fixtures.press(s, .enter).0
        XCTAssertNil(picked.overlay)
        XCTAssertEqual(picked.view.filter.person, "Person Number 42")

        let cleared = Fixtures.press(s, .escape).0
        XCTAssertEqual(chooser(cleared)?.matching.count, 61, "Esc clears the filter first")
        XCTAssertNil(Fixtures.press(cleared, .escape).0.overlay)

        var none = Fixtures.press(crowd(), .char("/")).0
        for ch in "zzz" { none = Fixtures.press(none, .char(ch)).0 }
        let (after, _) = Fixtures.press(none, .enter)
        XCTAssertNotNil(chooser(after), "Enter with nothing matching keeps the chooser open")
        XCTAssertTrue(Fixtures.screen(after).text().contains("nothing matches"))
    }

    /// The box is as wide as its title needs when the screen allows, so the title is not cut.
    func testBoxFitsItsTitle() {
        var s = Fixtures.state(width: 100, height: 30)
        s = Fixtures.press(s, .enter, .char("P")).0
        guard let c = chooser(s) else { return XCTFail("no chooser") }
        XCTAssertTrue(Fixtures.screen(s).text().contains(c.title), Fixtures.screen(s).text())
    }
    /// Article pick lists are in columns: the titles start at one column whatever the
    /// outlet's width, and an unknown outlet shows "—".
    func testArticleRowsAlignTheirTitles() {
        let rows = AppState.articleRows(Fixtures.articles)
        let starts = zip(rows, Fixtures.articles).map { row, a in DisplayWidth.of(String(row[..<row.range(of: a.title)!.lowerBound])) }
        XCTAssertEqual(Set(starts).count, 1, rows.joined(separator: "\n"))
        XCTAssertTrue(rows[2].hasPrefix("undated     —"), rows[2])
        let events = AppState.eventRows(Array(Fixtures.events.prefix(3)))
        XCTAssertEqual(Set(zip(events, Fixtures.events).map { DisplayWidth.of(String($0[..<$0.range(of: $1.summary)!.lowerBound])) }).count, 1,
                       events.joined(separator: "\n"))
    }
}
