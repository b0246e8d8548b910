import XCTest
import StorylineCore
@testable import StorylineTUI

final class TimelinePaneTests: XCTestCase {
    func timeline() -> AppState { Fixtures.press(Fixtures.state(), .char("2")).0 }

    /// Dated events only, in date order, under month headers; the undated event is hidden.
    func testRowsAreDatedEventsGroupedByMonth() {
        let s = timeline()
        XCTAssertEqual(s.catalog.events(s.view.filter).map(\.id), ["e1", "e2", "e4", "e3"])
        let text = Fixtures.screen(s).text()
        XCTAssertFalse(text.contains("Undated plan"))
        let lines = text.components(separatedBy: "\n")
        let june = lines.firstIndex { $0.contains("June 2025") }!, sep = lines.firstIndex { $0.contains("September 2025") }!
        XCTAssertLessThan(june, sep)
        XCTAssertTrue(lines[june + 1].contains("Jun 10"))
        XCTAssertTrue(lines.contains { $0.contains("○ Mar–May") && $0.contains("Moreau to visit Seoul") }, "planned event marked")
        XCTAssertTrue(lines.contains { $0.contains("trade pact") && $0.contains("×2") }, "source count shown")
    }

    /// An event known only to its year sits under a year header, never under "January".
    func testYearOnlyEventsGetAYearHeaderNotJanuary() {
        let year = Event(id: "y1", date: TimeSpan(start: Day(2025, 1, 1)!, end: Day(2025, 12, 31)!, granularity: .year),
                         expression: "in 2025", type: .statement, status: .occurred, summary: "Sato spoke of the pact in 2025",
                         participants: ["Hana Sato"])
        let jan = Event(id: "j1", date: TimeSpan(day: Day(2025, 1, 20)!), expression: "Jan 20", type: .meeting, status: .occurred,
                        summary: "Kim met Sato in January", participants: ["Kim Min-ji", "Hana Sato"])
        let lib = Library(articles: Fixtures.articles, events: [year, jan] + Fixtures.events, people: Fixtures.people)
        let s = Fixtures.press(Fixtures.state(lib), .char("2")).0
        let lines = Fixtures.screen(s).text().components(separatedBy: "\n")
        let yearRow = lines.firstIndex { $0.contains("Sato spoke of the pact") }!
        XCTAssertTrue(lines[yearRow - 1].contains("│ 2025 "), lines[yearRow - 1])
        XCTAssertFalse(lines[yearRow - 1].contains("January"))
        let janRow = lines.firstIndex { $0.contains("Kim met Sato in January") }!
        XCTAssertTrue(lines[janRow - 1].contains("January 2025"), "a dated January event keeps its month header")
    }

    /// An event dated only to a year adds to no month's bar (it would swell January), and the
    /// caption still counts it.
    func testYearOnlyEventsStayOutOfTheMonthBars() {
        let year = Event(id: "y1", date: TimeSpan(start: Day(2025, 1, 1)!, end: Day(2025, 12, 31)!, granularity: .year),
                         expression: "in 2025", type: .statement, status: .occurred, summary: "said in 2025", participants: [])
        let h = Histogram(events: [year] + Fixtures.events)
        XCTAssertEqual(h.counts, Histogram(events: Fixtures.events).counts, "no January bar for a year")
        XCTAssertTrue(h.line(width: 76).text.hasPrefix("2025-06 "), h.line(width: 76).text)
        XCTAssertTrue(h.caption(width: 76).hasPrefix("5 events, 1 dated only by year"), h.caption(width: 76))
        XCTAssertEqual(h.caption(width: 40), "5 events, 1 dated only by year", "parts that do not fit are left out whole")
        let only = Histogram(events: [year])
        XCTAssertEqual(only.line(width: 76).text, "no month is known for these events, only their year")
        XCTAssertTrue(only.caption(width: 76).hasPrefix("1 event, 1 dated only by year"), only.caption(width: 76))
    }

    /// The histogram has one bar per month, tallest for the busiest month, dots for empty ones.
    func testHistogramBars() {
        let h = Histogram(events: Fixtures.events)
        XCTAssertEqual(h.counts, [1, 0, 0, 2, 0, 0, 0, 0, 0, 1])
        let bars = h.line(width: 76).text
        XCTAssertTrue(bars.hasPrefix("2025-06 ▄··█·····▄ 2026-03"), bars)
    }

    /// j moves between events, skipping month headers.
    func testSelectionSkipsHeaders() {
        let (s, _) = Fixtures.press(timeline(), .char("j"))
        XCTAssertEqual(s.catalog.events(s.view.filter)[s.view.timelineSelection].id, "e2")
    }

    /// Enter on a one-source event opens its article with the sentence highlighted, and
    /// Backspace comes back to the same event.
    func testEnterOpensSourceWithHighlight() {
        let (r, _) = Fixtures.press(timeline(), .enter)
        XCTAssertEqual(r.view.pane, .reader)
        XCTAssertEqual(r.readerArticle?.id, "ko1")
        let page = r.readerPage!
        let hl = page.highlightLine!
        XCTAssertTrue(page.lines[hl].contains(style: .highlight))
        XCTAssertTrue(page.lines[hl].spans.first { $0.style == .highlight }!.text.hasPrefix("김민지 대통령은 10일"))
        let (b, _) = Fixtures.press(r, .backspace)
        XCTAssertEqual(b.view.pane, .timeline)
        XCTAssertEqual(b.view.timelineSelection, 0)
        let (f, _) = Fixtures.press(b, .char("]"))
        XCTAssertEqual(f.view.pane, .reader)
    }

