import XCTest
@testable import StorylineCore

/// Round 30 of news never seen: a leader's quoted posts, a prime minister's day schedule, "The President of the
/// Republic, X," in agency copy, a compound given name cut short, and "ahead of" a weekday.
final class Unseen30RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u30", title: title, published: day)
    }

    /// The events of `lib` on `day` whose participants include everyone in `people`.
    private func events(_ lib: Library, on day: Day, with people: [String]) -> [Event] {
        lib.events.filter { $0.date?.start == day && people.allSatisfy($0.participants.contains) }
    }

    /// "Quote from X's Telegram, 11:42: "I had a call with Y … We agreed to meet next week."": the author writes as
    /// "I" and "we"; a bare "Quote:" goes on with the same author; undated posts tell the day reported.
    func testQuotedPostsSpeakAsTheirAuthor() {
        let day = Day(2026, 11, 10)!
        let lib = library([
            "President Anton Kovalenko has reported on a series of contacts with foreign partners.",
            "Quote from Kovalenko's Telegram, 11:42: \"I had a call with President of Finland Mikko Laine. We discussed air defence. We agreed to meet in Helsinki next week.\"",
            "In the evening, the president reported on a meeting in Kyiv.",
            "Quote: \"I met with Irish Foreign Minister Mark Dorsey. We discussed the exchange of prisoners.\"",
        ], published: day)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Anton Kovalenko + Mikko Laine"]?.contains(day), true, "\(t)")
        XCTAssertEqual(t["Anton Kovalenko + Mikko Laine"]?.contains(Day(2026, 11, 16)!), true, "\(t)")
        XCTAssertEqual(t["Anton Kovalenko + Mark Dorsey"], [day], "\(t)")
        XCTAssertFalse(events(lib, on: day, with: ["Anton Kovalenko", "Mikko Laine"]).isEmpty)
        XCTAssertFalse(events(lib, on: day, with: ["Anton Kovalenko", "Mark Dorsey"]).isEmpty)
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 11, 16)! && $0.participants == ["Anton Kovalenko"] })
    }

    /// "The prime minister's schedule on Wednesday was as follows: ¶ 9:30 a.m. Meets X": each line is the owner's
    /// encounter on the heading's day; a line naming no one else, and the heading itself, tell no event.
    func testScheduleLinesAreTheOwnersEncounters() {
        let day = Day(2026, 11, 18)!
        let lib = library([
            "Prime Minister Kenji Morita met Finance Minister Taro Ishikawa on Wednesday to prepare the budget.",
            "The prime minister's schedule on Wednesday was as follows:",
            "9:02 a.m. Arrives at the prime minister's office.",
            "9:30 a.m. Meets Chief Cabinet Secretary Hiroshi Nakano.",
            "11:40 a.m. Receives a courtesy call from Canadian Foreign Minister Claire Dubois.",
            "6:45 p.m. Returns to his residence.",
        ], published: Day(2026, 11, 19)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Hiroshi Nakano + Kenji Morita"], [day], "\(t)")
        XCTAssertEqual(t["Claire Dubois + Kenji Morita"], [day], "\(t)")
        XCTAssertFalse(events(lib, on: day, with: ["Kenji Morita", "Hiroshi Nakano"]).isEmpty)
        XCTAssertFalse(events(lib, on: day, with: ["Kenji Morita", "Claire Dubois"]).isEmpty)
        XCTAssertFalse(lib.events.contains { $0.summary.contains("schedule") || $0.summary.contains("Arrives") }, "\(lib.events.map(\.summary))")
    }

    /// "X talks to A and B, meets Turkish foreign minister": after a group of objects, the verb after the comma
    /// still has the headline's first person as its subject.
    func testVerbAfterCommaSkipsAGroupOfObjects() {
        let lib = library([
            "President Anton Kovalenko spoke by phone with Finnish President Mikko Laine and Irish Prime Minister Sean Gallagher on Tuesday.",
            "He also met Turkish Foreign Minister Kemal Aydin in Kyiv on Tuesday.",
        ], title: "Kovalenko talks to Laine and Gallagher, meets Turkish foreign minister Aydin", published: Day(2026, 11, 10)!)
        let t = interactionDays(lib)
        XCTAssertNil(t["Kemal Aydin + Mikko Laine"], "\(t)")
        XCTAssertNil(t["Kemal Aydin + Sean Gallagher"], "\(t)")
    }

    /// "The President of the Republic, X Y Z, and his Rwandan counterpart W signed on Thursday": the name after the
    /// office of "the Republic" holds it (a leader), and the counterpart joined by ", and his" signs with him.
    func testPresidentOfTheRepublicAndHisCounterpart() {
        let lib = library([
            "The President of the Republic, Jean-Marc Ilunga Kabongo, and his Rwandan counterpart Paul Mugisha signed on Thursday December 4 in Washington the accords for peace.",
        ], title: "Jean Ilunga and Paul Mugisha sign the peace accord", published: Day(2025, 12, 5)!)
        let ilunga = lib.people.filter { $0.name.contains("Ilunga") }
        XCTAssertEqual(ilunga.count, 1, "\(lib.people.map(\.name))")
        XCTAssertEqual(ilunga.first?.leader, true)
        let t = interactionDays(lib)
        XCTAssertEqual(t.first { $0.key.contains("Ilunga") && $0.key.contains("Mugisha") }?.value.contains(Day(2025, 12, 4)!), true, "\(t)")
    }

    /// "Foreign Minister A, who accompanied Prime Minister B, held talks with his German counterpart, C": the
    /// counterpart holds A's office, not B's.
    func testCounterpartSkipsAWhoAside() {
        let lib = library([
            "Foreign Minister Adam Nowicki, who accompanied Prime Minister Piotr Zalewski, held separate talks with his German counterpart, Klaus Berger.",
        ], published: Day(2026, 11, 3)!)
        let berger = lib.people.first { $0.name == "Klaus Berger" }
        XCTAssertNotNil(berger, "\(lib.people.map(\.name))")
        XCTAssertEqual(berger?.leader, false)
        XCTAssertEqual(berger?.roles.contains { $0.title == "Prime Minister" }, false)
    }

    /// "We coordinated our positions ahead of Thursday's meeting", published on a Tuesday: the Thursday to come;
    /// "At 16:05 X wrote that he had spoken with Y": a clock time with no day is the day reported.
    func testAheadOfAndClockOpener() {
        let day = Day(2026, 11, 10)!
        let lib = library([
            "At 16:05 President Anton Kovalenko wrote that he had also spoken with Irish Prime Minister Sean Gallagher.",
            "The two leaders coordinated their positions ahead of Thursday's meeting of European leaders.",
        ], published: day)
        XCTAssertFalse(events(lib, on: day, with: ["Anton Kovalenko", "Sean Gallagher"]).isEmpty, "\(lib.events.map { ($0.date?.start, $0.summary) })")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 12)! }, "\(lib.events.map { ($0.date?.start, $0.summary) })")
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 11, 5)! })
    }
}
