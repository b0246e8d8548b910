import XCTest
import StorylineCore
@testable import StorylineTUI

final class LeadersPaneTests: XCTestCase {
    func leaders(width: Int = 80, height: Int = 24) -> AppState {
        Fixtures.press(Fixtures.state(width: width, height: height), .char("3")).0
    }

    /// The people list says what its marks and its number column mean.
    func testPeopleTitleExplainsMarksAndNumbers() {
        XCTAssertTrue(Fixtures.screen(leaders()).line(1).contains("People · 4 · ★ leader ☆ former · # mentions"),
                      Fixtures.screen(leaders()).line(1))
        XCTAssertTrue(Fixtures.screen(leaders(width: 160, height: 40)).line(1).contains("People · 4 · # mentions"),
                      "the narrow people column beside the graph still names the numbers")
    }

    /// A cut source sentence in the interactions table ends in "…" one column before the
    /// border, like every other table.
    func testInteractionSentencesKeepAMargin() {
        let s = Fixtures.press(leaders(width: 60, height: 24), .enter, .enter).0
        XCTAssertEqual(s.view.leadersLevel, .interactions)
        let screen = Fixtures.screen(s)
        let row = (0..<24).map(screen.line).first { $0.contains("2025-09-01") && $0.contains("summit") }
        XCTAssertNotNil(row, screen.text())
        XCTAssertTrue(row?.hasSuffix("… │") ?? false, row ?? "")
    }

    /// Leaders come first, then by mentions; each row shows country and mention count.
    func testPeopleListLeadersFirst() {
        let s = leaders()
        XCTAssertEqual(s.catalog.people.map(\.name), ["Kim Min-ji", "Alex Moreau", "Hana Sato", "Jane Roe"])
        let row = Fixtures.screen(s).text().components(separatedBy: "\n").first { $0.contains("Kim Min-ji") }!
        XCTAssertTrue(row.contains("South Korea") && row.hasSuffix("9│"), row)
    }

    /// The ties table lists counterparts with counts, latest date and type, most first.
    func testTiesTable() {
        let text = Fixtures.screen(leaders()).text()
        let lines = text.components(separatedBy: "\n")
        let moreau = lines.first { $0.contains("Alex Moreau") && $0.contains("2025-09-01") }
        XCTAssertNotNil(moreau, text)
        XCTAssertTrue(moreau!.contains(" 2 ") && moreau!.contains("summit"))
        XCTAssertTrue(lines.contains { $0.contains("Hana Sato") && $0.contains("phone call") })
    }

    /// Enter → ties, Enter → interactions, Enter on one with an event → that event in the timeline.
    func testDrillDownToTimelineEvent() {
        let (t, _) = Fixtures.press(leaders(), .enter)
        XCTAssertEqual(t.view.leadersLevel, .ties)
        let (i, _) = Fixtures.press(t, .enter)
        XCTAssertEqual(i.view.leadersLevel, .interactions)
        XCTAssertTrue(Fixtures.screen(i).text().contains("Kim Min-ji – Alex Moreau · 2 interactions"))
        let (e, _) = Fixtures.press(i, .enter)
        XCTAssertEqual(e.view.pane, .timeline)
        XCTAssertEqual(e.catalog.events(e.view.filter)[e.view.timelineSelection].id, "e2")
        let (back, _) = Fixtures.press(e, .char("q"))
        XCTAssertEqual(back.view.pane, .leaders)
        XCTAssertEqual(back.view.leadersLevel, .interactions)
    }

    /// An interaction without an event opens its source sentence in the reader.
    func testInteractionWithoutEventOpensSource() {
        let (r, _) = Fixtures.press(leaders(), .enter, .enter, .char("j"), .enter)
        XCTAssertEqual(r.view.pane, .reader)
        XCTAssertEqual(r.view.highlight, Fixtures.seoulRef)
    }

    /// `t` shows the selected person's events in the timeline.
    func testPersonTimeline() {
        let (s, _) = Fixtures.press(leaders(), .char("j"), .char("t"))
        XCTAssertEqual(s.view.pane, .timeline)
        XCTAssertEqual(s.view.filter.person, "Alex Moreau")
        XCTAssertEqual(s.catalog.events(s.view.filter).map(\.id), ["e2", "e3"])
        XCTAssertTrue(Fixtures.screen(s).line(23).contains("Leaders › Timeline (Alex Moreau)"))
    }

    /// At 120 columns an ego graph shows the person in the centre and counterparts with counts.
    func testEgoGraphOnWideScreens() {
        XCTAssertNil(leaders().layout.graph)
        let s = leaders(width: 120, height: 40)
        let b = Fixtures.screen(s)
        let g = s.layout.graph!.inset(1)
        let graphText = (g.y..<g.maxY).map { y in (g.x..<g.maxX).map { b[$0, y].text }.joined() }.joined(separator: "\n")
        for name in ["Kim Min-ji", "Alex Moreau", "Hana Sato"] { XCTAssertTrue(graphText.contains(name), graphText) }
        XCTAssertTrue(graphText.contains("│") || graphText.contains("─"), "edges drawn")
        XCTAssertTrue(graphText.contains("2") && graphText.contains("1"), "edge counts drawn")
    }
}