    /// A sentence far down the article is scrolled into view when opened.
    func testHighlightIsScrolledIntoView() {
        let (r, _) = Fixtures.press(timeline(), .char("G"), .enter)
        XCTAssertEqual(r.readerArticle?.id, "en1")
        XCTAssertGreaterThan(r.view.readerScroll, 0)
        let text = Fixtures.screen(r).text()
        XCTAssertTrue(text.contains("Kim said she would host Moreau in Seoul next spring."), text)
    }

    /// Several sources → a chooser; Enter picks one and opens it.
    func testSeveralSourcesOfferAChooser() {
        let (c, _) = Fixtures.press(timeline(), .char("j"), .enter)
        guard case .chooser(let ch)? = c.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.count, 2)
        XCTAssertTrue(Fixtures.screen(c).text().contains("Example Times"))
        let (r, _) = Fixtures.press(c, .char("j"), .enter)
        XCTAssertNil(r.overlay)
        XCTAssertEqual(r.view.highlight?.block, 2)
        XCTAssertTrue(Fixtures.screen(r).text().contains("Kim arrives in Paris"))
        XCTAssertNil(Fixtures.press(c, .escape).0.overlay)
    }

    /// `p` picks a person from the people in events; the list then shows only their events.
    func testPersonFilter() {
        let (c, _) = Fixtures.press(timeline(), .char("p"))
        guard case .chooser(let ch)? = c.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.first, "everyone · 4")
        XCTAssertFalse(ch.items.contains { $0.hasPrefix("Jane Roe") }, "people without events are not offered")
        // A much-mentioned leader in one event comes after a minister in three.
        let events = (0..<4).map { i in
            Event(id: "x\(i)", date: TimeSpan(day: Day(2025, 3, 1 + i)!), expression: "then", type: .meeting, status: .occurred,
                  summary: "meeting \(i)", participants: [i == 0 ? "Ann Leader" : "Bo Minister"])
        }
        let people = [Person(name: "Ann Leader", roles: [Role(title: "president")], leader: true, mentions: 50),
                      Person(name: "Bo Minister", roles: [Role(title: "minister")], mentions: 2)]
        let lib = Library(articles: Fixtures.articles, events: events, people: people)
        guard case .chooser(let byCount)? = Fixtures.press(Fixtures.state(lib), .char("2"), .char("p")).0.overlay else { return XCTFail() }
        XCTAssertEqual(Array(byCount.items.dropFirst()), ["Bo Minister · 3", "Ann Leader · 1"], "most events first")
        let sato = ch.items.firstIndex(of: "Hana Sato · 2")!
        var s = c
        for _ in 0..<sato { s = Fixtures.press(s, .char("j")).0 }
        s = Fixtures.press(s, .enter).0
        XCTAssertEqual(s.view.filter.person, "Hana Sato")
        XCTAssertEqual(s.catalog.events(s.view.filter).map(\.id), ["e1", "e4"])
        XCTAssertTrue(Fixtures.screen(s).line(23).contains("Hana Sato"))
        XCTAssertNil(Fixtures.press(s, .char("c")).0.view.filter.person)
        XCTAssertNil(Fixtures.press(s, .backspace).0.view.filter.person)
    }

    /// Filtering keeps the selected event when the filter admits it, and otherwise lands on
    /// the first event from its date on, never back at the top.
    func testFiltersKeepTheSelectedEvent() {
        func selected(_ s: AppState) -> String { s.catalog.events(s.view.filter)[s.view.timelineSelection].id }
        func pickPerson(_ s: AppState, _ name: String) -> AppState {
            var c = Fixtures.press(s, .char("p")).0
            guard case .chooser(let ch)? = c.overlay, let i = ch.items.firstIndex(where: { $0.hasPrefix(name) }) else { return c }
            for _ in 0..<i { c = Fixtures.press(c, .char("j")).0 }
            return Fixtures.press(c, .enter).0
        }
        let onE4 = Fixtures.press(timeline(), .char("j"), .char("j")).0
        XCTAssertEqual(selected(onE4), "e4")
        let sato = pickPerson(onE4, "Hana Sato")
        XCTAssertEqual(sato.view.filter.person, "Hana Sato")
        XCTAssertEqual(selected(sato), "e4", "the event is Sato's too: it stays selected")
        XCTAssertEqual(selected(Fixtures.press(sato, .char("c")).0), "e4", "clearing keeps it")
        let onE2 = Fixtures.press(timeline(), .char("j")).0
        XCTAssertEqual(selected(pickPerson(onE2, "Hana Sato")), "e4", "not Sato's: the next of hers from that date")
        var dated = Fixtures.press(onE2, .char("f")).0
        for ch in "2025-09" { dated = Fixtures.press(dated, .char(ch)).0 }
        XCTAssertEqual(selected(Fixtures.press(dated, .enter).0), "e2")
    }

    /// `f` prompts for a range; typed YYYY-MM bounds filter the list; bad input is reported.
    func testDateFilterPrompt() {
        var (s, _) = Fixtures.press(timeline(), .char("f"))
        XCTAssertTrue(Fixtures.screen(s).text().contains("Dates from–to"))
        for ch in "2025-09–2025-12" { s = Fixtures.press(s, .char(ch)).0 }
        s = Fixtures.press(s, .enter).0
        XCTAssertEqual(s.catalog.events(s.view.filter).map(\.id), ["e2", "e4"])
        var bad = Fixtures.press(timeline(), .char("f")).0
        for ch in "soon" { bad = Fixtures.press(bad, .char(ch)).0 }
        bad = Fixtures.press(bad, .enter).0
        XCTAssertTrue(bad.view.filter.isEmpty)
        XCTAssertTrue(Fixtures.screen(bad).line(23).contains("not a date range"))
    }
}
