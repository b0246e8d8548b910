import XCTest
@testable import StorylineCore

/// Round 44 of news never seen: negotiations between delegations (a wire on two rounds of talks, an Iranian outlet on
/// indirect talks through a mediator, a Gulf paper on mediators moving between two capitals, an agency on a trade round
/// and its joint statement), where groups meet groups and individuals speak for them.
final class Unseen44RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// The events whose participants include someone named `who`.
    private func events(_ lib: Library, of who: String) -> [Event] {
        lib.events.filter { $0.participants.contains { $0.contains(who) } }
    }

    /// "(Reporting by A in Vienna; Editing by B)": the wire's closing credit names no one in the story.
    func testParenthesizedWireCreditIsNoText() {
        XCTAssertTrue(Boilerplate.isCredit("(reporting by anna berg in vienna and tomas ruiz in madrid; editing by peter holm)"))
        XCTAssertTrue(Boilerplate.isCredit("(writing by anna berg; editing by peter holm)"))
        XCTAssertFalse(Boilerplate.isCredit("(the talks were held in vienna)"))
    }

    /// "Issued on: 05/10/2026 - 09:45": a slashed date with its clock set off by a dash is written day first, even
    /// when both numbers could be a month.
    func testDashedClockStampIsDayFirst() {
        XCTAssertEqual(DateLine.best(in: "Issued on: 05/10/2026 - 09:45")?.published.day.iso, "2026-10-05")
        XCTAssertEqual(DateLine.best(in: "Issued on: 05/10/2026 - 11:20")?.published.day.iso, "2026-10-05")
    }

    /// "at the General Intelligence Directorate headquarters": no one called "Intelligence".
    func testIntelligenceNamesABody() {
        let lib = oneArticleLibrary([
            "Jordan's intelligence chief Ahmad Husni hosted the negotiators at the General Intelligence Directorate headquarters on Monday.",
        ], published: Day(2026, 5, 6)!)
        XCTAssertFalse(lib.people.contains { $0.name.contains("Intelligence") }, "\(lib.people.map(\.name))")
    }

    /// "when Yellen and He agreed …", "He and Yellen also discussed …": with a He Xiaolin in the story, the capitalized
    /// "He" joined to another name is that person, not a pronoun.
    func testChineseFamilyNameHeJoinedToAName() {
        let lib = oneArticleLibrary([
            "Chinese Vice Premier He Xiaolin met US Treasury Secretary Janet Yellen in London on Tuesday.",
            "The two sides first met in Geneva in May 2025, when Yellen and He agreed to cut tariffs for 90 days.",
        ], published: Day(2026, 6, 10)!)
        XCTAssertEqual(Set(days(lib, "He Xiaolin", "Yellen")), ["2025-05-01", "2026-06-09"])
    }

    /// "X led his country's team, while Y and Z headed the other delegation. ¶ Both teams met on Thursday and again on
    /// Friday morning": each head of one side met each head of the other, on both days; "Q hosted a dinner for both
    /// delegations" meets every head.
    func testBothTeamsAreTheHeadsOfTheTwoSides() {
        let lib = oneArticleLibrary([
            "Vice Premier Liu Bowen led his country's team, while Commerce Secretary Ana Ruiz and Trade Representative Tom Hale headed the American delegation.",
            "Both teams met for five hours on Thursday and again on Friday morning, an official said.",
            "Prime Minister Arun Pillai, who hosted a dinner for both delegations on Wednesday evening, said he was glad to help.",
        ], published: Day(2026, 9, 12)!)
        XCTAssertEqual(days(lib, "Liu Bowen", "Ana Ruiz"), ["2026-09-10", "2026-09-11"])
        XCTAssertEqual(days(lib, "Liu Bowen", "Tom Hale"), ["2026-09-10", "2026-09-11"])
        XCTAssertEqual(days(lib, "Ana Ruiz", "Tom Hale"), [])
        XCTAssertEqual(days(lib, "Pillai", "Liu Bowen"), ["2026-09-09"])
        XCTAssertEqual(days(lib, "Pillai", "Tom Hale"), ["2026-09-09"])
        XCTAssertTrue(lib.events.contains { $0.date?.start.iso == "2026-09-11" && $0.participants.contains("Liu Bowen") && $0.participants.count >= 2 },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "discussed arrangements for a meeting between presidents A and B, which could take place … in December": the
    /// meeting is A and B's, ahead, in December; those preparing it meet neither.
    func testMeetingBetweenTwoIsTheirsAndDatedByItsWhichPart() {
        let lib = oneArticleLibrary([
            "Finance Minister Olga Brandt met her counterpart Lin Hao in Oslo on Monday.",
            "Brandt and Lin also discussed arrangements for a meeting between presidents Karl Weiss and Zhou Ming, which both governments have said could take place on the sidelines of the G20 summit in December.",
        ], published: Day(2026, 9, 15)!)
        XCTAssertEqual(days(lib, "Weiss", "Zhou Ming"), ["2026-12-01"])
        XCTAssertEqual(days(lib, "Brandt", "Weiss"), [])
        XCTAssertEqual(days(lib, "Lin Hao", "Zhou Ming"), [])
    }

    /// "is due in Berlin on October 3 for talks with X, the ministry said": ahead of the day published, whatever the
    /// saying's tense.
    func testDueInAPlaceLooksAhead() {
        let lib = oneArticleLibrary([
            "Separately, trade commissioner Jan Novak is due in Berlin on October 3 for talks with Economy Minister Petra Lang, the commission said.",
        ], published: Day(2026, 9, 20)!)
        XCTAssertEqual(days(lib, "Novak", "Lang"), ["2026-10-03"])
        XCTAssertEqual(events(lib, of: "Novak").first?.status, .planned)
    }

    /// "has hosted several rounds since March 2025, when X and Y held their first meeting": the when-part happened then.
    func testSinceADateWhenDatesTheWhenPart() {
        let lib = oneArticleLibrary([
            "Doha has hosted several rounds of talks since March 2025, when envoy Mark Tate and minister Omid Rahimi held their first meeting.",
        ], published: Day(2026, 11, 9)!)
        XCTAssertEqual(days(lib, "Tate", "Rahimi"), ["2025-03-01"])
    }

    /// "talks that lasted into the early hours of Tuesday": Monday's talks, no second event on Tuesday; "The next day"
    /// after them is Tuesday. "…, where he joined X for a meeting with a team led by Y" links all three.
    func testRanIntoTheNightAndJoinedForAMeeting() {
        let lib = oneArticleLibrary([
            "Egypt's intelligence chief Karim Saleh hosted the negotiators in Cairo on Monday for talks that lasted into the early hours of Tuesday.",
            "The next day Mr Saleh flew to Doha, where he joined Qatar's minister of state Fahad Al Sada for a meeting with an Israeli team led by envoy Dan Meron.",
            "After the Doha meeting, Mr Al Sada spoke by phone with US envoy Paul Grant.",
        ], published: Day(2026, 10, 28)!)
        XCTAssertEqual(events(lib, of: "Saleh").compactMap { $0.date?.start.iso }.sorted(), ["2026-10-26", "2026-10-27"])
        XCTAssertEqual(days(lib, "Saleh", "Al Sada"), ["2026-10-27"])
        XCTAssertEqual(days(lib, "Saleh", "Meron"), ["2026-10-27"])
        XCTAssertEqual(days(lib, "Al Sada", "Meron"), ["2026-10-27"])
        XCTAssertEqual(Set(days(lib, "Al Sada", "Grant")), ["2026-10-27"])
        XCTAssertEqual(events(lib, of: "Grant").first?.type, .phoneCall)
    }

    /// "The two last met in early October, a session Z described as useful": the two are the pair told before; the one
    /// describing the session takes no part in it.
    func testTheTwoLastMetWithADescriberAfterTheComma() {
        let lib = oneArticleLibrary([
            "Envoy Sam Cole flew to Minsk on Monday and is expected to meet President Ivan Petrov on Tuesday, spokesman Oleg Sidorov said.",
            "It will be Cole's sixth meeting with Petrov this year. The two last met in early October, a session Sidorov described at the time as useful.",
        ], published: Day(2026, 11, 16)!)
        XCTAssertTrue(days(lib, "Cole", "Petrov").contains("2026-10-01"), "\(days(lib, "Cole", "Petrov"))")
        XCTAssertTrue(days(lib, "Cole", "Petrov").contains("2026-11-17"))
        XCTAssertEqual(days(lib, "Sidorov", "Petrov"), [])
        XCTAssertFalse(lib.events.contains { $0.date?.start.iso == "2026-10-01" && $0.participants.contains { $0.contains("Sidorov") } })
    }

    /// "held a session with Hale's deputy": Hale is not met. "declined to say when X might meet Y": no encounter.
    func testDeputyAndOpenQuestionTellNoEncounter() {
        let lib = oneArticleLibrary([
            "US Trade Representative Tom Hale led the American team in Singapore.",
            "Trade negotiator Wu Jian held a separate working-level session with Hale's deputy on Thursday night.",
            "Secretary Ana Ruiz told reporters on Sunday that progress had been made. She declined to say when President Karl Weiss might meet President Zhou Ming.",
        ], published: Day(2026, 9, 12)!)
        XCTAssertEqual(days(lib, "Wu Jian", "Hale"), [])
        XCTAssertEqual(days(lib, "Weiss", "Zhou Ming"), [])
    }

    /// "X said on Wednesday that … He spoke at a press conference alongside his counterpart Y, who arrived on Tuesday
    /// evening": the two appeared together on Wednesday.
    func testAlongsideAtAPressConference() {
        let lib = oneArticleLibrary([
            "Foreign Minister Sami Haddad said on Wednesday that the mediators were close to a deal. He spoke at a press conference in Amman alongside his Greek counterpart Nikos Pappas, who arrived in the Jordanian capital on Tuesday evening.",
        ], published: Day(2026, 10, 28)!)
        XCTAssertEqual(days(lib, "Haddad", "Pappas"), ["2026-10-28"])
    }

    /// "X, speaking to CNBC on Saturday, said …", "Speaking to state television on Sunday, X said …": an interview, a
    /// statement, not a phone call.
    func testSpeakingToABroadcasterIsAStatement() {
        let lib = oneArticleLibrary([
            "Trade Representative Tom Hale, speaking to CNBC on Saturday, said the other side had agreed to buy more soybeans.",
            "Speaking to state television on Sunday, Foreign Minister Omid Rahimi said the positions were still contradictory.",
        ], published: Day(2026, 9, 14)!)
        XCTAssertEqual(events(lib, of: "Hale").first?.type, .statement)
        XCTAssertEqual(events(lib, of: "Rahimi").first?.type, .statement)
    }
}
