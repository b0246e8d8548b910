import XCTest
@testable import StorylineCore

/// Round 26 of news never seen: a leaders' remarks transcript with upper-case speaker labels, "seeing"
/// someone ahead, an explainer's "The summit is scheduled for …", a tournament's year and a "conversation".
final class Unseen26RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        oneArticleLibrary(paras, id: "u26", title: title, published: day)
    }

    private let remarksTitle = "Remarks by President Rossi and Prime Minister Kovac of Croatia Before Bilateral Meeting"

    /// "PRESIDENT ROSSI: … I spoke with Chancellor Brandt yesterday": the labelled speaker is "I" in the
    /// paragraph and the unlabelled one after it; a reporter's "Q" paragraph ends the turn.
    func testATranscriptSpeakerLabelIsTheFirstPerson() {
        let lib = library([
            "PRESIDENT ROSSI: Thank you very much. It's an honor to have the Prime Minister with us today.",
            "I spoke with Chancellor Lena Brandt yesterday, and we talked about energy.",
            "PRIME MINISTER KOVAC: Thank you, Mr. President. I had a long conversation with President Omar Haddad on Monday.",
            "Q Did you speak with President Haddad about the border?",
        ], published: Day(2026, 11, 12)!, title: remarksTitle)
        XCTAssertEqual(interactionDays(lib)["Lena Brandt + Rossi"], [Day(2026, 11, 11)!])
        XCTAssertEqual(interactionDays(lib)["Kovac + Omar Haddad"], [Day(2026, 11, 9)!])
        XCTAssertNil(interactionDays(lib)["Omar Haddad + Rossi"])
        // The call is a call, and the speaker takes part in it.
        let call = lib.events.first { $0.date?.start == Day(2026, 11, 9)! }
        XCTAssertEqual(call?.type, .phoneCall)
        XCTAssertEqual(call.map { Set($0.participants) }, ["Kovac", "Omar Haddad"])
    }

    /// "We had a very good call last week" in a two-speaker transcript is the two speakers' call; the title's
    /// "Before Bilateral Meeting" is their meeting on the day published.
    func testATwoSpeakerTranscriptsWeAndTitleAreThePair() {
        let lib = library([
            "PRESIDENT ROSSI: Thank you. We had a very good call last week, a long call.",
            "PRIME MINISTER KOVAC: Thank you, Mr. President. Our relationship has never been stronger.",
        ], published: Day(2026, 11, 12)!, title: remarksTitle)
        let days = interactionDays(lib)["Kovac + Rossi"] ?? []
        XCTAssertTrue(days.contains(Day(2026, 11, 12)!), "\(days)")
        XCTAssertTrue(days.contains { $0.map { $0 >= Day(2026, 11, 2)! && $0 <= Day(2026, 11, 8)! } ?? false }, "\(days)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 12)! && Set($0.participants) == ["Kovac", "Rossi"] })
        // Without speaker labels the same words are nobody's.
        let prose = library(["Officials said: We had a very good call last week, a long call."], published: Day(2026, 11, 12)!,
                            title: remarksTitle)
        XCTAssertFalse((interactionDays(prose)["Kovac + Rossi"] ?? []).contains(Day(2026, 11, 12)!))
    }

    /// "will be seeing Prime Minister X in Tokyo next month" meets X, as "will see X" does; "seeing growth" meets no one.
    func testSeeingSomeoneAheadIsAMeeting() {
        let lib = library([
            "President Marco Rossi said he will be seeing Prime Minister Aiko Tanabe in Tokyo next month.",
            "Chancellor Lena Brandt said Europe was seeing Tanabe's reforms pay off.",
        ], published: Day(2026, 11, 12)!)
        XCTAssertEqual(interactionDays(lib)["Aiko Tanabe + Marco Rossi"], [Day(2026, 12, 1)!])
        XCTAssertNil(interactionDays(lib)["Aiko Tanabe + Lena Brandt"])
    }

    /// "Rossi travels to Rabat next month for the summit. … The summit is scheduled for December 10": the
    /// summit told with "The" and naming no one is that of the people told just before.
    func testTheSummitNamingNoOneIsTheOneToldBefore() {
        let lib = library([
            "President Marco Rossi travels to Rabat next month for the first summit between the two governments in years.",
            "When is it?",
            "The summit is scheduled for December 10 in the capital, according to government sources.",
        ], published: Day(2026, 11, 20)!)
        let summit = lib.events.first { $0.date?.start == Day(2026, 12, 10)! }
        XCTAssertEqual(summit?.participants, ["Marco Rossi"])
    }

    /// "which covers … the 2030 World Cup": a year naming a tournament dates nothing the leaders do.
    func testATournamentsYearDatesNoEvent() {
        let lib = library([
            "President Marco Rossi and Prime Minister Ivan Kovac spoke by phone on Monday to settle the agenda, which covers energy and the 2030 World Cup.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 16)! })
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2030 })
    }
}
