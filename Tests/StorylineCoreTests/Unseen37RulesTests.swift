import XCTest
@testable import StorylineCore

/// Round 37 of news never seen: a week-in-review digest whose items open on a bare weekday under "Week of …"
/// headings, and people who share a surname told apart by the title before it.
final class Unseen37RulesTests: XCTestCase {
    /// The library built from one parsed text file.
    private func parsed(_ text: String, path: String = "u37.txt") throws -> Library {
        Library.build(from: [try XCTUnwrap(ArticleParser.parse(text: text, path: path))])
    }

    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// "Week of Nov. 2" over "Tuesday: X received Y": the Tuesday of that week, not the Tuesday before publication.
    func testWeekdayItemsUnderAWeekHeadingFallInThatWeek() throws {
        let lib = try parsed("""
        The week in review

        Weekly Digest | Published: Nov. 15, 2026

        Here are the meetings of the past two weeks.

        Week of Nov. 9

        Monday: Brazilian President Luiz Inácio Lula da Silva hosted Chilean President José Antonio Kast in Brasília.

        Week of Nov. 2

        Tuesday: Indian Prime Minister Narendra Modi received New Zealand Prime Minister Christopher Luxon in New Delhi.

        Friday — Ukrainian President Volodymyr Zelensky spoke by phone with French President Emmanuel Macron.
        """)
        XCTAssertEqual(days(lib, "Lula", "Kast"), ["2026-11-09"])
        XCTAssertEqual(days(lib, "Modi", "Luxon"), ["2026-11-03"])
        XCTAssertEqual(days(lib, "Zelensky", "Macron"), ["2026-11-06"])
        XCTAssertEqual(WeekDigest.weekStart("The week of November 2, 2025:", published: nil), Day(2025, 11, 2))
        XCTAssertNil(WeekDigest.weekStart("Weekend of Nov. 2", published: Day(2026, 11, 15)))
        XCTAssertNil(WeekDigest.weekdayLabel("Tuesdays are quiet in the capital."))
    }

    /// "Prime Minister Kim" and "Minister Kim" beside an industry minister of the same surname: the two-word title is
    /// the prime minister's, the bare "Minister" the industry minister's (a prime minister is never "Minister Kim").
    func testPrimeMinisterAndMinisterOfOneSurnameAreTwoPeople() {
        let lib = oneArticleLibrary([
            "Prime Minister Kim Min-seok met President Lee Jae-myung on Tuesday. Industry Minister Kim Jung-kwan attended.",
            "Prime Minister Kim will fly to Washington on Sunday. He is scheduled to hold talks with US Commerce Secretary Howard Lutnick on Monday.",
            "Minister Kim told reporters on Thursday that he had spoken with Jamieson Greer by phone on Wednesday.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Kim Min-seok", "Lutnick"), ["2026-11-23"])
        XCTAssertEqual(days(lib, "Kim Jung-kwan", "Greer"), ["2026-11-18"])
        XCTAssertEqual(days(lib, "Kim Min-seok", "Greer"), [])
    }

    /// "hosted … and the heads of four other conglomerates on Thursday": "heads" there is a noun, not the trip
    /// verb of "heads to Washington on Thursday", so the Thursday is the one before publication.
    func testHeadsOfIsANounThatTellsNoTense() {
        let lib = oneArticleLibrary([
            "President Lee Jae-myung hosted Samsung Electronics Chairman Lee Jae-yong and the heads of four other conglomerates at the palace on Thursday.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Lee Jae-myung", "Lee Jae-yong"), ["2026-11-19"])
        let trip = oneArticleLibrary(["Foreign Minister Cho Hyun heads to Tokyo on Thursday to meet Foreign Minister Toshimitsu Motegi."],
                                     published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(trip, "Cho Hyun", "Motegi"), ["2026-11-26"])
    }

    /// "The Volvo chief" after "Volvo Cars Chairwoman Anna Berg" is she: the head of an organization named by the one
    /// capitalized word her office was written with; a word no full name came after refers to nobody.
    func testTheOrganizationChiefIsTheOneNamedAfterItsWord() {
        let lib = oneArticleLibrary([
            "Prime Minister Erik Lund received Volvo Cars Chairwoman Anna Berg at Rosenbad on Tuesday.",
            "The Volvo chief had also met Finance Minister Nils Holm on Monday afternoon, the ministry said.",
            "The Saab chief met Nils Holm on Friday.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Anna Berg", "Nils Holm"), ["2026-11-16"])
        XCTAssertEqual(days(lib, "Erik Lund", "Nils Holm"), [])
    }

    /// "Former Prime Minister X called on President Y … . The elder statesman also had dinner with Z": the description
    /// opening a sentence means the person the sentence before opened on, not the last one it named.
    func testADescriptionOpeningASentenceMeansThePreviousOpener() {
        let lib = oneArticleLibrary([
            "Former Prime Minister Jan Kowal called on President Adam Nowak at the palace on Nov. 12 and urged him to seek support. "
                + "The elder statesman also had dinner with Prime Minister Piotr Zielinski last month, according to party officials.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Jan Kowal", "Zielinski"), ["2026-10-01"])
        XCTAssertEqual(days(lib, "Adam Nowak", "Zielinski"), [])
    }

    /// "returns to its usual Sunday schedule": a habit's weekday is no day anything happens on.
    func testAHabitsWeekdayDatesNothing() {
        let lib = oneArticleLibrary(["Next week: The Weekly Digest returns to its usual Sunday schedule."], published: Day(2026, 11, 15)!)
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 11, 15) }, "\(lib.events.map { $0.date?.start.iso ?? "-" })")
    }

    /// "Ernesto Valdés Ruiz, widely known as EVR, …": the nickname after "known as" is that person later on.
    func testANicknameAfterKnownAsIsThePersonBefore() {
        let lib = oneArticleLibrary([
            "President Ernesto Valdés Ruiz, widely known as EVR, handed power to his successor in 2024.",
            "EVR met former Chilean President Michelle Bachelet in Santiago on Tuesday.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Valdés", "Bachelet"), ["2026-11-17"])
        XCTAssertFalse(lib.people.contains { $0.name == "EVR" })
    }

    /// "who agreed to extend the pause until the end of January": the end of a term is no day the agreement was made.
    func testTheEndOfATermDatesNoEvent() {
        let lib = oneArticleLibrary([
            "President Ana Duarte spoke by phone on Monday with President Luc Martin, who she said had agreed to extend the pause on new tariffs until the end of January.",
        ], published: Day(2026, 11, 13)!)
        XCTAssertFalse(lib.events.contains { $0.date.map { $0.start.year == 2027 } ?? false }, "\(lib.events.map { $0.date?.start.iso ?? "-" })")
    }

    /// "held a meeting on Thursday, their first since Meloni's visit to Warsaw in March": the visit counted from is
    /// the same pair's earlier encounter; "their first since Lund took office in May" tells none.
    func testTheirFirstSinceOnesVisitIsThePairsEarlierEncounter() {
        let lib = oneArticleLibrary([
            "Prime Minister Jan Kowal and Prime Minister Anna Rossi held a bilateral meeting on Thursday, their first since Rossi's visit to Warsaw in March, a source said.",
            "President Erik Lund spoke with President Luc Martin on Tuesday, their first call since Lund took office in May.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Kowal", "Rossi"), ["2026-03-01", "2026-11-19"])
        XCTAssertEqual(days(lib, "Lund", "Martin"), ["2026-11-17"])
    }
}
