import XCTest
@testable import StorylineCore

/// Round 34 of news never seen: a press service's undated items of the day, British "Monday week" and
/// "a fortnight ago", "the two heads of state" referring back, and a newsletter box inside a regional story.
final class Unseen34RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u34", title: title, published: day)
    }

    /// "X had a telephone conversation with Y", "X received Y" on a press service's page give no day: they are
    /// the day's encounters, dated the day published; a later "next year" dates only its own clause. "Akim of
    /// Karaganda Serik Omarov": a local office's city stands before the name.
    func testPressServiceItemsAreOnTheDayPublished() {
        let lib = library([
            "Head of State Arman Seitkali received Prime Minister of Tajikistan Rustam Nazarov, who is in the capital for talks.",
            "Arman Seitkali had a telephone conversation with President of Mongolia Bat Enkhbold.",
            "Arman Seitkali held a telephone conversation with President of Finland Eero Laine. The parties discussed the Finnish leader's state visit next year.",
            "Arman Seitkali also spoke by phone with Federal Chancellor of Austria Karl Wimmer.",
            "Arman Seitkali received Akim of Karaganda Serik Omarov, who reported on the heating season.",
        ], title: "Head of State receives Prime Minister of Tajikistan", published: Day(2026, 10, 6)!)
        let t = interactionDays(lib)
        let day = Day(2026, 10, 6)!
        XCTAssertEqual(t["Arman Seitkali + Rustam Nazarov"], [day], "\(t)")
        XCTAssertEqual(t["Arman Seitkali + Bat Enkhbold"], [day], "\(t)")
        XCTAssertTrue(t["Arman Seitkali + Eero Laine"]?.contains(day) == true, "\(t)")
        XCTAssertEqual(t["Arman Seitkali + Karl Wimmer"], [day], "\(t)")
        XCTAssertEqual(t["Arman Seitkali + Serik Omarov"], [day], "\(t)")
    }

    /// A news report's background "X has spoken by phone with Y" is no press-service item: it stays undated.
    func testPerfectTenseBackgroundIsNoReadoutItem() {
        XCTAssertFalse(EventExtractor.opensReadoutItem(TimeToken.tokenize("Arman Seitkali has spoken by phone with Karl Wimmer several times.")))
        XCTAssertTrue(EventExtractor.opensReadoutItem(TimeToken.tokenize("Arman Seitkali had a telephone conversation with Karl Wimmer.")))
    }

    /// British "on Monday week" is the Monday after the coming one; "a fortnight ago" two weeks back.
    func testMondayWeekAndFortnight() {
        let lib = library([
            "Sir Tom Ashby will host Irish Taoiseach Niamh Burke at Chequers on Monday week.",
            "Ashby met Danish Prime Minister Lars Holt in Aarhus a fortnight ago.",
        ], published: Day(2026, 11, 21)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Niamh Burke + Tom Ashby"], [Day(2026, 11, 30)!], "\(t)")
        let holt = t["Lars Holt + Tom Ashby"]?.compactMap { $0 } ?? []
        XCTAssertEqual(holt.count, 1, "\(t)")
        XCTAssertTrue(holt.allSatisfy { $0 >= Day(2026, 11, 1)! && $0 <= Day(2026, 11, 8)! }, "\(t)")
    }

    /// "The two heads of state last met in May 2025": "of state" belongs to the group noun, so the pair is linked.
    func testTwoHeadsOfStateLinkThePairToldBefore() {
        let lib = library([
            "Chilean President Ana Fuentes held a phone call with Peruvian President Jorge Salas on Thursday, agreeing to reopen border crossings.",
            "The two heads of state last met in Lima in May 2025.",
        ], published: Day(2026, 11, 19)!)
        let t = interactionDays(lib)
        XCTAssertTrue(t["Ana Fuentes + Jorge Salas"]?.contains(Day(2025, 5, 1)!) == true, "\(t)")
    }

    /// "Sign up for our free weekly briefing …" and "Subscribe now" in a newsletter box are promotion, not news.
    func testNewsletterBoxIsPromotion() {
        XCTAssertTrue(Boilerplate.isPromo("sign up for our free weekly briefing on the legislature, delivered every friday morning."))
        XCTAssertTrue(Boilerplate.isPromo("subscribe now"))
        XCTAssertFalse(Boilerplate.isPromo("the minister urged farmers to sign up for the drought relief scheme by friday."))
    }

    /// "confirmed his intention to visit Astana in the spring" in November: an intention looks ahead, to next spring.
    func testIntentionToVisitLooksAhead() {
        let lib = library([
            "Austrian Chancellor Karl Wimmer thanked Kazakh President Arman Seitkali for the talks and confirmed his intention to visit Astana in the spring.",
        ], published: Day(2026, 11, 12)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2027, 3, 1)! && $0.status == .planned },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.status, $0.summary) })")
    }

    /// "Sir Tom Ashby will host … ¶ The Prime Minister met …": nobody is titled Prime Minister, so a British paper's
    /// capitalized "the Prime Minister" is the story's first person, named with no office.
    func testBritishPrimeMinisterIsTheStorysFirstPerson() {
        let lib = library([
            "Sir Tom Ashby will host Irish Taoiseach Niamh Burke at Chequers on Monday week, as Downing Street tries to rescue the fisheries pact.",
            "The Prime Minister met the Danish foreign minister, Lars Holt, in Aarhus on Tuesday.",
            "The Prime Minister met Lars Holt again in Copenhagen on Thursday.",
        ], published: Day(2026, 11, 21)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Lars Holt + Tom Ashby"]?.contains(Day(2026, 11, 19)!), true, "\(t)")
    }

    /// "Kemi Ola, the Conservative leader, said …": a party's name before "leader" in apposition heads a party, not a
    /// country; ", the German chancellor," still makes a leader.
    func testPartyLeaderInAppositionIsNoLeader() {
        let lib = library([
            "Sir Tom Ashby spoke to Anna Vogel, the German chancellor, on Thursday.",
            "Kemi Ola, the Conservative leader, said on Friday that Ashby should walk away from the talks.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertEqual(lib.people.first { $0.name == "Kemi Ola" }?.leader, false, "\(lib.people.map { ($0.name, $0.leader) })")
        XCTAssertEqual(lib.people.first { $0.name == "Anna Vogel" }?.leader, true, "\(lib.people.map { ($0.name, $0.leader) })")
    }
}
