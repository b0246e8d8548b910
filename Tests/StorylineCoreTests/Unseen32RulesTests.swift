import XCTest
@testable import StorylineCore

/// Round 32 of news never seen: an obituary counting seasons from the years it recalls, a German government
/// release's "Federal" offices, a "who visited him" aside, "the two sides" after a call of three, and a Sunday show's
/// upper-case speaker labels.
final class Unseen32RulesTests: XCTestCase {
    /// The library built from one article of `paras` titled `title`, published on `day`.
    private func library(_ paras: [String], title: String = "Story", published day: Day) -> Library {
        oneArticleLibrary(paras, id: "u32", title: title, published: day)
    }

    /// "In 1996 … Two years later … ¶ The following spring, X was received by Y": the spring after the year the
    /// paragraph before told, not the one after publication.
    func testFollowingSeasonCountsFromTheYearToldBefore() {
        let lib = library([
            "Former Latvian Prime Minister Marta Kalnins, who led Latvia as prime minister for six years, died on Monday at her home in Riga.",
            "In 1996 she received Finnish President Aarno Virtanen in Riga. Two years later she travelled to Warsaw, where she met Polish President Jan Kowal.",
            "The following spring, Kalnins was received at the White House by President Robert Hale.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Marta Kalnins + Robert Hale"], [Day(1999, 3, 1)!], "\(t)")
        XCTAssertTrue(lib.events.contains { $0.date?.start == Day(1999, 3, 1)! && $0.participants.contains("Robert Hale") },
                      "\(lib.events.map { ($0.date?.start.iso ?? "-", $0.summary) })")
    }

