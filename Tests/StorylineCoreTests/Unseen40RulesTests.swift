import XCTest
@testable import StorylineCore

/// Round 40 of news never seen: Korean outlets on Korea's diplomacy — a Yonhap update with its note to editors,
/// a Hankyoreh analysis recalling earlier contacts, a wire report of a KCNA statement, and JoongAng Daily on
/// shuttle diplomacy with Japanese names in both orders.
final class Unseen40RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).map { $0.date?.start.iso ?? "undated" }.sorted()
    }

    /// Every name the library's people go by.
    private func names(_ lib: Library) -> Set<String> { Set(lib.people.flatMap { [$0.name] }) }

    /// "X sat down with Y in the morning, before meeting Z over lunch": the gerund after ", before" goes on with
    /// the subject, and a part of the day with no day named is on the day the story told.
    func testBeforeMeetingSharesTheSubjectAndTheMorningTheDayTold() {
        let lib = oneArticleLibrary([
            "Foreign Minister Park Jin held back-to-back talks with his counterparts in Seoul on Tuesday, the ministry said.",
            "Park first sat down with Japanese Foreign Minister Yoko Kamikawa in the morning, before meeting Chinese Foreign Minister Qin Gang over a working lunch.",
        ], published: Day(2023, 3, 8)!)
        XCTAssertEqual(days(lib, "Park", "Kamikawa"), ["2023-03-07"])
        XCTAssertEqual(days(lib, "Park", "Qin"), ["2023-03-07"])
        XCTAssertEqual(days(lib, "Kamikawa", "Qin"), [])
    }

    /// "(ATTN: ADDS Wang's courtesy call on Lee in paras 9-10)": a wire's note to editors is no part of the story.
    func testNoteToEditorsIsFurniture() {
        XCTAssertTrue(Boilerplate.isUILine("(attn: adds wang's courtesy call on lee in paras 9-10, comments from presidential office in last 3 paras)"))
    }
}
