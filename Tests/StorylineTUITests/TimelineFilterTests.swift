import XCTest
import StorylineCore
@testable import StorylineTUI

final class TimelineFilterTests: XCTestCase {
    /// Months expand to whole months; days stay days; the dash may be en dash or hyphen.
    func testParsesMonthAndDayRanges() {
        let r = TimelineFilter.parseRange("2025-06–2025-08-15")
        XCTAssertEqual(r?.from, Day(2025, 6, 1))
        XCTAssertEqual(r?.to, Day(2025, 8, 15))
        let h = TimelineFilter.parseRange("2025-06-2025-07")
        XCTAssertEqual(h?.from, Day(2025, 6, 1))
        XCTAssertEqual(h?.to, Day(2025, 7, 31))
        let spaced = TimelineFilter.parseRange("2024-02 to 2024-02")
        XCTAssertEqual(spaced?.to, Day(2024, 2, 29))
    }

    /// One month alone means that month; a trailing or leading dash leaves a side open.
    func testSingleAndOpenEndedRanges() {
        let m = TimelineFilter.parseRange("2025-09")
        XCTAssertEqual(m?.from, Day(2025, 9, 1)); XCTAssertEqual(m?.to, Day(2025, 9, 30))
        let open = TimelineFilter.parseRange("2025-09–")
        XCTAssertEqual(open?.from, Day(2025, 9, 1)); XCTAssertNil(open?.to)
        let until = TimelineFilter.parseRange("–2025-09")
        XCTAssertNil(until?.from); XCTAssertEqual(until?.to, Day(2025, 9, 30))
    }

    /// Nonsense and reversed ranges are refused rather than silently misread.
    func testRejectsInvalidRanges() {
        XCTAssertNil(TimelineFilter.parseRange("june"))
        XCTAssertNil(TimelineFilter.parseRange("2025-13"))
        XCTAssertNil(TimelineFilter.parseRange("2025-09–2025-01"))
        XCTAssertNil(TimelineFilter.parseRange("2025-01 2025-02 2025-03"))
    }

    /// An event is kept when its span overlaps the range and it involves the person.
    func testAdmitsOverlappingEventsOfThePerson() {
        let f = TimelineFilter(person: "Kim Min-ji", from: Day(2026, 4, 1), to: Day(2026, 4, 30))
        XCTAssertTrue(f.admits(Fixtures.events[2]))
        XCTAssertFalse(f.admits(Fixtures.events[0]))
        XCTAssertFalse(TimelineFilter(person: "Kim Min-ji").admits(Fixtures.events[3]))
    }

    /// The catalog remembers its last answers (they are asked on every key press) but never
    /// gives one filter's or person's answer for another: switching filters back and forth, and
    /// people, gives what a fresh computation gives.
    func testRememberedAnswersFollowTheFilterAndPerson() {
        let catalog = Catalog(Fixtures.library)
        let filters = [TimelineFilter(), TimelineFilter(person: "Kim Min-ji"), TimelineFilter(from: Day(2026, 4, 1)),
                       TimelineFilter(person: "Kim Min-ji"), TimelineFilter()]
        for filter in filters {
            let events = catalog.events(filter)
            XCTAssertEqual(Array(events), Fixtures.events.filter { $0.date != nil && filter.admits($0) }
                .sorted { ($0.date!.start, $0.date!.end, $0.id) < ($1.date!.start, $1.date!.end, $1.id) })
            XCTAssertEqual(catalog.timeline(filter).rows, TimelineView.rows(events))
            XCTAssertEqual(catalog.histogram(filter), Histogram(events: events))
            for (i, _) in events.enumerated() {
                XCTAssertEqual(catalog.timeline(filter).row(ofEvent: i), TimelineView.displayRow(ofEvent: i, in: TimelineView.rows(events)))
            }
        }
        XCTAssertNotEqual(Array(catalog.events(filters[1])), Array(catalog.events(filters[2])), "the fixture filters differ")
        let names = Fixtures.people.map(\.name)
        let fresh = names.map { Catalog(Fixtures.library).ties(of: $0) }
        for _ in 0..<2 { XCTAssertEqual(names.map { catalog.ties(of: $0) }, fresh) }
        XCTAssertTrue(fresh.contains { !$0.isEmpty }, "some fixture person has ties")
    }

    /// A long entry in the dates prompt shows its end (where the cursor is) after "…", and the
    /// hint is cut with "…" rather than mid-word, at the minimum size and with wide characters.
    func testDatesPromptCutsLongTextVisibly() {
        var (s, _) = Fixtures.press(Fixtures.state(width: 60, height: 15), .char("2"), .char("f"))
        for c in String(repeating: "2025-06 ", count: 12) + "年2026-01" { s = update(s, .key(.char(c))).0 }
        let screen = Fixtures.screen(s)
        guard let y = (0..<15).first(where: { screen.line($0).contains("> …") }) else { return XCTFail(screen.text()) }
        XCTAssertTrue(screen.line(y).contains("年2026-01▏"), "the end of the text, by the cursor: " + screen.line(y))
        XCTAssertTrue(screen.line(y + 1).contains("…"), "the cut hint says so: " + screen.line(y + 1))
        XCTAssertEqual(DisplayWidth.of(screen.line(y)), 60, "nothing spills past the screen")
    }

    /// A range typed end first is refused with the swapped range to try, not "not a date range".
    func testAReversedRangeSuggestsTheSwappedOne() {
        XCTAssertEqual(TimelineFilter.swappedRange("2025-09–2025-01"), "2025-01–2025-09")
        XCTAssertNil(TimelineFilter.swappedRange("2025-01–2025-09"), "already a range")
        XCTAssertNil(TimelineFilter.swappedRange("2025-13"))
        var (s, _) = Fixtures.press(Fixtures.state(), .char("2"), .char("f"))
        for c in "2026 - 2025" { s = update(s, .key(.char(c))).0 }
        let (done, _) = Fixtures.press(s, .enter)
        XCTAssertEqual(done.message, "the range ends before it starts: try 2025 - 2026")
        XCTAssertTrue(done.view.filter.isEmpty, "nothing is filtered")
    }
}