    /// "Federal Chancellor X", "the Federal Chancellor", "Federal President Y": a federal state's own offices, so
    /// "the Federal Chancellor" is the chancellor named before and the Federal President is a head of state.
    func testFederalOfficesAreTheStatesOwn() {
        let lib = library([
            "Federal Chancellor Klaus Brenner will receive the President of Senegal, Amadou Diallo, at the Chancellery on Monday, 7 December 2026.",
            "Earlier in the day, the President of Senegal will be received by Federal President Ute Lang at Bellevue Palace.",
            "On Thursday, 3 December, the Federal Chancellor also spoke by telephone with the Prime Minister of Ghana, Kofi Mensah.",
        ], published: Day(2026, 12, 4)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Klaus Brenner + Kofi Mensah"], [Day(2026, 12, 3)!], "\(t)")
        XCTAssertEqual(lib.people.first { $0.name == "Ute Lang" }?.leader, true)
    }

    /// "He remained close to X, who visited him in 2019": the aside's verb with "him" for its object links X with the
    /// sentence's subject, the one told before; "who met her counterpart" is no such object.
    func testWhoVisitedHimLinksTheSubjectToldBefore() {
        let lib = library([
            "After his coalition collapsed in 2006, former Swedish Prime Minister Jonas Berg returned to teaching in Uppsala.",
            "He remained close to German Chancellor Erika Sommer, who visited him in Uppsala in 2019.",
            "Berg also admired Norwegian Prime Minister Lina Holm, who met her counterpart in Oslo in 2015.",
        ], published: Day(2026, 11, 20)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Erika Sommer + Jonas Berg"], [Day(2019, 1, 1)!], "\(t)")
        XCTAssertNil(t["Jonas Berg + Lina Holm"], "\(t)")
    }

    /// "X and Y spoke by phone with Z. The two sides agreed to hold a summit in February": after three people linked,
    /// "the two sides" are delegations, not the pair X and Y.
    func testTwoSidesAfterACallOfThreeLinkNoPair() {
        let lib = library([
            "European Council President Marco Ferri presented the conclusions alongside Commission President Lena Vogt early on Friday.",
            "On Thursday evening, Ferri and Vogt spoke by phone with Indian Prime Minister Ravi Nair about trade. The two sides agreed to hold a summit in New Delhi in February.",
        ], published: Day(2026, 12, 18)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Marco Ferri + Ravi Nair"], [Day(2026, 12, 17)!], "\(t)")
        XCTAssertFalse(t.values.contains { $0.contains(Day(2027, 2, 1)!) }, "\(t)")
    }

    /// "NORA HALLORAN: Good morning, Minister.": an upper-case label opening two paragraphs names the host, whom the
    /// text names nowhere else; an office ("THE PRESIDENT:") or a dateline ("NEW DELHI:") names no one.
    func testUpperCaseSpeakerLabelsNameTheirSpeaker() {
        let lib = library([
            "NEW DELHI: The following is the transcript of an interview with Foreign Minister Arun Mehta.",
            "NORA HALLORAN: Good morning, Minister. You met Secretary of State Paul Grady this week?",
            "ARUN MEHTA: Yes. I met Secretary Grady on Tuesday.",
            "NORA HALLORAN: Thank you.",
            "THE PRESIDENT: Thank you all.",
            "THE PRESIDENT: Good night.",
        ], published: Day(2026, 12, 6)!)
        let names = lib.people.map(\.name)
        XCTAssertTrue(names.contains("Nora Halloran"), "\(names)")
        XCTAssertFalse(names.contains { $0.lowercased().contains("president") || $0.lowercased().contains("delhi") }, "\(names)")
    }

    /// "X, a former Swedish prime minister, has died": an obituary's appositive office after "a" (or "the") and
    /// "former" still names its holder; "a Swedish businessman" holds no office.
    func testAppositiveFormerOfficeNamesItsHolder() {
        let lib = library([
            "Jonas Berg, a former Swedish prime minister, has died, his family said on Wednesday.",
            "Ola Lindqvist, a Swedish businessman, paid tribute.",
            "Berg met President Ronald Hale in 1983.",
        ], published: Day(2026, 11, 12)!)
        let names = lib.people.map(\.name)
        XCTAssertTrue(names.contains("Jonas Berg"), "\(names)")
        XCTAssertFalse(names.contains("Ola Lindqvist"), "\(names)")
    }

    /// "In the spring of 1983 he … Later that year he … ¶ The following year, he flew to Moscow for the funeral of A,
    /// where he met B": the year told before, the year after it, and "he" after A is the "he" that opened the sentence.
    func testFollowingYearAndARepeatedPronounAfterAName() {
        let lib = library([
            "Former Belgian Prime Minister Hendrik Veldman has died, his family said on Wednesday.",
            "In the spring of 1983 he travelled to Washington for talks with President Ronald Hale. Later that year he received French President Jean Moreau in Brussels.",
            "The following year, he flew to Moscow for the funeral of Yuri Antonov, where he briefly met Soviet leader Pavel Chernov.",
        ], published: Day(2026, 11, 12)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Hendrik Veldman + Ronald Hale"], [Day(1983, 3, 1)!], "\(t)")
        XCTAssertEqual(t["Hendrik Veldman + Pavel Chernov"], [Day(1984, 1, 1)!], "\(t)")
        XCTAssertEqual(t["Hendrik Veldman + Jean Moreau"], [Day(1983, 1, 1)!], "\(t)")
    }

    /// "X hosted Y for dinner on Monday, two days after she spoke by phone with Z": "she" after "after" (or "said")
    /// is the subject opening the clause, so X spoke with Z, not Y.
    func testPronounAfterASubordinatorIsTheClausesSubject() {
        let lib = library([
            "Commission President Lena Vogt hosted Canadian Prime Minister Mark Dorsey for dinner on Monday evening, two days after she spoke by phone with US President Ronald Hale.",
        ], published: Day(2026, 12, 14)!)
        let t = interactionDays(lib)
        XCTAssertEqual(t["Lena Vogt + Ronald Hale"], [Day(2026, 12, 12)!], "\(t)")
        XCTAssertNil(t["Mark Dorsey + Ronald Hale"], "\(t)")
        // "X thanked Y and said he had spoken with Z": "he" after "said" is X too.
        let said = library([
            "President Ana Petrova received High Representative Lena Vogt in Kyiv on Monday.",
            "Petrova thanked Vogt and said she had spoken with Council President Marco Ferri on Sunday.",
        ], published: Day(2026, 12, 22)!)
        let u = interactionDays(said)
        XCTAssertEqual(u["Ana Petrova + Marco Ferri"], [Day(2026, 12, 20)!], "\(u)")
        XCTAssertNil(u["Lena Vogt + Marco Ferri"], "\(u)")
    }

    /// "HOST: Have you spoken with Secretary X? ¶ GUEST: I have. We spoke on Thursday. And I will see him …": "we" (and
    /// "I" with "him") in the answer are the guest and the one the question linked the guest with.
    func testWeInAnAnswerAreTheGuestAndWhomTheQuestionNamed() throws {
        let text = """
        Transcript: Foreign Minister Claire Dubois on "Meet the Press", Dec. 13, 2026

        December 13, 2026

        NORA HALLORAN: Joining me now is Canada's foreign minister, Claire Dubois. Welcome, Minister.

        CLAIRE DUBOIS: Thank you, Nora.

        NORA HALLORAN: Have you spoken with Secretary Paul Grady since the tariff announcement?

        CLAIRE DUBOIS: I have. We spoke on Thursday for about forty minutes. And I will see him in Brussels on Wednesday.

        NORA HALLORAN: Prime Minister Mark Dorsey met President Chen Wei last month. Was that a mistake?
        """
        let article = try XCTUnwrap(ArticleParser.parse(text: text, path: "u32-transcript.txt"))
        let t = interactionDays(Library.build(from: [article]))
        XCTAssertEqual(t["Claire Dubois + Paul Grady", default: []].contains(Day(2026, 12, 10)!), true, "\(t)")
        // "And I will see him in Brussels on Wednesday": "I" and "him" are the same two.
        XCTAssertEqual(t["Claire Dubois + Paul Grady", default: []].contains(Day(2026, 12, 16)!), true, "\(t)")
    }
}
