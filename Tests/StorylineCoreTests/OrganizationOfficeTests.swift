import XCTest
@testable import StorylineCore

/// "met Chairman X and Hyundai Motor Group Chairman Y": the organization before an office is no person,
/// and the office's holder is the second one met; "the two leaders" are the story's first pair of leaders.
final class OrganizationOfficeTests: XCTestCase {
    func testAnOrganizationBeforeAnOfficeIsNoPersonAndItsHolderIsMet() {
        let lib = oneArticleLibrary([
            "Nvidia chief executive Jensen Huang met Samsung Electronics Chairman Lee Jae-yong and Hyundai Motor Group "
                + "Chairman Chung Eui-sun at a restaurant in Seoul on Thursday.",
        ], published: Day(2025, 11, 3)!)
        XCTAssertFalse(lib.people.contains { $0.name.hasPrefix("Hyundai") }, "\(lib.people.map(\.name))")
        let t = interactionDays(lib)
        XCTAssertEqual(t["Chung Eui-sun + Jensen Huang"], [Day(2025, 10, 30)!], "\(t)")
        XCTAssertEqual(t["Jensen Huang + Lee Jae-yong"], [Day(2025, 10, 30)!], "\(t)")
    }

    func testTheTwoLeadersAreTheFirstPairOfLeaders() {
        let lib = oneArticleLibrary([
            "Deputy Prime Minister Arno Kessel and Finance Minister Tomas Brandt ended two days of trade talks in Vell on Thursday.",
            "Brandt said the two sides would report to their presidents, President Lina Varga and President Ines Morel, "
                + "who spoke by phone on May 29.",
            "The talks were the third round since the two leaders met in Tallberg last October.",
        ], published: Day(2026, 6, 12)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Ines Morel + Lina Varga"], [Day(2025, 10, 1)!, Day(2026, 5, 29)!], "\(t)")
        XCTAssertEqual(t["Arno Kessel + Tomas Brandt"], [Day(2026, 6, 11)!], "\(t)")
    }
}

extension OrganizationOfficeTests {
    func testARoyalStyleAfterTheCounterpartsCommaIsTheNamesOwn() {
        let lib = oneArticleLibrary(["On the eve of the visit, Iranian Foreign Minister Abbas Araghchi held a phone call with his "
                                        + "Saudi counterpart, Prince Faisal bin Farhan."], published: Day(2026, 2, 22)!)
        XCTAssertEqual(lib.relations.first { Set($0.people) == ["Abbas Araghchi", "Faisal bin Farhan"] }?.interactions.map(\.type),
                       [.phoneCall], "\(interactionDays(lib))")
    }
}
