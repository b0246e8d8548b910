import XCTest
@testable import StorylineCore

/// Round 36 of news never seen: an agency's dateline after a comma, Latin American "Chancellor", a congressional
/// delegation's program of meetings by day, Gulf readouts' joined offices and formal state names, and group subjects.
final class Unseen36RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u36", title: title, published: day)
    }

    /// The library built from several one-paragraph articles, each published on `day`.
    private func corpus(_ texts: [String], published day: Day) -> Library {
        Library.build(from: texts.enumerated().map { i, text in
            Article(id: "a\(i)", path: "a\(i).txt", title: "Story \(i)", published: Published(day: day),
                    blocks: [Block(kind: .paragraph, text: text, offset: 0)])
        })
    }

    /// "Riyadh, November 22, 2026, SPA -- …": the agency's capitals after the last comma close the dateline, whose date
    /// then dates the page.
    func testAgencyAfterCommaClosesTheDateline() {
        let d = ArticleParser.datelineOf("Riyadh, November 22, 2026, SPA -- His Royal Highness the Crown Prince received a phone call.")
        XCTAssertEqual(d?.agency, "SPA")
        XCTAssertEqual(d.flatMap { DateLine.parse($0.place) }?.day, Day(2026, 11, 22))
        XCTAssertNil(ArticleParser.datelineOf("Officials in Riyadh, Jeddah and Dammam -- all of them -- agreed."))
    }

    /// "Chancellor Paulo Mendes" in a story naming neither Germany nor Austria is a foreign minister, no leader;
    /// "the acting president, X," stands in for the holder and leads no country either.
    func testChancellorLeadsOnlyInGermanOrAustrianStories() {
        let lib = library([
            "President Ana Duarte landed in Bogotá accompanied by Chancellor Paulo Mendes, who held talks with his Colombian counterpart.",
            "Also on Thursday, the acting president, Rui Tavares, received the governor of Pará, Helder Nunes, at the palace.",
        ], published: Day(2026, 11, 20)!)
        let leaders = Dictionary(lib.people.map { ($0.name, $0.leader) }, uniquingKeysWith: { $0 || $1 })
        XCTAssertEqual(leaders["Ana Duarte"], true)
        XCTAssertEqual(leaders["Paulo Mendes"], false, "\(leaders)")
        XCTAssertEqual(leaders["Rui Tavares"], false, "\(leaders)")
        let german = library(["Chancellor Karl Weber met French President Luc Martin in Berlin on Monday."], published: Day(2026, 11, 20)!)
        XCTAssertEqual(german.people.first { $0.name == "Karl Weber" }?.leader, true)
    }

    /// "Khalid bin Fahd" in one story joins both "Khalid bin Fahd Al Mansour" and "Khalid bin Fahd bin Nasser": a grandfather
    /// and a family name fit one full name. "President Peter Wu" and "President Wu Chen-hao" are one leader. A monarch's
    /// style ("Custodian of the Two Holy Mosques King X") is no organization's.
    func testLineageAndAdoptedGivenNameMerge() {
        let lib = corpus([
            "Foreign Minister Khalid bin Fahd Al Mansour met Egyptian Foreign Minister Omar Saleh in Cairo on Monday.",
            "Foreign Minister Khalid bin Fahd bin Nasser received a phone call from Jordanian Foreign Minister Sami Haddad on Monday.",
            "Foreign Minister Khalid bin Fahd spoke with Kuwaiti Foreign Minister Ali Sabah on Monday.",
            "Custodian of the Two Holy Mosques King Fahd bin Saud received a written message from President Omar Saleh.",
            "President Peter Wu welcomed Palauan President Tom Remeliik in Taipei on Monday.",
            "President Wu Chen-hao met Guatemalan President Luis Arana in Taipei on Monday.",
        ], published: Day(2026, 11, 20)!)
        let khalids = lib.people.filter { $0.name.hasPrefix("Khalid") }
        XCTAssertEqual(khalids.count, 1, "\(khalids.map(\.name))")
        XCTAssertEqual(lib.people.first { $0.name.hasPrefix("Fahd bin Saud") }?.leader, true, "\(lib.people.map { ($0.name, $0.leader) })")
        let wus = lib.people.filter { $0.name.contains("Wu") }
        XCTAssertEqual(wus.count, 1, "\(wus.map(\.name))")
    }

    /// A delegation's program listed by day ("Monday, November 9 – Manila" then "- Meeting with President X"): each line
    /// links the release's first-named person with whom it names, on the day of the heading above it; "- Briefing by X"
    /// too. A topic list ("- The summit with X") is no program; "the Han Kuang exercises" names no one.
    func testProgramLinesUnderDayHeadings() {
        let lib = library([
            "U.S. Senator Mark Dalton led a bipartisan congressional delegation to Manila and Tokyo from November 9 to 13.",
            "Monday, November 9 – Manila",
            "- Meeting with President Ramon Cruz at Malacañang Palace on maritime security.",
            "- Briefing by Secretary of National Defense Jose Lim on the Han Kuang exercises.",
            "Friday, November 13 – Tokyo",
            "- Working lunch with Defense Minister Kenji Sato.",
        ], published: Day(2026, 11, 17)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Mark Dalton + Ramon Cruz"], [Day(2026, 11, 9)!], "\(t)")
        XCTAssertEqual(t["Jose Lim + Mark Dalton"], [Day(2026, 11, 9)!], "\(t)")
        XCTAssertEqual(t["Kenji Sato + Mark Dalton"], [Day(2026, 11, 13)!], "\(t)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 9)! && $0.participants.contains("Ramon Cruz") },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
        XCTAssertFalse(lib.people.contains { $0.name == "Han Kuang" }, "\(lib.people.map(\.name))")
        XCTAssertNil(InteractionExtractor.listLineVerb(TextToken.tokenize("- The ASEAN-Japan summit with Prime Minister Kenji Sato on Wednesday")))
    }

    /// "the two chancellors met in Leticia in August": the article's two holders of the office; "the senators met with
    /// President X, Vice President Y": each senator met each of them, and X and Y are no pair.
    func testPluralOfficeSubjects() {
        let lib = library([
            "Chancellor Paulo Mendes held talks with his Colombian counterpart, Chancellor Rosa Ortiz, on Thursday.",
            "Mendes told journalists the text had been ready since the two chancellors met in Leticia in August.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(Set(t["Paulo Mendes + Rosa Ortiz"] ?? []), [Day(2026, 11, 19)!, Day(2026, 8, 1)!], "\(t)")
        let senate = library([
            "Senator Mark Dalton and Senator Jane Ruiz visited Taipei this week.",
            "In Taipei, the senators met with President Lin Wei-ming, Vice President Chen Mei-ling and security officials.",
        ], published: Day(2026, 11, 20)!)
        let s = interactionDays(senate)
        XCTAssertNil(s["Chen Mei-ling + Lin Wei-ming"], "\(s)")
        XCTAssertNotNil(s["Jane Ruiz + Lin Wei-ming"], "\(s)")
        XCTAssertNotNil(s["Lin Wei-ming + Mark Dalton"], "\(s)")
    }

    /// Gulf readouts: "Minister of Foreign Affairs of the Arab Republic of Egypt X" names X; "Crown Prince and Prime Minister
    /// X" holds both offices, so "The Crown Prince and President Y last met in July" links them; an undated "also received a
    /// phone call" two paragraphs on is the day's, whatever the conference it discussed ", which the two will co-chair next month".
    func testGulfReadoutOfficesAndCalls() {
        let lib = library([
            "His Royal Highness Crown Prince and Prime Minister Faisal bin Nasser received today a phone call from President of the Republic of Kenya Daniel Kiptoo.",
            "During the call, they also discussed the latest regional developments.",
            "His Royal Highness the Crown Prince also received a phone call from President of the French Republic Luc Martin, during which they reviewed preparations for the conference, which the Kingdom and France will co-chair in New York next month.",
            "On Thursday, the Minister of Foreign Affairs received a phone call from Minister of Foreign Affairs of the Arab Republic of Egypt Omar Saleh.",
            "The Crown Prince and President Kiptoo last met in Riyadh in July.",
        ], published: Day(2026, 11, 22)!)
        let t = interactionDays(lib)
        XCTAssertTrue(lib.people.contains { $0.name == "Omar Saleh" }, "\(lib.people.map(\.name))")
        XCTAssertEqual(Set(t["Daniel Kiptoo + Faisal bin Nasser"] ?? []), [Day(2026, 11, 22)!, Day(2026, 7, 1)!], "\(t)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 22)! && $0.participants.contains("Luc Martin") },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// "Before the leaders' meeting, Chancellor X held talks … with his counterpart, Chancellor Y, on the agenda": the
    /// talks fall on the leaders' day, whatever ", whose summit Brazil will host next year" says of the forum; the counterpart
    /// opens on an office and the governor names a place ("of Pará").
    func testBesideTheLeadersMeeting() {
        let lib = library([
            "President Ana Duarte was received on Thursday by Colombian President Jorge Salas at the Casa de Nariño.",
            "Duarte landed on Wednesday night accompanied by Chancellor Paulo Mendes.",
            "Before the leaders' meeting, Chancellor Paulo Mendes held talks at the San Carlos Palace with his Colombian counterpart, Chancellor Rosa Ortiz, on the agenda of the regional forum, whose summit Brazil will host next year.",
            "Also on Thursday, the acting president, Rui Tavares, received the governor of Pará, Helder Nunes, at the palace.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Paulo Mendes + Rosa Ortiz"], [Day(2026, 11, 19)!], "\(t)")
        XCTAssertEqual(t["Helder Nunes + Rui Tavares"], [Day(2026, 11, 19)!], "\(t)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 19)! && Set($0.participants) == ["Paulo Mendes", "Rosa Ortiz"] },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.participants) })")
    }

    /// A caption "X (left) is greeted by Latvian Prime Minister Y … on Wednesday" and "received the governor of Pará, Z"
    /// tell meetings; "The two defence ministers … next week" beside two prime ministers are the two ministers.
    func testGreetingsReceptionsAndTheTwoMinisters() {
        let lib = library([
            "Estonian Prime Minister Mart Kask (left) is greeted by Latvian Prime Minister Ilze Berzina outside the State Chancellery in Riga on Wednesday.",
            "Estonian Defence Minister Peeter Tamm and Latvian Defence Minister Janis Ozols met separately on Wednesday morning.",
            "The two defence ministers are expected to travel together to Vilnius next week to present the plan.",
            "Also on Thursday, the acting president, Rui Tavares, received the governor of Pará, Helder Nunes, at the palace.",
        ], published: Day(2026, 11, 20)!)
        let summary = lib.events.map { ($0.date?.start.iso ?? "-", $0.type, $0.participants) }
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 18)! && $0.type == .meeting && $0.participants.contains("Ilze Berzina") }, "\(summary)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(2026, 11, 19)! && $0.type == .meeting && $0.participants.contains("Helder Nunes") }, "\(summary)")
        let trip = lib.events.first { $0.date?.start == Day(2026, 11, 23)! }
        XCTAssertEqual(Set(trip?.participants ?? []), ["Peeter Tamm", "Janis Ozols"], "\(summary)")
    }
}
