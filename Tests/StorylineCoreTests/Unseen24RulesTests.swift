import XCTest
@testable import StorylineCore

/// Round 24 of news never seen: a wire dated only by its dateline, a page with a "Related Articles" box,
/// Korean given names opening on a function word, a minister's listed portfolios, consultations and denials.
final class Unseen24RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        let article = Article(id: "u24", path: "u24.txt", title: title, published: Published(day: day),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return Library.build(from: [article])
    }

    /// Each pair's interaction dates ("A + B", names sorted).
    private func ties(_ lib: Library) -> [String: [Day?]] {
        Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map { $0.date?.start }) },
                   uniquingKeysWith: +)
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
        XCTAssertEqual(ties(lib)["Lee In-young + Sergei Orlov"], [Day(2026, 10, 15)!])
        XCTAssertNil(ties(lib)["Lee Jae-myung + Sergei Orlov"])
    }

    /// "Minister of Trade, Industry and Energy Kim Jung-kwan": portfolios listed with a comma lie between the
    /// title and the name.
    func testPortfoliosListedWithACommaBeforeTheName() {
        let lib = library([
            "Minister of Trade, Industry and Energy Kim Jung-kwan held talks with Commerce Secretary Howard Lutnick in Washington on Sunday.",
        ], published: Day(2026, 9, 15)!)
        XCTAssertTrue(lib.people.contains { $0.name == "Kim Jung-kwan" })
        XCTAssertEqual(ties(lib)["Howard Lutnick + Kim Jung-kwan"], [Day(2026, 9, 13)!])
    }

    /// "held consultations with X" is a meeting; "have not spoken" and "no plans for a telephone conversation
    /// between X and Y" tell none.
    func testConsultationsMeetAndDenialsDoNot() {
        let lib = library([
            "Deputy Foreign Minister Ivan Petrov held consultations with Ambassador Jan Novak on Tuesday.",
            "Presidential aide Oleg Sokolov said on Tuesday that there were no plans for a telephone conversation between President Pavel Orlov and President Tomas Vidal.",
            "Orlov and Vidal have not spoken since Vidal took office in June 2025.",
        ], published: Day(2026, 10, 14)!)
        let found = ties(lib)
        XCTAssertEqual(found["Ivan Petrov + Jan Novak"], [Day(2026, 10, 13)!])
        XCTAssertNil(found["Pavel Orlov + Tomas Vidal"])
        XCTAssertNil(found["Oleg Sokolov + Pavel Orlov"])
        XCTAssertNil(found["Oleg Sokolov + Tomas Vidal"])
    }
}
