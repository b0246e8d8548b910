import XCTest
@testable import StorylineCore

/// Wordings of an encounter that tell more or less than their words: a deal the pair finalized, a list of meetings
/// after a joined subject, a hope to meet, a messenger's letter, an aide who reports.
final class EncounterWordingTests: XCTestCase {
    private let published = Day(2026, 4, 15)!

    private func ties(_ lib: Library, _ a: String, _ b: String) -> [(InteractionType, String?)] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).map { ($0.type, $0.date?.start.iso) }
    }

    /// "X and Y said Wednesday they had finalized a trade deal": the pair's agreement on that day.
    func testAPairThatFinalizedADealAgreedThatDay() {
        let lib = oneArticleLibrary([
            "President Luiz Inacio Lula da Silva and Prime Minister Mark Carney said Wednesday they had finalized a trade deal that cuts tariffs on beef.",
        ], published: published)
        XCTAssertTrue(ties(lib, "Lula", "Carney").contains { $0.0 == .agreement && $0.1 == "2026-04-15" })
    }

    /// "Trump and Kim met three times, in Singapore in 2018, in Hanoi in 2019 and at the DMZ in June 2019": every
    /// meeting of the list is the two's.
    func testEachMeetingOfAListAfterAJoinedSubjectIsTheirs() {
        let lib = oneArticleLibrary([
            "Prime Minister Narendra Modi and President Xi Jinping met four times during the decade, in Wuhan in 2018, in Chennai in 2019 and in Kazan in October 2024.",
        ], published: published)
        let dated = lib.events.filter { $0.type == .meeting }.sorted { $0.date!.start < $1.date!.start }
        XCTAssertEqual(dated.map { $0.date!.start.year }, [2018, 2019, 2024])
        for e in dated { XCTAssertEqual(Set(e.participants), ["Narendra Modi", "Xi Jinping"], e.summary) }
    }

    /// "He said he hoped to meet Kim during the trip": a wish is no meeting.
    func testAHopeToMeetIsNoMeeting() {
        let lib = oneArticleLibrary([
            "President Emmanuel Macron arrived in Beijing on Tuesday.",
            "He had said earlier he hoped to meet Premier Li Qiang during the trip, but no meeting was arranged.",
        ], published: published)
        XCTAssertFalse(ties(lib, "Macron", "Li Qiang").contains { $0.0 == .meeting })
    }

    /// "Yun will meet Lavrov on Thursday and deliver a letter from Lee to President Putin, presidential spokesperson
    /// Kang told reporters": the meeting is the envoy's and the minister's; the writer, the addressee and the aide
    /// who reports it take no part.
    func testAMessengersMeetingLeavesOutTheLettersWriterAndTheAideWhoReports() {
        let lib = oneArticleLibrary([
            "Former minister Tomas Novak is expected to meet Foreign Minister Anna Kowalska on Thursday and deliver a personal letter from President Petr Pavel to President Karol Nawrocki, presidential spokesperson Jana Dvorak told reporters.",
        ], published: published)
        let meeting = lib.events.first { $0.type == .meeting }
        XCTAssertEqual(meeting.map { Set($0.participants) }, ["Tomas Novak", "Anna Kowalska"])
        XCTAssertTrue(ties(lib, "Pavel", "Kowalska").isEmpty)
        XCTAssertTrue(ties(lib, "Dvorak", "Novak").isEmpty)
    }

    /// "The two leaders had held phone talks on Oct. 22, the day after Takaichi was elected": the call is the pair's,
    /// and the election the day before Oct. 22.
    func testTheDayAfterSetOffAfterADateRestatesIt() {
        let lib = oneArticleLibrary([
            "Chancellor Friedrich Merz and Prime Minister Keir Starmer agreed on Tuesday to expand defence cooperation.",
            "The two leaders had held phone talks on March 3, the day after Starmer was re-elected party leader by his lawmakers.",
        ], published: published)
        let call = lib.events.first { $0.type == .phoneCall }
        XCTAssertEqual(call?.date?.start, Day(2026, 3, 3))
        XCTAssertEqual(call.map { Set($0.participants) }, ["Friedrich Merz", "Keir Starmer"])
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 3, 2) && $0.participants == ["Keir Starmer"] })
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 3, 4) })
        // An aside that is no date ("…, raising the prospect of Starmer's first visit") leaves the pair out of a
        // gathering they only discussed.
        let discussed = oneArticleLibrary([
            "Chancellor Friedrich Merz and Prime Minister Keir Starmer agreed on Tuesday to expand defence cooperation.",
            "The two leaders also discussed the NATO summit scheduled for July in Ankara, raising the prospect of Starmer's first visit to Turkey.",
        ], published: published)
        XCTAssertFalse(discussed.relations.contains { r in r.interactions.contains { $0.date?.start.month == 7 } })
    }

    /// "X met Y on Wednesday and sat down with Z on Saturday": each encounter keeps its own day. "In between, he hosted a
    /// dinner on Friday": "he" opening the next sentence is X.
    func testCoordinatedEncountersKeepTheirDaysAndHeGoesOnWithTheSubject() {
        let lib = oneArticleLibrary([
            "President Cyril Ramaphosa met Prime Minister Narendra Modi in Durban on Wednesday and sat down with President Luiz Inacio Lula da Silva on Saturday. In between, he hosted a dinner for the summit's guests on Friday.",
        ], published: Day(2026, 4, 20)!)
        XCTAssertEqual(ties(lib, "Ramaphosa", "Modi").compactMap(\.1), ["2026-04-15"])
        XCTAssertEqual(ties(lib, "Ramaphosa", "Lula").compactMap(\.1), ["2026-04-18"])
        XCTAssertEqual(lib.events.first { $0.date?.start == Day(2026, 4, 17) }?.participants, ["Cyril Ramaphosa"])
    }

    /// "X's talks with Y last Saturday yielded results, officials said on Tuesday": the talks are the event; unnamed
    /// officials saying so add none with Y in it.
    func testUnnamedOfficialsSayingAddsNoEventOfThoseTheyTalkAbout() {
        let lib = oneArticleLibrary([
            "Prime Minister Mark Carney's talks with President Claudia Sheinbaum last Saturday in Mexico City yielded modest results, officials said on Tuesday.",
        ], published: Day(2026, 4, 21)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 4, 18) && Set($0.participants) == ["Mark Carney", "Claudia Sheinbaum"] })
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 4, 21) && !$0.participants.isEmpty })
    }

    /// "On the eve of the visit, X phoned Y", "The day before the summit, A met B": a day counted from the encounter
    /// the article told; the noun counted from is no encounter of the clause.
    func testTheEveOfAnEncounterIsCountedFromItsDay() {
        let lib = oneArticleLibrary([
            "President Javier Milei arrived in Rome on Monday for a three-day visit.",
            "On the eve of the visit, Milei spoke by phone with President Donald Trump. Milei and Prime Minister Giorgia Meloni will hold a summit on Wednesday.",
            "The day before the summit, Foreign Minister Gerardo Werthein met his Italian counterpart Antonio Tajani.",
        ], published: Day(2026, 5, 12)!)
        XCTAssertEqual(ties(lib, "Milei", "Trump").map(\.1), ["2026-05-10"])
        XCTAssertEqual(ties(lib, "Werthein", "Tajani").map { "\($0.0.rawValue) \($0.1 ?? "-")" }, ["meeting 2026-05-12"])
        XCTAssertTrue(lib.events.contains { $0.type == .meeting && $0.date?.start == Day(2026, 5, 12) && Set($0.participants) == ["Gerardo Werthein", "Antonio Tajani"] })
        // With no day told for the encounter, the day stays unknown.
        let unknown = oneArticleLibrary(["On the eve of the election, President Javier Milei spoke by phone with President Donald Trump."], published: Day(2026, 5, 12)!)
        XCTAssertEqual(ties(unknown, "Milei", "Trump").map(\.1), [nil])
    }

    /// "Later that month, X spoke by phone with Y, and in April Minister A met B": the part after ", and in April" has a
    /// subject of its own; X takes no part in A's meeting.
    func testAFrontedTimeAfterAndOpensAPartWithItsOwnSubject() {
        let lib = oneArticleLibrary([
            "In March, President Gustavo Petro spoke by phone with President Luiz Inacio Lula da Silva, and in April Foreign Minister Laura Sarabia met Foreign Minister Mauro Vieira in Brasilia.",
        ], published: Day(2026, 6, 1)!)
        let april = lib.events.first { $0.date?.start == Day(2026, 4, 1) }
        XCTAssertEqual(april.map { Set($0.participants) }, ["Laura Sarabia", "Mauro Vieira"])
    }
}
