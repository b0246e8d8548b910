import XCTest
@testable import StorylineCore

/// Round 23 of news never seen: a chronology's dated lines, a profile told by year, a Q&A interview
/// with the leader answering as "I", and a wire with photo captions.
final class Unseen23RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        let article = Article(id: "u23", path: "u23.txt", title: title, published: Published(day: day),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return Library.build(from: [article])
    }

    /// Each pair's interaction dates ("A + B", names sorted).
    private func ties(_ lib: Library) -> [String: [Day?]] {
        Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map { $0.date?.start }) },
                   uniquingKeysWith: +)
    }

    /// "- Feb. 3: X calls Y", "- Feb. 17: X flies to Cairo and meets Y": a timeline's line labelled by a day
    /// tells what happened, in the historic present, so it is the last such day, not next year's.
    func testAChronologyLineLabelIsThePastDay() {
        let found = ties(library([
            "Here are the key moments of the talks.",
            "- Feb. 3: Egyptian President Omar Farouk calls Saudi Foreign Minister Khalid Nasser to propose a joint track.",
            "- Feb. 17: Army chief Gen. Adel Hamdan flies to Cairo and meets Farouk.",
            "- Dec. 1: Nasser and Farouk meet in Riyadh.",
        ], published: Day(2026, 11, 22)!))
        XCTAssertEqual(found["Khalid Nasser + Omar Farouk"]?.contains(Day(2026, 2, 3)!), true)
        XCTAssertEqual(found["Adel Hamdan + Omar Farouk"], [Day(2026, 2, 17)!])
        // A day a few weeks ahead is still the coming one.
        XCTAssertEqual(found["Khalid Nasser + Omar Farouk"]?.contains(Day(2026, 12, 1)!), true)
    }

    /// "Abdel Fattah al-Sisi … Burhan later met Sisi": a family name behind an Arabic article stands alone
    /// without the article, for the same person.
    func testAnArabicFamilyNameStandsAloneWithoutItsArticle() {
        let lib = library([
            "Egyptian President Abdel Fattah al-Sisi called army chief Gen. Abdel Fattah al-Burhan on Monday.",
            "Burhan later met Sisi in Cairo on Tuesday.",
        ], published: Day(2026, 11, 18)!)
        XCTAssertEqual(lib.people.map(\.name).sorted(), ["Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi"])
        XCTAssertEqual(ties(lib)["Abdel Fattah al-Burhan + Abdel Fattah al-Sisi"]?.contains(Day(2026, 11, 17)!), true)
    }

    /// "Cairo would host a follow-up meeting in October": the host city is the meeting's place, so a meeting
    /// of the same man in Riyadh that month, told by another outlet, stays another event.
    func testTheHostCityIsTheMeetingsPlace() {
        let plan = Article(id: "a", path: "a.txt", title: "Live", published: Published(day: Day(2026, 8, 18)!), blocks: [
            Block(kind: .paragraph, text: "Egyptian President Omar Farouk told the conference that Cairo would host a follow-up meeting on the grid in October.", offset: 0)])
        let later = Article(id: "b", path: "b.txt", title: "Timeline", published: Published(day: Day(2026, 11, 22)!), blocks: [
            Block(kind: .paragraph, text: "- Oct. 28: Farouk and Crown Prince Khalid bin Fahd meet in Riyadh on the sidelines of an investment forum.", offset: 0)])
        let lib = Library.build(from: [plan, later])
        let planned = lib.events.first { $0.sources.contains { $0.article == "a" } && $0.date?.start.month == 10 }
        XCTAssertEqual(planned?.places, ["Cairo"])
        XCTAssertEqual(planned?.sources.count, 1)
    }
}
