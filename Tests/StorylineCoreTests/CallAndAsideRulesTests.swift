import XCTest
@testable import StorylineCore

/// "during a call on May 2" is a call, "his call on X to act" an appeal; and "the two men met …,
/// where X also held talks with Y" links both the pair told before and X with Y.
final class CallAndAsideRulesTests: XCTestCase {
    private let opening = "Foreign Minister Tomas Brandt and Foreign Minister Clara Osei are old allies."

    private func interactions(_ sentence: String) -> [Interaction] {
        oneArticleLibrary([opening, sentence], published: Day(2025, 3, 3)!).relations
            .filter { Set($0.people) == ["Clara Osei", "Tomas Brandt"] }.flatMap(\.interactions)
    }

    func testACallOnADayIsAPhoneCall() {
        for sentence in ["Brandt discussed the matter with Osei during a call on May 2.",
                         "Brandt discussed the matter with Osei in a call on Friday.",
                         "Brandt had a call on trade with Osei on Friday."] {
            let found = interactions(sentence)
            XCTAssertEqual(found.map(\.type), [.phoneCall], sentence)
        }
        let events = oneArticleLibrary([opening, "Brandt discussed the matter with Osei during a call on May 2."],
                                       published: Day(2025, 3, 3)!).events
        XCTAssertEqual(events.map(\.type), [.phoneCall])
    }

    func testACallOnSomeoneToActIsNoPhoneCall() {
        XCTAssertTrue(interactions("Brandt renewed his call on Osei to act on May 2.").allSatisfy { $0.type != .phoneCall })
        XCTAssertEqual(interactions("Brandt and Osei held a call for an hour on Friday.").map(\.type), [.phoneCall])
    }

    func testTheTwoMenMetWhereOneAlsoMetAThird() {
        let lib = oneArticleLibrary([
            "President Arno Kessel and President Lina Varga are old acquaintances.",
            "Kessel last hosted Varga in April 2023. The two men met again on the sidelines of the summit in Tallberg "
                + "in November, where Kessel also held talks with Prime Minister Ines Morel.",
        ], published: Day(2025, 5, 12)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Arno Kessel + Lina Varga"], [Day(2023, 4, 1)!, Day(2024, 11, 1)!], "\(t)")
        XCTAssertEqual(t["Arno Kessel + Ines Morel"], [Day(2024, 11, 1)!], "\(t)")
        XCTAssertNil(t["Ines Morel + Lina Varga"], "\(t)")
    }
}

/// "he is expected to hold talks with X and Y": X and Y, each met by the same third person, did not meet each other.
final class SameThirdPartyTests: XCTestCase {
    func testTwoMetByTheSameThirdAreNoPair() {
        let lib = oneArticleLibrary([
            "Prime Minister Arno Kessel and his counterpart Prime Minister Tomas Brandt held talks in Tallberg on Saturday.",
            "The prime minister will leave for Norland on Sunday to attend a summit in Vell, where he is expected to hold "
                + "bilateral talks with President Lina Varga and President Ines Morel.",
        ], published: Day(2025, 8, 30)!)
        let t = interactionDays(lib)
        XCTAssertNil(t["Ines Morel + Lina Varga"], "\(t)")
        XCTAssertEqual(t["Arno Kessel + Tomas Brandt"], [Day(2025, 8, 30)!], "\(t)")
    }
}

/// A question, a condition or a habit tells no encounter; a call told beside a meeting stays a call.
final class QuestionHabitCallTests: XCTestCase {
    private let opening = "Prime Minister Arno Kessel leads Norland. President Lina Varga leads Estra. President Tomas Brandt leads Vell."

    func testAQuestionOrAConditionTellsNoEncounter() {
        for sentence in ["Asked whether he would meet Brandt before the summit, Kessel said he had no plans.",
                         "If he meets Brandt in Rome on Friday, Kessel will raise the border dispute."] {
            let lib = oneArticleLibrary([opening, sentence], published: Day(2025, 3, 14)!)
            XCTAssertNil(interactionDays(lib)["Arno Kessel + Tomas Brandt"], sentence)
            XCTAssertFalse(lib.events.contains { $0.type == .meeting }, sentence)
        }
    }

    func testAHabitTellsNoEncounter() {
        for sentence in ["Kessel said: \"I speak to Brandt regularly.\"", "Kessel speaks to Brandt regularly, his office said on Friday.",
                         "Kessel and Brandt often meet in Rome."] {
            let lib = oneArticleLibrary([opening, sentence], published: Day(2025, 3, 14)!)
            XCTAssertNil(interactionDays(lib)["Arno Kessel + Tomas Brandt"], sentence)
        }
    }

    func testACallToldBesideAMeetingStaysACall() {
        let lib = oneArticleLibrary([opening, "Kessel held talks with Varga in Tallberg on Thursday, hours after "
                                        + "the president spoke to Brandt by telephone."], published: Day(2025, 3, 14)!)
        let types = Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.type)) },
                               uniquingKeysWith: +)
        XCTAssertEqual(types["Arno Kessel + Lina Varga"], [.meeting], "\(types)")
        XCTAssertEqual(types["Lina Varga + Tomas Brandt"], [.phoneCall], "\(types)")
    }
}

