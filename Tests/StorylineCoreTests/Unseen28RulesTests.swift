import XCTest
@testable import StorylineCore

/// Round 28 of news never seen: Swiss "Federal Councillor" titles, a spokesperson reporting a plan
/// ("told reporters that …"), wire credit lines, and a headline's verb after a comma.
final class Unseen28RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u28", title: title, published: day)
    }

    /// "Federal Councillor Anna Brunner met …": the Swiss minister's title is no part of her name.
    func testFederalCouncillorIsATitle() {
        let lib = library([
            "Federal Councillor Anna Brunner, the foreign minister, met her Kenyan counterpart Peter Otieno in Geneva on Tuesday.",
        ], published: Day(2025, 1, 22)!)
        let names = lib.people.map(\.name)
        XCTAssertTrue(names.contains("Anna Brunner"), "\(names)")
        XCTAssertFalse(names.contains { $0.hasPrefix("Councillor") }, "\(names)")
        XCTAssertEqual(interactionDays(lib)["Anna Brunner + Peter Otieno"], [Day(2025, 1, 21)!])
    }

    /// "Press Officer Lina Cruz told reporters that the leader is expected to travel … upon X's invitation": the
    /// one reporting the plan does not travel; she is not tied to the host.
    func testReporterOfAPlanIsNoParty() {
        let lib = library([
            "President Mario Santos held a phone call with Vietnamese President Tran Van Minh on Friday.",
            "Press Officer Lina Cruz told reporters that the leader is expected to travel to Hanoi on Dec. 3 for a state visit upon Tran Van Minh's invitation.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertNil(interactionDays(lib)["Lina Cruz + Tran Van Minh"])
        XCTAssertEqual(interactionDays(lib)["Mario Santos + Tran Van Minh"]?.contains(Day(2026, 11, 20)!), true)
    }

    /// "… told reporters that she would meet X": with "she" after "that", the speaker is still the one meeting.
    func testReporterSpeakingOfHerselfStaysAParty() {
        let lib = library([
            "Foreign Minister Lina Cruz told reporters that she would meet President Tran Van Minh in Hanoi on Dec. 3.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(interactionDays(lib)["Lina Cruz + Tran Van Minh"], [Day(2026, 12, 3)!])
    }

    /// "— With assistance from Jane Roe" closing a wire story credits reporters: it is furniture, not prose.
    func testAssistanceLineIsACredit() {
        XCTAssertTrue(Boilerplate.isCredit("\u{2014} with assistance from jorge roe"))
        XCTAssertTrue(Boilerplate.isCredit("with assistance from jorge roe and ann lee"))
        XCTAssertFalse(Boilerplate.isCredit("the fund was set up with assistance from the world bank, which lent $2 billion to the country over ten years and asked for reforms in exchange for the money, officials said on monday in the capital."))
    }

    /// "Jordanian king hosts Egypt's Sisi, takes call from Turkey's Erdogan": the verb after the comma shares the
    /// headline's subject, named by office; the guest is not tied to the caller.
    func testHeadlineVerbAfterCommaKeepsTheOpeningSubject() {
        let lib = library([
            "Crown Prince Khalid bin Saud received Malian President Amadou Keita in Riyadh on Sunday.",
            "Hours later, the crown prince took a phone call from Chadian President Idriss Moussa.",
        ], title: "Saudi crown prince hosts Mali's Keita, takes call from Chad's Moussa", published: Day(2026, 11, 16)!)
        let t = interactionDays(lib)
        XCTAssertNil(t["Amadou Keita + Idriss Moussa"])
        XCTAssertNotNil(t["Amadou Keita + Khalid bin Saud"])
        XCTAssertNotNil(t["Idriss Moussa + Khalid bin Saud"])
    }
}

/// A paragraph opening on "The call" that names no one goes on with the pair of the paragraph before.
final class Unseen28FollowingCallTests: XCTestCase {
    /// "X is preparing to speak with Y by phone. ¶ The call could happen as early as next week": the plan is dated.
    func testTheCallOpeningAParagraphDatesThePairBefore() {
        let article = Article(id: "u28b", path: "u28b.txt", title: "Story", published: Published(day: Day(2026, 11, 19)!),
                              blocks: [
                                  Block(kind: .paragraph, text: "Prime Minister Anna Berg is preparing to speak with President Omar Haddad by phone, according to people familiar with the matter.", offset: 0),
                                  Block(kind: .paragraph, text: "The call could happen as early as next week, said the people, who asked not to be identified.", offset: 300),
                              ])
        let lib = Library.build(from: [article])
        let dates = lib.relations.filter { Set($0.people) == ["Anna Berg", "Omar Haddad"] }.flatMap { $0.interactions.map { $0.date?.start } }
        XCTAssertTrue(dates.contains(Day(2026, 11, 23)!), "\(dates)")
        let call = lib.events.first { $0.date?.start == Day(2026, 11, 23)! }
        XCTAssertEqual(call.map { Set($0.participants) }, ["Anna Berg", "Omar Haddad"])
    }
}

/// "the President", capitalized and of no country, is the home outlet's own president.
final class Unseen28HomePresidentTests: XCTestCase {
    /// Of two presidents, "the President received the courtesy call of X" means the one the body named first.
    func testCapitalizedThePresidentIsTheOneNamedFirst() {
        let article = Article(id: "u28c", path: "u28c.txt", title: "Story", published: Published(day: Day(2026, 11, 20)!),
                              blocks: [
                                  Block(kind: .paragraph, text: "President Mario Santos on Friday held a phone call with Vietnamese President Tran Van Minh.", offset: 0),
                                  Block(kind: .paragraph, text: "Earlier in the day, the President received the courtesy call of Australian Defence Minister Paul Reid at the palace.", offset: 300),
                              ])
        let lib = Library.build(from: [article])
        let pairs = Set(lib.relations.map { $0.people.sorted().joined(separator: " + ") })
        XCTAssertTrue(pairs.contains("Mario Santos + Paul Reid"), "\(pairs)")
        XCTAssertFalse(pairs.contains("Paul Reid + Tran Van Minh"), "\(pairs)")
    }
}

/// A year in which an office is held is a term, not an event.
final class Unseen28TermOfOfficeTests: XCTestCase {
    /// "holds the rotating one-year presidency of the Confederation in 2025" dates no event; a meeting beside it does.
    func testHoldingAPresidencyInAYearIsNoEvent() {
        let article = Article(id: "u28d", path: "u28d.txt", title: "Story", published: Published(day: Day(2025, 1, 22)!),
                              blocks: [
                                  Block(kind: .paragraph, text: "President Anna Berg met President Omar Haddad in Davos on Tuesday.", offset: 0),
                                  Block(kind: .paragraph, text: "Berg, who also heads the finance ministry, holds the rotating one-year presidency of the Confederation in 2025.", offset: 300),
                              ])
        let lib = Library.build(from: [article])
        XCTAssertFalse(lib.events.contains { $0.date?.granularity == .year }, "\(lib.events.map(\.summary))")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2025, 1, 21)! })
    }
}

/// A deck line under the headline, with no closing stop, restates the body: its event is not told twice.
final class Unseen28DeckLineTests: XCTestCase {
    /// "Talks with Premier Li could follow at the summit in December" above the body's own December meeting.
    func testDeckLineEventIsNotToldTwice() {
        let article = Article(id: "u28e", path: "u28e.txt", title: "Story", published: Published(day: Day(2026, 11, 19)!),
                              blocks: [
                                  Block(kind: .paragraph, text: "Talks with Premier Wen Bo could follow at the summit in December", offset: 0),
                                  Block(kind: .paragraph, text: "A meeting between Chancellor Anna Berg and Premier Wen Bo may take place on the sidelines of the summit in Miami in December, though nothing has been decided, the people said.", offset: 100),
                              ])
        let lib = Library.build(from: [article])
        let december = lib.events.filter { $0.date?.start == Day(2026, 12, 1)! }
        XCTAssertEqual(december.count, 1, "\(december.map(\.summary))")
        XCTAssertEqual(december.first.map { Set($0.participants) }, ["Anna Berg", "Wen Bo"])
    }
}
