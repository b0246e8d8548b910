import XCTest
@testable import StorylineCore

/// Round 33 of news never seen: an Indian joint statement's styles ("Smt.", "Shri C.P."), "Viet Nam" as a country,
/// and an op-ed whose author's biography sits under the byline.
final class Unseen33RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u33", title: title, published: day)
    }

    /// "President Smt. Aruna Devi received …", "Vice President Shri K.R. Menon called on …": the style with its
    /// period, or before initials, stands between the title and the name and is nobody.
    func testIndianStylesBeforeANameAreNoPerson() {
        let lib = library([
            "President Smt. Aruna Devi received Prime Minister Tomas Varga at Rashtrapati Bhavan on 15 November 2025.",
            "Vice President Shri K.R. Menon called on the visiting Prime Minister Tomas Varga earlier that day.",
        ], published: Day(2025, 11, 16)!)
        let names = lib.people.map(\.name)
        XCTAssertFalse(names.contains { ["Smt", "Shri"].contains($0) }, "\(names)")
        XCTAssertEqual(lib.people.first { $0.name == "Aruna Devi" }?.leader, true, "\(names)")
        let t = interactionDays(lib)
        XCTAssertEqual(t["Aruna Devi + Tomas Varga"], [Day(2025, 11, 15)!], "\(t)")
        XCTAssertTrue(t.keys.contains { $0.contains("Menon") && $0.contains("Tomas Varga") }, "\(t)")
    }

    /// "invited him to visit Viet Nam": the country's two-word official spelling is a place, not a person.
    func testVietNamIsACountry() {
        let lib = library([
            "1. At the invitation of Prime Minister Shri Arun Mehta, the Prime Minister of the Socialist Republic of Viet Nam, H.E. Mr. Tran Duc Hai, paid a State Visit to India from 14-16 November 2025.",
            "2. Prime Minister Tran Duc Hai thanked Prime Minister Arun Mehta for the warm hospitality extended to him and his delegation and invited him to visit Viet Nam at a mutually convenient time.",
        ], published: Day(2025, 11, 16)!)
        XCTAssertFalse(lib.people.contains { $0.name == "Viet Nam" }, "\(lib.people.map(\.name))")
    }

    /// "By Jane Doe" over "Jane Doe was ambassador to China from 2016 to 2019.": the author's biography is no
    /// story text, so the author is nobody the story tells of.
    func testBiographyUnderTheBylineIsNoStory() throws {
        let text = """
        Opinion: Canberra should lower its expectations of Beijing

        By Harriet Lowell
        Harriet Lowell was Australia's ambassador to China from 2016 to 2019.

        October 6, 2026

        When I accompanied Prime Minister Malcolm Turnbull to meet Xi Jinping in Da Nang in November 2017, the Chinese leader spent the first ten minutes reading from a card. The meeting lasted forty minutes and produced nothing that either side could call progress.
        """
        let article = try XCTUnwrap(ArticleParser.parse(text: text, path: "oped.txt"))
        XCTAssertFalse(article.blocks.contains { $0.text.hasPrefix("Harriet Lowell was") }, "\(article.blocks.map(\.text))")
        let lib = Library.build(from: [article])
        XCTAssertFalse(lib.people.contains { $0.name == "Harriet Lowell" }, "\(lib.people.map(\.name))")
        XCTAssertTrue(lib.relations.contains { Set($0.people) == ["Malcolm Turnbull", "Xi Jinping"] })
    }

    /// "The two Prime Ministers welcomed the progress … since their last meeting in Vientiane in October 2024": the
    /// paragraph's pair met then; "welcomed" the progress links no one.
    func testTwoPrimeMinistersRecallTheirLastMeeting() {
        let lib = library([
            "1. At the invitation of Prime Minister Shri Arun Mehta, the Prime Minister of the Socialist Republic of Viet Nam, H.E. Mr. Tran Duc Hai, paid a State Visit to India from 14-16 November 2025.",
            "2. The two leaders held restricted and delegation-level talks at Hyderabad House in New Delhi on 15 November 2025.",
            "3. The two Prime Ministers welcomed the steady progress of the Comprehensive Strategic Partnership since their last meeting on the sidelines of the ASEAN-India Summit in Vientiane in October 2024.",
        ], published: Day(2025, 11, 16)!)
        let t = interactionDays(lib)
        XCTAssertTrue(t["Arun Mehta + Tran Duc Hai"]?.contains(Day(2024, 10, 1)!) == true, "\(t)")
    }

    /// "Xi will chair the APEC meeting on Thursday" in one article and "Albanese will see Xi on the sidelines of the
    /// APEC meeting next month" in another: the first article, never naming Albanese, tells no encounter of the two.
    func testMergedReportNamingOneOfAPairIsNoSourceOfTheirEncounter() {
        let summit = Article(id: "summit", path: "summit.txt", title: "APEC opens", published: Published(day: Day(2026, 11, 18)!),
                             blocks: [Block(kind: .paragraph, text: "Chinese President Xi Jinping held talks with Chilean President Rosa Ibarra on Wednesday. On Thursday, Xi will chair the APEC Economic Leaders' Meeting in Shenzhen.", offset: 0)])
        let oped = Article(id: "oped", path: "oped.txt", title: "Canberra and Beijing", published: Published(day: Day(2026, 10, 6)!),
                           blocks: [Block(kind: .paragraph, text: "Prime Minister Mark Dalton is expected to see Chinese President Xi Jinping again next month on the sidelines of the APEC leaders' meeting in Shenzhen.", offset: 0)])
        let lib = Library.build(from: [summit, oped])
        let pair = lib.relations.first { Set($0.people) == ["Mark Dalton", "Xi Jinping"] }
        XCTAssertNotNil(pair, "\(lib.relations.map(\.people))")
        XCTAssertFalse(pair?.interactions.contains { $0.sources.contains { $0.article == "summit" } } ?? true,
                       "\(pair?.interactions.map { $0.sources.map(\.article) } ?? [])")
    }

    /// "Prime Minister X leaves for New Delhi on Sunday" in a Friday story: the trip verb in the news present
    /// speaks of the Sunday ahead.
    func testLeavesOnSundayIsTheSundayAhead() {
        let lib = library([
            "Prime Minister Mark Dalton leaves for New Delhi on Sunday on his first trip to India since taking office.",
        ], published: Day(2026, 2, 27)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 3, 1)! && $0.participants.contains("Mark Dalton") },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "X holds talks with Y in New Delhi and calls on Z": "calls on" a person is a courtesy call, and its
    /// subject is the clause's first person, not the one met before "and".
    func testCallsOnAfterAndIsTheSubjectsCourtesyCall() {
        let lib = library([
            "13 Oct 2025: Foreign Minister Clara Dunn holds talks with External Affairs Minister Ravi Menon in New Delhi and calls on Prime Minister Arun Mehta.",
        ], published: Day(2026, 2, 27)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Arun Mehta + Clara Dunn"], [Day(2025, 10, 13)!], "\(t)")
        XCTAssertNil(t["Arun Mehta + Ravi Menon"], "\(t)")
    }

    /// "Beijing's decision in August … shows how quickly the tap can be turned off again": the modal's participle
    /// tells no future, so August is the one just past.
    func testModalParticipleTellsNoFuture() {
        let lib = library([
            "Yet Beijing's decision in August to suspend beef imports from three more abattoirs shows how quickly the tap can be turned off again.",
        ], published: Day(2026, 10, 6)!)
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2027 }, "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.summary) })")
    }
}
