import XCTest
@testable import StorylineCore

/// Round 29 of news never seen: Vatican audiences ("the Holy Father"), Greek-Turkish councils told through
/// "the Greek premier and his Turkish counterpart", side talks "on the sidelines", party leaders, and plans
/// raised "with" a visitor.
final class Unseen29RulesTests: XCTestCase {
    /// One article of `paras` titled `title`, published on `day`.
    private func article(_ paras: [String], id: String = "u29", title: String = "Story", published day: Day) -> Article {
        Article(id: id, path: id + ".txt", title: title, published: Published(day: day),
                blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
    }

    /// The library built from one article.
    private func library(_ paras: [String], published day: Day) -> Library {
        Library.build(from: [article(paras, published: day)])
    }

    /// "the Holy Father is expected to receive …": the pope, a head of state, is meant; no person "Holy Father".
    func testHolyFatherIsThePope() {
        let lib = library([
            "Pope Gregory XVII met Zambian President Peter Mwale at the Vatican on Saturday.",
            "On Monday, the Holy Father is expected to receive the Prime Minister of Portugal, Rui Almeida.",
        ], published: Day(2026, 2, 14)!)
        let names = lib.people.map(\.name)
        XCTAssertFalse(names.contains("Holy Father"), "\(names)")
        let pope = lib.people.first { $0.name.contains("Gregory") }
        XCTAssertEqual(pope?.leader, true)
        XCTAssertEqual(interactionDays(lib).first { $0.key.contains("Gregory") && $0.key.contains("Rui Almeida") }?.value, [Day(2026, 2, 16)!])
    }

    /// "received in audience this morning in the Apostolic Palace the President of …, X": the one received
    /// stands after the verb's adverbials.
    func testReceivedInAudienceAfterAdverbials() {
        let lib = library([
            "Pope Gregory XVII received in audience this morning in the Apostolic Palace the President of the Republic of Zambia, Peter Mwale, who subsequently met with Cardinal Secretary of State Marco Bellini.",
        ], published: Day(2026, 2, 14)!)
        let tie = interactionDays(lib).first { $0.key.contains("Gregory") && $0.key.contains("Peter Mwale") }
        XCTAssertEqual(tie?.value, [Day(2026, 2, 14)!])
    }

    /// "The Greek premier and his Turkish counterpart last sat down together in New York in September 2025":
    /// the premier is the Greek prime minister another article names, the counterpart the Turkish leader.
    func testPremierAndHisCounterpartSatDownTogether() {
        let home = article([
            "Prime Minister Nikos Andreou and Turkish President Kemal Aydin met in Ankara on Wednesday for a council of the two governments.",
            "The Greek premier and his Turkish counterpart last sat down together in New York in September 2025, on the margins of the UN General Assembly.",
        ], id: "home", published: Day(2026, 4, 15)!)
        let abroad = article([
            "Italian Premier Lucia Ferri received Greek Prime Minister Nikos Andreou in Rome on Thursday.",
        ], id: "abroad", published: Day(2026, 3, 12)!)
        let lib = Library.build(from: [home, abroad])
        let days = interactionDays(lib)["Kemal Aydin + Nikos Andreou"] ?? []
        XCTAssertTrue(days.contains(Day(2025, 9, 1)!), "\(days)")
        XCTAssertTrue(lib.events.contains { $0.type == .meeting && $0.date?.start == Day(2025, 9, 1)! })
    }

    /// "held separate talks with Y on the sidelines, focusing on …": the side talks are on the day of the
    /// gathering told before.
    func testBareSidelinesAfterTheTalks() {
        let lib = library([
            "Prime Minister Nikos Andreou and Turkish President Kemal Aydin met in Ankara on Wednesday.",
            "Foreign Minister Eleni Vlachou held separate talks with her Turkish counterpart Murat Demir on the sidelines, focusing on the continental shelf.",
        ], published: Day(2026, 4, 15)!)
        XCTAssertEqual(interactionDays(lib)["Eleni Vlachou + Murat Demir"], [Day(2026, 4, 15)!])
    }

    /// "Conservative Leader Jane Doyle": a party's leader, not a head of state or government.
    func testPartyNameBeforeLeader() {
        let lib = library([
            "Conservative Leader Jane Doyle said on Thursday that the government had been asleep at the wheel.",
        ], published: Day(2026, 2, 19)!)
        XCTAssertEqual(lib.people.first { $0.name == "Jane Doyle" }?.leader, false)
    }

    /// "is expected to take up the issue with X, who will visit Seoul next Tuesday for a summit": the issue is
    /// raised with X, on the day of X's coming visit.
    func testTakeUpWithAComingVisitor() {
        let lib = library([
            "President Park Min-ho, for his part, is expected to take up the issue again with Japanese Prime Minister Taro Sato, who will visit Seoul next Tuesday for a summit focused on supply chains.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(interactionDays(lib)["Park Min-ho + Taro Sato"], [Day(2026, 11, 24)!])
        let idle = library([
            "President Park Min-ho will take part in a forum with students on Tuesday.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertTrue(idle.relations.isEmpty)
    }
}

/// Round 29 furniture: a Globe and Mail-style photo credit and byline, and a Vatican archbishop.
final class Unseen29FurnitureTests: XCTestCase {
    /// "Justin Tang/The Canadian Press" closing a caption credits a photographer, no one in the story.
    func testPhotographerSlashAgencyIsACredit() {
        let article = Article(id: "u29c", path: "u29c.txt", title: "Story", published: Published(day: Day(2026, 2, 19)!), blocks: [
            Block(kind: .paragraph, text: "Prime Minister Mark Holt spoke with Danish Prime Minister Ida Lund on Wednesday.", offset: 0),
            Block(kind: .paragraph, text: "Prime Minister Mark Holt speaks to reporters on Parliament Hill. Sean Kilpatrick/The Canadian Press", offset: 200),
        ])
        let names = Library.build(from: [article]).people.map(\.name)
        XCTAssertFalse(names.contains("Sean Kilpatrick"), "\(names)")
        XCTAssertTrue(names.contains("Ida Lund"), "\(names)")
    }

    /// "Steven Chase Senior parliamentary reporter Ottawa": a byline closed by the city filed from.
    func testBylineClosedByTheCity() {
        XCTAssertEqual(ArticleParser.nameBeforeJobTitle("Anna Berg Senior parliamentary reporter Ottawa"), "Anna Berg")
        XCTAssertNil(ArticleParser.nameBeforeJobTitle("Anna Berg Senior parliamentary reporter in Ottawa"))
    }

    /// "accompanied by Archbishop Paul Richard Gallagher": an archbishop's title opens a name.
    func testArchbishopIsATitle() {
        let article = Article(id: "u29a", path: "u29a.txt", title: "Story", published: Published(day: Day(2026, 2, 14)!), blocks: [
            Block(kind: .paragraph, text: "The president then met the cardinal, accompanied by Archbishop Tomas Rivera, the Vatican's foreign minister.", offset: 0),
        ])
        XCTAssertTrue(Library.build(from: [article]).people.contains { $0.name == "Tomas Rivera" })
    }
}
