import XCTest
@testable import StorylineCore

/// Official readouts and wires: transcripts with speaker labels, Indian releases that say "Prime Minister"
/// bare, royal courts' "His Majesty", visits whose encounters are told "During the visit".
final class ReadoutStyleTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Readout") -> Library {
        let article = Article(id: "r", path: "r.txt", title: title, published: Published(day: day),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return Library.build(from: [article])
    }

    /// Each pair's interaction dates ("A + B", names sorted).
    private func ties(_ lib: Library) -> [String: [TimeSpan?]] {
        Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.date)) }, uniquingKeysWith: +)
    }

    /// "Prime Minister recalled his visit …": a bare office opening a sentence is the one who holds it.
    func testABareOfficeOpeningASentenceIsItsHolder() {
        let lib = library([
            "Prime Minister Shri Ravi Menon held a telephone conversation with the President of Cyprus, H.E. Mr. Anil Perera, today.",
            "Prime Minister recalled his visit to Cyprus in June 2025.",
        ], published: Day(2026, 9, 2)!)
        let visit = lib.events.first { $0.date?.start == Day(2025, 6, 1) }
        XCTAssertEqual(visit?.participants, ["Ravi Menon"])
    }

    /// "…, Dr. Kamal Silva, who called on him on Monday": the courtesy call links the one named before
    /// "who" with the sentence's subject.
    func testACallOnHimInAWhoAsideLinksTheSubject() {
        let found = ties(library([
            "Prime Minister Ravi Menon thanked President Anil Perera for the visit of the Foreign Minister, Dr. Kamal Silva, who called on him in New Delhi on Monday.",
        ], published: Day(2026, 9, 2)!))
        XCTAssertEqual(found["Kamal Silva + Ravi Menon"]?.compactMap { $0?.start }, [Day(2026, 8, 31)!])
    }

    /// "Spokesperson Lin Hua: At the invitation of …": the speaker label names no party; "During the
    /// visit, X will meet Y" falls within the visit just told.
    func testASpeakerLabelIsNoPartyAndTheVisitDatesItsEncounters() {
        let lib = library([
            "Spokesperson Lin Hua: At the invitation of Premier Zhao Ming, Prime Minister Tom Berg will pay an official visit to China from October 19 to 23. During the visit, President Wu Gang will meet with Prime Minister Berg.",
        ], published: Day(2026, 10, 14)!)
        let found = ties(lib)
        XCTAssertNil(found["Lin Hua + Zhao Ming"])
        XCTAssertNotNil(found["Tom Berg + Zhao Ming"])
        XCTAssertEqual(found["Tom Berg + Wu Gang"]?.compactMap { $0?.start }, [Day(2026, 10, 19)!])
        XCTAssertTrue(lib.events.contains { $0.participants.contains("Wu Gang") && $0.date?.start == Day(2026, 10, 19) })
    }

    /// "Later on Monday, His Majesty received X, who conveyed a message from President Y": "His Majesty"
    /// is the king the article styled so; the messenger is no party to the message.
    func testHisMajestyIsTheKingAndAMessengerNoParty() {
        let found = ties(library([
            "His Majesty King Faisal II received a phone call on Monday from President Omar Nasser.",
            "Nasser thanked the King for his support.",
            "Later on Monday, His Majesty received Foreign Minister Sami Haddad at the palace, who conveyed a message from President Karim Adel.",
        ], published: Day(2026, 9, 21)!))
        XCTAssertEqual(found["Faisal II + Sami Haddad"]?.compactMap { $0?.start }, [Day(2026, 9, 21)!])
        XCTAssertNil(found["Karim Adel + Sami Haddad"])
        XCTAssertNil(found["Omar Nasser + Sami Haddad"])
    }

    /// "King X receives phone call from President Y, meets Foreign Minister Z": the second verb's subject is
    /// the sentence's, not the object of "from".
    func testAVerbAfterACommaDoesNotTakeTheObjectOfFrom() {
        let found = ties(library([
            "King Faisal II receives phone call from President Omar Nasser, meets Foreign Minister Sami Haddad",
        ], published: Day(2026, 9, 21)!))
        XCTAssertNil(found["Omar Nasser + Sami Haddad"])
    }

    /// "talks with Hungarian Minister of Foreign Affairs and Trade Peter Kovacs": a long office between
    /// the preposition and the name still leads to the name, so "the two sides" after it are that pair,
    /// not a pair an earlier question named.
    func testALongOfficeBeforeTheNameKeepsTheObject() {
        let found = ties(library([
            "Q: Some media say Foreign Minister Wang Lei may meet US Secretary of State Mark Ross next month. Can you confirm?",
            "A: On October 12, Foreign Minister Wang Lei held talks with Hungarian Minister of Foreign Affairs and Trade Peter Kovacs in Beijing. Regarding the railway, the two sides agreed to speed up the work.",
        ], published: Day(2026, 10, 14)!))
        XCTAssertEqual(found["Peter Kovacs + Wang Lei"]?.compactMap { $0?.start }.first, Day(2026, 10, 12)!)
        XCTAssertFalse(found["Mark Ross + Wang Lei", default: []].contains { $0?.start == Day(2026, 10, 12) })
    }

    /// "Director of the Office of His Majesty Alaa Batayneh": an office serving a body named with "the", "of"
    /// and a form of address is held by the name after it, no king.
    func testAnOfficeOfTheCourtIsHeldByTheNameAfterIt() {
        let lib = library([
            "The meeting was attended by Director of the Office of His Majesty Alaa Batayneh.",
        ], published: Day(2026, 9, 21)!)
        let person = lib.people.first { $0.name == "Alaa Batayneh" }
        XCTAssertEqual(person?.roles.first?.title, "Director")
        XCTAssertEqual(person?.leader, false)
    }
}
