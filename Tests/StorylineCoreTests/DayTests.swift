import XCTest
@testable import StorylineCore

final class DayTests: XCTestCase {
    func testOrdinalRoundTripAndWeekday() {
        let d = Day(2025, 6, 11)!
        XCTAssertEqual(Day(ordinal: d.ordinal), d)
        XCTAssertEqual(d.weekday, 3)  // Wednesday
        XCTAssertEqual(Day(2024, 2, 28)!.adding(days: 1), Day(2024, 2, 29))
        XCTAssertEqual(Day(2025, 12, 31)!.adding(days: 1), Day(2026, 1, 1))
        XCTAssertNil(Day(2025, 2, 29))
    }

    func testSanitizerStripsEscapesButKeepsText() {
        let raw = "Hi \u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07}there\u{7F}\u{9B}2J ok\tnext\n이재명"
        let clean = Sanitizer.sanitize(raw)
        XCTAssertTrue(clean.changed)
        XCTAssertEqual(clean.text, "Hi red there ok\tnext\n이재명")
    }

    func testDisplayWidthOfWideAndCombining() {
        XCTAssertEqual(DisplayWidth.of("이재명"), 6)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.clip("이재명", to: 5), "이재")
        XCTAssertEqual(DisplayWidth.pad("이", to: 3), "이 ")
    }
}
