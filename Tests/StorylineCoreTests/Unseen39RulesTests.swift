import XCTest
@testable import StorylineCore

/// Round 39 of news never seen: a European Parliament release (rapporteurs, MEPs, an invitation), a Fijian outlet
/// with chiefly styles ("Hon.", "Ratu"), and a Nigerian outlet ("Alhaji", "Chief", a company's president, an aide's statement).
final class Unseen39RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// Every name the library's people go by.
    private func names(_ lib: Library) -> Set<String> { Set(lib.people.flatMap { [$0.name] }) }

    /// "his Tongan counterpart, Hon. Lord Fakafanua,": the style "Hon." ends no sentence and hides neither the name
    /// nor the encounter.
    func testHonourableStyleHidesNoNameAndEndsNoSentence() {
        let lib = oneArticleLibrary([
            "Prime Minister Sitiveni Rabuka held bilateral talks with his Tongan counterpart, Hon. Lord Fakafanua, on Sunday.",
            "Rabuka also met Samoa's Prime Minister, Hon. La'auli Leuatea Schmidt, this morning.",
        ], published: Day(2026, 9, 7)!)
        XCTAssertEqual(days(lib, "Rabuka", "Fakafanua"), ["2026-09-06"])
        XCTAssertEqual(days(lib, "Rabuka", "Schmidt"), ["2026-09-07"])
        XCTAssertEqual(ScannedBlock(index: 0, text: "He met Samoa's leader, Hon. La'auli Leuatea Schmidt, in Apia.").sentences.count, 1)
    }

    /// "X has held talks with Y. ¶ The talks on Sunday focused on …": the paragraph opening on "The talks" goes on
    /// with the pair before and gives their encounter its day.
    func testTheTalksParagraphDatesThePairBefore() {
        let lib = oneArticleLibrary([
            "Prime Minister Sitiveni Rabuka has held bilateral talks with his Tongan counterpart, Lord Fakafanua, in Nuku'alofa.",
            "The talks on Sunday focused on seasonal workers and fisheries surveillance.",
        ], published: Day(2026, 9, 7)!)
        XCTAssertEqual(days(lib, "Rabuka", "Fakafanua"), ["2026-09-06"])
    }

    /// "Chief", "Alhaji" and "Ratu" open a name without being part of it.
    func testNigerianAndFijianStylesAreNoPartOfTheName() {
        let lib = oneArticleLibrary([
            "Former President Chief Olusegun Obasanjo visited Vice-President Kashim Shettima at the Villa on Friday.",
            "The President, Ratu Naiqama Lalabalavu, farewelled the delegation on Friday.",
            "Shettima later hosted the Chairman of Dangote Group, Alhaji Aliko Dangote, at the Villa.",
        ], published: Day(2026, 3, 19)!)
        let all = names(lib)
        XCTAssertTrue(all.contains("Olusegun Obasanjo"), "\(all)")
        XCTAssertTrue(all.contains("Naiqama Lalabalavu"), "\(all)")
        XCTAssertTrue(all.contains("Aliko Dangote"), "\(all)")
        XCTAssertEqual(days(lib, "Obasanjo", "Shettima"), ["2026-03-13"])
    }

    /// "hosted the President of Dangote Group, Aliko Dangote,": a president of a company is the name after the comma,
    /// not the country's president told before, and "Dangote" in the company's name is no mention of him.
    func testPresidentOfACompanyIsTheNameInApposition() {
        let lib = oneArticleLibrary([
            "President Bola Tinubu left for Paris on Monday on a private visit.",
            "Vice-President Kashim Shettima on Wednesday hosted the President of Dangote Group, Aliko Dangote, at the Villa.",
        ], published: Day(2026, 3, 19)!)
        XCTAssertEqual(days(lib, "Shettima", "Dangote"), ["2026-03-18"])
        XCTAssertEqual(days(lib, "Tinubu", "Shettima"), [])
        XCTAssertEqual(lib.people.first { $0.name == "Aliko Dangote" }?.leader, false)
    }

    /// "hosted X, and the Governor of the Central Bank of Nigeria, Dr Olayemi Cardoso,": the second office names a
    /// body after "of", and the one holding it is hosted too.
    func testSecondObjectIntroducedByAnOfficeOfABody() {
        let lib = oneArticleLibrary([
            "Vice-President Kashim Shettima on Wednesday hosted Governor Babagana Zulum, and the Governor of the Central Bank of Nigeria, Dr Olayemi Cardoso, at the Villa.",
        ], published: Day(2026, 3, 19)!)
        XCTAssertEqual(days(lib, "Shettima", "Zulum"), ["2026-03-18"])
        XCTAssertEqual(days(lib, "Shettima", "Cardoso"), ["2026-03-18"])
    }

    /// "In a statement by his media aide, X, the Vice-President said Tinubu …": the aide issuing the statement says
    /// nothing about Tinubu.
    func testAuthorOfAStatementIsNoParty() {
        let lib = oneArticleLibrary([
            "Vice-President Kashim Shettima received Senegalese Prime Minister Ousmane Sonko on Wednesday.",
            "In a statement by his media aide, Stanley Nkwocha, the Vice-President said President Bola Tinubu sends his regards.",
        ], published: Day(2026, 3, 19)!)
        XCTAssertTrue(lib.people.contains { $0.name == "Stanley Nkwocha" })
        XCTAssertTrue(lib.relations.filter { $0.people.contains("Stanley Nkwocha") }.isEmpty, "\(lib.relations.map(\.people))")
    }

    /// European Parliament releases title members "Rapporteur" and "MEP", with their group and country after the name.
    func testRapporteurAndMEPAreOffices() {
        let lib = oneArticleLibrary([
            "Rapporteur Siegfried Mureşan (EPP, RO) said after the vote that Moldova had kept its promises.",
            "Shadow rapporteur Sven Mikser (S&D, EE) welcomed the result, and MEP Rasa Juknevičienė (EPP, LT) abstained.",
        ], published: Day(2026, 11, 12)!)
        let all = names(lib)
        XCTAssertTrue(all.isSuperset(of: ["Siegfried Mureşan", "Sven Mikser", "Rasa Juknevičienė"]), "\(all)")
    }

    /// "invited the minister to address the committee in December": the invitation was made at the meeting told
    /// before; December is when the address is due.
    func testInvitationIsNotDatedByWhatOneIsInvitedTo() {
        let lib = oneArticleLibrary([
            "On Wednesday, Parliament President Roberta Metsola received Moldova's Deputy Prime Minister and Minister of Foreign Affairs Mihai Popșoi in Strasbourg. The President reaffirmed the House's support and invited the minister to address the Committee on Foreign Affairs in December.",
        ], published: Day(2026, 11, 12)!)
        let d = days(lib, "Metsola", "Popșoi")
        XCTAssertFalse(d.isEmpty)
        XCTAssertTrue(d.allSatisfy { $0 == "2026-11-11" }, "\(d)")
    }

    /// "…, standing in for Tinubu, who left for Paris on Monday. ¶ Later, Shettima hosted …": the "who" part's day is
    /// background; "Later" stays on the day the paragraph's own clause told.
    func testDayOfAWhoPartIsNoStoryDay() {
        let lib = oneArticleLibrary([
            "Vice-President Kashim Shettima on Wednesday received Senegalese Prime Minister Ousmane Sonko in Abuja, standing in for President Bola Tinubu, who left for Paris on Monday on a private visit.",
            "Later, Shettima hosted Governor Babagana Zulum at the Villa.",
        ], published: Day(2026, 3, 19)!)
        let later = lib.events.filter { $0.sources.contains { $0.block == 1 } }
        XCTAssertFalse(later.isEmpty)
        XCTAssertEqual(later.compactMap { $0.date?.start.iso }, ["2026-03-18"])
    }

    /// The event of "The talks on Sunday …" is the encounter of the pair the paragraph before named.
    func testTheTalksParagraphEventHasThePairBefore() {
        let lib = oneArticleLibrary([
            "Prime Minister Sitiveni Rabuka has held bilateral talks with his Tongan counterpart, Lord Fakafanua, in Nuku'alofa.",
            "The talks on Sunday focused on seasonal workers and fisheries surveillance.",
        ], published: Day(2026, 9, 7)!)
        let talks = lib.events.filter { $0.sources.contains { $0.block == 1 } }
        XCTAssertEqual(talks.count, 1)
        XCTAssertEqual(Set(talks.first?.participants ?? []), ["Sitiveni Rabuka", "Fakafanua"])
    }

    /// "The leaders' retreat will be held on Wednesday" after one leader met two others and a third was named: "the
    /// leaders" are all of them at a forum, not the last pair.
    func testTheLeadersAmongManyAreNoPair() {
        let lib = oneArticleLibrary([
            "Prime Minister Sitiveni Rabuka held talks with his Tongan counterpart, Lord Fakafanua, on Sunday.",
            "Rabuka also met Samoa's Prime Minister, La'auli Leuatea Schmidt, this morning, and the two leaders agreed to set up a working group.",
            "The President, Ratu Naiqama Lalabalavu, farewelled the Fiji delegation at State House in Suva on Friday.",
            "The leaders' retreat will be held on Wednesday, where leaders are expected to endorse the Ocean of Peace declaration.",
        ], published: Day(2026, 9, 7)!)
        let retreat = lib.events.filter { $0.sources.contains { $0.block == 3 } }
        XCTAssertFalse(retreat.isEmpty)
        XCTAssertTrue(retreat.allSatisfy { $0.participants.count < 2 }, "\(retreat.map(\.participants))")
        XCTAssertEqual(days(lib, "Rabuka", "Schmidt"), ["2026-09-07"])
    }

    /// "received the Prime Minister of Senegal, Mr Ousmane Sonko, at the Villa": the name set off after an office of a
    /// named country is the one received, and takes part in the event.
    func testNameAfterAnOfficeOfACountryTakesPartInTheEvent() {
        let lib = oneArticleLibrary([
            "Vice-President Kashim Shettima on Wednesday received the Prime Minister of Senegal, Mr Ousmane Sonko, at the Presidential Villa, Abuja, standing in for President Bola Tinubu, who left for Paris on Monday.",
        ], published: Day(2026, 3, 19)!)
        let wednesday = lib.events.filter { $0.date?.start.iso == "2026-03-18" }
        XCTAssertEqual(wednesday.count, 1)
        XCTAssertEqual(Set(wednesday.first?.participants ?? []), ["Kashim Shettima", "Ousmane Sonko"])
    }

    /// "Prime Minister X held talks with his Tongan counterpart, Lord Fakafanua,": "Lord" is a style; the one named
    /// holds the counterpart's office and leads a government.
    func testCounterpartWithANobleStyleHoldsTheOffice() {
        let lib = oneArticleLibrary([
            "Prime Minister Sitiveni Rabuka held talks with his Tongan counterpart, Lord Fakafanua, on Sunday.",
        ], published: Day(2026, 9, 7)!)
        let lord = lib.people.first { $0.name.contains("Fakafanua") }
        XCTAssertEqual(lord?.leader, true)
        XCTAssertTrue(lord?.roles.contains { $0.title == "Prime Minister" } ?? false, "\(lord?.roles ?? [])")
    }
}
