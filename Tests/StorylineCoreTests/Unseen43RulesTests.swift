import XCTest
@testable import StorylineCore

/// Round 43 of news never seen: US and UK papers on a Korean president's diplomacy — a newspaper of record with
/// honorifics, a weekly with month-only dates and Korean names written without hyphens, a business daily and a
/// British daily with a predecessor's martial law and impeachment.
final class Unseen43RulesTests: XCTestCase {
    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// Every name the library's people go by.
    private func names(_ lib: Library) -> Set<String> { Set(lib.people.map(\.name)) }

    /// "Choi Sang Mok", "Ban Ki Moon": a Korean name written as a family name and two syllables, without a hyphen, is a
    /// person even with no title; "Choi" alone goes on with him, and "Mok" or "Un" is no one.
    func testKoreanNameWithoutHyphenIsAPerson() {
        let lib = oneArticleLibrary([
            "Choi Sang Mok has kept out of politics since leaving office.",
            "His former foreign minister, Kang Kyung Wha, dismissed the report as a rumour.",
            "Ban Ki Moon met Choi at his home in Sejong on Saturday. Ban later told reporters the talks were cordial.",
        ], published: Day(2026, 4, 13)!)
        let all = names(lib)
        XCTAssertTrue(all.contains("Choi Sang Mok"), "\(all)")
        XCTAssertTrue(all.contains("Kang Kyung Wha"), "\(all)")
        XCTAssertTrue(all.contains("Ban Ki Moon"), "\(all)")
        XCTAssertFalse(all.contains("Mok") || all.contains("Wha"), "\(all)")
        XCTAssertEqual(days(lib, "Ban", "Choi"), ["2026-04-11"])
        XCTAssertFalse(PersonRecognizer.isUnhyphenatedKoreanName(["Moon", "Base", "Alpha"]))
        XCTAssertEqual(NameKey.standaloneKeys(["Kim", "Jong", "Un"]), ["kim"])
    }

