import XCTest
@testable import StorylineCore

/// "They" and "he" standing for people told before, the one briefed on someone's trip, and a wire's dateline
/// with no year.
final class PairPronounTests: XCTestCase {
    private let published = Day(2026, 3, 20)!

    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// "The two leaders met … ¶ It was their third meeting after they met in Berlin on March 2": in a paragraph naming
    /// no one, "they" are the pair the paragraph before linked, in the relations and the timeline.
    func testTheyInAParagraphNamingNoOneAreThePairBefore() {
        let lib = oneArticleLibrary([
            "Chancellor Friedrich Merz held talks with President Emmanuel Macron in Paris on Thursday.",
            "The two leaders met for two hours, according to Anne Dupont, a government spokeswoman.",
            "It was their third meeting this year after they met in Berlin on March 2.",
        ], published: published)
        XCTAssertEqual(Set(days(lib, "Merz", "Macron")), ["2026-03-02", "2026-03-19"])
        let march2 = lib.events.filter { $0.date?.start == Day(2026, 3, 2) }
        XCTAssertEqual(march2.map { Set($0.participants) }, [["Friedrich Merz", "Emmanuel Macron"]])
        // Officials named before "they" are who "they" means: no encounter of the pair.
        let officials = oneArticleLibrary([
            "Chancellor Friedrich Merz held talks with President Emmanuel Macron in Paris on Thursday.",
            "The two leaders met for two hours, according to Anne Dupont, a government spokeswoman.",
            "Officials from both countries said they met in Berlin on March 2 to prepare the talks.",
        ], published: published)
        XCTAssertFalse(days(officials, "Merz", "Macron").contains("2026-03-02"))
    }

    /// "X briefed Y on his trip to Jakarta, where he held talks with Z": the trip and the talks are X's; Y, who was
    /// briefed, takes part in neither.
    func testTheOneBriefedOnSomeonesTripTakesNoPartInIt() {
        let lib = oneArticleLibrary([
            "Prime Minister Christopher Luxon hosted Anthony Albanese in Wellington on Thursday.",
            "Luxon briefed Albanese on his trip to Jakarta last week, where he held talks with President Prabowo Subianto on March 10.",
        ], published: published)
        XCTAssertEqual(days(lib, "Luxon", "Prabowo"), ["2026-03-10"])
        XCTAssertEqual(days(lib, "Albanese", "Prabowo"), [])
        XCTAssertEqual(days(lib, "Luxon", "Albanese"), ["2026-03-19"])
        XCTAssertFalse(lib.events.contains { $0.type == .visit && $0.participants.contains("Anthony Albanese") })
    }

    /// "SEOUL, Jan. 5 (Yonhap) -- … held talks … on Monday" in a story naming no year: the last Jan. 5 up to today,
    /// when it was a Monday; none otherwise.
    func testAYearlessDatelineTakesTheYearItsLeadWeekdayFits() {
        let body = ["President Kim held talks with Premier Li in Beijing on Monday, his office said."]
        XCTAssertEqual(DateLine.yearlessDay("SEOUL, Jan. 5 (Yonhap)", body: body, today: Day(2026, 11, 23)!), Day(2026, 1, 5))
        XCTAssertEqual(DateLine.yearlessDay("SEOUL, Jan. 5 (Yonhap)", body: body, today: Day(2026, 1, 5)!), Day(2026, 1, 5))
        XCTAssertNil(DateLine.yearlessDay("SEOUL, Jan. 5 (Yonhap)", body: body, today: Day(2027, 6, 1)!), "Jan. 5, 2027 is a Tuesday")
        // Not a day still to come: the Jan. 5 before, a Sunday, does not fit.
        XCTAssertNil(DateLine.yearlessDay("SEOUL, Jan. 5 (Yonhap)", body: body, today: Day(2026, 1, 4)!))
        // A lead telling the day before (a wire dated the day it is sent) gives no year rather than a wrong one.
        let before = ["President Kim held talks with Premier Li in Beijing on Sunday, his office said."]
        XCTAssertNil(DateLine.yearlessDay("SEOUL, Jan. 5 (Yonhap)", body: before, today: Day(2026, 11, 23)!))
    }
}
