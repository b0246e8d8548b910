import XCTest
@testable import StorylineCore

final class EventExtractorTests: XCTestCase {
    /// Mentions of `names` (surface = canonical name) wherever they occur in the block.
    private func mentions(_ article: Article, _ names: [String: String]) -> [Mention] {
        var out: [Mention] = []
        for (b, block) in article.blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            for (surface, person) in names {
                let s = Array(surface.unicodeScalars)
                guard s.count <= scalars.count else { continue }
                for i in 0...(scalars.count - s.count) where Array(scalars[i..<(i + s.count)]) == s {
                    out.append(Mention(person: person, surface: surface, article: article.id, block: b, offsetInBlock: i))
                }
            }
        }
        return out
    }

    private func article(_ id: String, published: String?, _ blocks: [Block]) -> Article {
        Article(id: id, path: "\(id).txt", title: "t", published: published.map { Published(day: Day(iso: $0)!) }, blocks: blocks)
    }

    /// "On the sidelines of the summit, X held talks with Y" (no date of its own) is a meeting on the day of
    /// the summit the story opened with, kept apart from it; "Separately, X called on Y" is on the day told;
    /// "the Saudi Crown Prince" is the prince named with that office in apposition.
    func testSideMeetingsAndSeparateItemsTakeTheStorysDay() {
        let a = article("side", published: "2026-12-02", [
            Block(kind: .paragraph, text: "Muscat, Dec 2 (ONA) -- His Majesty Sultan Khalid bin Hamdan today presided over the session of the council.", offset: 0),
            Block(kind: .paragraph, text: "The session was attended by His Royal Highness Prince Faisal bin Fahd Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia.", offset: 200),
            Block(kind: .paragraph, text: "On the sidelines of the summit, His Majesty the Sultan held bilateral talks with the Saudi Crown Prince on the railway.", offset: 400),
            Block(kind: .paragraph, text: "Separately, Governor Omar Haddad called on Prime Minister Ravi Kumar at the palace.", offset: 600),
        ])
        let events = Library.build(from: [a]).events
        let talks = events.filter { Set($0.participants) == ["Khalid bin Hamdan", "Faisal bin Fahd Al Saud"] }
        XCTAssertEqual(talks.map { $0.date?.start }, [Day(2026, 12, 2)], "\(events.map { ($0.summary, $0.participants) })")
        XCTAssertTrue(events.contains { $0.participants == ["Khalid bin Hamdan"] && $0.date?.start == Day(2026, 12, 2) },
                      "the session stays an event of its own")
        let separate = events.filter { Set($0.participants) == ["Omar Haddad", "Ravi Kumar"] }
        XCTAssertEqual(separate.map { $0.date?.start }, [Day(2026, 12, 2)])
    }

    /// "His Majesty also met Sheikh Tamim" opening the paragraph after a side meeting: the Sultan's further
    /// meeting on that day, an event apart from the session he opened.
    func testAFurtherEncounterByAFormOfAddress() {
        let a = article("further", published: "2026-12-02", [
            Block(kind: .paragraph, text: "Muscat, Dec 2 (ONA) -- His Majesty Sultan Khalid bin Hamdan today presided over the session of the council.", offset: 0),
            Block(kind: .paragraph, text: "On the sidelines of the summit, Sultan Khalid bin Hamdan held talks with President Omar Haddad.", offset: 200),
            Block(kind: .paragraph, text: "His Majesty also met Sheikh Nasser bin Ali Al Thani and discussed cooperation in energy.", offset: 400),
        ])
        let events = Library.build(from: [a]).events
        XCTAssertEqual(events.filter { Set($0.participants) == ["Khalid bin Hamdan", "Nasser bin Ali Al Thani"] }.map { $0.date?.start },
                       [Day(2026, 12, 2)], "\(events.map { ($0.summary, $0.participants) })")
        XCTAssertTrue(events.contains { $0.participants == ["Khalid bin Hamdan"] }, "the session stays an event of its own")
    }

    /// A person in an aside about another time ("since her predecessor Ana Roe's trip in 2024", "before
    /// Wu Lin's visit next week") takes no part in the clause's event, and the aside's date is the aside's
    /// event, with the aside's people; the name set off before "announced" is who announced.
    func testAsidesThatPartsAndApposedSpeakers() {
        let texts = ["Mia Sol is the first foreign minister to visit Beijing since her predecessor Ana Roe's trip in 2024.",
                     "Tom Hart met Ben Cole on Monday before Wu Lin's visit next week.",
                     "Tom Hart and Wu Lin will meet in Geneva on Friday, the bloc's top diplomat, Ana Roe, announced on Wednesday."]
        let a = article("asides", published: "2026-02-12", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let names = ["Mia Sol": "Mia Sol", "Ana Roe": "Ana Roe", "Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole", "Wu Lin": "Wu Lin"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        func people(_ iso: String) -> [[String]] { events.filter { $0.date?.start.iso == iso }.map(\.participants) }
        XCTAssertEqual(people("2024-01-01"), [["Ana Roe"]])
        XCTAssertEqual(people("2026-02-09"), [["Tom Hart", "Ben Cole"]])
        XCTAssertEqual(people("2026-02-16"), [["Wu Lin"]])
        XCTAssertEqual(people("2026-02-11"), [["Ana Roe"]])
    }

    /// Readout and wire constructions: "called on Chancellor X" is a meeting; "agreed to convene … in November"
    /// is a planned meeting; ", and held a working breakfast with X on Thursday" is the subject's; "Y said A and
    /// B had agreed to meet" leaves the speaker out of the meeting.
    func testCourtesyCallsConveningBreakfastsAndReportedMeetings() {
        let texts = ["Minister Tom Hart called on Chancellor Ben Cole earlier in the day.",
                     "Tom Hart met Ben Cole on Saturday evening, and the two leaders agreed to convene the joint commission in Harare in November.",
                     "Ana Roe spoke by phone with Tom Hart on Wednesday night, according to the ministry, and held a working breakfast with Wu Lin on Thursday.",
                     "Spokesman Mia Sol said Tom Hart and Ben Cole had agreed to meet in the coming months."]
        let a = article("readout", published: "2026-08-17", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let names = ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole", "Ana Roe": "Ana Roe", "Wu Lin": "Wu Lin", "Mia Sol": "Mia Sol"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-08-17" }?.type, .meeting)
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-11-01" }?.type, .meeting)
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-08-13" }?.participants, ["Ana Roe", "Wu Lin"])
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-08-18" }?.participants, ["Tom Hart", "Ben Cole"])
    }

    /// "called on the prime minister" is a courtesy call on an office holder, a meeting; "met X on the 13th to
    /// discuss the global agreement" is a meeting, the agreement only its topic.
    func testACallOnAnOfficeAndAnAgreementAsATopic() {
        let texts = ["On Tuesday, Chief Minister Tom Hart called on the prime minister and briefed him on security.",
                     "Ana Roe met the high representative, Wu Lin, on the 13th to discuss the modernised global agreement."]
        let a = article("topics", published: "2026-03-16", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let names = ["Tom Hart": "Tom Hart", "Ana Roe": "Ana Roe", "Wu Lin": "Wu Lin"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-03-10" }?.type, .meeting)
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-03-13" }?.type, .meeting)
    }

    /// "phoned B on Tuesday …, the presidency said, a day after A told C by phone …": the part after "a day
    /// after" is its own call, on the Monday.
    func testADayAfterSetOffByACommaIsTheDayBefore() {
        let text = "Tom Hart phoned Ben Cole on Tuesday and urged him to agree to a truce, the presidency said, "
            + "a day after the leader told Ana Roe by phone that talks could resume."
        let a = article("wire", published: "2026-04-22", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole", "Ana Roe": "Ana Roe"]))
        let monday = events.first { $0.date?.start.iso == "2026-04-20" }
        XCTAssertEqual(monday?.type, .phoneCall)
        XCTAssertTrue(monday?.participants.contains("Ana Roe") ?? false)
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-04-21" }?.participants, ["Tom Hart", "Ben Cole"])
    }

    /// A readout paragraph naming no one: "Recalling their telephone conversation in July 2025, the leaders …"
    /// is a call of the two leaders named before ("the leaders" after a comma refers to them too).
    func testTheLeadersAfterACommaAreTheTwoNamedBefore() {
        let texts = ["Prime Minister Tom Hart held talks with Chancellor Ben Cole in New Delhi today.",
                     "Recalling their telephone conversation in July 2025, the leaders expressed satisfaction with the partnership."]
        let a = article("readout", published: "2026-03-05", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole"]))
        XCTAssertEqual(events.first { $0.date?.start.iso == "2025-07-01" }?.participants.sorted(), ["Ben Cole", "Tom Hart"])
    }

    /// "The two are to meet …" after a sentence naming two leaders and the spokesman who reported it:
    /// the two named first meet.
    func testTheTwoAloneAreTheFirstTwoNamed() {
        let text = "On Tuesday evening, Tom Hart spoke by telephone with Paul Morel, government spokesman Ben Cole said. "
            + "The two are to meet in Paris on 16 March."
        let a = article("two", published: "2026-03-04", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Paul Morel": "Paul Morel", "Ben Cole": "Ben Cole"]))
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-03-16" }?.participants, ["Tom Hart", "Paul Morel"])
    }

    /// "…, Communications Minister Ben Cole said at the press conference": the one who reports a meeting
    /// takes no part in it.
    func testTrailingSpeakerTakesNoPartInTheMeeting() {
        let text = "Earlier today, Tom Hart chaired the weekly Cabinet meeting in Putrajaya, where ministers were briefed, "
            + "Communications Minister Ben Cole said at the post-Cabinet press conference."
        let a = article("cabinet", published: "2026-06-23", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole"]))
        XCTAssertEqual(events.map(\.participants), [["Tom Hart"]])
    }

    /// "…, Hart's office said": a person whose office reports a planned trip takes no part in it.
    func testAnOfficeThatSpeaksForSomeoneLeavesThemOut() {
        let text = "Premier Ben Cole is expected to travel to Detroit on Dec. 3 for a ceremony marking the bridge opening, Tom Hart's office said."
        let a = article("office", published: "2026-11-19", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole"]))
        XCTAssertEqual(events.map(\.participants), [["Ben Cole"]])
    }

    /// "Around 3.5 lakh Indian tourists visited the island last year": a head count is a statistic, no event.
    func testAHeadCountVisitingIsNoEvent() {
        let texts = ["Around 3.5 lakh Indian tourists visited the island nation last year, he said.",
                     "Two million pilgrims visited Mecca in June.",
                     "Delegates from 40 countries met in Geneva on Monday."]
        let a = article("crowd", published: "2026-11-19", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let events = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(events.compactMap { $0.date?.start.iso }, ["2026-11-16"])
    }

    /// "met the visiting leader on Wednesday evening": a meeting with a guest, not a visit of the one who met him.
    func testMeetingTheVisitingLeaderIsAMeeting() {
        let texts = ["Minister Tom Hart met the visiting leader on Wednesday evening.",
                     "Tom Hart is visiting Lagos on Thursday."]
        let a = article("guest", published: "2026-11-19", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart"]))
        XCTAssertEqual(events.map(\.type), [.meeting, .visit])
    }

    /// "X, the younger sister of the leader Y, issued a statement Saturday": Y takes no part in it.
    func testTheRelativeNamedInAnAppositiveTakesNoPart() {
        let text = "Ana Roe, the powerful younger sister of Tom Hart, issued a statement Saturday denouncing the drills."
        let a = article("kin", published: "2026-11-22", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Ana Roe": "Ana Roe", "Tom Hart": "Tom Hart"]))
        XCTAssertEqual(events.map(\.participants), [["Ana Roe"]])
    }

    /// "is expected in Bamako later this month": a person expected in a named place is a visit.
    func testExpectedInAPlaceIsAVisit() {
        let text = "Burkina Faso's Capt. Tom Hart is expected in Bamako later this month."
        let a = article("expected", published: "2026-03-04", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart"]))
        XCTAssertEqual(events.map(\.type), [.visit])
    }

    /// "to discuss the 2027 budget": a year that names a document dates no second event.
    func testYearNamingADocumentDatesNoEvent() {
        let text = "Tom Hart met Paul Morel on Monday to discuss the 2027 national budget, and later presented the 2026 annual report."
        let a = article("budget", published: "2026-11-18", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Paul Morel": "Paul Morel"]))
        XCTAssertEqual(events.compactMap { $0.date?.start.iso }, ["2026-11-16"])
    }

    /// "the mediation mission he led to Lomé": a mission to a place is a visit.
    func testMissionToAPlaceIsAVisit() {
        let text = "The Authority commends Tom Hart for the mediation mission he led to Lomé on 2 December 2026."
        let a = article("mission", published: "2026-12-14", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart"]))
        XCTAssertEqual(events.map(\.type), [.visit])
    }

    /// "Done at Lomé, this 3rd day of March 2027": a communiqué's closing formula is no event.
    func testClosingFormulaIsNoEvent() {
        let blocks = ["The Authority decides to meet again on 21 June 2027 in Lomé.", "Done at Lomé, this 3rd day of March 2027."]
        var offset = 0
        let a = article("done", published: "2027-03-03", blocks.map { t in
            defer { offset += t.unicodeScalars.count + 1 }
            return Block(kind: .paragraph, text: t, offset: offset)
        })
        let events = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(events.compactMap { $0.date?.start.iso }, ["2027-06-21"])
    }

    /// "telephoned … to brief him on the accord" is a phone call, not the accord.
    func testTelephonedIsACall() {
        let text = "According to the presidency, Tom Hart also telephoned Paul Morel on Tuesday to brief him on the accord."
        let a = article("call", published: "2026-04-08", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Paul Morel": "Paul Morel"]))
        XCTAssertEqual(events.map(\.type), [.phoneCall])
    }

    func testWireStoryGivesOneDatedMeetingWithParticipantsPlacesAndSource() {
        let text = "BERLIN, March 3 (Reuters) - Chancellor Anna Weber met French President Paul Morel in Berlin on Monday. "
            + "The economy grew for six months."
        let a = article("wire", published: "2025-03-04", [Block(kind: .paragraph, text: text, offset: 100)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Anna Weber": "Anna Weber", "Paul Morel": "Paul Morel"]))
        XCTAssertEqual(events.count, 1)
        let e = events[0]
        XCTAssertEqual(e.date, TimeSpan(day: Day(2025, 3, 3)!))
        XCTAssertEqual(e.type, .meeting)
        XCTAssertEqual(e.status, .occurred)
        XCTAssertEqual(e.participants, ["Anna Weber", "Paul Morel"])
        XCTAssertEqual(e.places, ["Berlin"])
        XCTAssertEqual(e.sources.first?.offset, 100)
        XCTAssertEqual(e.sources.first?.block, 0)
        XCTAssertTrue(e.sources.first!.sentence.hasPrefix("BERLIN, March 3"))
    }

    func testTypesFromPredicateCues() {
        let cases: [(String, EventType)] = [
            ("Ms. Rossi held phone talks with Mr. Dube on June 2.", .phoneCall),
            ("The two leaders held a summit in Hanoi on June 2.", .summit),
            ("Rossi said on June 2 that taxes would fall.", .statement),
            ("Voters went to the polls on June 2.", .election),
            ("Rossi and Dube signed a trade deal on June 2.", .agreement),
            ("The ministry announced the plan on June 2.", .announcement),
            ("Rossi told a press conference on June 2 that she would stay.", .pressConference),
            ("Rossi will visit Pretoria on June 9.", .visit),
            ("Rossi is expected to travel to Pretoria on June 9.", .visit),
            ("Rossi and Dube shake hands in Hanoi on June 2.", .meeting),
            ("Rossi criticised the deal on June 2, calling it weak.", .statement),
            ("Rossi hailed the summit on June 2.", .statement),
            ("Rossi will lead a business mission to Pretoria from June 9 to 12, her office said in a statement.", .visit),
            ("The peacekeeping mission in Mali ended on June 2.", .other),
            ("Rossi, who faces Dube in Sunday's runoff, declined to comment.", .election),
            ("Tomas Dube, a federal lawmaker who moved to Spain in March 2025, denied any wrongdoing.", .other),
        ]
        for (text, type) in cases {
            let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
            XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.type, type, text)
        }
    }

    func testFutureTenseMakesAPlannedEvent() {
        let a = article("p", published: "2025-06-05", [Block(kind: .paragraph, text: "Rossi will visit Pretoria on Friday.", offset: 0)])
        let e = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(e.first?.status, .planned)
        XCTAssertEqual(e.first?.date, TimeSpan(day: Day(2025, 6, 6)!))
    }

    func testModalMayPlansAndSinceStartsAStateNotAnEvent() {
        let a = article("m", published: "2025-07-08", [
            Block(kind: .paragraph, text: "Milei may visit Brasilia later this year. The party has governed since December 2023.", offset: 0),
        ])
        let e = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(e.count, 1)
        XCTAssertEqual(e.first?.status, .planned)
        XCTAssertEqual(e.first?.places, ["Brasilia"])
    }

    func testUndatedAndDurationOnlyClausesAreNotEvents() {
        let a = article("n", published: "2025-06-05", [
            Block(kind: .paragraph, text: "Rossi has led the party for 11 years. Talks may resume. Posted June 5, 2025 07:27", offset: 0),
        ])
        XCTAssertEqual(EventExtractor.extract(article: a, mentions: []), [])
    }

    func testTimelineEntryClausesResolveAgainstTheEntryDate() {
        let entry = "Mar 2, 2026 \u{2013} Rossi and Dube agree to hold a summit in Lusaka the following month [4]; "
            + "both leaders say they will cooperate [5]; Dube recalls their previous summit (Nov 20) [6]."
        let a = article("tl", published: nil, [Block(kind: .timelineEntry, text: entry, offset: 0, dateLabel: "Mar 2, 2026")])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Ana Rossi", "Dube": "Sipho Dube"]))
        let summary = events.map { "\($0.date!.start.iso)/\($0.date!.granularity.rawValue)/\($0.type.rawValue)" }
        // "both leaders say …" names nobody and has no date of its own: it stays part of the first event.
        XCTAssertEqual(summary, ["2026-03-02/day/agreement", "2026-04-01/month/summit", "2026-03-02/day/statement",
                                 "2025-11-20/day/summit"])
        XCTAssertEqual(events[0].summary, "Rossi and Dube agree to hold a summit in Lusaka the following month")
        XCTAssertEqual(events[1].status, .planned)
        XCTAssertEqual(events[1].places, ["Lusaka"])
        XCTAssertEqual(events[3].participants, ["Sipho Dube"])
    }

    func testOneDayAfterIsDatedFromAnEventTheArticleAlreadyDated() {
        let a = article("rel", published: "2025-06-11", [
            Block(kind: .caption, text: "Rossi speaks on the phone with Dube on June 10.", offset: 0),
            Block(kind: .paragraph, text: "The call with Dube came just one day after speaking with Okafor \u{2014} a quick sequence.", offset: 50),
        ])
        let names = ["Rossi": "Ana Rossi", "Dube": "Sipho Dube", "Okafor": "Ngozi Okafor"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        let earlier = events.first { $0.expression == "one day after" }
        XCTAssertEqual(earlier?.date, TimeSpan(day: Day(2025, 6, 9)!))
        XCTAssertEqual(earlier?.type, .phoneCall)
        XCTAssertEqual(earlier?.participants, ["Ana Rossi", "Ngozi Okafor"])
    }

    /// "a week after X spoke with the President of Côte d'Ivoire, Alassane Koffi, on …": the name in apposition
    /// after the office's comma takes part in the call dated from the article's visit.
    func testANameInAppositionAfterAnOfficeTakesPartInTheEventAWeekBefore() {
        let a = article("rel7", published: "2026-10-15", [
            Block(kind: .paragraph, text: "President Bola Adeyemi on Wednesday hosted President Malick Sow in Abuja.", offset: 0),
            Block(kind: .paragraph, text: "The visit came a week after Adeyemi spoke on the telephone with the President of Côte d'Ivoire, Alassane Koffi, on the standby force.", offset: 80),
        ])
        let names = ["Bola Adeyemi": "Bola Adeyemi", "Adeyemi": "Bola Adeyemi", "Malick Sow": "Malick Sow", "Alassane Koffi": "Alassane Koffi"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        let call = events.first { $0.expression == "a week after" }
        XCTAssertEqual(call?.date, TimeSpan(day: Day(2026, 10, 7)!))
        XCTAssertEqual(call?.participants, ["Bola Adeyemi", "Alassane Koffi"])
    }

    /// "received X on Wednesday, June 3, two weeks before the European Council": the date after the comma is the
    /// council's, and no one of the clause takes part in it; the meeting keeps June 3.
    func testTwoWeeksBeforeAnUnnamedEventDatesNoEventOfTheClause() {
        let a = article("rel8", published: "2026-06-04", [
            Block(kind: .paragraph, text: "Paul Morel received Chancellor Karl Brandt for a working dinner on Wednesday, June 3, two weeks before the European Council in Brussels.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Paul Morel": "Paul Morel", "Karl Brandt": "Karl Brandt"]))
        XCTAssertEqual(events.map { $0.date?.start.iso ?? "-" }, ["2026-06-03"], "\(events.map(\.summary))")
    }

    /// "The Sultan arrived on Monday evening …" after a lead on Tuesday sets the visit up: "Earlier in the day, X called
    /// on the Sultan" two paragraphs on is a meeting on Tuesday, the lead's day.
    func testACourtesyCallAfterAnArrivalTheEveBeforeIsOnTheLeadsDay() {
        let texts = ["Prime Minister Lim Wei and Sultan Omar Saleh on Tuesday (Jun 16) reaffirmed a currency pact at the Istana.",
                     "The Sultan arrived in Singapore on Monday evening and was received by Tan Boon at Changi Airport.",
                     "At a joint press conference at 17:30, Lim Wei said the two sides had also signed a memorandum.",
                     "Earlier in the day, Coordinating Minister Raj Kumar called on the Sultan at the Shangri-La Hotel."]
        let a = article("eve", published: "2026-06-16", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let names = ["Lim Wei": "Lim Wei", "Omar Saleh": "Omar Saleh", "Sultan": "Omar Saleh", "Tan Boon": "Tan Boon", "Raj Kumar": "Raj Kumar"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        let call = events.first { $0.participants.contains("Raj Kumar") }
        XCTAssertEqual(call?.date?.start, Day(2026, 6, 16), "\(events.map { ($0.date?.start.iso ?? "-", $0.summary) })")
        XCTAssertEqual(call?.type, .meeting)
    }

    /// "had also spoken on Tuesday, June 2, with Prime Minister X": a conversation with someone, whatever date is
    /// set off between the verb and "with", is a call, not a statement.
    func testSpokenWithSomeoneAfterADateSetOffIsACall() {
        let a = article("spk", published: "2026-06-04", [
            Block(kind: .paragraph, text: "Paul Morel had also spoken on Tuesday, June 2, with Polish Prime Minister Jan Nowak about drones.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Paul Morel": "Paul Morel", "Jan Nowak": "Jan Nowak"]))
        XCTAssertEqual(events.map(\.type), [.phoneCall])
    }

    /// "The visit came a week after X spoke with Y": the article's visit dates the call before it.
    func testTheArticlesOwnEventDatesWhatCameAWeekBefore() {
        let a = article("rel3", published: "2026-06-18", [
            Block(kind: .paragraph, text: "President Paul Morel welcomed Ravi Kumar to Paris on Wednesday.", offset: 0),
            Block(kind: .paragraph, text: "The visit came a week after Kumar spoke by phone with Ivan Orlov.", offset: 80),
        ])
        let names = ["Paul Morel": "Paul Morel", "Ravi Kumar": "Ravi Kumar", "Kumar": "Ravi Kumar", "Ivan Orlov": "Ivan Orlov"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        let call = events.first { $0.expression == "a week after" }
        XCTAssertEqual(call?.date, TimeSpan(day: Day(2026, 6, 10)!))
        XCTAssertEqual(call?.type, .phoneCall)
        XCTAssertEqual(call?.participants, ["Ravi Kumar", "Ivan Orlov"])
        let d = article("rel6", published: "2026-05-21", [
            Block(kind: .paragraph, text: "President Ana Rossi met Prime Minister Ravi Kumar in Lima on Thursday.", offset: 0),
            Block(kind: .paragraph, text: "The meeting came days after Kumar spoke with Ivan Orlov.", offset: 80),
            Block(kind: .paragraph, text: "It came days after the storm.", offset: 160),
        ])
        let fewDays = EventExtractor.extract(article: d, mentions: mentions(d, ["Ana Rossi": "Ana Rossi", "Ravi Kumar": "Ravi Kumar",
                                                                                "Kumar": "Ravi Kumar", "Ivan Orlov": "Ivan Orlov"]))
        XCTAssertEqual(fewDays.first { $0.expression == "days after" }?.date,
                       TimeSpan(start: Day(2026, 5, 15)!, end: Day(2026, 5, 20)!, granularity: .range), "some day in the week before")
        XCTAssertEqual(fewDays.count, 2, "nothing to measure from: no undated event")
        let b = article("rel4", published: "2026-04-07", [
            Block(kind: .paragraph, text: "Minister Cho Min held talks with Marco Diaz on Monday.", offset: 0),
            Block(kind: .paragraph, text: "The talks came about a week after Ana Rossi spoke by phone with Sipho Dube on March 30.", offset: 80),
        ])
        let told = EventExtractor.extract(article: b, mentions: mentions(b, ["Cho Min": "Cho Min", "Marco Diaz": "Marco Diaz",
                                                                             "Ana Rossi": "Ana Rossi", "Sipho Dube": "Sipho Dube"]))
        XCTAssertEqual(told.filter { $0.sources.first?.block == 1 }.map(\.date), [TimeSpan(day: Day(2026, 3, 30)!)],
                       "the talks are told already; the call on March 30 is the one new event")
        let c = article("rel5", published: "2026-04-07", [
            Block(kind: .paragraph, text: "Minister Cho Min held talks with Marco Diaz on Monday.", offset: 0),
            Block(kind: .paragraph, text: "The talks came a week after Ana Rossi spoke by phone with Sipho Dube on March 30.", offset: 80),
        ])
        let stated = EventExtractor.extract(article: c, mentions: mentions(c, ["Cho Min": "Cho Min", "Marco Diaz": "Marco Diaz",
                                                                               "Ana Rossi": "Ana Rossi", "Sipho Dube": "Sipho Dube"]))
        XCTAssertEqual(stated.filter { $0.sources.first?.block == 1 }.map(\.type), [.phoneCall])
    }

    func testOneDayAfterWithNothingToMeasureFromStaysUndated() {
        let a = article("rel2", published: "2025-06-11", [
            Block(kind: .paragraph, text: "The call came one day after speaking with Okafor.", offset: 0),
        ])
        XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).map(\.date), [nil])
    }

    func testJanuaryArticleDatesLastDecemberInThePreviousYear() {
        let a = article("jan", published: "2026-01-05", [
            Block(kind: .paragraph, text: "Protesters marched on Dec. 28 and police said they had arrested dozens.", offset: 0),
        ])
        XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.date, TimeSpan(day: Day(2025, 12, 28)!))
    }

    func testPossessorIntroducingAnotherPersonIsNotAParticipant() {
        let a = article("pos", published: "2025-06-05", [
            Block(kind: .paragraph, text: "Rossi\u{2019}s security adviser Marco Neri said on June 4 that talks went well.", offset: 0),
        ])
        let e = EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Ana Rossi", "Marco Neri": "Marco Neri"]))
        XCTAssertEqual(e.first?.participants, ["Marco Neri"])
    }

    func testCaptionIsASourceAndCitationsLeaveTheSummary() {
        let a = article("cap", published: "2025-06-11", [
            Block(kind: .caption, text: "Rossi speaks on the phone with Dube on June 10. [27]", offset: 40),
        ])
        let e = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(e.first?.type, .phoneCall)
        XCTAssertEqual(e.first?.summary, "Rossi speaks on the phone with Dube on June 10")
        XCTAssertEqual(e.first?.sources.first?.offset, 40)
    }

    func testTheTwoLeadersInALaterParagraphAreThePeopleNamedBefore() {
        let a = article("g", published: "2026-07-02", [
            Block(kind: .paragraph, text: "Queen Amira received President Tomas Berg in Aqaba, the palace said.", offset: 0),
            Block(kind: .paragraph, text: "The two leaders met on Wednesday evening and discussed trade.", offset: 80),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Amira": "Amira", "Tomas Berg": "Tomas Berg"]))
        XCTAssertEqual(events.map(\.participants), [["Amira", "Tomas Berg"]])
        XCTAssertEqual(events.first?.date?.start.iso, "2026-07-01")
    }

    /// "The two presidents will attend …, an aide said": the pair named before acts; the aide only reports.
    func testTheTwoPresidentsStayParticipantsBesideANamedSpeaker() {
        let a = article("g", published: "2026-10-14", [
            Block(kind: .paragraph, text: "President Ivan Orlov held talks with President Anton Sidorenko on Wednesday.", offset: 0),
            Block(kind: .paragraph, text: "The two presidents will attend a council session on Thursday, aide Yury Belov said.", offset: 80),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Ivan Orlov": "Ivan Orlov", "Anton Sidorenko": "Anton Sidorenko",
                                                                               "Yury Belov": "Yury Belov"]))
        XCTAssertEqual(events.last?.participants, ["Ivan Orlov", "Anton Sidorenko", "Yury Belov"])
        XCTAssertEqual(events.last?.status, .planned)
    }

    /// "pledged on Tuesday …, as the two leaders met": the day's event is the meeting, not a statement.
    func testAPledgeMadeAsTheLeadersMetIsTheMeeting() {
        let a = article("as", published: "2026-04-22", [
            Block(kind: .paragraph, text: "President Ana Rossi and Prime Minister Ravi Kumar on Tuesday pledged to double trade, as the two leaders met in Brasilia.", offset: 0),
            Block(kind: .paragraph, text: "Kumar said on Wednesday that trade would grow, as prices rose.", offset: 200),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Ana Rossi": "Ana Rossi", "Ravi Kumar": "Ravi Kumar"]))
        XCTAssertEqual(events.map(\.type), [.meeting, .statement])
    }

    /// A country or its voters choosing someone is an election; a leader choosing a venue is not.
    func testACountryChoosingAPresidentIsAnElection() {
        let a = article("ch", published: "2026-03-01", [
            Block(kind: .paragraph, text: "And Chile in December chose Rosa Paz, the most conservative president in decades.", offset: 0),
            Block(kind: .paragraph, text: "Paz chose Lima for her first trip in January.", offset: 100),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rosa Paz": "Rosa Paz", "Paz": "Rosa Paz"]))
        XCTAssertEqual(events.first?.type, .election)
        XCTAssertNotEqual(events.last?.type, .election)
    }

    /// "X will meet Y on Wednesday, and Z is to meet him on Thursday": Z meets Y, not X.
    func testASecondPartWithItsOwnSubjectMeetsTheFirstPartsGuest() {
        let a = article("him", published: "2026-09-22", [
            Block(kind: .paragraph, text: "Premier Li Wen will meet Kofi Mensah on Wednesday, and top legislator Zhao Bo is scheduled to meet him on Thursday before he leaves.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Li Wen": "Li Wen", "Kofi Mensah": "Kofi Mensah", "Zhao Bo": "Zhao Bo"]))
        XCTAssertEqual(events.map(\.participants), [["Li Wen", "Kofi Mensah"], ["Kofi Mensah", "Zhao Bo"]])
    }

    /// "…, the foreign ministry said Tuesday": the ministry's saying is not the ministers' own act.
    func testAnOfficesSayingNamesNoneOfTheClausesPeople() {
        let a = article("say", published: "2026-04-07", [
            Block(kind: .paragraph, text: "Minister Cho Min held talks with Marco Diaz in Washington on Monday and agreed to speed up talks, the foreign ministry said Tuesday.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Cho Min": "Cho Min", "Marco Diaz": "Marco Diaz"]))
        // The saying names none of them, and it tells no event beside the talks it reports (round 22).
        XCTAssertEqual(events.map(\.participants), [["Cho Min", "Marco Diaz"]])
    }

    /// Receiving a person is a meeting; receiving a thing is not.
    /// With a second date in the clause (the report's day), each event keeps the people of its part;
    /// a description set off by commas after a name does not cut the name off its part.
    func testADescriptionAfterANameStaysInThePartOfItsDate() {
        let a = article("desc", published: "2026-11-22", [
            Block(kind: .paragraph, text: "Leader Ade Bello received Kofi Mensah, secretary of the Security Council, in Accra on Saturday and discussed trade, the agency reported Sunday.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Ade Bello": "Ade Bello", "Kofi Mensah": "Kofi Mensah"]))
        let meeting = events.first { $0.type == .meeting }
        XCTAssertEqual(meeting?.participants.sorted(), ["Ade Bello", "Kofi Mensah"])
        XCTAssertEqual(meeting?.date?.start, Day(2026, 11, 21))
    }

    func testReceivingAPersonIsAMeeting() {
        let a = article("recv", published: "2026-06-11", [
            Block(kind: .paragraph, text: "President Ade Bello on Thursday received his Ghanaian counterpart, Kofi Mensah, at the villa.", offset: 0),
            Block(kind: .paragraph, text: "The ministry received a letter from the union on Wednesday.", offset: 100),
            Block(kind: .paragraph, text: "Ade Bello will receive the Ghanaian leader again on Friday before he leaves.", offset: 200),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Ade Bello": "Ade Bello", "Kofi Mensah": "Kofi Mensah"]))
        XCTAssertEqual(events.map(\.type), [.meeting, .other, .meeting])
    }

    func testPhoneCourtesyCallsAndWelcomesAreTypedByWhatHappened() {
        let a = article("t", published: "2026-06-15", [
            Block(kind: .paragraph, text: "Last month, Berg spoke by phone with Premier Ivo Lund about grain.", offset: 0),
            Block(kind: .paragraph, text: "Berg also paid a courtesy call on King Olav on Tuesday afternoon.", offset: 80),
            Block(kind: .paragraph, text: "King Olav welcomed President Berg to the palace on Monday.", offset: 160),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Berg": "Berg", "Ivo Lund": "Ivo Lund", "Olav": "Olav"]))
        XCTAssertEqual(events.map(\.type), [.phoneCall, .meeting, .meeting])
    }

    func testATargetYearAfterByIsNotAnEvent() {
        let a = article("y", published: "2026-04-22", [
            Block(kind: .paragraph, text: "The two governments pledged to double trade by 2030.", offset: 0),
        ])
        XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).count, 0)
    }

    func testADateNamingAReferencePointIsThatThingsEventNotTheClauses() {
        // "following last December's crisis", "from the 1942 disaster": the date is the thing's,
        // which the clause only refers to; its event is told by the thing's own words.
        let a = article("p", published: "2025-06-11", [
            Block(kind: .paragraph, text: "Markets steadied after six months of uncertainty following last December's martial law crisis.", offset: 0),
            Block(kind: .paragraph, text: "Ms Adjei highlights plans for the recovery of remains from the 1942 mine disaster.", offset: 100),
            Block(kind: .paragraph, text: "Ms Adjei spoke ahead of Tuesday's vote in parliament.", offset: 200),
        ])
        let things = EventExtractor.extract(article: a, mentions: mentions(a, ["Adjei": "Ama Adjei"]))
        XCTAssertEqual(things.map(\.summary), ["last December's martial law crisis", "the 1942 mine disaster", "Tuesday's vote"])
        XCTAssertEqual(things.map(\.participants), [[], [], []], "the speaker took no part in what she refers to")
        XCTAssertEqual(things.map { $0.date?.start.iso }, ["2024-12-01", "1942-01-01", "2025-06-10"])

        // Where the clause's event is the thing dated, the clause tells it: "at the 2018 summit", "Tuesday's vote passed".
        let b = article("q", published: "2025-06-11", [
            Block(kind: .paragraph, text: "Ms Adjei met Mr Osei at the 2018 summit in Accra.", offset: 0),
            Block(kind: .paragraph, text: "Tuesday's vote in parliament passed the budget.", offset: 60),
        ])
        let kept = EventExtractor.extract(article: b, mentions: mentions(b, ["Adjei": "Ama Adjei", "Osei": "Kofi Osei"]))
        XCTAssertEqual(kept.map(\.summary), ["Ms Adjei met Mr Osei at the 2018 summit in Accra", "Tuesday's vote in parliament passed the budget"])
        XCTAssertEqual(kept.first?.participants, ["Ama Adjei", "Kofi Osei"])
    }

    func testACommaPartsARelativeClauseFromTheMainPredicate() {
        let a = article("r", published: "2026-05-06", [
            Block(kind: .paragraph, text: "Ms Adjei, who won the election in December 2024, is due to address parliament on Wednesday.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Adjei": "Ama Adjei"]))
        XCTAssertEqual(events.map(\.type), [.election, .statement])
        XCTAssertEqual(events.map(\.status), [.occurred, .planned], "due to speak later on the day of publication")

        // A part with no cue of its own does not borrow the main clause's: the call was on Monday.
        let b = article("s", published: "2026-02-18", [
            Block(kind: .paragraph, text: "Mr Osei, who took office last October, spoke by phone with Ms Adjei on Monday.", offset: 0),
        ])
        let calls = EventExtractor.extract(article: b, mentions: mentions(b, ["Osei": "Kofi Osei", "Adjei": "Ama Adjei"]))
        XCTAssertEqual(calls.map(\.type), [.other, .phoneCall])
        XCTAssertEqual(calls.map { $0.date?.start.iso }, ["2025-10-01", "2026-02-16"])

        // The same for a "since …" part: March is when Osei took office, not a meeting.
        let c = article("t", published: "2026-10-07", [
            Block(kind: .paragraph, text: "Ms Adjei hosted Mr Osei on Tuesday, their second meeting since Osei took office in March.", offset: 0),
        ])
        let meetings = EventExtractor.extract(article: c, mentions: mentions(c, ["Osei": "Kofi Osei", "Adjei": "Ama Adjei"]))
        XCTAssertEqual(meetings.map(\.type), [.meeting, .other])
        XCTAssertEqual(meetings.map { $0.date?.start.iso }, ["2026-10-06", "2026-03-01"])
    }

    func testEachDateOfASentenceTakesThePeopleOfItsOwnPart() {
        let a = article("p", published: "2026-09-25", [
            Block(kind: .paragraph, text: "Spokesman Ivan Sorokin told reporters on Friday that Petrov had accepted an invitation to visit Hanoi next year.", offset: 0),
            Block(kind: .paragraph, text: "Berg, who arrived in Doha on Tuesday, is set to fly to Muscat on Saturday to meet Sultan Haidar.", offset: 200),
            Block(kind: .paragraph, text: "Ortega said on Thursday that she told Ruiz in a phone call on Sunday that talks would go on.", offset: 400),
        ])
        let names = ["Ivan Sorokin": "Ivan Sorokin", "Petrov": "Petrov", "Berg": "Berg", "Haidar": "Haidar", "Ortega": "Ortega", "Ruiz": "Ruiz"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(events.map(\.participants), [["Ivan Sorokin"], ["Petrov"], ["Berg"], ["Berg", "Haidar"], ["Ortega"], ["Ortega", "Ruiz"]])
    }

    func testTheTwoLeadersAreTheArticlesMainPairNotTheLastNamed() {
        let a = article("m", published: "2026-02-10", [
            Block(kind: .paragraph, text: "Premier Ana Lind and President Juan Cruz agreed on Monday to expand drills.", offset: 0),
            Block(kind: .paragraph, text: "Lind told reporters the talks had gone well.", offset: 100),
            Block(kind: .paragraph, text: "Cruz, who arrived on Sunday, will meet King Olaf on Wednesday.", offset: 200),
            Block(kind: .paragraph, text: "The two leaders last held talks in Lima in November.", offset: 300),
        ])
        let names = ["Ana Lind": "Ana Lind", "Lind": "Ana Lind", "Juan Cruz": "Juan Cruz", "Cruz": "Juan Cruz", "Olaf": "Olaf"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(Set(events.last?.participants ?? []), ["Ana Lind", "Juan Cruz"])
    }

    func testAWireDatelineDoesNotDateTheLedesEvent() {
        let text = "SEOUL, March 5 (Yonhap) -- Kim met Ivanov in Pyongyang on Wednesday, state media reported Thursday."
        let a = article("d", published: "2026-03-05", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Kim": "Kim", "Ivanov": "Ivanov"]))
        XCTAssertEqual(events.map { "\($0.date!.start.iso) \($0.type.rawValue)" }, ["2026-03-04 meeting", "2026-03-05 statement"])
        let b = article("e", published: "2026-06-25", [Block(kind: .paragraph, text: "His sister dismissed the offer on Tuesday.", offset: 0)])
        XCTAssertEqual(EventExtractor.extract(article: b, mentions: []).map(\.type), [.statement])
    }

    func testADeadlineIsNotAnEventAndALeadersRetreatIsASummit() {
        let a = article("w", published: "2026-05-28", [
            Block(kind: .paragraph, text: "Officials would report back to both leaders by the end of 2026.", offset: 0),
            Block(kind: .paragraph, text: "Wong and Ibrahim held their annual retreat on Tuesday in Putrajaya.", offset: 100),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Wong": "Wong", "Ibrahim": "Ibrahim"]))
        XCTAssertEqual(events.map(\.type), [.summit])
    }

    func testAPronounInAReportedPartIsTheSpeaker() {
        let a = article("s", published: "2026-02-16", [
            Block(kind: .paragraph, text: "Cruz told reporters on Sunday that Lind had done well and that he planned to fly to Lima in the spring.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Cruz": "Juan Cruz", "Lind": "Ana Lind"]))
        XCTAssertEqual(events.last?.participants, ["Juan Cruz"])
        XCTAssertEqual(events.last?.type, .visit)
    }

    func testADayWordInsideAQuotationDatesNothing() {
        let a = article("q", published: "2026-10-08", [
            Block(kind: .paragraph, text: "\"Today we are sending a signal to the world,\" Lind said.", offset: 0),
            Block(kind: .paragraph, text: "Lind said today that the deal was done.", offset: 100),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind"]))
        XCTAssertEqual(events.map(\.summary), ["Lind said today that the deal was done"])
    }

    func testTheDayBeforeCountsFromTheDayThePreviousParagraphTold() {
        let a = article("k", published: "2026-04-07", [
            Block(kind: .paragraph, text: "Lind met the envoy Cruz in Kyiv on April 6 and announced a prisoner swap.", offset: 0),
            Block(kind: .paragraph, text: "Cruz arrived in the capital the day before, after talks in Istanbul.", offset: 100),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.map { $0.date?.start.iso }, ["2026-04-06", "2026-04-05"])
    }

    /// A paragraph that closes with the date of a saying still hands on the date of its event.
    func testTheDayBeforeInANewParagraphSkipsTheSayingDate() {
        let a = article("k", published: "2026-01-02", [
            Block(kind: .paragraph, text: "Lind and Cruz agreed in a phone call on Dec. 30 to reopen the border, the office said on Friday.", offset: 0),
            Block(kind: .paragraph, text: "The day before, Lind met Cruz in Chanthaburi.", offset: 200),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.last?.date?.start.iso, "2025-12-29")
    }

    /// "spoke with Sybiha", "had spoken to both leaders": a conversation, not a statement; "spoke to reporters" stays one.
    func testSpeakingWithSomeoneIsACall() {
        let a = article("c", published: "2026-02-24", [
            Block(kind: .paragraph, text: "Yesterday Lind spoke with Foreign Minister Cruz about energy.", offset: 0),
            Block(kind: .paragraph, text: "Lind said he had spoken to both leaders on Feb. 20.", offset: 100),
            Block(kind: .paragraph, text: "Lind spoke to reporters on Monday.", offset: 200),
            Block(kind: .paragraph, text: "Lind held talks with Cruz on Tuesday.", offset: 300),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.map(\.type), [.phoneCall, .phoneCall, .statement, .meeting])
    }

    /// "The leaders looked forward to meeting … in June" and "their meeting … on October 31" are the pair named before.
    func testTheLeadersAsASubjectAreThePairNamedBefore() {
        let a = article("r", published: "2026-01-14", [
            Block(kind: .paragraph, text: "Today, Prime Minister Lind spoke with Prime Minister Cruz.", offset: 0),
            Block(kind: .paragraph, text: "The leaders discussed energy, building on progress made since their meeting in Seoul on October 31.", offset: 100),
            Block(kind: .paragraph, text: "The leaders looked forward to meeting at the summit from June 14 to 16.", offset: 300),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.map { $0.date?.start.iso ?? "-" }, ["2026-01-14", "2025-10-31", "2026-06-14"])
        XCTAssertEqual(events.map { Set($0.participants) }, Array(repeating: ["Ana Lind", "Juan Cruz"], count: 3))
    }

    /// A date in a ", which …" part about a thing is that thing's: it names none of the clause's people.
    func testAWhichPartAboutAThingHasNoParticipants() {
        let a = article("w", published: "2026-06-10", [
            Block(kind: .paragraph, text: "Lind spoke with Cruz by phone on Sunday about the review of the trade pact, which is due by July 1.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.map { $0.date?.start.iso ?? "-" }, ["2026-06-07", "2026-07-01"])
        XCTAssertEqual(events.map(\.participants), [["Ana Lind", "Juan Cruz"], []])
    }

    /// A live-blog entry's posting day dates what it tells without a date; a date of its own wins; a denial is no event.
    func testAPostingDatesOnlyUndatedNews() {
        let a = article("l", published: "2026-08-18", [
            Block(kind: .timelineEntry, text: "Lind and Cruz signed a reconstruction package at the close of the conference.", offset: 0,
                  dateLabel: "2026-08-18 21:40"),
            Block(kind: .timelineEntry, text: "Lind spoke by phone with Cruz on Monday evening.", offset: 100, dateLabel: "2026-08-18 13:48"),
            Block(kind: .timelineEntry, text: "Oman's Sultan Cruz is not attending the conference.", offset: 200, dateLabel: "2026-08-18 11:02"),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        XCTAssertEqual(events.map { "\($0.date?.start.iso ?? "-") \($0.type.rawValue)" }, ["2026-08-18 agreement", "2026-08-17 phone_call"])
    }

    /// "…, Government House said on Friday": the saying of an office names only who is in its part.
    func testASayingByAnOfficeNamesNobodyOfTheClause() {
        let a = article("g", published: "2026-01-02", [
            Block(kind: .paragraph, text: "Lind and Cruz agreed in a phone call on Dec. 30 to reopen the border, Government House said on Friday.", offset: 0),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Lind": "Ana Lind", "Cruz": "Juan Cruz"]))
        // The saying names neither, and it tells no event beside the call it reports (round 22).
        XCTAssertEqual(events.map(\.participants), [["Ana Lind", "Juan Cruz"]])
    }

    /// A figure's rise or fall with a date is a statistic, not an event, unless a person or an
    /// event cue is in its clause; a dated happening without people ("the 1942 flood") stays.
    func testAFigureWithADateIsNoEvent() {
        let text = "Exports to the bloc fell by about a third last year, customs data showed. "
            + "Tourist arrivals rose 12 percent in March. "
            + "Inflation doubled in 2024 after the deal was signed. "
            + "Rossi's approval rating fell to 31% last month. "
            + "The mine was flooded in 1942."
        let a = article("fig", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Carla Rossi"]))
        XCTAssertEqual(events.map(\.expression), ["2024", "last month", "1942"])
        XCTAssertEqual(events.first { $0.expression == "last month" }?.participants, ["Carla Rossi"])
    }

    /// Hosting or attending a match or a show is no meeting; hosting a person still is; the "States"
    /// of "the United States" is no saying.
    func testHostingAMatchIsNoMeeting() {
        let cases: [(String, EventType)] = [
            ("Lima hosts the regional cup final on June 11.", .other),
            ("Rossi will attend Peru's first match in Cusco on June 12.", .other),
            ("Rossi hosted Dube in Rome on June 2.", .meeting),
            ("Rossi will attend the opening dinner in Lyon on June 12.", .meeting),
            ("The country votes on May 31 to choose a new president.", .election),
            ("Last week, Peru extradited 12 suspects to the United States.", .other),
            ("In a letter on June 2, Rossi states that the plan failed.", .statement),
        ]
        for (text, type) in cases {
            let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
            XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.type, type, text)
        }
    }

    /// A cue after ", and" types the next coordinated clause's date, not the date before it.
    func testACueAfterCommaAndBelongsToTheNextClause() {
        let text = "Her feud with Dube over tariffs in January 2025 cost the farmers dearly, and her visit to Pretoria on Feb. 3 did little to help."
        let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(events.map(\.type), [.other, .visit])
    }

    /// A "Key points" bullet over the story that a later paragraph tells in full gives no second
    /// event; a bullet nothing restates keeps its own.
    func testKeyPointBulletsRestatedByTheBodyGiveNoSecondEvent() {
        let body = "Vice President Rui Costa will lead a business mission to Beijing from September 14 to 18, the presidency said in a statement on Wednesday."
        let blocks = [
            Block(kind: .paragraph, text: "Key points", offset: 0),
            Block(kind: .paragraph, text: "- Vice President Costa travels to Beijing on September 14", offset: 11),
            Block(kind: .paragraph, text: "- Minister Ana Lima visits Lagos on October 2", offset: 70),
            Block(kind: .paragraph, text: body, offset: 120),
        ]
        let a = article("kp", published: "2026-09-02", blocks)
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Costa": "Rui Costa", "Ana Lima": "Ana Lima"]))
        let september = events.filter { $0.date?.start.iso == "2026-09-14" && $0.participants.contains("Rui Costa") }
        XCTAssertEqual(september.count, 1, "\(september.map(\.summary))")
        XCTAssertEqual(september.first?.sources.first?.block, 3)
        XCTAssertTrue(events.contains { $0.participants == ["Ana Lima"] && $0.date?.start.iso == "2026-10-02" })
    }

    /// "spoke by phone on Tuesday with his Spanish counterpart, Pedro Sanz, about the grid after last
    /// week's outage": the counterpart set off by commas takes part in the call.
    func testCounterpartInAppositionTakesPartInTheCall() {
        let text = "Prime Minister Rui Pinto said he spoke by phone on Tuesday with his Spanish counterpart, Pedro Sanz, "
            + "about the grid after last week's outage."
        let a = article("ap", published: "2026-11-19", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rui Pinto": "Rui Pinto", "Pedro Sanz": "Pedro Sanz"]))
        let call = events.first { $0.type == .phoneCall }
        XCTAssertEqual(call?.date?.start.iso, "2026-11-17")
        XCTAssertEqual(call?.participants, ["Rui Pinto", "Pedro Sanz"])
    }

    /// A correction or editor's note restates the story; its dates make no events.
    func testCorrectionNoteTellsNoEvent() {
        let a = article("c", published: "2026-05-18", [
            Block(kind: .paragraph, text: "Rossi met Dube in Accra on May 11.", offset: 0),
            Block(kind: .paragraph, text: "Correction, May 19: An earlier version of this story misstated where Rossi met Dube on May 11.", offset: 40),
            Block(kind: .paragraph, text: "Editor's note: Dube was interviewed on May 15, before the vote.", offset: 140),
        ])
        let e = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(e.count, 1)
        XCTAssertEqual(e.first?.date?.start.iso, "2026-05-11")
        XCTAssertTrue(EventExtractor.isCorrectionNote("CORRECTION: The vote was on Tuesday."))
        XCTAssertFalse(EventExtractor.isCorrectionNote("Corrections officers went on strike on Monday."))
    }

    /// What a clause reports is typed by its own predicate, not by the verb of saying around it;
    /// "accused" is a saying; receiving a delegation is a meeting.
    func testTypesOfReportedAndAttributedEvents() {
        let cases: [(String, EventType)] = [
            ("The storm made landfall late on June 2, flattening homes, the weather office said.", .other),
            ("Rebels shelled the town at dawn on June 2, the army said, hours after the talks ended.", .other),
            ("Rossi said a navy ship would leave port on June 9.", .other),
            ("Rossi said on June 2 that taxes would fall.", .statement),
            ("Rossi will visit Pretoria on June 9, her office said.", .visit),
            ("Dube accused the opposition on June 2 of lying.", .statement),
            ("Rossi received a delegation from the union on June 2.", .meeting),
            ("Rossi received a letter from the union on June 2.", .other),
        ]
        for (text, type) in cases {
            let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
            XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.type, type, text)
        }
    }

    /// "He held talks with Dube the same evening": the person the sentence before named takes part.
    func testSentenceOpeningPronounBringsThePreviousSubject() {
        let text = "Ana Rossi arrived in Accra on Tuesday for a state visit. She held talks with Tomas Dube the same evening."
        let a = article("h", published: "2026-03-05", [Block(kind: .paragraph, text: text, offset: 0)])
        let e = EventExtractor.extract(article: a, mentions: mentions(a, ["Ana Rossi": "Ana Rossi", "Tomas Dube": "Tomas Dube"]))
        let talks = e.first { $0.type == .meeting }
        XCTAssertEqual(talks?.date?.start.iso, "2026-03-03")
        XCTAssertEqual(talks?.participants, ["Ana Rossi", "Tomas Dube"])
    }

    /// "In 2013 the two governments signed …, and in 2023 Rossi and Dube accepted …": the people named
    /// after ", and" act in the later part only; "The two leaders will meet …, Rossi told reporters":
    /// one of the pair reporting it, both take part.
    func testPeopleOfCoordinatedPartsAndOfAReportedGroup() {
        let names = ["Ana Rossi": "Ana Rossi", "Tomas Dube": "Tomas Dube"]
        let a = article("g", published: "2026-07-09", [Block(kind: .paragraph, text:
            "In April 2013 the two governments signed a border treaty, and in March 2023 Ana Rossi and Tomas Dube accepted a trade plan.",
            offset: 0)])
        let e = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(e.first { $0.date?.start.iso == "2013-04-01" }?.participants, [])
        XCTAssertEqual(e.first { $0.date?.start.iso == "2023-03-01" }?.participants, ["Ana Rossi", "Tomas Dube"])
        let b = article("s", published: "2026-09-03", [
            Block(kind: .paragraph, text: "Ana Rossi and Tomas Dube agreed on Wednesday to set up joint patrols.", offset: 0),
            Block(kind: .paragraph, text: "The two leaders will meet again in Lisbon in November, Tomas Dube told reporters.", offset: 80),
        ])
        let later = EventExtractor.extract(article: b, mentions: mentions(b, names)).first { $0.date?.start.iso == "2026-11-01" }
        XCTAssertEqual(later?.participants, ["Ana Rossi", "Tomas Dube"])
        XCTAssertEqual(later?.status, .planned)
    }

    /// "will host a banquet this evening", published that day: still ahead.
    func testLaterTheSameDayIsStillPlanned() {
        let a = article("e", published: "2026-03-18", [Block(kind: .paragraph, text: "The king will host a state banquet this evening.", offset: 0)])
        XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.status, .planned)
    }

    /// One call told in two time zones ("late Thursday Washington time, early Friday in Lisbon") is one
    /// event over both days; two days without a zone stay two events.
    func testOneMomentInTwoTimeZonesIsOneEvent() {
        let a = article("z", published: "2026-11-13", [
            Block(kind: .paragraph, text: "Rossi held phone talks with Dube late Thursday Washington time, or early Friday in Lisbon.", offset: 0),
            Block(kind: .paragraph, text: "Rossi spoke with Dube on Friday morning Lisbon time (Thursday evening in Washington).", offset: 100),
            Block(kind: .paragraph, text: "Rossi met Dube on Thursday and again on Friday.", offset: 200),
        ])
        let e = EventExtractor.extract(article: a, mentions: [])
        let spans = e.map { "\($0.sources[0].block):\($0.date!.start.iso)..\($0.date!.end.iso)" }
        XCTAssertEqual(spans, ["0:2026-11-12..2026-11-13", "1:2026-11-12..2026-11-13", "2:2026-11-12..2026-11-12", "2:2026-11-13..2026-11-13"])
        let b = article("v", published: "2026-11-13", [Block(kind: .paragraph, text: "Rossi will be arriving in Lisbon on Sunday.", offset: 0)])
        XCTAssertEqual(EventExtractor.extract(article: b, mentions: []).first?.type, .visit)
    }

    /// A legislature's vote or a confidence vote is no election; talks by video link are a call;
    /// signing a bill into law is no agreement. Voters voting stays an election.
    func testLegislativeVotesVideoTalksAndBillSigning() {
        let cases: [(String, EventType)] = [
            ("Rossi resigned on June 2 after losing a confidence vote.", .other),
            ("Lawmakers will vote on the budget on June 9.", .other),
            ("Rossi survived a vote of no confidence on June 2.", .other),
            ("Voters in Ghana voted on June 2 in a snap election.", .election),
            ("Britons voted to leave the union on June 2.", .election),
            ("Rossi held talks with Dube by video link on June 2.", .phoneCall),
            ("Rossi signed the bill into law on June 2.", .other),
            ("Rossi and Dube signed a trade pact on June 2.", .agreement),
            ("Rossi and Dube accepted an EU plan on June 2.", .agreement),
            ("Rossi accepted the resignation of her deputy on June 2.", .other),
            ("Rossi heads to Lisbon on June 9.", .visit),
            ("Rossi heads the delegation on June 9.", .other),
        ]
        for (text, type) in cases {
            let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
            XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.type, type, text)
        }
    }

    /// "X will travel to Lisbon next week to meet Y. X is also expected to be received by Z": the undated
    /// "also" encounter shares the date of the event just told; after "who arrived on Monday" it has none.
    func testAnAlsoEncounterSharesTheDateJustTold() {
        let a = article("x", published: "2026-11-18", [
            Block(kind: .paragraph, text: "Foreign Minister Tom Hart will travel to Lisbon next week to meet his counterpart Ben Cole, the ministry said. Hart is also expected to be received by President Ana Roe.", offset: 0),
            Block(kind: .paragraph, text: "Ben Cole met Tom Hart on Monday. Cole, who arrived on Sunday, also called on President Ana Roe.", offset: 300),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Hart": "Tom Hart", "Ben Cole": "Ben Cole",
                                                                                "Cole": "Ben Cole", "Ana Roe": "Ana Roe"]))
        let received = events.first { Set($0.participants) == ["Tom Hart", "Ana Roe"] }
        XCTAssertEqual(received?.date?.start.description, "2026-11-23")
        XCTAssertEqual(received?.status, .planned)
        XCTAssertFalse(events.contains { Set($0.participants) == ["Ben Cole", "Ana Roe"] }, "a trip of several days")
        // The paragraph before dates an "also" paragraph; a plan takes no past day.
        let b = article("y", published: "2026-09-10", [
            Block(kind: .paragraph, text: "Prime Minister Ana Roe met Tom Hart in Koror on Wednesday.", offset: 0),
            Block(kind: .paragraph, text: "Ms Roe also held talks with Ben Cole, who wants a new declaration.", offset: 100),
            Block(kind: .paragraph, text: "Roe had last met Tom Hart in July.", offset: 200),
            Block(kind: .paragraph, text: "Roe is also likely to meet Ben Cole's deputy Li Wen.", offset: 300),
        ])
        let next = EventExtractor.extract(article: b, mentions: mentions(b, ["Ana Roe": "Ana Roe", "Roe": "Ana Roe", "Tom Hart": "Tom Hart",
                                                                             "Ben Cole": "Ben Cole", "Li Wen": "Li Wen"]))
        XCTAssertEqual(next.first { Set($0.participants) == ["Ana Roe", "Ben Cole"] }?.date?.start.description, "2026-09-09")
        XCTAssertFalse(next.contains { $0.participants.contains("Li Wen") }, "a plan does not take July")
    }

    /// "said on Tuesday that the bill would not be put to a vote before December": a text brought to a
    /// vote is no election, a denied deadline dates nothing, and the statement keeps its own day.
    func testABillPutToAVoteIsNoElection() {
        let a = article("x", published: "2026-11-18", [Block(kind: .paragraph,
            text: "Senate President Ana Rossi said on Tuesday that the bill would not be put to a vote before December.", offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: [])
        XCTAssertFalse(events.contains { $0.type == .election }, "\(events.map(\.type))")
        XCTAssertEqual(events.first?.date?.start.description, "2026-11-17")
        XCTAssertFalse(events.contains { $0.date?.start.month == 12 }, "a vote denied before December is no December event")
    }

    /// "Earlier in the day" opening a paragraph after paragraphs that tell no date is the day last told.
    func testEarlierInTheDayAfterUndatedParagraphsIsTheStorysDay() {
        let a = article("x", published: "2026-10-14", [
            Block(kind: .paragraph, text: "Rossi received Dube in Rome on Oct. 13.", offset: 0),
            Block(kind: .paragraph, text: "The talks lasted nearly two hours.", offset: 50),
            Block(kind: .paragraph, text: "Dube thanked Rossi for her support.", offset: 100),
            Block(kind: .paragraph, text: "Earlier in the day, Okafor held a separate meeting with Ngata.", offset: 150),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Ana Rossi", "Dube": "Sipho Dube",
                                                                               "Okafor": "Ngozi Okafor", "Ngata": "Tui Ngata"]))
        let separate = events.first { $0.participants.contains("Ngozi Okafor") }
        XCTAssertEqual(separate?.date, TimeSpan(day: Day(2026, 10, 13)!))
    }

    /// An interviewer's question in a Q&A tells no event; the answer does.
    func testInterviewersQuestionTellsNoEvent() {
        let a = article("x", published: "2026-10-14", [
            Block(kind: .paragraph, text: "Q: You are due in Brussels next week. Who will you see?", offset: 0),
            Block(kind: .paragraph, text: "A: I will meet Dube in Brussels next week.", offset: 60),
        ])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Dube": "Sipho Dube"]))
        XCTAssertEqual(events.map { $0.sources.first?.block }, [1])
        XCTAssertTrue(EventExtractor.isInterviewerQuestion("Q. Will you run again?"))
        XCTAssertFalse(EventExtractor.isInterviewerQuestion("Qatar hosted the talks on Monday."))
    }

    /// Landing somewhere is a trip; sitting down with someone, or being welcomed or received by them, is a meeting.
    func testLandingIsAVisitAndSittingDownWithIsAMeeting() {
        let cases: [(String, EventType)] = [
            ("Rossi landed in Pretoria on June 2.", .visit),
            ("Rossi sat down with Dube in Pretoria on June 2.", .meeting),
            ("Rossi was welcomed by President Dube in Pretoria on June 2.", .meeting),
            ("Rossi was received at the palace by President Dube on June 2.", .meeting),
        ]
        for (text, type) in cases {
            let a = article("x", published: "2025-06-05", [Block(kind: .paragraph, text: text, offset: 0)])
            XCTAssertEqual(EventExtractor.extract(article: a, mentions: []).first?.type, type, text)
        }
    }

    /// "the tense talks of a year ago" names past talks: the clause's people are not their participants.
    func testTalksOfAYearAgoAreANamedThing() {
        let text = "When Rossi sat down with Dube on Thursday, the mood was different from the tense tariff talks of a year ago."
        let a = article("x", published: "2026-03-23", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Ana Rossi", "Dube": "Sipho Dube"]))
        let yearAgo = events.first { $0.date?.granularity == .year }
        XCTAssertEqual(yearAgo?.participants, [])
        XCTAssertEqual(events.first { $0.date?.granularity == .day }?.participants, ["Ana Rossi", "Sipho Dube"])
    }

    /// "the border dispute that disrupted trade earlier this year" dates the dispute: no participant of the
    /// clause, no type from its press conference.
    func testDateInARelativePartDatesWhatTheNounNames() {
        let text = "Dube told a joint press conference that the two countries had settled the border dispute that disrupted trade at Namanga earlier this year."
        let a = article("x", published: "2026-04-08", [Block(kind: .paragraph, text: text, offset: 0)])
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Dube": "Sipho Dube"]))
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.participants, [])
        XCTAssertEqual(events.first?.type, .other)
        XCTAssertEqual(events.first?.summary, "the border dispute that disrupted trade at Namanga earlier this year")
    }

    /// "ended a two-day summit on Friday" spans Thursday and Friday; "began a three-day visit on Monday" runs to
    /// Wednesday; "arrived on Tuesday for a two-day visit" stays the day of arrival.
    func testAnEventOfSeveralDaysEndingOrStartingOnTheDayToldSpansThem() {
        func span(_ text: String) -> TimeSpan? {
            let a = article("x", published: "2026-10-24", [Block(kind: .paragraph, text: text, offset: 0)])
            return EventExtractor.extract(article: a, mentions: []).first?.date
        }
        XCTAssertEqual(span("EU leaders ended a tense two-day summit in Brussels on Friday."),
                       TimeSpan(start: Day(2026, 10, 22)!, end: Day(2026, 10, 23)!, granularity: .range))
        XCTAssertEqual(span("Rossi began a three-day visit to Hanoi on Monday."),
                       TimeSpan(start: Day(2026, 10, 19)!, end: Day(2026, 10, 21)!, granularity: .range))
        XCTAssertEqual(span("Rossi arrived in Hanoi on Tuesday for a two-day visit."), TimeSpan(day: Day(2026, 10, 20)!))
    }

    /// "the two leaders agreed that their trade ministers would meet in the coming weeks": the ministers'
    /// meeting is not the leaders'; "agreed that they would meet" stays theirs.
    func testAThatPartWithAnUnnamedGroupAsSubjectHasNoneOfTheClausesPeople() {
        func people(_ text: String) -> [String]? {
            let a = article("x", published: "2026-02-12", [Block(kind: .paragraph, text: text, offset: 0)])
            return EventExtractor.extract(article: a, mentions: mentions(a, ["Rossi": "Ana Rossi", "Dube": "Sipho Dube"])).first?.participants
        }
        XCTAssertEqual(people("Rossi and Dube agreed that their trade ministers would meet in the coming weeks."), [])
        XCTAssertEqual(people("Rossi and Dube agreed that they would meet in the coming weeks."), ["Ana Rossi", "Sipho Dube"])
    }

    /// "held a breakfast meeting before the summit opened on Thursday" is a meeting; "is set for next month,
    /// after the two leaders spoke by telephone on Thursday" still dates the call.
    func testABeforePartTellingWhenAThingOpenedDoesNotTypeTheMainEvent() {
        func type(_ text: String) -> EventType? {
            let a = article("x", published: "2026-10-24", [Block(kind: .paragraph, text: text, offset: 0)])
            return EventExtractor.extract(article: a, mentions: []).first { $0.date?.granularity == .day }?.type
        }
        XCTAssertEqual(type("Weber and Morel held a breakfast meeting before the summit opened on Thursday, their offices said."), .meeting)
        XCTAssertEqual(type("The summit is set for next month, after the two leaders spoke by telephone on Thursday."), .phoneCall)
    }

    /// "has not spoken about the talks this year": a denied verb's date is no event; "is now pencilled
    /// in for November" is ahead of the publication day, not last November.
    func testADeniedVerbDatesNothingAndPencilledInIsAhead() {
        let texts = ["President Omar Qadir, who hosted both men in 2022, has not spoken publicly about the talks this year.",
                     "The signing ceremony is now pencilled in for November, diplomats say.",
                     "The three leaders have not been in the same room since the G7 summit in Banff last June.",
                     "Omar Qadir has not responded, but his envoy dismissed the offer on Tuesday."]
        let a = article("denied", published: "2026-09-14", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Omar Qadir": "Omar Qadir"]))
        XCTAssertEqual(events.compactMap { $0.date?.start.iso }.sorted(), ["2022-01-01", "2026-06-01", "2026-09-08", "2026-11-01"])
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-11-01" }?.status, .planned)
    }

    /// "On the sidelines of the summit on Thursday, X met Y" is a meeting (the summit is its setting);
    /// "The signing ceremony is pencilled in for November, diplomats say" is the signing, not the saying;
    /// "spent two days in Washington" is a trip.
    func testASidelinesMeetingAndASigningCeremonyAreTypedByTheirOwnWords() {
        func type(_ text: String) -> EventType? {
            let a = article("x", published: "2026-06-26", [Block(kind: .paragraph, text: text, offset: 0)])
            return EventExtractor.extract(article: a, mentions: []).first?.type
        }
        XCTAssertEqual(type("On the sidelines of the summit on Thursday, Weber and Morel met President Ana Roe."), .meeting)
        XCTAssertEqual(type("On the margins of the G20 summit on Thursday, Weber met Morel."), .meeting)
        XCTAssertEqual(type("Leaders ended a two-day summit on Friday."), .summit)
        XCTAssertEqual(type("The signing ceremony is now pencilled in for November, diplomats say."), .agreement)
        XCTAssertEqual(type("On Monday, Weber spent two days in Washington going through the draft."), .visit)
        XCTAssertNotEqual(type("On Monday, the ministry said it spent billions on defence."), .visit)
    }

    /// "Premier Hart is to host a banquet for Roe tonight", published that day: still ahead; a meeting
    /// told in the past stays done.
    func testIsToPlusAVerbIsPlanned() {
        let texts = ["Premier Tom Hart is to host a state banquet for Ana Roe at the palace tonight.",
                     "Tom Hart met Ana Roe on Monday."]
        let a = article("isto", published: "2026-11-19", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let events = EventExtractor.extract(article: a, mentions: mentions(a, ["Tom Hart": "Tom Hart", "Ana Roe": "Ana Roe"]))
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-11-19" }?.status, .planned)
        XCTAssertEqual(events.first { $0.date?.start.iso == "2026-11-16" }?.status, .occurred)
    }

    /// An analysis retelling months of meetings: "On January 21 … Two weeks later …" then, in the next
    /// paragraph, "The following month" is the month after the two weeks, not after January 21.
    func testTheFollowingMonthGoesOnFromTheWeeksCountedBefore() {
        let texts = ["Tom Hart met Ben Cole in Davos on January 21. Two weeks later, Wu Lin met Ana Roe in Washington.",
                     "The following month, Tom Hart visited Paris."]
        let a = article("weeks", published: "2026-09-14", texts.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        let names = ["Tom Hart": "Tom Hart", "Ben Cole": "Ben Cole", "Wu Lin": "Wu Lin", "Ana Roe": "Ana Roe"]
        let events = EventExtractor.extract(article: a, mentions: mentions(a, names))
        XCTAssertEqual(events.first { $0.sources.first?.block == 1 }?.date?.start, Day(2026, 3, 1), "\(events.map { $0.date })")
    }
}