/// "X, who accompanied Y, called on Z": on the day of Y's encounter the story tells, not of a backstory
/// told in the past perfect ("had last met in June").
final class BackstoryTests: XCTestCase {
    func testCompanionsEncounterSkipsThePastPerfect() {
        let lib = oneArticleLibrary([
            "Prime Minister Arno Kessel and his counterpart Tomas Brandt held talks in Tallberg on Saturday.",
            "Kessel and Brandt had last met in Vell in June.",
            "Foreign Minister Lina Varga, who accompanied Kessel, called on Foreign Minister Ines Morel.",
        ], published: Day(2025, 8, 30)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Ines Morel + Lina Varga"], [Day(2025, 8, 30)!], "\(t)")
        XCTAssertEqual(t["Arno Kessel + Tomas Brandt"]?.count, 2, "\(t)")
    }
}

extension BackstoryTests {
    func testAPastEncounterOfACompanionTakesNoPlannedDay() {
        let lib = oneArticleLibrary([
            "Prime Minister Arno Kessel held talks with his counterpart Tomas Brandt in Tallberg on Saturday.",
            "The prime minister will leave for Vell on Sunday, where he is expected to hold talks with President Ines Morel.",
            "Foreign Minister Lina Varga, who accompanied Kessel, also called on Foreign Minister Clara Osei.",
        ], published: Day(2025, 8, 30)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Arno Kessel + Ines Morel"], [Day(2025, 8, 31)!], "\(t)")
        XCTAssertNotEqual(t["Clara Osei + Lina Varga"], [Day(2025, 8, 31)!], "\(t)")
        XCTAssertEqual(t["Clara Osei + Lina Varga"]?.count, 1, "\(t)")
    }
}

extension QuestionHabitCallTests {
    func testTheOneAnEncounterIsDeniedWithTakesNoPartInTheEvent() {
        let lib = oneArticleLibrary(["Opposition leader Lina Varga was hurt in Vell.",
                                     "Prime Minister Arno Kessel visited the hospital on Wednesday but did not meet Varga."],
                                    published: Day(2024, 1, 3)!)
        XCTAssertTrue(lib.relations.isEmpty, "\(interactionDays(lib))")
        XCTAssertEqual(lib.events.filter { $0.type == .visit }.map(\.participants), [["Arno Kessel"]])
    }
}

/// "X said Friday he had a call with Y and that the two agreed to meet …": the call joins the call other
/// outlets tell, and the meeting agreed is the pair's next encounter.
final class ReportedCallTests: XCTestCase {
    func testACallToldInASayingJoinsTheOtherOutletsCallAndTheAgreedMeeting() {
        func article(_ id: String, _ day: Day, _ text: String) -> Article {
            Article(id: id, path: "\(id).txt", title: id, published: Published(day: day), blocks: [Block(kind: .paragraph, text: text, offset: 0)])
        }
        let lib = Library.build(from: [
            article("wire", Day(2025, 9, 19)!, "President Lina Varga held a phone conversation with President Arno Kessel on Friday evening."),
            article("daily", Day(2025, 9, 20)!, "President Arno Kessel said Friday he had a very productive phone call with President Lina Varga "
                        + "and that the two agreed to meet in Vell at the end of October."),
        ])
        let ties = lib.relations.first { Set($0.people) == ["Arno Kessel", "Lina Varga"] }?.interactions ?? []
        XCTAssertEqual(ties.map(\.type), [.phoneCall, .meeting], "\(ties)")
        XCTAssertEqual(Set(ties.first?.sources.map(\.article) ?? []), ["wire", "daily"])
        XCTAssertEqual(ties.last?.date?.start, Day(2025, 10, 21)!)
    }
}

/// "On the sidelines, X met Y": a fronted "On the sidelines," places a past encounter at the gathering the
/// story opened with, on its day.
final class FrontedSidelinesTests: XCTestCase {
    func testAFrontedSidelinesEncounterInThePastIsOnTheGatheringsDay() {
        let lib = oneArticleLibrary([
            "Leaders of the Group of 20 wrapped up a two-day summit in Tallberg on Sunday, with host President Lina Varga "
                + "handing the presidency to an empty chair.",
            "On the sidelines, Premier Arno Kessel met Prime Minister Tomas Brandt for the first time since the two countries "
                + "agreed to resume direct flights.",
        ], published: Day(2025, 11, 23)!)
        XCTAssertEqual(interactionDays(lib)["Arno Kessel + Tomas Brandt"], [Day(2025, 11, 23)!], "\(interactionDays(lib))")
    }
}

/// "X has welcomed Y to Sydney …": an undated lead sums up the encounter the body first dates, even when
/// the body recalls an earlier one after it.
final class LeadFoldTests: XCTestCase {
    func testAnUndatedLeadJoinsTheFirstEncounterTheBodyDates() {
        let lib = oneArticleLibrary([
            "Prime Minister Arno Kessel has welcomed his counterpart Tomas Brandt to Tallberg for the annual leaders' meeting.",
            "The two leaders met at the palace on Saturday morning before a joint press conference.",
            "The leaders last met in Vell in August 2024.",
        ], published: Day(2025, 8, 16)!)
        XCTAssertEqual(interactionDays(lib)["Arno Kessel + Tomas Brandt"]?.compactMap { $0 }.sorted(), [Day(2024, 8, 1)!, Day(2025, 8, 16)!])
        XCTAssertEqual(interactionDays(lib)["Arno Kessel + Tomas Brandt"]?.count, 2, "\(interactionDays(lib))")
    }
}
