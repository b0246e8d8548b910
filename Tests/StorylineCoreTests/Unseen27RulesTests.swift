import XCTest
@testable import StorylineCore

/// Round 27 of news never seen: a host receiving a guest "alongside" a third leader, which
/// links all three.
final class Unseen27RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u27", title: "Story", published: day)
    }

    /// "King Omar hosted President Lina Haddad in May last year alongside US President Paul Varga": the one
    /// named after "alongside" met the guest and was with the host; all three are tied on that date.
    func testAPersonMetAlongsideTheHostMeetsTheGuestToo() {
        let lib = library([
            "Malawian President Lina Haddad arrived in the capital on Sunday.",
            "King Omar Rashid hosted President Lina Haddad in May last year alongside US President Paul Varga, the palace said.",
        ], published: Day(2026, 11, 16)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Lina Haddad + Omar Rashid"]?.contains(Day(2025, 5, 1)!), true)
        XCTAssertEqual(t["Lina Haddad + Paul Varga"], [Day(2025, 5, 1)!])
        XCTAssertEqual(t["Omar Rashid + Paul Varga"], [Day(2025, 5, 1)!])
    }

    /// "met X on Monday, alongside …" after a comma, or a person far after the object, is no companion.
    func testAlongsideAfterACommaLinksNoCompanion() {
        let lib = library([
            "King Omar Rashid met President Lina Haddad on Monday, while Prime Minister Paul Varga stood alongside reporters.",
        ], published: Day(2026, 11, 16)!)
        XCTAssertNil(interactionDays(lib)["Lina Haddad + Paul Varga"])
    }

    /// "Party chair Ravi Kumar Thapa 'Bishal' called on Prime Minister …; Bishal urged …": a quoted nickname
    /// after a full name stands alone for that person later, and "he" in the next sentence is still him.
    func testAQuotedNomDeGuerreStandsForTheFullName() {
        let lib = library([
            "Party Chair Ravi Kumar Thapa 'Bishal' paid a courtesy call on Prime Minister Hari Prasad Koirala on Thursday.",
            "Bishal, who has led the government twice, described the meeting as cordial. He had last met Koirala in early October.",
        ], published: Day(2026, 11, 20)!)
        let thapa = lib.people.first { $0.name == "Ravi Kumar Thapa" }
        XCTAssertEqual(thapa?.aliases.contains("Bishal"), true)
        XCTAssertFalse(lib.people.contains { $0.name == "Bishal" })
        XCTAssertEqual(interactionDays(lib)["Hari Prasad Koirala + Ravi Kumar Thapa"]?.contains(Day(2026, 10, 1)!), true)
    }

    /// "Crown Prince Faisal … Hours later, the Omani de facto ruler took a phone call from President X": the
    /// de facto ruler is the country's crown prince, and "Hours later," keeps the day the story told.
    func testTheDeFactoRulerTakesTheCallHoursLater() {
        let lib = library([
            "Omani Crown Prince Faisal bin Tariq received Kenyan President Amos Njoroge in Muscat on Sunday.",
            "Hours later, the Omani de facto ruler took a phone call from Iranian President Reza Karimi.",
        ], published: Day(2026, 11, 16)!)
        XCTAssertEqual(interactionDays(lib)["Faisal bin Tariq + Reza Karimi"], [Day(2026, 11, 15)!])
        XCTAssertNil(interactionDays(lib)["Amos Njoroge + Reza Karimi"])
        let call = lib.events.first { $0.type == .phoneCall }
        XCTAssertEqual(call?.date?.start, Day(2026, 11, 15)!)
    }

    /// "Accra, Nov. 19, GNA - H.E. President X on Wednesday received …": the agency's initials after a comma
    /// close a dateline, whose day is no event; the reception is on Wednesday.
    func testAnAgencyDatelineAfterACommaDatesNothing() {
        let lib = library([
            "Accra, Nov. 19, GNA - President Kofi Mensah on Wednesday received Foreign Minister Ama Owusu at the Jubilee House.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(lib.events.map { $0.date?.start }, [Day(2026, 11, 18)!])
    }

    /// "the President of Burkina Faso, Captain X": a country of several words in name shape is no person.
    func testACountryOfSeveralWordsIsNoPerson() {
        let lib = library([
            "President Kofi Mensah on Wednesday received an envoy of the President of Burkina Faso, Captain Ali Sawadogo.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertFalse(lib.people.contains { $0.name == "Burkina Faso" })
        XCTAssertTrue(lib.people.contains { $0.name == "Ali Sawadogo" })
    }
}
