import XCTest
@testable import StorylineCore

/// A name qualifying a noun ("a close Kessel ally") takes no part; staying away from a summit ("skipped",
/// "boycotted") is no encounter; what "which" stands for is the subject of the verb after it.
final class StayingAwayTests: XCTestCase {
    private let opening = "President Arno Kessel boycotted the summit in Tallberg this weekend."

    func testANameQualifyingANounTakesNoPart() {
        let lib = oneArticleLibrary([opening, "President Lina Varga, a close Kessel ally, met Foreign Minister Tomas Brandt on Saturday."],
                                    published: Day(2025, 11, 23)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Lina Varga + Tomas Brandt"], [Day(2025, 11, 22)!], "\(t)")
        XCTAssertNil(t["Arno Kessel + Tomas Brandt"], "\(t)")
    }

    func testSkippingTheSummitIsNoEncounter() {
        let lib = oneArticleLibrary([opening, "President Lina Varga skipped the summit and sent Foreign Minister Tomas Brandt instead."],
                                    published: Day(2025, 11, 23)!)
        XCTAssertTrue(lib.relations.isEmpty, "\(interactionDays(lib))")
    }

    func testWhatWhichStandsForIsTheSubject() {
        let lib = oneArticleLibrary(["Leaders of the bloc gathered in Tallberg.",
                                     "President Arno Kessel boycotted the summit in Tallberg this weekend, which was hosted by "
                                        + "President Lina Varga."], published: Day(2025, 11, 23)!)
        XCTAssertTrue(lib.relations.isEmpty, "\(interactionDays(lib))")
    }
}
