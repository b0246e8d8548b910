import XCTest
@testable import StorylineCore

/// Round 41 of news never seen, all of it outside diplomacy: a city council session, a Senate debate, a carmaker's
/// results day and a bribery trial. Most rules here take wrong output away: figures, cut-off days, briefing calls and
/// set-off parts date no event, and the date of an "as" part is another subject's.
final class Unseen41RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    private func names(_ lib: Library) -> Set<String> { Set(lib.people.map(\.name)) }

    private func spans(_ text: String, _ anchor: Day) -> [String] {
        TemporalTagger.tag(text, anchor: anchor).map { e in e.span.map { "\($0.start.iso)..\($0.end.iso)" } ?? "nil" }
    }

    /// "The transport minister, Jane Okoro," / "the shadow home secretary, Tom Hale,": lower-case words of the
    /// portfolio between "the" and the title still make the name after the comma its holder.
    func testLowerCasePortfolioBeforeTitleInApposition() {
        let lib = oneArticleLibrary([
            "The transport minister, Neela Varadkar, told the inquiry on Thursday she had not seen the contract.",
            "The shadow home secretary, Ossian Treharne, said the home secretary, Priti Lakhani, should resign.",
        ], published: Day(2026, 5, 14)!)
        let all = names(lib)
        XCTAssertTrue(all.contains("Neela Varadkar"), "\(all)")
        XCTAssertTrue(all.contains("Ossian Treharne"), "\(all)")
        XCTAssertTrue(all.contains("Priti Lakhani"), "\(all)")
    }

    /// "Councilmember Ann Ruiz", "House Speaker Steve Portugal": American local offices are titles, and a short given
    /// name before a country word makes it a family name.
    func testCouncilTitlesAndShortGivenNames() {
        let lib = oneArticleLibrary([
            "Councilmember Lorna Vasquez and Vice Mayor Debra Kell voted against the ordinance, as did Councilmember Hal Brinker.",
            "House Speaker Steve Portugal said he would introduce a bill.",
        ], published: Day(2026, 3, 18)!)
        let all = names(lib)
        XCTAssertTrue(all.contains("Lorna Vasquez"), "\(all)")
        XCTAssertTrue(all.contains("Hal Brinker"), "\(all)")
        XCTAssertTrue(all.contains("Steve Portugal"), "\(all)")
        XCTAssertFalse(all.contains("Steve"), "\(all)")
    }

    /// "QUESTION: Dana Fox, Reuters.": the reporter asking in a briefing's transcript is no person of the story.
    func testTranscriptQuestionerIsNoPerson() {
        let lib = oneArticleLibrary([
            "QUESTION: Chris Mallory, AFP. Will the Secretary meet Foreign Minister Li Wen next week?",
        ], published: Day(2026, 2, 24)!)
        XCTAssertFalse(names(lib).contains("Chris Mallory"), "\(names(lib))")
    }

    /// "with former President X on Oct. 29, his campaign said": "former" tells nothing of when; the rally lies ahead.
    func testFormerBeforeTitleIsNoPastCue() {
        XCTAssertEqual(spans("Vance is expected to appear with former President George Ellery at a rally on Oct. 29.", Day(2026, 10, 21)!),
                       ["2026-10-29..2026-10-29"])
    }

    /// "We got the final draft on Friday night," said on a Wednesday: an irregular past verb looks back.
    func testIrregularPastLooksBack() {
        XCTAssertEqual(spans("\"We got the final draft on Friday night,\" she said.", Day(2026, 3, 18)!), ["2026-03-13..2026-03-13"])
    }

    /// "by video link earlier in the week": the week's days up to the report; "Earlier in the week, on 17 November"
    /// leaves the day to the gloss.
    func testEarlierInTheWeek() {
        XCTAssertEqual(spans("The jury heard from the former minister by video link earlier in the week.", Day(2026, 5, 14)!),
                       ["2026-05-11..2026-05-14"])
        XCTAssertEqual(spans("Earlier in the week, on 17 November 2026, the chair met him.", Day(2026, 11, 20)!),
                       ["2026-11-17..2026-11-17"])
    }

    /// Cut-offs, running totals and figures date no event: "as of Monday", "so far this year", "1.2 billion gallons
    /// in 2025"; nor does a year inside a set-off participle ("the Act, named for the student killed in 2024, and").
    func testFiguresCutOffsAndSetOffPartsDateNoEvent() {
        let lib = oneArticleLibrary([
            "The debate came a week after early voting began, with more than 1.1 million ballots already cast as of Monday.",
            "Speaking on a call with analysts, finance chief Marta Lindqvist said duties had cost the group 1.5 billion euros so far this year.",
            "Councilmembers questioned Water Director Ray Okafor, who told them the city's data centers used about 1.2 billion gallons in 2025.",
            "Senator Alan Brooke said he was proud of the Dana Hill Act, named for the student killed in Macon in 2024, and accused Governor Tess Vinter of delay.",
        ], published: Day(2026, 10, 21)!)
        XCTAssertFalse(lib.events.contains { $0.date?.start.year == 2025 || $0.date?.start.year == 2024 }, "\(lib.events.map(\.summary))")
        XCTAssertFalse(lib.events.contains { $0.date == nil }, "\(lib.events.map(\.summary))")
        XCTAssertFalse(lib.events.contains { $0.date.map { $0.end.ordinal - $0.start.ordinal > 300 } ?? false })
        XCTAssertEqual(days(lib, "Brooke", "Vinter").filter { $0.hasPrefix("2024") }, [])
    }

    /// "told reporters on a separate media call", "a call with analysts": a briefing, not a call between two people.
    func testBriefingCallIsAPressConference() {
        let lib = oneArticleLibrary([
            "Chief executive Oskar Lindahl told reporters on a separate media call on Thursday that no plant would close.",
        ], published: Day(2026, 10, 29)!)
        XCTAssertFalse(lib.events.contains { $0.type == .phoneCall }, "\(lib.events.map(\.type))")
        XCTAssertTrue(lib.events.contains { $0.type == .pressConference }, "\(lib.events.map(\.type))")
    }

    /// "The meeting …, which a spokesperson called constructive, came as the board prepares to meet on Nov. 13": the
    /// board's day is neither the pair's meeting nor lost to the "which" part before it.
    func testComesAsPartIsAnotherSubjects() {
        let lib = oneArticleLibrary([
            "Carmaker chief Oskar Lindahl met Economy Minister Greta Sandvik in Berlin on Thursday.",
            "The meeting at the ministry, which a spokesperson described as constructive, came as the supervisory board prepares to meet on Nov. 13 to approve a plan.",
        ], published: Day(2026, 10, 29)!)
        XCTAssertEqual(days(lib, "Lindahl", "Sandvik"), ["2026-10-29"])
        let board = lib.events.filter { $0.date?.start == Day(2026, 11, 13)! }
        XCTAssertEqual(board.count, 1, "\(lib.events.map(\.summary))")
        XCTAssertEqual(board.first?.participants ?? ["?"], [])
    }

    /// "The defendant's barrister, Imelda Frost KC, said": a silk's post-nominal follows a person's name.
    func testSilkPostNominalMakesAPerson() {
        let lib = oneArticleLibrary([
            "The defendant's barrister, Imelda Frost KC, said her client had never paid anyone.",
        ], published: Day(2026, 5, 14)!)
        XCTAssertTrue(names(lib).contains("Imelda Frost"), "\(names(lib))")
    }

    /// "Giles Warden KC, for the prosecution, told the jury that Peter Conroy met a man at a hotel in March 2025": the
    /// one telling takes no part in the meeting; he spoke of the defendant, in court, last month.
    func testTellerTakesNoPartInAnothersEncounter() {
        let lib = oneArticleLibrary([
            "Opening the case last month, Giles Warden KC, for the prosecution, told the jury that Peter Conroy met a man at a hotel in March 2025.",
        ], published: Day(2026, 5, 14)!)
        XCTAssertFalse(lib.events.contains { $0.type == .meeting && $0.participants.contains { $0.contains("Warden") } },
                       "\(lib.events.map { ($0.type, $0.participants) })")
        XCTAssertEqual(days(lib, "Warden", "Conroy"), ["2026-04-01"])
    }

    /// "Gov. X is to campaign with Y on Saturday. President Z, who endorsed Y ahead of the primary, …": the day ahead
    /// told before does not date an endorsement told in the past tense.
    func testDayAheadDoesNotDatePastEndorsement() {
        let lib = oneArticleLibrary([
            "Gov. Harlan Teague has endorsed Rep. Della Monroe and is scheduled to campaign with her in Macon on Saturday. "
                + "President Owen Calder, who endorsed Monroe ahead of the primary, has said he plans to hold a rally before Election Day.",
        ], published: Day(2026, 10, 21)!)
        XCTAssertEqual(days(lib, "Calder", "Monroe").filter { $0 > "2026-10-21" }, [], "\(lib.relations)")
    }

    /// "is expected to appear with former President X at a rally on Oct. 29": a joint appearance ties the two on that
    /// day; "appeared to mock X" ties no one by meeting.
    func testJointAppearanceIsAnEncounter() {
        let lib = oneArticleLibrary([
            "Senator Rhea Lindgren is expected to appear with former President George Ellery at a rally in Atlanta on Oct. 29, her campaign said Tuesday.",
            "Governor Brent Osgood appeared to mock Senator Rhea Lindgren in a post on Monday.",
        ], published: Day(2026, 10, 21)!)
        XCTAssertEqual(days(lib, "Lindgren", "Ellery"), ["2026-10-29"])
        XCTAssertFalse(lib.relations.contains { r in r.people.contains { $0.contains("Osgood") } && r.interactions.contains { $0.type == .meeting } })
    }

    /// "Libertarian Tim Kessler joined them on stage": the party's adjective is no part of the candidate's name.
    func testPartyAdjectiveIsNoPartOfTheName() {
        let lib = oneArticleLibrary(["Libertarian Tim Kessler joined them on stage at the debate on Tuesday."], published: Day(2026, 10, 21)!)
        XCTAssertTrue(names(lib).contains("Tim Kessler"), "\(names(lib))")
        XCTAssertFalse(names(lib).contains { $0.hasPrefix("Libertarian") }, "\(names(lib))")
    }

    /// "had already paid its share under a December 2024 agreement": the month modifies the noun, which types its event.
    func testAttributiveMonthTypesByItsNoun() {
        let lib = oneArticleLibrary([
            "Works council head Ilse Brandt said the workforce had already paid its share under a December 2024 agreement that cut 35,000 jobs.",
        ], published: Day(2026, 10, 29)!)
        XCTAssertEqual(lib.events.filter { $0.date?.start == Day(2024, 12, 1)! }.map(\.type), [.agreement], "\(lib.events.map { ($0.type, $0.date) })")
    }
}
