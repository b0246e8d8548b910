import XCTest
@testable import StorylineCore

/// Round 38 of news never seen: an Indian regional outlet's offices ("Deputy CM", "the envoy"), sports diplomacy
/// ("Qatar's Amir", "the two last met"), an Israeli outlet's back-references ("The first call") and apposed possessors.
final class Unseen38RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any part of their names.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// True when some relation links the two people, dated or not.
    private func linked(_ lib: Library, _ a: String, _ b: String) -> Bool {
        lib.relations.contains { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } && !r.interactions.isEmpty }
    }

    /// "Ron Dermer, Netanyahu's longtime confidant, is expected to meet …": an untitled name set off by a possessive
    /// name and a noun of someone's confidant is a person; the possessor takes no part in the meeting.
    func testNameApposedToAPossessorsConfidantIsAPersonAndThePossessorNoParty() {
        let lib = oneArticleLibrary([
            "Ron Dermer, Netanyahu's longtime confidant and a former strategic affairs minister, is expected to meet White House envoy Steve Witkoff in Miami on Monday.",
            "Prime Minister Benjamin Netanyahu is scheduled to address the Knesset on Monday.",
        ], published: Day(2026, 11, 22)!)
        XCTAssertTrue(lib.people.contains { $0.name == "Ron Dermer" })
        XCTAssertEqual(days(lib, "Dermer", "Witkoff"), ["2026-11-23"])
        XCTAssertFalse(linked(lib, "Netanyahu", "Witkoff"))
        XCTAssertFalse(linked(lib, "Netanyahu", "Dermer"))
        let city = oneArticleLibrary(["New Delhi, India's capital and a former Mughal seat, hosted the summit on Monday."],
                                     published: Day(2026, 11, 22)!)
        XCTAssertFalse(city.people.contains { $0.name == "New Delhi" })
    }

    /// "Qatar's Amir Sheikh Tamim bin Hamad Al Thani": "Amir" after a country's possessive is the office, not a given name.
    func testAmirAfterACountrysPossessiveIsTheOffice() {
        let lib = oneArticleLibrary([
            "IOC President Kirsty Coventry was received on Thursday by Qatar's Amir Sheikh Tamim bin Hamad Al Thani at Lusail Palace.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertFalse(lib.people.contains { $0.name.hasPrefix("Amir") })
        XCTAssertEqual(days(lib, "Coventry", "Tamim"), ["2026-11-19"])
    }

    /// "Deputy Chief Minister D K Shivakumar … The Deputy CM told reporters": a second rank of an office is the one
    /// named with that rank, never the office's holder (the Chief Minister).
    func testTheDeputyOfAnOfficeIsNotItsHolder() {
        let lib = oneArticleLibrary([
            "Chief Minister Siddaramaiah on Thursday met Prime Minister Narendra Modi. He was accompanied by Deputy Chief Minister D K Shivakumar.",
            "Later in the day, Shivakumar called on Union Road Transport Minister Nitin Gadkari. The Deputy CM told reporters that Gadkari had responded positively.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertFalse(linked(lib, "Siddaramaiah", "Gadkari"))
        XCTAssertEqual(Set(days(lib, "Shivakumar", "Gadkari")), ["2026-11-19"])
    }

    /// "Australian High Commissioner Philip Green … The envoy later met …": "the envoy" is the head of a mission told before.
    func testTheEnvoyIsTheHighCommissionerToldBefore() {
        let lib = oneArticleLibrary([
            "Governor Thaawarchand Gehlot received Australian High Commissioner Philip Green at Raj Bhavan on Tuesday. The envoy later met Industries Minister M B Patil at Vikasa Soudha.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(days(lib, "Philip Green", "Patil"), ["2026-11-17"])
        XCTAssertFalse(linked(lib, "Gehlot", "Patil"))
    }

    /// "spoke with Rubio on Saturday for the second time in 24 hours … The first call, on Friday afternoon, focused on …":
    /// an ordinal encounter opening its sentence is the same pair's other one, on its own day.
    func testTheFirstCallIsThePairsEarlierCall() {
        let lib = oneArticleLibrary([
            "Prime Minister Benjamin Netanyahu spoke with US Secretary of State Marco Rubio on Saturday evening for the second time in 24 hours.",
            "The first call, on Friday afternoon, focused on the disarmament of Hezbollah, the Prime Minister's Office said.",
        ], published: Day(2026, 11, 22)!)
        XCTAssertEqual(days(lib, "Netanyahu", "Rubio"), ["2026-11-20", "2026-11-21"])
    }

    /// "will travel to Washington on Monday to meet President Donald Trump. The two last met in Doha in May 2025.":
    /// a bare "the two" before its verb's adverb is the pair told before.
    func testBareTheTwoIsThePairToldBefore() {
        let lib = oneArticleLibrary([
            "FIFA President Gianni Infantino will travel to Washington on Monday to meet President Donald Trump at the White House. The two last met in Doha in May 2025.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertEqual(days(lib, "Infantino", "Trump"), ["2025-05-01", "2026-11-23"])
    }

    /// "for Upper Bhadra" in a headline over "the Upper Bhadra irrigation project": a name anchored only by a
    /// preposition that the text writes before a lower-case noun is a thing, not a person.
    func testAPrepositionsNameTheTextWritesBeforeANounIsNoOne() throws {
        let text = """
        CM meets PM Modi, seeks Rs 5,300 crore for Upper Bhadra

        DH News Service, New Delhi
        Last Updated: 19 November 2026, 21:14 IST

        Chief Minister Siddaramaiah on Thursday met Prime Minister Narendra Modi and sought funds for the Upper Bhadra irrigation project.
        """
        let lib = Library.build(from: [try XCTUnwrap(ArticleParser.parse(text: text, path: "u38.txt"))])
        XCTAssertFalse(lib.people.contains { $0.name.contains("Bhadra") })
        XCTAssertEqual(days(lib, "Siddaramaiah", "Modi"), ["2026-11-19"])
    }

    /// "to meet Modi on Tuesday to discuss India's own 2036 ambitions": a year after a possessive and before a noun
    /// names the ambitions, and dates no event.
    func testAYearOfSomeonesAmbitionsDatesNoEvent() {
        let lib = oneArticleLibrary([
            "IOC President Kirsty Coventry is expected to meet Prime Minister Narendra Modi on Tuesday to discuss India's own 2036 ambitions.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertEqual(lib.events.compactMap { $0.date?.start.iso }, ["2026-11-24"])
    }

    /// "Vieira told reporters after the meeting that Rubio would travel to Brasília in December": past an adjunct
    /// of lower-case words, the "that" of a saying opens the plan reported, which the speaker takes no part in.
    func testOneWhoReportsAPlanPastAnAdjunctTakesNoPartInIt() {
        let lib = oneArticleLibrary([
            "Brazilian Foreign Minister Mauro Vieira told reporters after the meeting that Secretary of State Marco Rubio would travel to Brasília in December.",
        ], published: Day(2026, 11, 20)!)
        XCTAssertEqual(days(lib, "Vieira", "Rubio"), [])
    }

    /// "Čeferin said the FIFA boss \"spends more time …\"": a role right after "said" with a verb of its own is whom
    /// the saying is about; "…, said the FIFA boss." is the one speaking.
    func testARoleAfterSaidWithItsOwnVerbIsSpokenAbout() {
        let lib = oneArticleLibrary([
            "FIFA President Gianni Infantino was received by King Mohammed VI at the Royal Palace in Rabat on Friday.",
            "Asked about the trip, UEFA President Aleksander Čeferin said the FIFA boss \"spends more time with presidents than with players\".",
        ], published: Day(2026, 11, 21)!)
        XCTAssertTrue(linked(lib, "Čeferin", "Infantino"))
        let speaker = oneArticleLibrary([
            "FIFA President Gianni Infantino was received by King Mohammed VI at the Royal Palace in Rabat on Friday.",
            "\"We will be ready for 2030,\" said the FIFA boss.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertEqual(speaker.relations.filter { $0.people.contains("Gianni Infantino") && !$0.interactions.isEmpty }.count, 1)
    }
}
