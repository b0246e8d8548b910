import XCTest
@testable import StorylineCore

/// Publication stamps in the forms news sites print them.
final class ParserDateLineTests: XCTestCase {
    func iso(_ line: String) -> String? { DateLine.best(in: line)?.published.iso }

    func testCommonStampForms() {
        XCTAssertEqual(iso("Published: 11 Jun. 2025, 00:00"), "2025-06-11T00:00")
        XCTAssertEqual(iso("Posted June. 11, 2025 07:27,"), "2025-06-11T07:27")
        XCTAssertEqual(iso("20:00 JST, June 4, 2025"), "2025-06-04T20:00+09:00")
        XCTAssertEqual(iso("Posted : September 16, 2025, 18:14 Updated : September 17, 2025, 09:00"), "2025-09-16T18:14")
        XCTAssertEqual(iso("Updated 2025-06-11 14:03 KST"), "2025-06-11T14:03+09:00")
        XCTAssertEqual(iso("June 11, 2025 at 7:27 a.m. EDT"), "2025-06-11T07:27-04:00")
        XCTAssertEqual(iso("June 11, 2025 at 7:27 p.m. EDT"), "2025-06-11T19:27-04:00")
        XCTAssertEqual(iso("2025-06-11T07:27:00+09:00"), "2025-06-11T07:27+09:00")
        XCTAssertEqual(iso("2025-06-11T07:27:00Z"), "2025-06-11T07:27+00:00")
        XCTAssertEqual(iso("Wed 11 Jun 2025 07.27 BST"), "2025-06-11T07:27+01:00")
        XCTAssertEqual(iso("Published 11 June 2025"), "2025-06-11")
        XCTAssertEqual(iso("Sept. 3, 2025 5:00 PM ET"), "2025-09-03T17:00")
    }

    func testNoDateNoStamp() {
        XCTAssertNil(iso("Updated (27 articles)"))
        XCTAssertNil(iso("SEOUL, September 16 (AJP) - President"))
        XCTAssertNil(iso("He may 4 times refuse, 2025 officials said"))
        XCTAssertNil(iso("February 30, 2025"))
    }

    func testLabels() {
        XCTAssertEqual(DateLine.best(in: "Updated June 12, 2025")?.label, .updated)
        XCTAssertEqual(DateLine.best(in: "Posted June 12, 2025")?.label, .published)
        XCTAssertTrue(DateLine.startsWithLabel("Last updated: 12 June 2025"))
    }
}

/// East Asian stamps.
final class ParserDateLineCJKTests: XCTestCase {
    func testJapaneseAndKoreanStamps() {
        XCTAssertEqual(DateLine.best(in: "2025年6月17日 21時30分")?.published.iso, "2025-06-17T21:30")
        XCTAssertEqual(DateLine.best(in: "입력 2025년 6월 17일 21:30")?.published.iso, "2025-06-17T21:30")
        XCTAssertEqual(DateLine.best(in: "2025.06.17 21:30")?.published.iso, "2025-06-17T21:30")
    }

    /// "03/12/2026 - 19:42" on a 24-hour clock, or "03.12.2026", is the 3rd of December; an a.m./p.m.
    /// or North American clock keeps the order open.
    func testAmbiguousNumericDateIsDayFirstOnA24HourClock() {
        XCTAssertEqual(DateLine.best(in: "Issued on: 03/12/2026 - 19:42 Modified: 03/12/2026 - 20:05")?.published.iso,
                       "2026-12-03T19:42")
        XCTAssertEqual(DateLine.best(in: "Published 05.04.2026")?.published.day.iso, "2026-04-05")
        XCTAssertNil(DateLine.best(in: "Posted 04/05/2026 10:15 AM"))
        XCTAssertNil(DateLine.best(in: "Posted 04/05/2026 17:15 EDT"))
    }

    func testNumericDayMonthYearOnlyWhenTheOrderIsCertain() {
        XCTAssertEqual(DateLine.best(in: "Issued on: 22/04/2026 - 18:05")?.published.iso, "2026-04-22T18:05")
        XCTAssertEqual(DateLine.best(in: "09/25/2026")?.published.iso, "2026-09-25")
        XCTAssertEqual(DateLine.best(in: "20-03-2026 09:41")?.published.iso, "2026-03-20T09:41")
        XCTAssertNil(DateLine.best(in: "04/05/2026")?.published.iso, "day and month could be either way round")
        XCTAssertEqual(DateLine.best(in: "Wednesday, 11/11/2026, 10:30 (GMT+7)")?.published.day.iso, "2026-11-11",
                       "the same number twice reads the same either way round")
    }
}
