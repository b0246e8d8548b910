import XCTest
@testable import StorylineCore

/// Round 22's rules: official readout pages, Mongolian name styles and long offices, two people sharing a
/// surname, Kenyan "CS" offices, and dates that belong to a part of the sentence rather than to its event.
final class Unseen22RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Report") -> Library {
        oneArticleLibrary(paras, id: "u22", title: title, published: day, spacing: 400)
    }

    /// Each pair's interaction dates ("A + B", names sorted).
    private func ties(_ lib: Library) -> [String: [TimeSpan?]] {
        Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.date)) }, uniquingKeysWith: +)
    }

    private let day = Day(2026, 11, 17)!

    /// "Telephone conversation with President …" over an undated lead: the call is on the day published,
    /// and so is what the next paragraphs tell without a date.
    func testAReadoutTitledByItsEncounterDatesItsLead() {
        let lib = library([
            "Ivan Sokolov had a telephone conversation with President of the Republic of Finland Arne Dahl.",
            "Arne Dahl praised Foreign Minister Lena Berg for the work on the new bridge.",
        ], published: day, title: "Telephone conversation with President of Finland Arne Dahl")
        XCTAssertEqual(ties(lib)["Arne Dahl + Ivan Sokolov"]?.map { $0?.start }, [day])
        XCTAssertEqual(ties(lib)["Arne Dahl + Lena Berg"]?.map { $0?.start }, [day])
        XCTAssertTrue(lib.events.contains { $0.type == .phoneCall && $0.date?.start == day })
        // The same lead under an ordinary headline stays undated.
        let plain = library(["Ivan Sokolov had a telephone conversation with President of the Republic of Finland Arne Dahl."],
                            published: day, title: "Sokolov and Dahl discuss the bridge")
        XCTAssertEqual(ties(plain)["Arne Dahl + Ivan Sokolov"]?.map { $0?.start }, [nil])
    }

    /// "U.Batbold" and "Batbold Ulzii" are one person; "A. Kurmanov" joins "Aibek Kurmanov".
    func testAnInitialFormJoinsTheFullName() {
        let lib = library([
            "President U.Batbold received Prime Minister Aibek Kurmanov at the palace on Monday.",
            "Welcoming the guest, President Batbold Ulzii praised the ties. Prime Minister A.Kurmanov thanked him.",
        ], published: day)
        let names = lib.people.map(\.name)
        XCTAssertEqual(names.filter { $0.contains("Batbold") }.count, 1, "\(names)")
        XCTAssertEqual(names.filter { $0.contains("Kurmanov") }.count, 1, "\(names)")
    }

    /// "President of the Kyrgyz Republic X", "Chairman of the State Great Khural D.Name", "Chairman of the Cabinet
    /// of Ministers of the Kyrgyz Republic X": the body's words are no part of the name; a later "The Kyrgyz
    /// Prime Minister" is the holder whose other office told that country.
    func testLongBodiesBeforeANameAndTheCountryOfAnotherOffice() {
        let lib = library([
            "President Ana Lima received Chairman of the Cabinet of Ministers of the Kyrgyz Republic Aibek Kurmanov on Monday.",
            "Prime Minister A.Kurmanov conveyed the greetings of President of the Kyrgyz Republic Ulan Bekov.",
            "The Kyrgyz Prime Minister will pay a courtesy call on Chairman of the State Great Khural D.Ganbold on Friday.",
        ], published: day)
        let names = Set(lib.people.map(\.name))
        XCTAssertTrue(names.contains("Ulan Bekov"), "\(names)")
        XCTAssertTrue(names.contains("Aibek Kurmanov"), "\(names)")
        XCTAssertTrue(names.contains("D. Ganbold"), "\(names)")
        XCTAssertEqual(ties(lib)["Aibek Kurmanov + D. Ganbold"]?.compactMap { $0?.start }, [Day(2026, 11, 20)!])
    }

    /// "Minister Lee" beside a President Lee and a Trade Minister Lee is the minister.
    func testATitledSharedSurnameGoesToTheHolderOfThatOffice() {
        let lib = library([
            "President Park Min-jun spoke with Prime Minister Karl Berg by phone on Monday.",
            "Trade Minister Park Ji-ho will fly to Oslo on Friday.",
            "\"We have work to do,\" Minister Park told reporters on Tuesday.",
        ], published: day)
        let minister = lib.people.first { $0.name == "Park Ji-ho" }
        let president = lib.people.first { $0.name == "Park Min-jun" }
        XCTAssertEqual(minister?.mentions, 2)
        XCTAssertFalse(president?.roles.contains { $0.title == "Minister" } ?? true)
    }

    /// "Energy CS Jane Wambui": a Kenyan Cabinet Secretary is a person with an office.
    func testCabinetSecretaryWrittenCS() {
        let lib = library(["The talks were joined by Energy CS Jane Wambui on Wednesday."], published: day)
        XCTAssertTrue(lib.people.contains { $0.name == "Jane Wambui" }, "\(lib.people.map(\.name))")
    }

    /// "The meeting was also attended by A, B and C": the attendees are no pair of their own.
    func testAttendeesOfAMeetingAreNoPair() {
        let found = ties(library([
            "President Tom Otieno hosted President Paul Okello at State House on Wednesday.",
            "The meeting was also attended by Prime Cabinet Secretary Grace Njeri, the energy secretary and Uganda's Minister of Trade Ruth Akello.",
        ], published: day))
        XCTAssertNil(found["Grace Njeri + Ruth Akello"])
        XCTAssertNotNil(found["Paul Okello + Tom Otieno"])
    }

    /// "has met Kim twice this year, most recently on Oct. 29": the count spans the year; the day dates the meeting.
    /// ", a former executive who took office in July," dates only the apposition.
    func testACountOfTimesAndAnAppositionDateNothing() {
        let found = ties(library([
            "Trade Minister Ola Nord, a former Samsung Electronics executive who took office in July, has met Commerce Secretary Dan Kimball twice this year, most recently in Busan on Oct. 29.",
        ], published: day))
        XCTAssertEqual(found["Dan Kimball + Ola Nord"]?.map { $0?.start }, [Day(2026, 10, 29)!])
    }

    /// "He is scheduled to meet A on Monday and B the following day": each day has its own object.
    func testTwoDatedObjectsEachTakeTheirDay() {
        let lib = library([
            "Trade Minister Ola Nord will fly to Washington on Friday. He is scheduled to meet Commerce Secretary Dan Kimball on Monday and Trade Representative Eva Grant the following day, his ministry said.",
        ], published: day)
        let found = ties(lib)
        XCTAssertEqual(found["Dan Kimball + Ola Nord"]?.compactMap { $0?.start }, [Day(2026, 11, 23)!])
        XCTAssertEqual(found["Eva Grant + Ola Nord"]?.compactMap { $0?.start }, [Day(2026, 11, 24)!])
        XCTAssertNil(found["Dan Kimball + Eva Grant"])
    }

    /// "…, the presidential office said Thursday" tells no event of its own beside the call it reports;
    /// "according to spokesperson X" makes X no party to the call.
    func testAnOfficesSayingAndAReportsSourceAreNoEvents() {
        let lib = library([
            "President Ola Nord spoke with President Dan Kimball by phone on Monday, the presidential office said Tuesday.",
            "The call came at Kimball's request, according to presidential spokesperson Eva Grant.",
        ], published: day)
        XCTAssertFalse(lib.events.contains { $0.type == .statement && $0.date?.start == day })
        XCTAssertNil(ties(lib)["Dan Kimball + Eva Grant"])
    }

    /// "before the end of the month" is a deadline; "will leave for Washington on Friday" is a trip.
    func testADeadlineAndALeavingForAPlace() {
        let lib = library([
            "The ministry asked Speaker Ola Nord to pass the act before the end of the month.",
            "Trade Minister Dan Kimball will leave for Washington on Friday.",
        ], published: day)
        XCTAssertFalse(lib.events.contains { $0.date?.end == Day(2026, 11, 30) })
        XCTAssertEqual(lib.events.first { $0.date?.start == Day(2026, 11, 20) }?.type, .visit)
    }

    /// "the follow-up to the investment package agreed last year": the date is the package's, with no one in it.
    func testADateAfterAParticipleNamesTheThing() {
        let lib = library([
            "The two leaders also discussed the follow-up to the investment package agreed last year, said President Ola Nord.",
        ], published: day)
        let lastYear = lib.events.first { $0.date?.start == Day(2025, 1, 1) }
        XCTAssertEqual(lastYear?.participants, [])
    }
}
