import XCTest
@testable import StorylineCore

/// Round 24 of news never seen: a wire dated only by its dateline, a page with a "Related Articles" box,
/// Korean given names opening on a function word, a minister's listed portfolios, consultations and denials.
final class Unseen24RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        oneArticleLibrary(paras, id: "u24", title: title, published: day)
    }

    /// "MOSCOW, October 14. /TASS/." with no stamp: the agency's slashes close a dateline, and "Earlier on
    /// Wednesday" (the day of writing) gives the year from the latest one the story names.
    func testAYearlessWireDatelineTakesItsYearFromTheWeekdayOfWriting() throws {
        let text = "Diplomats discuss bilateral agenda\n\n"
            + "BERLIN, March 4. /TASS/. Deputy Foreign Minister Ivan Petrov held consultations with Ambassador Jan Novak on Tuesday.\n\n"
            + "Earlier on Wednesday, spokesman Oleg Sokolov said ties had cooled since the election in May 2024.\n"
        let a = try XCTUnwrap(ArticleParser.parse(text: text, path: "wire.txt"))
        // March 4 is a Wednesday in 2026 (not in 2024 or 2025).
        XCTAssertEqual(a.published?.day, Day(2026, 3, 4))
        XCTAssertEqual(a.outlet, "TASS")
        // Without a weekday told as the day of writing, the year stays unknown.
        let bare = try XCTUnwrap(ArticleParser.parse(text: text.replacingOccurrences(of: "Earlier on Wednesday", with: "Meanwhile"), path: "wire.txt"))
        XCTAssertNil(bare.published)
    }

    /// "Related Articles" (a UI string) heads a box of other stories' headlines inside the article element:
    /// the headlines are no part of the story.
    func testARelatedArticlesBoxInsideTheArticleIsDropped() throws {
        let html = "<html><head><title>Leaders agree on tariffs | Harbor Daily</title></head><body><article>"
            + "<h1>Leaders agree on tariffs</h1>"
            + "<p>President Ana Costa and Prime Minister Jon Berg agreed on Monday to cut tariffs on steel and cars, "
            + "the presidential office said after the two leaders met in the capital for more than two hours of talks.</p>"
            + "<div><h3>Related Articles</h3><ul><li><a href=\"/1\">Costa says deal 'very close' after call with Berg</a></li>"
            + "<li><a href=\"/2\">Trade minister Lind flies abroad for last-ditch talks</a></li></ul></div>"
            + "</article></body></html>"
        let a = try XCTUnwrap(ArticleParser.parse(text: html, path: "page.html"))
        XCTAssertFalse(a.blocks.contains { $0.text.contains("very close") || $0.text.contains("last-ditch") })
        XCTAssertTrue(a.blocks.contains { $0.text.contains("cut tariffs") })
    }

    /// "Lee In-young", "Kim On-yu": a given name opening on "In-" or "On-" is still a given name, so the
    /// envoy is his own person and not another Lee.
    func testAKoreanGivenNameOpeningOnAFunctionWord() {
        let lib = library([
            "President Lee Jae-myung named former Unification Minister Lee In-young as his special envoy on Tuesday.",
            "Lee In-young will meet Foreign Minister Sergei Orlov in Moscow on Thursday.",
        ], published: Day(2026, 10, 14)!)
        XCTAssertTrue(lib.people.contains { $0.name == "Lee In-young" })
        XCTAssertEqual(interactionDays(lib)["Lee In-young + Sergei Orlov"], [Day(2026, 10, 15)!])
        XCTAssertNil(interactionDays(lib)["Lee Jae-myung + Sergei Orlov"])
    }

    /// "Minister of Trade, Industry and Energy Kim Jung-kwan": portfolios listed with a comma lie between the
    /// title and the name.
    func testPortfoliosListedWithACommaBeforeTheName() {
        let lib = library([
            "Minister of Trade, Industry and Energy Kim Jung-kwan held talks with Commerce Secretary Howard Lutnick in Washington on Sunday.",
        ], published: Day(2026, 9, 15)!)
        XCTAssertTrue(lib.people.contains { $0.name == "Kim Jung-kwan" })
        XCTAssertEqual(interactionDays(lib)["Howard Lutnick + Kim Jung-kwan"], [Day(2026, 9, 13)!])
    }

    /// "held consultations with X" is a meeting; "have not spoken" and "no plans for a telephone conversation
    /// between X and Y" tell none.
    func testConsultationsMeetAndDenialsDoNot() {
        let lib = library([
            "Deputy Foreign Minister Ivan Petrov held consultations with Ambassador Jan Novak on Tuesday.",
            "Presidential aide Oleg Sokolov said on Tuesday that there were no plans for a telephone conversation between President Pavel Orlov and President Tomas Vidal.",
            "Orlov and Vidal have not spoken since Vidal took office in June 2025.",
        ], published: Day(2026, 10, 14)!)
        let found = interactionDays(lib)
        XCTAssertEqual(found["Ivan Petrov + Jan Novak"], [Day(2026, 10, 13)!])
        XCTAssertNil(found["Pavel Orlov + Tomas Vidal"])
        XCTAssertNil(found["Oleg Sokolov + Pavel Orlov"])
        XCTAssertNil(found["Oleg Sokolov + Tomas Vidal"])
    }

    /// "agreed to wrap up the details by the end of October, … after the two leaders met on Monday": the
    /// deadline dates neither the tie nor an event; the meeting's day does.
    func testADeadlineAfterByDatesNothing() {
        let lib = library([
            "President Ana Costa and Prime Minister Jon Berg agreed to wrap up the remaining details of a tariff deal by the end of October, the presidential office said after the two leaders met in the capital on Monday.",
        ], published: Day(2026, 9, 15)!)
        XCTAssertEqual(Set(interactionDays(lib)["Ana Costa + Jon Berg"] ?? []), [Day(2026, 9, 14)!])
        XCTAssertFalse(lib.events.contains { $0.date?.start.month == 10 })
    }

    /// "joined the Sunday session and met separately with X on Saturday": "the Sunday session" is the session
    /// told before; the meeting with X is on Saturday, and no event of X falls on Sunday.
    func testADayBetweenTheAndANounNamesThatNoun() {
        let lib = library([
            "Policy chief Kim Yong-beom joined the Sunday session and met separately with Trade Representative Jamieson Greer on Saturday, the office said.",
        ], published: Day(2026, 9, 15)!)
        XCTAssertEqual(interactionDays(lib)["Jamieson Greer + Kim Yong-beom"], [Day(2026, 9, 12)!])
        XCTAssertEqual(lib.events.compactMap { $0.date?.start }, [Day(2026, 9, 12)!])
    }

    /// "kept up the shuttle diplomacy they revived last year": the year dates the reviving (no event cue), not
    /// another agreement of the pair.
    func testADateInAPronounRelativePartDatesItsOwnVerb() {
        let lib = library([
            "Prime Minister Mari Sato and President Lee Jae-myung agreed on Aug. 23 to set up a new channel, as the two leaders kept up the shuttle diplomacy they revived last year.",
        ], published: Day(2026, 8, 23)!)
        XCTAssertEqual(lib.events.compactMap { $0.date?.start }, [Day(2026, 8, 23)!])
    }

    /// A photo caption's "X, right, speaks with Y at the ministry on Sunday" shows the two together: the
    /// encounter is the meeting the story tells, not a call; "in the Oval Office of the White House" is
    /// at the White House, so the caption and the lead are one meeting.
    func testACaptionShowsAnEncounterAndItsPlaces() {
        let article = Article(id: "cap", path: "cap.html", title: "Summit", published: Published(day: Day(2026, 9, 15)!), blocks: [
            Block(kind: .caption, text: "President Ana Costa, left, shakes hands with Prime Minister Jon Berg in the Oval Office of the White House in Washington on Monday.", offset: 0),
            Block(kind: .paragraph, text: "President Ana Costa and Prime Minister Jon Berg agreed to cut tariffs after the two leaders met at the White House on Monday.", offset: 200),
            Block(kind: .caption, text: "Trade Minister Ivan Lind, right, speaks with Commerce Secretary Tom Hale at the Department of Commerce on Sunday.", offset: 400),
            Block(kind: .paragraph, text: "The deal followed talks on Sunday between Trade Minister Ivan Lind and Commerce Secretary Tom Hale.", offset: 600),
        ])
        let lib = Library.build(from: [article])
        let monday = lib.events.filter { $0.date?.start == Day(2026, 9, 14)! }
        XCTAssertEqual(monday.count, 1)
        let sunday = lib.events.filter { $0.date?.start == Day(2026, 9, 13)! }
        XCTAssertEqual(sunday.map(\.type), [.meeting])
        XCTAssertEqual(sunday.first?.sources.count, 2)
    }

    /// "X and Y on Tuesday reaffirmed the pact at the annual Leaders' Retreat": they did so at the summit.
    func testTwoLeadersActingAtANamedSummit() {
        let lib = library([
            "Prime Minister Jon Berg and President Ana Costa on Tuesday reaffirmed their currency pact at the annual Leaders' Retreat held in the capital.",
        ], published: Day(2026, 6, 16)!)
        XCTAssertEqual(lib.events.map(\.type), [.summit])
    }

    /// "Cai Qi and Wang Yi, among others, attended the meeting": those attending "the meeting" were at the one
    /// the story opened with, on its day.
    func testAttendingTheMeetingTakesTheLeadsDay() {
        let lib = library([
            "President Ana Costa met with Prime Minister Jon Berg on Wednesday afternoon on the sidelines of the summit.",
            "Costa said he looked forward to receiving Premier Li Wen in the capital next spring.",
            "Cai Qi and Wang Yi, among others, attended the meeting.",
        ], published: Day(2026, 11, 18)!)
        XCTAssertEqual(interactionDays(lib)["Cai Qi + Wang Yi"], [Day(2026, 11, 18)!])
    }

    /// "after their talks in Gyeongju last November and Lee's state visit to Beijing in January": the visit of one
    /// of the pair, joined to their talks by "and", is another encounter of the two, in January.
    func testAVisitJoinedToThePairsTalksIsTheirEncounter() {
        let lib = library([
            "President Ana Costa met with Prime Minister Jon Berg on Wednesday on the sidelines of the summit.",
            "It was the third meeting between the two leaders in a year, after their talks in Lisbon last November and Berg's state visit to the capital in January.",
        ], published: Day(2026, 11, 18)!)
        XCTAssertEqual(Set(interactionDays(lib)["Ana Costa + Jon Berg"] ?? []), [Day(2026, 11, 18)!, Day(2025, 11, 1)!, Day(2026, 1, 1)!])
    }
}
