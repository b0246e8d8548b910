import XCTest
@testable import StorylineCore

/// Round 43 of news never seen: US and UK papers on a Korean president's diplomacy — a newspaper of record with
/// honorifics, a weekly with month-only dates and Korean names written without hyphens, a business daily and a
/// British daily with a predecessor's martial law and impeachment.
final class Unseen43RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// Every name the library's people go by.
    private func names(_ lib: Library) -> Set<String> { Set(lib.people.map(\.name)) }

    /// "Choi Sang Mok", "Ban Ki Moon": a Korean name written as a family name and two syllables, without a hyphen, is a
    /// person even with no title; "Choi" alone goes on with him, and "Mok" or "Un" is no one.
    func testKoreanNameWithoutHyphenIsAPerson() {
        let lib = oneArticleLibrary([
            "Choi Sang Mok has kept out of politics since leaving office.",
            "His former foreign minister, Kang Kyung Wha, dismissed the report as a rumour.",
            "Ban Ki Moon met Choi at his home in Sejong on Saturday. Ban later told reporters the talks were cordial.",
        ], published: Day(2026, 4, 13)!)
        let all = names(lib)
        XCTAssertTrue(all.contains("Choi Sang Mok"), "\(all)")
        XCTAssertTrue(all.contains("Kang Kyung Wha"), "\(all)")
        XCTAssertTrue(all.contains("Ban Ki Moon"), "\(all)")
        XCTAssertFalse(all.contains("Mok") || all.contains("Wha"), "\(all)")
        XCTAssertEqual(days(lib, "Ban", "Choi"), ["2026-04-11"])
        XCTAssertFalse(PersonRecognizer.isUnhyphenatedKoreanName(["Moon", "Base", "Alpha"]))
        XCTAssertEqual(NameKey.standaloneKeys(["Kim", "Jong", "Un"]), ["kim"])
    }

    /// "won the vote on 3 June last year": a day-first date followed by "last year" lies in that year, as "June 3 last year".
    func testDayFirstDateWithLastYear() {
        let lib = oneArticleLibrary([
            "President Jan Kowal, who won the runoff on 14 May last year, met Chancellor Eva Lind in Berlin on Tuesday.",
            "Kowal had first met Lind on 2 February this year in Warsaw.",
        ], published: Day(2026, 6, 17)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start.iso == "2025-05-14" }, "\(lib.events.map { $0.date?.start.iso ?? "-" })")
        XCTAssertFalse(lib.events.contains { $0.date?.start.iso == "2026-05-14" })
        XCTAssertEqual(days(lib, "Kowal", "Lind"), ["2026-02-02", "2026-06-16"])
    }

    /// "Shares of Daewoo Motor fell": a company named with the singular "Motor" is no person.
    func testMotorCompanyIsNoPerson() {
        let lib = oneArticleLibrary([
            "Industry Minister Park Sung-ho met executives from Daewoo Motor and Samsung Electronics on Monday.",
            "Shares of Daewoo Motor fell 2.3% in Seoul on Friday.",
        ], published: Day(2026, 10, 30)!)
        XCTAssertFalse(names(lib).contains { $0.contains("Motor") }, "\(names(lib))")
        XCTAssertTrue(names(lib).contains("Park Sung-ho"))
    }
}
