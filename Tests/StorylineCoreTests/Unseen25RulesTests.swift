import XCTest
@testable import StorylineCore

/// Round 25 of news never seen: Khmer styles and state forms in official Cambodian prose, "the head of state"
/// among two presidents, a headline's second verb, dates that belong to a noun or a "since" part, and an
/// aide who "accompanied" the leader.
final class Unseen25RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        oneArticleLibrary(paras, id: "u25", title: title, published: day)
    }

    /// "Samdech Moha Borvor Thipadei Chea Vanna, Prime Minister of the Kingdom of Cambodia": the Khmer style is
    /// no part of the name; "Prime Minister of the Lao People's Democratic Republic" is an office in apposition.
    func testKhmerStylesAndTheLaoStateFormLeaveTheName() {
        let lib = library([
            "Samdech Moha Borvor Thipadei Chea Vanna, Prime Minister of the Kingdom of Cambodia, received this morning a courtesy call by Mr. Tom Reed.",
            "Yesterday evening, Samdech Thipadei Chea Vanna held a phone conversation with H.E. Khamla Vongsa, Prime Minister of the Lao People's Democratic Republic.",
        ], published: Day(2026, 11, 18)!)
        let vanna = lib.people.first { $0.name == "Chea Vanna" }
        XCTAssertEqual(vanna?.leader, true)
        XCTAssertFalse(lib.people.contains { $0.name.contains("Samdech") })
        XCTAssertEqual(lib.people.first { $0.name == "Khamla Vongsa" }?.leader, true)
        XCTAssertEqual(interactionDays(lib)["Chea Vanna + Khamla Vongsa"], [Day(2026, 11, 17)!])
    }

    /// "President Ana Costa received her Paraguayan counterpart … the head of state spoke by phone with …": of two
    /// presidents, the home outlet's "head of state" is the one the story named first.
    func testTheHeadOfStateAmongTwoPresidentsIsTheOneNamedFirst() {
        let lib = library([
            "President Ana Costa received her Paraguayan counterpart Luis Prado at the palace on Tuesday.",
            "On Wednesday morning, the head of state spoke by phone with US Treasury Secretary Tom Reed.",
        ], published: Day(2026, 10, 28)!)
        XCTAssertEqual(interactionDays(lib)["Ana Costa + Tom Reed"], [Day(2026, 10, 28)!])
        XCTAssertNil(interactionDays(lib)["Luis Prado + Tom Reed"])
    }

    /// "Costa receives Chile's Prado in capital, holds call with Reed": the verb after the comma is the
    /// headline subject's, not its object's.
    func testAHeadlinesSecondVerbKeepsItsSubject() {
        let lib = library([
            "President Ana Costa received Chilean President Luis Prado in the capital on Tuesday.",
            "Later in the day, Costa held a phone call with Prime Minister Tom Reed.",
        ], published: Day(2026, 10, 28)!, title: "Costa receives Chile's Prado in capital, holds call with Reed")
        XCTAssertNotNil(interactionDays(lib)["Ana Costa + Tom Reed"])
        XCTAssertNil(interactionDays(lib)["Luis Prado + Tom Reed"])
    }

    /// "about the swap line agreed last year": with the clause's own day told, a date after a noun's participle
    /// dates that noun, for the tie and for the timeline.
    func testADateAfterANounsParticipleDatesTheNoun() {
        let lib = library([
            "On Wednesday, President Ana Costa spoke by phone with Treasury Secretary Tom Reed about the swap line agreed last year.",
        ], published: Day(2026, 10, 28)!)
        XCTAssertEqual(interactionDays(lib)["Ana Costa + Tom Reed"], [Day(2026, 10, 28)!])
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2025 })
    }

    /// "their first meeting since a dispute over fishing rights strained ties last year": the dispute's year is
    /// no event of the two who met.
    func testASincePartAboutAThingDatesNoEventOfThePeople() {
        let lib = library([
            "President Ana Costa received Prime Minister Tom Reed in the capital on Wednesday, their first meeting since a dispute over fishing rights strained ties last year.",
        ], published: Day(2026, 11, 5)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 4)! })
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2025 })
    }

    /// "Reed, who accompanied Berg, held separate talks with …": the aide's talks happen on the trip's day.
    func testTalksOfSomeoneWhoAccompaniedTheLeaderTakeTheTripsDay() {
        let lib = library([
            "Two days earlier, Prime Minister Jon Berg travelled to Vienna, where he met Chancellor Eva Lind on Monday.",
            "Foreign Minister Tom Reed, who accompanied Berg, held separate talks with his Austrian counterpart, Karl Huber.",
        ], published: Day(2026, 11, 5)!)
        XCTAssertEqual(interactionDays(lib)["Karl Huber + Tom Reed"], [Day(2026, 11, 2)!])
    }

    /// "Dr. Ravi Menon, Minister for Foreign Affairs of the Republic of Singapore": the office after a courtesy
    /// title, with its portfolio after "for", is his, so "the Singaporean minister" is he.
    func testAnOfficeWithAPortfolioAfterForAfterACourtesyTitle() {
        let lib = library([
            "Prime Minister Chea Vanna received H.E. Dr. Ravi Menon, Minister for Foreign Affairs of the Republic of Singapore, on Wednesday.",
            "On Tuesday, the Singaporean minister held talks with H.E. Sok Dara, Deputy Prime Minister.",
        ], published: Day(2026, 11, 18)!)
        XCTAssertEqual(lib.people.first { $0.name == "Ravi Menon" }?.roles.first?.country, "Singapore")
        XCTAssertEqual(interactionDays(lib)["Ravi Menon + Sok Dara"], [Day(2026, 11, 17)!])
    }

    /// "X and his counterpart Y took part in the expanded meeting": those taking part were at the meeting the story
    /// opened with, on its day.
    func testTakingPartInTheExpandedMeetingIsOnTheLeadsDay() {
        let lib = library([
            "President Ana Costa received Chilean President Luis Prado at the palace on Tuesday.",
            "Foreign Minister Tom Reed and his Chilean counterpart Karl Huber took part in the expanded meeting, which was followed by a lunch.",
        ], published: Day(2026, 10, 28)!)
        XCTAssertEqual(interactionDays(lib)["Karl Huber + Tom Reed"], [Day(2026, 10, 27)!])
    }
}
