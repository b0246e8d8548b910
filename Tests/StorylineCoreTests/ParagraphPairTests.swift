import XCTest
@testable import StorylineCore

/// "the two foreign ministers met …" in a paragraph that names two people and links no pair before.
final class ParagraphPairTests: XCTestCase {
    func testTheTwoOfAParagraphNamingTwoPeopleAreThem() {
        let lib = oneArticleLibrary([
            "Prime Minister Arno Kessel hosted President Lina Varga in Tallberg in March.",
            "I first dealt with Foreign Minister Tomas Brandt in 2015. He was courteous and unmoved. "
                + "Foreign Minister Clara Osei has had more success with him: the two foreign ministers met in Geneva in July.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Clara Osei + Tomas Brandt"], [Day(2026, 7, 1)!], "\(t)")
        // The pair told in the paragraph before is not "the two" of this one.
        XCTAssertEqual(t["Arno Kessel + Lina Varga"]?.count, 1, "\(t)")
    }

    func testAParagraphNamingThreePeopleSaysNotWhichTwo() {
        let lib = oneArticleLibrary([
            "Tomas Brandt, Clara Osei and Ines Morel were all appointed foreign ministers in 2015. "
                + "The two foreign ministers met in Geneva in July.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertTrue(lib.relations.isEmpty, "\(interactionDays(lib))")
    }
}