    /// "won the vote on 3 June last year": a day-first date followed by "last year" lies in that year, as "June 3 last year".
    func testDayFirstDateWithLastYear() {
        let lib = oneArticleLibrary([
            "President Jan Kowal, who won the runoff on 14 May last year, met Chancellor Eva Lind in Berlin on Tuesday.",
            "Kowal had first met Lind on 2 February this year in Warsaw.",
        ], published: Day(2026, 6, 17)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start.iso == "2025-05-14" }, "\(lib.events.map { $0.date?.start.iso ?? "-" })")
        XCTAssertFalse(lib.events.contains { $0.date?.start.iso == "2026-05-14" })
        XCTAssertEqual(days(lib, "Kowal", "Lind"), ["2026-02-02", "2026-06-16"])
    }

    /// "Shares of Daewoo Motor fell": a company named with the singular "Motor" is no person.
    func testMotorCompanyIsNoPerson() {
        let lib = oneArticleLibrary([
            "Industry Minister Park Sung-ho met executives from Daewoo Motor and Samsung Electronics on Monday.",
            "Shares of Daewoo Motor fell 2.3% in Seoul on Friday.",
        ], published: Day(2026, 10, 30)!)
        XCTAssertFalse(names(lib).contains { $0.contains("Motor") }, "\(names(lib))")
        XCTAssertTrue(names(lib).contains("Park Sung-ho"))
    }

    /// The type and first day of each event of the library, as "type@day".
    private func typed(_ lib: Library) -> [String] {
        lib.events.map { "\($0.type.rawValue)@\($0.date?.start.iso ?? "-")" }.sorted()
    }

    /// "met Trump in Tokyo a year ago": about this time last year (the month before to the month after), not the
    /// whole calendar year.
    func testAYearAgoIsAboutThisTimeLastYear() {
        let lib = oneArticleLibrary([
            "Spain, whose Prime Minister Pedro Sanz met Chancellor Eva Lind in Madrid a year ago, has since cooled on the plan.",
        ], published: Day(2026, 10, 30)!)
        let span = lib.relations.flatMap(\.interactions).compactMap(\.date).first
        XCTAssertEqual(span?.start.iso, "2025-09-01")
        XCTAssertEqual(span?.end.iso, "2025-11-30")
    }

    /// "raised the prospect in September of new levies": raising a matter is a statement; "raised $2 billion" is none.
    func testRaisingAProspectIsAStatement() {
        let lib = oneArticleLibrary([
            "But President Ana Ruiz raised the prospect in September of new levies on imported steel.",
        ], published: Day(2026, 10, 30)!)
        XCTAssertEqual(typed(lib), ["statement@2026-09-01"])
    }

    /// "Mr. Lind's stop in Japan, scheduled for Tuesday and Wednesday": a stop in a named place is a visit.
    func testStopInAPlaceIsAVisit() {
        let lib = oneArticleLibrary([
            "Chancellor Eva Lind's stop in Japan, scheduled for Tuesday and Wednesday, is expected to be more relaxed.",
        ], published: Day(2026, 1, 8)!)
        XCTAssertEqual(typed(lib).first, "visit@2026-01-13")
    }

    /// "met Wang on Tuesday to follow up on the summit": the ministers' talks are a meeting, not the summit followed up on.
    func testFollowingUpOnASummitIsNoSummit() {
        let lib = oneArticleLibrary([
            "Foreign Minister Ana Ruiz met her Chinese counterpart, Wang Yi, on Tuesday to follow up on the summit.",
        ], published: Day(2026, 1, 8)!)
        XCTAssertEqual(typed(lib), ["meeting@2026-01-06"])
    }

    /// "dismissed Seoul's offers of dialogue as a pipe dream in August": dialogue offered is a topic of the statement.
    func testOffersOfDialogueAreNoMeeting() {
        let lib = oneArticleLibrary([
            "Jo Yong-won, the party secretary, dismissed Seoul's offers of dialogue as a pipe dream in August.",
        ], published: Day(2026, 2, 12)!)
        XCTAssertEqual(typed(lib), ["statement@2025-08-01"])
    }

    /// "In January he was received in Beijing. A week later he was in Nara": a week after a month is that month
    /// moved on a week, not the week after it ends.
    func testAWeekLaterAfterAMonthStaysNearThatMonth() {
        let lib = oneArticleLibrary([
            "In January President Jan Kowal squeezed two summits into ten days. He was received in Beijing by Chinese leader "
                + "Wei Ming. A week later he was in Nara for a meeting with Prime Minister Aiko Mori.",
        ], published: Day(2026, 2, 12)!)
        let span = lib.relations.first { $0.people.contains("Aiko Mori") }?.interactions.compactMap(\.date).first
        XCTAssertEqual(span?.start.iso, "2026-01-08", "\(lib.relations.map(\.people)) \(typed(lib))")
        XCTAssertEqual(span?.end.iso, "2026-02-07")
    }

    /// "was back in Berlin on Thursday preparing for a very different host: Mori, who will receive her next week": the
    /// encounter named by the noun happens when the host's ", who will receive her …" part says, not on the day told first.
    func testWhoWillReceiveHerDatesTheHostNoun() {
        let lib = oneArticleLibrary([
            "Chancellor Eva Lind was back in Berlin on Thursday preparing for a very different host: Prime Minister Aiko Mori "
                + "of Japan, who will receive her next week in Kyoto.",
        ], published: Day(2026, 1, 8)!)
        XCTAssertEqual(days(lib, "Lind", "Mori"), ["2026-01-12"])
    }

    /// "In September Mr Ruiz stood beside Mr Wei and Mr Orlov at a parade": standing beside people is being with them;
    /// "stood firm" meets no one.
    func testStandingBesideSomeoneIsAnEncounter() {
        let lib = oneArticleLibrary([
            "In September President Ana Ruiz stood beside President Wei Ming and President Pavel Orlov at a military parade in Beijing.",
            "President Jan Kowal stood firm against President Pavel Orlov in October.",
        ], published: Day(2026, 2, 12)!)
        XCTAssertEqual(days(lib, "Ruiz", "Wei"), ["2025-09-01"])
        XCTAssertEqual(days(lib, "Ruiz", "Orlov"), ["2025-09-01"])
        XCTAssertEqual(days(lib, "Kowal", "Orlov"), [])
    }

    /// "He hosted the heads of five conglomerates, including Choi and Park Sung-ho, on Oct. 16": those the object
    /// includes are met; and the bare "Kim" told before a full name the paragraph introduces later is the one told before.
    func testPeopleIncludedInTheObjectAreMet() {
        let lib = oneArticleLibrary([
            "President Kim Min-ho urged chaebol to keep their pledges. Steel Minister Kim Tae-hoon will travel to Washington.",
            "Kim, a former labour lawyer, has kept his distance from the talks. He hosted the heads of the country's five largest "
                + "conglomerates, including Choi Tae-won and Kim Seung-youn, at the presidential office on Oct. 16.",
        ], published: Day(2026, 10, 30)!)
        XCTAssertEqual(days(lib, "Kim Min-ho", "Choi"), ["2026-10-16"])
        XCTAssertEqual(days(lib, "Kim Min-ho", "Kim Seung-youn"), ["2026-10-16"])
    }

    /// "North Korea, which has ignored Seoul's offers, fired a missile on Sunday, hours before …": after a ", which …"
    /// part the verb ending in -ed is the clause's own, and its date dates an event (no participle set off by commas).
    func testVerbAfterAWhichPartIsNoSetOffParticiple() {
        let lib = oneArticleLibrary([
            "The northern state, which has ignored President Jan Kowal's offers of dialogue, fired a ballistic missile into "
                + "the sea on Sunday, hours before Kowal landed in Beijing.",
        ], published: Day(2026, 1, 8)!)
        XCTAssertTrue(lib.events.contains { $0.date?.start.iso == "2026-01-04" }, "\(typed(lib))")
    }

    /// "Ruiz, the northern leader, has said he …, though he has left the door open to President Orlov, whom he met three
    /// times during Orlov's first term": "he" is the name the clause opened on, and encounters counted take no day told before.
    func testHeAfterTheOpeningNameAndCountedEncounters() {
        let lib = oneArticleLibrary([
            "President Jan Kowal met Prime Minister Aiko Mori on Monday in Tokyo.",
            "The northern state fired a missile on Sunday, hours before Kowal landed in Tokyo. Ana Ruiz, the North's leader, "
                + "has said he sees no reason to talk to Kowal, though he has left the door open to President Pavel Orlov, "
                + "whom he met three times during Orlov's first term.",
        ], published: Day(2026, 1, 8)!)
        XCTAssertEqual(days(lib, "Kowal", "Orlov"), [])
        let ties = lib.relations.filter { $0.people.contains("Ana Ruiz") && $0.people.contains("Pavel Orlov") }.flatMap(\.interactions)
        XCTAssertEqual(ties.count, 1)
        XCTAssertNil(ties.first?.date)
    }

    /// "was welcomed by the King at Horse Guards Parade on Tuesday": a welcome by an office after "the" is a meeting,
    /// not a statement.
    func testWelcomedByTheKingIsAMeeting() {
        let lib = oneArticleLibrary([
            "President Jan Kowal, who is on a state visit, was welcomed by the King at the palace on Tuesday.",
        ], published: Day(2026, 6, 17)!)
        XCTAssertEqual(typed(lib), ["meeting@2026-06-16"])
    }

    /// "signed a pact in Downing Street on Wednesday. ¶ The agreement signed on Wednesday commits …": "The agreement"
    /// naming no one is the one told before, with its people, not a new event of nobody's.
    func testTheAgreementRefersToTheOneToldBefore() {
        let lib = oneArticleLibrary([
            "President Jan Kowal and Prime Minister Eva Lind signed a defence pact in Warsaw on Wednesday.",
            "The agreement signed on Wednesday commits the two governments to joint work on shipbuilding.",
        ], published: Day(2026, 6, 17)!)
        XCTAssertFalse(lib.events.contains { $0.participants.isEmpty }, "\(lib.events.map(\.participants))")
    }

    /// "won the snap election on 3 June last year and was sworn in the following day": the oath is no election; and
    /// "fired a ballistic missile on Sunday, hours before Kowal landed": the launch is no trip.
    func testSwornInAndMissileLaunchAreNoElectionOrVisit() {
        let lib = oneArticleLibrary([
            "President Jan Kowal won the snap election on 3 June last year and was sworn in the following day.",
            "The northern state fired a ballistic missile into the sea on Sunday, hours before Kowal landed in Beijing.",
        ], published: Day(2026, 1, 8)!)
        let all = typed(lib)
        XCTAssertTrue(all.contains("election@2025-06-03"), "\(all)")
        XCTAssertTrue(all.contains("other@2025-06-04"), "\(all)")
        XCTAssertTrue(all.contains("other@2026-01-04"), "\(all)")
    }
}
