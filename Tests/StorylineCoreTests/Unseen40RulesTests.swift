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

extension Unseen40RulesTests {
    /// "Wang will pay a courtesy call on Lee on Friday afternoon, together with Motegi,": the one "together with" the
    /// subject meets the object too.
    func testTogetherWithJoinsTheSubjectsSide() {
        let lib = oneArticleLibrary([
            "Premier Li Keqiang will pay a courtesy call on President Yoon Suk Yeol at the presidential office on Friday afternoon, together with Fumio Kishida, after the trilateral meeting wraps up.",
        ], published: Day(2024, 5, 23)!)
        XCTAssertEqual(days(lib, "Li Keqiang", "Yoon"), ["2024-05-24"])
        XCTAssertEqual(days(lib, "Kishida", "Yoon"), ["2024-05-24"])
    }

    /// "discussed the North's stance with Rubio, who visited Seoul on Tuesday,": "discussed … with" is an encounter,
    /// on the day of the visit of the one met; "the two discussed trade" makes no pair of its own.
    func testDiscussedWithAVisitorIsAnEncounterOnTheVisitsDay() {
        let lib = oneArticleLibrary([
            "President Yoon Suk Yeol discussed the North's stance with U.S. Secretary of State Antony Blinken, who visited Seoul on Tuesday, according to Yoon's office.",
            "Japanese Prime Minister Fumio Kishida spoke with Yoon by phone on Wednesday. The two leaders discussed preparations for Kishida's planned visit to Seoul next month, an aide told reporters.",
        ], published: Day(2024, 3, 21)!)
        XCTAssertEqual(days(lib, "Yoon", "Blinken"), ["2024-03-19"])
        XCTAssertEqual(days(lib, "Kishida", "Yoon"), ["2024-03-20"])
    }

    /// "The powerful sister of North Korean leader Kim Jong Un rejected Lee's offer": the relative acts, not the leader.
    func testKinOfTheNamedLeaderIsTheSubject() {
        let lib = oneArticleLibrary([
            "SEOUL, Aug 19 (Reuters) - The powerful sister of North Korean leader Kim Jong Un rejected South Korean President Moon Jae-in's latest offer of talks on Wednesday.",
        ], published: Day(2020, 8, 19)!)
        XCTAssertEqual(days(lib, "Kim Jong Un", "Moon"), [])
        XCTAssertFalse(lib.events.contains { $0.participants.contains("Kim Jong Un") }, "\(lib.events.map(\.participants))")
    }

    /// "He has said he is open to talks with Trump": a saying in the present perfect takes no day from the paragraph.
    func testHasSaidTellsNoDay() {
        let lib = oneArticleLibrary([
            "North Korean leader Kim Jong Un last week inspected a naval destroyer under construction, KCNA reported on Friday. He has said he is open to talks with U.S. President Donald Trump if Washington drops its demand for denuclearisation.",
        ], published: Day(2026, 8, 19)!)
        XCTAssertEqual(days(lib, "Kim Jong Un", "Trump"), ["undated"])
    }

    /// "\"…,\" Kim Yo Jong said in a press statement carried by KCNA." right after a lead dated Wednesday: her statement is
    /// the lead's, on that day.
    func testStatementRightAfterTheLeadIsOnItsDay() {
        let lib = oneArticleLibrary([
            "SEOUL, Aug 19 (Reuters) - North Korea rejected Seoul's latest offer of talks on Wednesday.",
            "\"The offer is a hypocritical farce,\" Kim Yo Jong, vice department director of the party's Central Committee, said in a press statement carried by KCNA.",
        ], published: Day(2026, 8, 19)!)
        XCTAssertTrue(lib.events.contains { $0.type == .statement && $0.participants == ["Kim Yo Jong"] && $0.date?.start.iso == "2026-08-19" },
                      "\(lib.events.map { ($0.participants, $0.date?.start.iso ?? "-") })")
    }

    /// "In a statement in March, she said Pyongyang would never …": the fronted date is the saying's (past), and "she"
    /// is the one the sentence before named.
    func testFrontedStatementDateIsPastAndSheIsTheOneToldBefore() {
        XCTAssertEqual(TemporalTagger.tag("In a statement in March, she said Pyongyang would never sit down with Seoul.",
                                          anchor: Day(2026, 8, 19)!).first?.span?.start.iso, "2026-03-01")
        XCTAssertEqual(TemporalTagger.tag("The leaders will attend on Thursday, an aide said.", anchor: Day(2026, 8, 19)!).first?.span?.start.iso,
                       "2026-08-20")
        let lib = oneArticleLibrary([
            "North Korean Foreign Minister Choe Son Hui, who handles relations with Washington, has issued a series of statements this year rebuffing Seoul. In a statement in March, she said Pyongyang would never sit down with Seoul.",
        ], published: Day(2026, 8, 19)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start.iso == "2026-03-01" && $0.participants == ["Choe Son Hui"] },
                      "\(lib.events.map { ($0.participants, $0.date?.start.iso ?? "-") })")
    }

    /// "Takaichi's husband, Yamamoto Taku, a former lawmaker,": a name set off after someone's spouse is a person.
    func testNameSetOffAfterASpouseIsAPerson() {
        let lib = oneArticleLibrary([
            "Prime Minister Fumio Kishida will travel with his wife, Kishida Yuko, while President Yoon Suk Yeol's wife, Kim Keon Hee, will host her.",
            "Takaichi's husband, Yamamoto Taku, a former lawmaker, is expected to travel with her.",
        ], published: Day(2023, 5, 7)!)
        XCTAssertTrue(names(lib).contains("Yamamoto Taku"), "\(names(lib))")
        XCTAssertTrue(names(lib).contains("Kishida Yuko"), "\(names(lib))")
    }

    /// "…, meeting Prime Minister X on Aug. 23, and X made a return visit to Busan on Sept. 30": a return visit is to the
    /// other of the pair just told.
    func testReturnVisitIsToTheOtherOfThePair() {
        let lib = oneArticleLibrary([
            "President Yoon Suk Yeol chose Tokyo for his first trip abroad in March last year, meeting Prime Minister Fumio Kishida on March 16, and Kishida made a return visit to Seoul on May 7.",
        ], published: Day(2024, 2, 1)!)
        XCTAssertEqual(days(lib, "Yoon", "Kishida"), ["2023-03-16", "2023-05-07"])
    }

    /// "The president will raise it when the two leaders meet. ¶ That meeting is expected next month, when Xi is tipped to
    /// make a state visit to Seoul": "that meeting" is the two leaders'.
    func testThatMeetingIsTheTwoLeaders() {
        let lib = oneArticleLibrary([
            "When President Yoon Suk Yeol spoke by phone with Chinese President Xi Jinping in June, the two leaders spent most of the call on trade.",
            "\"The president will raise the matter directly when the two leaders meet,\" a spokesperson told reporters on Monday.",
            "That meeting is expected to come next month, when Xi is tipped to make a state visit to Seoul.",
        ], published: Day(2024, 9, 15)!)
        XCTAssertTrue(days(lib, "Yoon", "Xi").contains("2024-10-01"), "\(days(lib, "Yoon", "Xi"))")
    }
}
