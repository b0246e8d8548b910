import XCTest
@testable import StorylineCore

/// Round 31 of news never seen: Gulf honorific styles ("His Highness the Amir Sheikh …", "the Amir" alone after),
/// dated bullets of a factbox, and a UN noon briefing.
final class Unseen31RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u31", title: title, published: day)
    }

    /// "His Highness the Amir Sheikh Faisal bin Nasser Al-Rashid … ¶ the Amir received a call from X": "Amir" is an
    /// office after "the" before a style of address or a lower-case word, and "the Amir" alone is the one holding it.
    func testTheAmirBeforeAStyleOrAloneIsTheOffice() {
        let day = Day(2026, 3, 10)!
        let lib = library([
            "His Highness the Amir Sheikh Faisal bin Nasser Al-Rashid and President of Kazakhstan Karl Weber held official talks on Monday.",
            "Meanwhile, His Highness the Amir received a phone call on Monday from President of Türkiye Rufus Firefly.",
        ], published: day)
        XCTAssertTrue(lib.people.contains { $0.name.hasPrefix("Faisal bin Nasser") && $0.leader }, "\(lib.people.map(\.name))")
        let t = interactionDays(lib)
        XCTAssertEqual(t["Faisal bin Nasser Al-Rashid + Rufus Firefly"], [Day(2026, 3, 9)!], "\(t)")
        XCTAssertEqual(t["Faisal bin Nasser Al-Rashid + Karl Weber"], [Day(2026, 3, 9)!], "\(t)")
    }

    /// "Modi and Xi meet at a dinner hosted by the Indonesian president": the agent of another verb's participle is
    /// not the encounter's object, so the two subjects stay its sides.
    func testTheAgentOfAnotherParticipleIsNoObject() {
        let lib = library([
            "Kenyan President William Ruto will visit Addis Ababa. Ethiopian Prime Minister Abiy Ahmed will host him.",
            "Nov. 15, 2022 - Ruto and Abiy meet at a dinner hosted by the Indonesian president at the G20 summit in Bali.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Abiy Ahmed + William Ruto"]?.contains(Day(2022, 11, 15)!), true, "\(t)")
    }

    /// "Oct. 14, 2019 - X holds a summit with Y, a year after their first one": the shift set off after the
    /// encounter dates the earlier one; the encounter keeps the date the line opens with.
    func testAShiftSetOffAfterTheEncounterDatesTheEarlierOne() {
        let lib = library([
            "Kenyan President William Ruto will visit Addis Ababa. Ethiopian Prime Minister Abiy Ahmed will host him.",
            "* Oct. 14, 2019 - Ruto holds a second informal summit with Abiy in Mombasa, a year after their first one in Nairobi.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Abiy Ahmed + William Ruto"]?.contains(Day(2019, 10, 14)!), true, "\(t)")
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2018 }, "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.summary) })")
    }

    /// "The visit came a day after X received a phone call from Y": a sentence opening on the story's encounter, with
    /// no date of its own, measures back from the day the story opened with.
    func testTheVisitCameADayAfterDatesTheCallFromTheLead() throws {
        let text = "Sisi receives Jordan King at Al-Ittihadiya Palace, discusses Gaza\n\nDaily Wire, Tuesday 17 Nov 2026\n\n"
            + "President Abdel Fattah El-Sisi received King Abdullah II of Jordan on Tuesday at Al-Ittihadiya Palace in Cairo.\n\n"
            + "The two leaders discussed the ceasefire in Gaza, the presidential spokesman said.\n\n"
            + "The visit came a day after El-Sisi received a phone call from Palestinian President Mahmoud Abbas, who briefed him on the latest developments in the West Bank.\n"
        let lib = Library.build(from: [try XCTUnwrap(ArticleParser.parse(text: text, path: "u31.txt"))])
        let t = interactionDays(lib)
        XCTAssertEqual(t["Abdel Fattah El-Sisi + Mahmoud Abbas"], [Day(2026, 11, 16)!], "\(t)")
    }

    /// "The Egyptian and Jordanian leaders last met in Amman in August, when they held a trilateral summit with
    /// Abbas": the pair told before whose countries those are met, and "they" met the one named after "with".
    func testNationalPairAndTheyMetWithAThird() {
        let lib = library([
            "President Karl Weber received King Abdullah II of Jordan on Tuesday in Cairo.",
            "The visit came a day after Weber received a phone call from Palestinian President Mahmoud Abbas.",
            "The Egyptian and Jordanian leaders last met in Amman in August, when they held a trilateral summit with Abbas.",
        ], published: Day(2026, 11, 17)!)
        let t = interactionDays(lib)
        let august = { (d: Day?) in d.map { $0.year == 2026 && $0.month == 8 } == true }
        XCTAssertEqual(t["Abdullah II + Karl Weber"]?.contains(where: august), true, "\(t)")
        XCTAssertEqual(t["Abdullah II + Mahmoud Abbas"]?.contains(where: august), true, "\(t)")
        XCTAssertEqual(t["Karl Weber + Mahmoud Abbas"]?.contains(where: august), true, "\(t)")
    }

    /// "The Secretary-General has not spoken with X this week. He last spoke with him on 28 October": "he" is the
    /// subject told and "him" the other person of the sentence before; the conversation is a call and an event.
    func testHeSpokeWithHimIsTheSubjectAndTheOtherOneTold() {
        let day = Day(2026, 11, 19)!
        let lib = library([
            "Secretary-General Anna Lindqvist is in Nairobi today.",
            "On Ukraine, the Secretary-General has not spoken with President Volodymyr Zelenskyy this week. He last spoke with him on 28 October.",
        ], published: day)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Anna Lindqvist + Volodymyr Zelenskyy"], [Day(2026, 10, 28)!], "\(t)")
        let call = lib.events.first { $0.date?.start == Day(2026, 10, 28)! }
        XCTAssertEqual(call?.participants.sorted(), ["Anna Lindqvist", "Volodymyr Zelenskyy"])
        XCTAssertEqual(call?.type, .phoneCall)
    }

    /// "the Prime Minister and Minister for Foreign Affairs, X,": an office joined by "and" to one after "the" is
    /// determined too, so the name set off after it holds it.
    func testAnOfficeJoinedByAndAfterTheHoldsTheNameAfterIt() {
        let lib = library([
            "Later, the Secretary-General met with the Prime Minister and Minister for Foreign Affairs, Ahmed Otieno, and with the heads of agencies.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(lib.people.first { $0.name == "Ahmed Otieno" }?.roles.map(\.title), ["Minister"], "\(lib.people.map { ($0.name, $0.roles) })")
    }

    /// A noon briefing: "X is in Nairobi today. This morning, he met with Y. ¶ The Secretary-General then met with the
    /// Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Z,": "he" after a fronted adverbial is the
    /// subject told, the office joined by "and" holds Z, and "then met" stays on the day told.
    func testBriefingLinesGoOnWithTheSubjectAndTheDay() {
        let day = Day(2026, 11, 19)!
        let lib = library([
            "Secretary-General Anna Lindqvist is in Nairobi today. This morning, she met with President William Ruto of Kenya at State House.",
            "The Secretary-General then met with the Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, and with the heads of agencies.",
        ], published: day)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Anna Lindqvist + William Ruto"], [day], "\(t)")
        XCTAssertEqual(t["Anna Lindqvist + Musalia Mudavadi"], [day], "\(t)")
        XCTAssertFalse(events(lib, on: day, with: ["Anna Lindqvist", "William Ruto"]).isEmpty)
        XCTAssertFalse(events(lib, on: day, with: ["Anna Lindqvist", "Musalia Mudavadi"]).isEmpty)
    }

    /// The events of `lib` on `day` whose participants include everyone in `people`.
    private func events(_ lib: Library, on day: Day, with people: [String]) -> [Event] {
        lib.events.filter { $0.date?.start == day && people.allSatisfy($0.participants.contains) }
    }
}
