import XCTest
@testable import StorylineCore

/// Round 35 of news never seen: a press release converted from PDF, an African Union release with its
/// honorifics and offices after names, Southeast Asian ranks and one-word names, and a Reuters wire update.
final class Unseen35RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u35", published: day)
    }

    /// The parsed article of a plain-text file.
    private func parse(_ text: String) throws -> Article {
        try XCTUnwrap(ArticleParser.parse(text: text, path: "u35.txt"))
    }

    /// A PDF's text: lines wrapped at a width, words broken by a hyphen, a paragraph running on across
    /// "Page 2 of 3" and the running header under it, "- END -" at the foot. The reader sees whole paragraphs.
    func testHardWrappedTextIsJoinedBackIntoParagraphs() throws {
        let text = """
        MINISTRY OF FOREIGN AFFAIRS

        Foreign Minister Kask and Latvian Foreign Minister Ozols discuss
        energy links in Tallinn

        Estonian Minister of Foreign Affairs Anna Kask received Latvian Min-
        ister of Foreign Affairs Janis Ozols in Tallinn on Wednesday. The min-
        isters discussed the joint procurement of air defence systems and the

        Page 2 of 3
        Ministry of Foreign Affairs | Press Release | 18.11.2026

        protection of undersea cables, and agreed to sign a memo-
        randum on grid links before the end of the year, both sides said.

        Page 3 of 3
        Ministry of Foreign Affairs | Press Release | 18.11.2026

        Minister Kask will travel to Vilnius next week for talks with
        her Lithuanian counterpart on regional rail links and ports.

        - END -
        """
        let a = try parse(text)
        XCTAssertEqual(a.paragraphs.count, 2, "\(a.paragraphs)")
        let first = try XCTUnwrap(a.paragraphs.first { $0.hasPrefix("Estonian") })
        XCTAssertTrue(first.contains("Latvian Minister of Foreign Affairs Janis Ozols"), first)
        XCTAssertTrue(first.contains("air defence systems and the protection of undersea cables"), first)
        XCTAssertTrue(first.contains("sign a memorandum on grid links"), first)
        XCTAssertFalse(a.paragraphs.contains { $0.contains("Page 2") || $0.contains("Press Release |") || $0.contains("END") })
        XCTAssertTrue(a.title.hasSuffix("discuss energy links in Tallinn"), a.title)
    }

    /// A paragraph of ordinary news (longer than a wrap width) is no hard-wrapped text: its lines stay as they are.
    func testUnwrappedTextIsLeftAlone() throws {
        let a = try parse("Talks in Tallinn\n\n" + String(repeating: "The ministers met in Tallinn on Wednesday for long talks on energy. ", count: 3)
                          + "\nShort line.\n")
        XCTAssertEqual(a.paragraphs.count, 2, "\(a.paragraphs)")
        // Paragraphs one to a line, each short and ending on a full stop, and a Markdown list: no wrapping there.
        let lines = (1...8).map { "Paragraph \($0) tells one short fact about the talks held in Tallinn today." }
        let b = try parse("Talks in Tallinn\n\n" + lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(b.paragraphs.count, 8, "\(b.paragraphs)")
    }

    /// "Accra, Ghana, 12 March 2026 – …": a place in title case, a comma and a full date open the story and date it.
    func testTitleCasePlaceAndDateDateline() throws {
        let a = try parse("Commission chief receives minister\n\nAccra, Ghana, 12 March 2026 – The Chairperson of the Commission received the Minister of Finance of Senegal for talks on the common currency.\n")
        XCTAssertEqual(a.published?.day, Day(2026, 3, 12))
        XCTAssertEqual(a.dateline, "Accra, Ghana, 12 March 2026")
    }

    /// A wire copy's dateline has no year ("LAGOS, March 3 (Reuters) -"); its copyright line states it.
    func testYearlessWireDatelineTakesTheCopyrightYear() throws {
        let body = "UPDATE 1-Nigeria, Benin agree to reopen border post\n\n(Adds quotes from customs chief in paragraph 3)\n\n"
            + "LAGOS, March 3 (Reuters) - Nigeria and Benin agreed to reopen the Seme border post, officials said.\n\n"
            + "(Reporting by Ada Obi; Editing by Tom Hale)\n"
        XCTAssertNil(try parse(body).published)
        let a = try parse(body + "\n(c) Copyright Thomson Reuters 2027. Click For Restrictions - https://agency.reuters.com/en/copyright.html\n")
        XCTAssertEqual(a.published?.day, Day(2027, 3, 3))
        XCTAssertEqual(OutletDetector.credit("(c) Copyright Thomson Reuters 2027. Click For Restrictions"), "Thomson Reuters")
    }

    /// "AFRICAN UNION / Press Release N° 12/2026 / <headline>": the document's kind and number is no headline.
    func testPressReleaseNumberIsNoHeadline() throws {
        let a = try parse("AFRICAN UNION\nPress Release N° 12/2026\n\nChairperson of the Commission receives the Minister of Finance of Senegal\n\n"
                          + "Accra, Ghana, 12 March 2026 – The Chairperson of the Commission received the Minister of Finance of Senegal for talks on the common currency.\n")
        XCTAssertEqual(a.title, "Chairperson of the Commission receives the Minister of Finance of Senegal")
    }

    /// An AU-style release: "H.E. Mr. X, Chairperson of the … Commission, received today at the … Headquarters H.E. Ms. Y";
    /// later "the Chairperson" is X (the office of a body, held by one person), "the Deputy Chairperson" is not.
    func testChairpersonOfABodyAndFormalStyles() {
        let lib = library([
            "H.E. Mr. Kwabena Osei Mensah, Chairperson of the West African Monetary Commission, received today at the Commission Headquarters H.E. Ms. Aminata Diallo Sow, Minister of Finance of the Republic of Senegal.",
            "On 10 March 2026, the Chairperson held a telephone conversation with H.E. Mr. Joseph Boakai Kollie, President of the Republic of Liberia.",
            "On the same day, the Deputy Chairperson of the Commission, H.E. Amb. Fatou Ceesay Jallow, met with H.E. Mr. Ibrahim Kanu Bangura, Minister of Trade of the Republic of Sierra Leone.",
        ], published: Day(2026, 3, 12)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Aminata Diallo Sow + Kwabena Osei Mensah"], [Day(2026, 3, 12)!], "\(t)")
        XCTAssertEqual(t["Joseph Boakai Kollie + Kwabena Osei Mensah"], [Day(2026, 3, 10)!], "\(t)")
        XCTAssertEqual(t["Fatou Ceesay Jallow + Ibrahim Kanu Bangura"], [Day(2026, 3, 10)!], "\(t)")
        XCTAssertNil(t["Fatou Ceesay Jallow + Kwabena Osei Mensah"], "\(t)")
        let received = lib.events.first { $0.date?.start == Day(2026, 3, 12)! }
        XCTAssertEqual(received?.type, .meeting)
        XCTAssertTrue(lib.people.contains { $0.name == "Kwabena Osei Mensah" && $0.roles.contains { $0.title.hasPrefix("Chairperson of the") } },
                      "\(lib.people.map { ($0.name, $0.roles) })")
        let jallow = lib.events.first { $0.participants.contains("Fatou Ceesay Jallow") }
        XCTAssertEqual(jallow?.participants.contains("Kwabena Osei Mensah"), false)
    }

    /// "The two leaders will meet in Lima next week, Salas's spokeswoman Rosa Vega told reporters": the reporting
    /// tail names no party to the meeting; the pair told before meets.
    func testReportingTailLeavesThePairToMeet() {
        let lib = library([
            "LIMA, Nov 20 (Reuters) - Peruvian President Jorge Salas and Chilean President Ana Fuentes agreed in a telephone call on Thursday to reopen two border crossings, Salas's office said.",
            "The two leaders will meet in Tacna next week to sign a border protocol, Salas's spokeswoman Rosa Vega told reporters on Friday.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertTrue(t["Ana Fuentes + Jorge Salas"]?.contains(Day(2026, 11, 23)!) == true, "\(t)")
        let planned = lib.events.first { $0.status == .planned && $0.date?.start == Day(2026, 11, 23)! }
        XCTAssertTrue(planned.map { Set(["Ana Fuentes", "Jorge Salas"]).isSubset(of: $0.participants) } == true,
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "The two leaders are scheduled to meet … next week, State Secretary X told reporters": the plan's auxiliaries
    /// stand between the pair and its verb, and the one reporting, named alone in the paragraph, is no party.
    func testScheduledMeetingReportedByAnOfficial() {
        let lib = library([
            "JAKARTA, Feb 12 (Reuters) - Indonesian President Budi Santoso and Malaysian Prime Minister Aziz Rahman discussed the maritime boundary in a phone call on Wednesday, Indonesia's state secretary said.",
            "The two leaders are scheduled to meet in Kuching next week for their annual consultation, State Secretary Hadi Wirawan told reporters on Thursday.",
        ], published: Day(2026, 2, 12)!)
        let t = interactionDays(lib)
        XCTAssertTrue(t["Aziz Rahman + Budi Santoso"]?.contains(Day(2026, 2, 16)!) == true, "\(t)")
        XCTAssertNil(t["Aziz Rahman + Hadi Wirawan"], "\(t)")
    }

    /// "held talks with Myanmar's military leader, Senior General X": the rank after the comma opens the name in
    /// apposition, so the office is X's and X is the one met.
    /// The event of the talks has both, though the one met is set off by commas before the time, with a second date after.
    func testRankAfterTheAppositiveComma() {
        let lib = library([
            "Laotian President Sonexay Vongsa held talks with Myanmar's military leader, Senior General Aung Kyaw Thein, in Vientiane on Thursday, pressing him to let relief reach areas hit by last week's earthquake.",
        ], published: Day(2026, 4, 3)!)
        XCTAssertEqual(interactionDays(lib)["Aung Kyaw Thein + Sonexay Vongsa"], [Day(2026, 4, 2)!], "\(interactionDays(lib))")
        let talks = lib.events.first { $0.date?.start == Day(2026, 4, 2)! }
        XCTAssertEqual(talks?.participants.sorted(), ["Aung Kyaw Thein", "Sonexay Vongsa"], "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "Coordinating Minister for Food and Agriculture Hartono said …": one name word closes the portfolio; not
    /// "president of the United Steelworkers, said".
    func testOneWordNameAfterALongPortfolio() {
        let lib = library([
            "Coordinating Minister for Food and Agriculture Hartono said on Tuesday that rice stocks were sufficient.",
            "Coordinating Minister for Political and Security Affairs Widodo said the border would stay open.",
            "David Ross, president of the United Steelworkers, said on Tuesday the union would appeal.",
        ], published: Day(2026, 4, 3)!)
        let names = lib.people.map(\.name)
        XCTAssertTrue(names.contains("Hartono") && names.contains("Widodo"), "\(names)")
        XCTAssertFalse(names.contains { $0.contains("Food") || $0.contains("Steelworkers") }, "\(names)")
    }

    /// "X informed his Latvian counterpart about his telephone conversation on Monday with Y": the call is X's with Y.
    func testBriefedAboutOwnCall() {
        let lib = library([
            "Estonian Foreign Minister Anna Kask received Latvian Foreign Minister Janis Ozols in Tallinn on Wednesday.",
            "Minister Kask informed her Latvian counterpart about her telephone conversation on Monday with Ukrainian Minister of Foreign Affairs Petro Ivanenko.",
        ], published: Day(2026, 11, 18)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Anna Kask + Petro Ivanenko"], [Day(2026, 11, 16)!], "\(t)")
        XCTAssertNil(t["Janis Ozols + Petro Ivanenko"], "\(t)")
    }

    /// "recalled that the two ministers had last met in Brussels on 4 November": "the two" are the pair, so the
    /// meeting keeps its people.
    func testTheTwoMinistersInAThatPart() {
        let lib = library([
            "Estonian Foreign Minister Anna Kask received Latvian Foreign Minister Janis Ozols in Tallinn on Wednesday.",
            "Minister Ozols thanked Estonia for its hospitality and recalled that the two ministers had last met in Brussels on 4 November.",
        ], published: Day(2026, 11, 18)!)
        let met = lib.events.first { $0.date?.start == Day(2026, 11, 4)! }
        XCTAssertFalse(met?.participants.isEmpty ?? true, "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "whose country chairs ASEAN this year": the year an office is held in turn dates no event.
    func testChairingThisYearIsATerm() {
        let lib = library([
            "Sugeng said he planned to travel to Hanoi later this month with Malaysian Foreign Minister Aziz Rahman, whose country chairs ASEAN this year.",
        ], published: Day(2025, 4, 4)!)
        XCTAssertFalse(lib.events.contains { $0.date?.granularity == .year }, "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.expression) })")
    }

    /// "The President of the Commission held a call with …" in a release naming a state's president too: the office
    /// of a body is its own holder's (here nobody named with it), never the state's president.
    func testPresidentOfABodyIsNoStatesPresident() {
        let lib = library([
            "Abuja, 4 December 2026 – Commission head Omar Tall received H.E. Mrs. Sara Kollie, Minister of Foreign Affairs of the Republic of Liberia, who delivered a message from H.E. Joseph Dolo, President of the Republic of Liberia.",
            "The President of the Commission also held a telephone conversation on 2 December 2026 with H.E. Mr. Mohamed Kamara, President of the Republic of Sierra Leone.",
        ], published: Day(2026, 12, 4)!)
        let t = interactionDays(lib)
        XCTAssertNil(t["Joseph Dolo + Mohamed Kamara"], "\(t)")
    }

    /// "ECONOMIC COMMUNITY OF WEST AFRICAN STATES" over "PRESS RELEASE …": a letterhead, not the headline; a two-page
    /// release's bar-parted header under "Page 2 of 2" and "- ENDS -" are furniture, the paragraph runs on across them.
    func testLetterheadAndTwoPageFurniture() throws {
        let text = """
        ECONOMIC COMMUNITY OF WEST AFRICAN STATES
        PRESS RELEASE                                           3 March 2026

        Commission President receives Liberian Foreign Minister in Abuja

        The President of the Commission received the Minister of Foreign Affairs
        of Liberia in Abuja on Tuesday for talks on the regional electricity
        market, the free movement of goods and the security situation in the
        Sahel. The two sides also discussed the preparation of the next summit
        of the Authority of Heads of State and Government, which will be held in

        Page 2 of 2
        Commission | Press Release | 03.03.2026

        Freetown in June, and the financing of the regional standby force as
        well as the support of the Commission to the coming elections.

        - ENDS -
        """
        let a = try parse(text)
        XCTAssertEqual(a.title, "Commission President receives Liberian Foreign Minister in Abuja")
        XCTAssertEqual(a.paragraphs.count, 1, "\(a.paragraphs)")
        XCTAssertTrue(a.paragraphs.first?.contains("which will be held in Freetown in June") == true, "\(a.paragraphs)")
    }

    /// "The Tánaiste and Minister for Foreign Affairs, Simon Harris, today welcomed …": two offices joined by "and"
    /// after a sentence-opening "The" are one person's, named after the comma.
    func testTwoOfficesBeforeTheNameAfterSentenceOpeningThe() {
        let lib = library([
            "The Tánaiste and Minister for Foreign Affairs, Simon Harris, today welcomed Portuguese Foreign Minister Paulo Rangel to Dublin.",
        ], published: Day(2026, 3, 3)!)
        XCTAssertEqual(interactionDays(lib)["Paulo Rangel + Simon Harris"], [Day(2026, 3, 3)!], "\(interactionDays(lib))")
    }

    /// "held talks with Cambodia's prime minister, Samdech Sok Vanna, in Bangkok on Friday, agreeing on a joint plan to
    /// clear landmines": the plan in the participle's phrase does not make Friday the coming one, nor do the commas
    /// around the name part the talks from their day.
    func testParticiplePhraseKeepsThePastDay() {
        let lib = library([
            "Thai Prime Minister Chai Wongsakul held talks with Cambodia's prime minister, Samdech Sok Vanna, in Bangkok on Friday, agreeing on a joint plan to clear landmines along the disputed border.",
        ], published: Day(2026, 3, 14)!)
        XCTAssertEqual(lib.events.first?.date?.start, Day(2026, 3, 13), "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.summary) })")
    }

    /// A press office's contact footer ("… I E-mail: dic@… I Web: www.…") is furniture; a sentence giving an address is not.
    func testContactFooterIsFurniture() {
        XCTAssertTrue(Boilerplate.isUILine("information and communication directorate, african union commission i e-mail: dic@africa-union.org i web: www.au.int i addis ababa | ethiopia"))
        XCTAssertFalse(Boilerplate.isUILine("the ministry said complaints could be sent to its office in abuja, where staff would answer within a week."))
    }
}
