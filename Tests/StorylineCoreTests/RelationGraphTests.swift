import XCTest
@testable import StorylineCore

final class RelationGraphTests: XCTestCase {
    private func pairs(_ paragraphs: [String]) -> [String: [InteractionType]] {
        let article = peopleTestArticle(paragraphs)
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        return Dictionary(rels.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.type)) },
                          uniquingKeysWith: +)
    }

    /// "X spoke by phone with Y …, and held a working breakfast with Z": the verb after ", and" has the
    /// clause's subject, not the object of the verb before it.
    func testAVerbAfterCommaAndKeepsTheClauseSubject() {
        let found = pairs([
            "Mexican President Ana Ruiz spoke by phone with Brazilian President Joao Lima on Wednesday, and held a working breakfast with Paraguayan President Luis Vera on Thursday.",
        ])
        XCTAssertEqual(found["Ana Ruiz + Luis Vera"], [.meeting])
        XCTAssertNil(found["Joao Lima + Luis Vera"])
    }

    /// "received a courtesy call from X" is a visit paid in person, a meeting, not a phone call; "the head of
    /// state" is the article's one president; "for strategic dialogue with X" is a meeting.
    func testACourtesyCallIsAMeetingWithTheHeadOfState() {
        let found = pairs([
            "President Budi Santoso met Foreign Minister Kenji Arai at the palace.",
            "Later, the head of state also received a courtesy call from Trade Minister Omar Haddad, who was accompanied by Ambassador Sami Nasser.",
            "Minister Rafiq Anwar will leave for Beijing on Friday for strategic dialogue with Foreign Minister Li Wen.",
        ])
        XCTAssertEqual(found["Budi Santoso + Omar Haddad"], [.meeting])
        XCTAssertNil(found["Omar Haddad + Sami Nasser"]?.first { $0 == .phoneCall })
        XCTAssertEqual(found["Li Wen + Rafiq Anwar"], [.meeting])
    }

    /// "who met the EU high representative, Kaja Kallas,": a body's acronym before the office keeps the
    /// name after the comma the verb's object, whoever else the sentence names.
    func testAnOfficeOfABodyInAppositionIsTheObject() {
        let found = pairs([
            "President Ana Ruiz did not travel and was represented by her foreign minister, Pablo Vega, who met the EU high representative, Marta Lind, on Friday.",
        ])
        XCTAssertEqual(found["Marta Lind + Pablo Vega"], [.meeting])
    }

    /// "held a bilateral meeting with X, and another with Y": the second encounter is the subject's too.
    func testAnotherWithASecondPersonIsASecondMeeting() {
        let found = pairs([
            "The Spanish prime minister, Pablo Ruiz Ortega, held a bilateral meeting with the president of Peru, Ana Lima Soto, and another with the Chilean president, Tomas Vidal.",
        ])
        XCTAssertEqual(found["Pablo Ruiz Ortega + Tomas Vidal"], [.meeting])
    }

    /// "Head of the Presidential Office X spoke by phone with Y on Sept. 22, X's adviser Z wrote": the call is
    /// X's, not the adviser's who reports it.
    func testTheHeadOfANamedOfficeIsTheSubject() {
        let found = pairs([
            "Head of the Presidential Office Taras Melnyk spoke by phone with U.S. special envoy Dan Ross on Sept. 22, Melnyk's adviser Olena Kravets wrote on Telegram.",
        ])
        XCTAssertEqual(found["Dan Ross + Taras Melnyk"], [.phoneCall])
        XCTAssertNil(found["Dan Ross + Olena Kravets"])
    }

    /// A French outlet names its president without a title, then calls him "the head of state"; a weekday and
    /// its date set off by commas between the verb and the other side split nothing.
    func testTheHeadOfStateIsTheUntitledLeaderNamedBefore() {
        let found = pairs([
            "Emmanuel Marchal received German Chancellor Karl Brandt for a working dinner on Wednesday, June 3.",
            "According to the palace, the head of state had also spoken on Tuesday, June 2, with Polish Prime Minister Jan Nowak.",
        ])
        XCTAssertEqual(found["Emmanuel Marchal + Jan Nowak"], [.meeting])
        XCTAssertNil(found["Jan Nowak + Karl Brandt"])
    }

    /// "spoke on the telephone with the President of Côte d'Ivoire, Alassane Ouattara": a country of two words in
    /// the office before the name in apposition still makes the name the other side.
    func testAnOfficeOfATwoWordCountryInAppositionIsTheOtherSide() {
        let found = pairs([
            "The visit came a week after President Bola Adeyemi spoke on the telephone with the President of Côte d'Ivoire, Alassane Koffi, on the standby force.",
        ])
        XCTAssertEqual(found["Alassane Koffi + Bola Adeyemi"], [.phoneCall])
    }

    /// "the Senegalese leader, who arrived on Tuesday night, was received at the airport by the Minister of Foreign
    /// Affairs, Yusuf Bello": the office with its portfolio, set off before the name, is the agent of the welcome.
    func testAMinisterOfAPortfolioInAppositionAfterByIsTheOtherSide() {
        let found = pairs([
            "President Bola Adeyemi on Wednesday hosted the President of the Republic of Senegal, Malick Sow, at the State House.",
            "According to the statement, the Senegalese leader, who arrived in Abuja on Tuesday night, was received at the Nnamdi Azikiwe International Airport by the Minister of Foreign Affairs, Yusuf Bello.",
        ])
        XCTAssertEqual(found["Malick Sow + Yusuf Bello"], [.meeting])
    }

    /// Reported speech in a wire story: "X, speaking in Athens, praised Y" is X's statement about Y (only a
    /// verb of saying is inverted after a comma); "told Y by phone" is a call; "welcomed the mediation of Y"
    /// and a person in a fronted "In a communiqué read by Z," phrase make no pair.
    func testReportedSpeechAfterACommaByPhoneAndThingsOfAPerson() {
        let found = pairs([
            "Greek Prime Minister Nikos Karas, speaking in Athens on Wednesday, praised President Emre Aydin for his role.",
            "President Emre Aydin told President Ivan Petrenko by phone that talks could resume.",
            "In a communiqué read by Executive Secretary Tumelo Sebego, the leaders welcomed the mediation of President Kodjo Mensah.",
        ])
        XCTAssertEqual(found["Emre Aydin + Nikos Karas"], [.statement])
        XCTAssertEqual(found["Emre Aydin + Ivan Petrenko"], [.phoneCall])
        XCTAssertNil(found["Kodjo Mensah + Tumelo Sebego"])
    }

    /// A readout's formal apposition: "held talks with the Federal Chancellor of the Republic of Austria,
    /// H.E. Mr. Karl Huber," names the other side of the talks.
    func testAFormalTitleInAppositionWithCourtesyStylesIsTheOtherSide() {
        let found = pairs([
            "Prime Minister Rajan Mehta held talks with the Federal Chancellor of the Republic of Austria, H.E. Mr. Karl Huber, at Hyderabad House today.",
        ])
        XCTAssertEqual(found["Karl Huber + Rajan Mehta"], [.meeting])
    }

    /// "spoke by phone on Tuesday with his Spanish counterpart, Pedro Sánchez": the counterpart in
    /// apposition after "with" is the other side of the call; a comma before "with" still ends it.
    func testCounterpartInAppositionAfterWithIsTheOtherSide() {
        let found = pairs([
            "Portuguese Prime Minister Rui Pinto said he spoke by phone on Tuesday with his Spanish counterpart, Pedro Sanz, about the grid.",
            "President Ade Bello spoke on Monday, with his finance minister, Kofi Mensah, absent.",
        ])
        XCTAssertEqual(found["Pedro Sanz + Rui Pinto"], [.phoneCall])
        XCTAssertNil(found["Ade Bello + Kofi Mensah"])
    }

    /// A letter or message between leaders is a statement between them, also when "received":
    /// only a person received is a meeting.
    func testLettersAndMessagesAreStatementsNotMeetings() {
        let found = pairs([
            "Prime Minister Aiko Mori received a congratulatory message from Prime Minister Paul Dube on Sunday.",
            "President Omar Haddad sent a letter to Prime Minister Lena Varga on Thursday.",
            "President Kofi Adjei wrote to President Rui Costa on Wednesday about the border.",
            "President Sani Bello received President Ama Owusu at the State House on Tuesday.",
        ])
        XCTAssertEqual(found["Aiko Mori + Paul Dube"], [.statement])
        XCTAssertEqual(found["Lena Varga + Omar Haddad"], [.statement])
        XCTAssertEqual(found["Kofi Adjei + Rui Costa"], [.statement])
        XCTAssertEqual(found["Ama Owusu + Sani Bello"], [.meeting])
    }

    /// What one leader said to another "during a call" or "at a meeting" happened in that call or
    /// meeting; without such an occasion it stays a statement.
    func testWhatWasSaidDuringACallIsTheCall() {
        let found = pairs([
            "Prime Minister Mark Dube invited President Ana Sousa to Ottawa during a call on Wednesday.",
            "President Omar Haddad thanked Prime Minister Lena Varga at a meeting in Vienna on Monday.",
            "President Kofi Adjei praised President Rui Costa on Tuesday.",
        ])
        XCTAssertEqual(found["Ana Sousa + Mark Dube"], [.phoneCall])
        XCTAssertEqual(found["Lena Varga + Omar Haddad"], [.meeting])
        XCTAssertEqual(found["Kofi Adjei + Rui Costa"], [.statement])
    }

    /// "to meet his Vietnamese counterpart, Castro added.": the name reporting the clause is no counterpart.
    func testSpeakerAfterACounterpartIsNoSide() {
        let found = pairs([
            "Spokeswoman Lina Morales briefed reporters.",
            "Trade Secretary Tomas Ibarra will fly to Hanoi next week to meet his Vietnamese counterpart, Morales added.",
            "Finance Secretary Rosa Lim will meet her Thai counterpart, Anan Chai, on Friday.",
        ])
        XCTAssertNil(found["Lina Morales + Tomas Ibarra"])
        XCTAssertEqual(found["Anan Chai + Rosa Lim"], [.meeting])
    }

    /// "… Jonas Berg is to present the budget. The SPD co-leader had met …": an office nobody is named
    /// with, opening a sentence, is the one person the sentence before named.
    func testOfficeOpeningASentenceIsThePersonNamedJustBefore() {
        let found = pairs([
            "Finance Minister Jonas Berg is to present the draft budget next week. The SPD co-leader had met Chancellor Karl Roth at the Chancellery on Monday.",
        ])
        XCTAssertEqual(found["Jonas Berg + Karl Roth"], [.meeting])
    }

    /// An interview: in "A:" answers, "I" is the one person the headline names; a pronoun subject keeps
    /// a name before it from being read as the subject ("I will meet X on Monday, and then I will sit down with Y").
    func testTheIntervieweeIsISubjectInTheAnswers() {
        let article = peopleTestArticle(title: "Simon Harris: 'We will not be bounced'", [
            "Tánaiste Simon Harris spoke to us on Friday.",
            "A: I told Vice-President Jane Vance that we have concerns.",
            "A: I will meet Kaja Kallas on Monday, and then I will sit down with Commissioner Ola Berg.",
            "Indonesian President Budi Santoso arrived on Monday. General Secretary Mai Quoc Thanh will receive the Indonesian leader on Wednesday.",
            "At dinner, President Ade Bello sat next to Prime Minister Ravi Kumar.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        let found = Set(rels.map { $0.people.sorted().joined(separator: " + ") })
        XCTAssertTrue(found.contains("Jane Vance + Simon Harris"), "\(found)")
        XCTAssertTrue(found.contains("Kaja Kallas + Simon Harris"), "\(found)")
        XCTAssertFalse(found.contains("Kaja Kallas + Ola Berg"), "\(found)")
        XCTAssertTrue(found.contains("Budi Santoso + Mai Quoc Thanh"), "\(found)")
        XCTAssertTrue(found.contains("Ola Berg + Simon Harris"), "sitting down with someone is a meeting: \(found)")
        XCTAssertFalse(found.contains("Ade Bello + Ravi Kumar"), "sitting next to someone is none: \(found)")
    }

    /// "In a call on Friday, Wong and Wang discussed trade": the people joined after a fronted
    /// interaction's comma are its sides; "calls on X to act" still urges.
    func testAFrontedCallNamesItsSidesAfterTheComma() {
        let found = pairs([
            "In a call on Friday, Foreign Minister Penny Wong and Foreign Minister Wang Yi discussed trade.",
            "President Ade Bello calls on Prime Minister Ravi Kumar to release the prisoners.",
        ])
        XCTAssertEqual(found["Penny Wong + Wang Yi"], [.phoneCall])
        XCTAssertNil(found["Ade Bello + Ravi Kumar"])
    }

    /// "The Kremlin spokesman later met …": an organization's office after a determiner names the one
    /// person holding it; "the Hamas leader" names no head of state.
    func testAnOrganizationsOfficeIsASecondReference() {
        let found = pairs([
            "Kremlin spokesman Dmitry Peskov said talks were possible. Prime Minister Ravi Kumar arrived.",
            "The Kremlin spokesman later met Ambassador Zhang Hanhui on Friday.",
            "The Hamas leader met Ambassador Zhang Hanhui on Saturday.",
        ])
        XCTAssertEqual(found["Dmitry Peskov + Zhang Hanhui"], [.meeting])
        XCTAssertNil(found["Ravi Kumar + Zhang Hanhui"])
    }

    func testPhoneCallAndHostingClauses() {
        let found = pairs([
            "President Kim Min-jun spoke by phone with Chinese President Wang Tao on Monday.",
            "Danish Prime Minister Freja Holm will host Kim in Aarhus.",
        ])
        XCTAssertEqual(found["Kim Min-jun + Wang Tao"], [.phoneCall])
        XCTAssertEqual(found["Freja Holm + Kim Min-jun"], [.meeting])
    }

    /// "received his Ghanaian counterpart, John Mahama": the object in apposition after a comma.
    func testObjectInAppositionAfterACommaIsMet() {
        let found = pairs([
            "President Ade Bello on Thursday received his Ghanaian counterpart, Kofi Mensah, at the villa.",
            "Minister Lars Vogel, who arrived on Monday, also called on Prime Minister Ravi Kumar.",
            "President Ade Bello called on Prime Minister Tomas Berg to release the prisoners.",
        ])
        XCTAssertEqual(found["Ade Bello + Kofi Mensah"], [.meeting])
        XCTAssertEqual(found["Lars Vogel + Ravi Kumar"], [.meeting])
        XCTAssertNil(found["Ade Bello + Tomas Berg"], "urging someone to act is no meeting")
        let both = pairs(["Prime Minister Anan Chai and his Cambodian counterpart Hun Sok agreed in a phone call on Dec. 30 to reopen checkpoints.",
                          "The day before, Defence Minister Niran Som and his Cambodian counterpart Tea Vanna met in Chanthaburi.",
                          "Malaysian Prime Minister Ravi Anand, who brokered the truce, said he had spoken to both leaders on Dec. 27."])
        XCTAssertEqual(both["Anan Chai + Ravi Anand"], [.meeting])
        XCTAssertEqual(both["Hun Sok + Ravi Anand"], [.meeting])
        XCTAssertNil(both["Niran Som + Ravi Anand"], "'both leaders' are the two leaders, not the last pair of ministers")
        let retreat = pairs(["Prime Minister Lars Lund said on May 28 after the annual Leaders' Retreat with Malaysian Prime Minister Ravi Anand that talks would go on."])
        XCTAssertEqual(retreat["Lars Lund + Ravi Anand"], [.summit])
    }

    func testCoordinatedObjectsGiveOneInteractionEach() {
        let found = pairs([
            "President Kim Min-jun arrived.",
            "This followed Kim’s earlier conversations with U.S. President John Carter and Japanese Prime Minister Hiro Sato.",
        ])
        XCTAssertEqual(found["John Carter + Kim Min-jun"], [.phoneCall])
        XCTAssertEqual(found["Hiro Sato + Kim Min-jun"], [.phoneCall])
        XCTAssertNil(found["Hiro Sato + John Carter"])
    }

    func testFrontedMeetingAndSymmetricSubjects() {
        let found = pairs([
            "In a meeting with former Japanese prime minister Taro Endo, President Kim Min-jun stressed trade.",
            "Kim and Canadian Prime Minister Luc Roy agreed to hold a summit.",
        ])
        XCTAssertEqual(found["Kim Min-jun + Taro Endo"], [.meeting])
        XCTAssertEqual(found["Kim Min-jun + Luc Roy"], [.agreement])
    }

    func testStatementsAboutAnother() {
        let found = pairs(["President Kim Min-jun arrived.", "Former President Oh Se-ra criticized Kim’s plan for the port."])
        XCTAssertEqual(found["Kim Min-jun + Oh Se-ra"], [.statement])
    }

    /// "X and Opposition Leader Y clashed in Question Time", "Y sparred with X": a face-to-face exchange.
    func testAClashInTheHouseIsAnExchange() {
        let found = pairs(["Prime Minister Ana Kale and Opposition Leader Rua Pita clashed in Question Time this afternoon.",
                           "Speaker Tom Reid sparred with Minister Ivan Holm over the bill."])
        XCTAssertEqual(found["Ana Kale + Rua Pita"], [.statement])
        XCTAssertEqual(found["Ivan Holm + Tom Reid"], [.statement])
    }

    func testNamesInOneSentenceWithoutAnInteractionWordAreNoPair() {
        let found = pairs([
            "President Kim Min-jun and Chinese President Wang Tao both face elections next year.",
            "Kim praised the economy while Wang Tao visited Paris.",
            "Kim Min-jun and Wang Tao, who once studied together, are popular, polls show.",
        ])
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    /// "as Tanzanians call their president" names someone, it is no phone call; a predecessor named
    /// in a "since …" aside after the interaction word takes no part in it.
    func testNamingCallAndASinceAsideAreNoInteraction() {
        let found = pairs([
            "President Amani Mwita and Kenyan President Otieno Kamau met in Arusha on Monday.",
            "Mama Amani, as Tanzanians call their president, has every reason to want calm on her northern border.",
            "Foreign Minister Hana Seo is the first minister to visit Lima since her predecessor Min Tae-ho's trip in 2024.",
            "Hana Seo will visit Lima after Min Tae-ho returns.",
        ])
        XCTAssertEqual(found["Amani Mwita + Otieno Kamau"], [.meeting])
        XCTAssertNil(found["Hana Seo + Min Tae-ho"])
    }

    func testClauseDateComesFromTheDater() {
        let article = peopleTestArticle(["Chancellor Anna Weber met Premier Li Wei in Bonn on Friday."])
        let day = TimeSpan(day: Day(2025, 3, 7)!)
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article),
                                                dateOf: { block, _, _ in block == 0 ? day : nil })
        XCTAssertEqual(rels.first?.interactions.first?.date, day)
        XCTAssertEqual(rels.first?.interactions.first?.sources.first?.sentence,
                       "Chancellor Anna Weber met Premier Li Wei in Bonn on Friday.")
    }

    func testGraphJoinsSameTypeAndDateKeepsUndatedApartAndAddsEvents() {
        let day = TimeSpan(day: Day(2025, 6, 10)!)
        func src(_ o: Int) -> SourceRef { SourceRef(article: "a", sentence: "s\(o)", offset: o, block: o) }
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Kim", "Wang"], interactions: [
                Interaction(type: .phoneCall, date: day, event: nil, sources: [src(0)]),
                Interaction(type: .phoneCall, date: day, event: nil, sources: [src(5)]),
                Interaction(type: .phoneCall, date: nil, event: nil, sources: [SourceRef(article: "c", sentence: "u", offset: 9, block: 9)]),
            ]),
        ])
        let event = Event(id: "e1", date: TimeSpan(day: Day(2025, 7, 1)!), expression: "July 1", type: .summit,
                          status: .planned, summary: "summit", participants: ["Wang", "Kim Min-jun", "Roy"],
                          sources: [src(20), SourceRef(article: "b", sentence: "t", offset: 0, block: 0)])
        let rels = RelationGraph.build(extractions: [x], names: ["a": ["Kim": "Kim Min-jun"]], events: [event])
        let kw = rels.first { $0.people == ["Kim Min-jun", "Wang"] }
        XCTAssertEqual(kw?.interactions.map(\.type), [.phoneCall, .summit, .phoneCall])
        XCTAssertEqual(kw?.interactions.first?.sources.count, 2)
        XCTAssertEqual(kw?.interactions[1].event, "e1")
        XCTAssertNil(kw?.interactions.last?.date)
        XCTAssertEqual(rels.count, 3)  // Kim–Wang, Kim–Roy, Roy–Wang from the event
    }

    /// "presented a plan to President Y": handing something to a person meets them; "handed the presidency to Uruguay" meets no one.
    func testPresentingSomethingToAPersonIsAMeeting() {
        let found = pairs([
            "Finance Minister Ana Ruiz presented a revised tax plan to President Joao Lima at the palace on Tuesday.",
            "President Luis Vera handed the rotating presidency to Uruguay on Friday, as Prime Minister Kofi Mensah looked on.",
        ])
        XCTAssertEqual(found["Ana Ruiz + Joao Lima"], [.meeting])
        XCTAssertNil(found["Kofi Mensah + Luis Vera"], "handing something to a country meets no one")
    }

    /// "X called Y to offer support": a person right after "called" was phoned; "called Y a communist" names Y.
    func testCallingAPersonIsAPhoneCallNotNamingThem() {
        let found = pairs([
            "Yesterday, UN Secretary-General Ana Ruiz called Sheikh Omar Haddad to offer support for the plan.",
            "President Ade Bello, who once called Prime Minister Tomas Berg a \u{201C}traitor\u{201D}, said on Monday he was ready to talk.",
        ])
        XCTAssertEqual(found["Ana Ruiz + Omar Haddad"], [.phoneCall])
        XCTAssertNil(found["Ade Bello + Tomas Berg"], "calling someone a name is no call")
    }
}

final class RelationRetellingTests: XCTestCase {
    /// "Mr. Carney … met Ms. Sheinbaum at the palace" after a dated lede: the same encounter,
    /// not an undated second one; a later plan and another article's mention stay apart.
    func testAnUndatedRetellingJoinsTheArticlesDatedEncounterBeforeIt() {
        let day = TimeSpan(day: Day(2026, 5, 21)!)
        let sept = TimeSpan(start: Day(2026, 9, 1)!, end: Day(2026, 9, 30)!, granularity: .month)
        func src(_ o: Int, _ a: String = "a") -> SourceRef { SourceRef(article: a, sentence: "s\(o)", offset: o, block: o) }
        let folded = RelationGraph.foldedRetellings([
            Interaction(type: .agreement, date: day, event: nil, sources: [src(0)]),
            Interaction(type: .meeting, date: nil, event: nil, sources: [src(10)]),
            Interaction(type: .summit, date: sept, event: nil, sources: [src(20)]),
            Interaction(type: .phoneCall, date: nil, event: nil, sources: [src(30)]),
            Interaction(type: .meeting, date: nil, event: nil, sources: [src(5, "b")]),
        ])
        XCTAssertEqual(folded.map(\.date), [day, sept, nil, nil])
        XCTAssertEqual(folded[0].sources, [src(0), src(10)])
    }

    /// "the two leaders agreed to keep talking" after a dated call: agreed in that call.
    func testAnUndatedAgreementJoinsTheArticlesDatedCall() {
        let day = TimeSpan(day: Day(2026, 3, 14)!)
        func src(_ o: Int) -> SourceRef { SourceRef(article: "a", sentence: "s\(o)", offset: o, block: o) }
        let folded = RelationGraph.foldedRetellings([
            Interaction(type: .phoneCall, date: day, event: nil, sources: [src(0)]),
            Interaction(type: .agreement, date: nil, event: nil, sources: [src(10)]),
        ])
        XCTAssertEqual(folded.map(\.date), [day])
    }

    /// "will on Monday lead a delegation to meet Y ahead of the summit scheduled for December": the sentence's one
    /// clause between the pair is the Monday meeting's; the summit told in it makes no second tie. A second event
    /// told by another sentence of the paragraph ("The two are to meet in Paris on 16 March.") still does.
    func testAnEventBesideAClauseClaimedByAnotherEventOfTheSameSentenceTiesNoOne() {
        let mon = TimeSpan(day: Day(2026, 10, 19)!)
        let dec = TimeSpan(start: Day(2026, 12, 1)!, end: Day(2026, 12, 31)!, granularity: .month)
        let s = SourceRef(article: "a", sentence: "meet ahead of summit", offset: 0, block: 2)
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Ana", "Bo"], interactions: [Interaction(type: .meeting, date: mon, event: nil, sources: [s])]),
        ])
        let meeting = Event(id: "m", date: mon, expression: "on Monday", type: .meeting, status: .planned, summary: "meet",
                            participants: ["Ana", "Bo"], sources: [s])
        let summit = Event(id: "s", date: dec, expression: "December", type: .summit, status: .planned, summary: "summit",
                           participants: ["Ana", "Bo"], sources: [s])
        XCTAssertEqual(RelationGraph.build(extractions: [x], names: [:], events: [meeting, summit]).first?.interactions.map(\.date), [mon])
        let other = SourceRef(article: "a", sentence: "The two are to meet in Paris.", offset: 40, block: 2)
        let paris = Event(id: "p", date: dec, expression: "December", type: .meeting, status: .planned, summary: "meet",
                          participants: ["Ana", "Bo"], sources: [other])
        XCTAssertEqual(RelationGraph.build(extractions: [x], names: [:], events: [meeting, paris]).first?.interactions.count, 2)
    }

    /// "said Monday that she told Trump in a phone call on Saturday": the telling is the call, not a second tie.
    func testAStatementInTheSentenceOfACallIsThatCall() {
        let sat = TimeSpan(day: Day(2026, 3, 14)!), mon = TimeSpan(day: Day(2026, 3, 16)!)
        let s = SourceRef(article: "a", sentence: "s", offset: 0, block: 0)
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Ana", "Bo"], interactions: [Interaction(type: .statement, date: mon, event: nil, sources: [s])]),
        ])
        let call = Event(id: "c", date: sat, expression: "Saturday", type: .phoneCall, status: .occurred, summary: "call",
                         participants: ["Ana", "Bo"], sources: [s])
        let rels = RelationGraph.build(extractions: [x], names: [:], events: [call])
        XCTAssertEqual(rels.first?.interactions.map(\.type), [.phoneCall])
        XCTAssertEqual(rels.first?.interactions.map(\.date), [sat])
    }

    /// "their first meeting since X visited Baghdad in March": an undated mention in the dated sentence stays.
    func testAnUndatedMentionInTheDatedSentenceStays() {
        let march = TimeSpan(start: Day(2026, 3, 1)!, end: Day(2026, 3, 31)!, granularity: .month)
        let s = SourceRef(article: "a", sentence: "s", offset: 0, block: 0)
        let folded = RelationGraph.foldedRetellings([
            Interaction(type: .visit, date: march, event: nil, sources: [s]),
            Interaction(type: .meeting, date: nil, event: nil, sources: [s]),
        ])
        XCTAssertEqual(folded.count, 2)
    }
}

final class RelationPluralSubjectTests: XCTestCase {
    func testTheyAfterANamedPairInTheSameParagraphLinksThatPair() {
        let article = peopleTestArticle([
            "Chancellor Anna Weber and Premier Li Wei open the summit; they also agree to share data.",
            "They agree on everything, analysts joked.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertEqual(rels.count, 1)
        XCTAssertEqual(rels.first?.interactions.map(\.type), [.summit, .agreement])
    }
}

final class RelationSpeakerTests: XCTestCase {
    func testQuotedSpeakerIsNotTheTargetOfAStatement() {
        let article = peopleTestArticle([
            "President Kim Min-jun spoke first.",
            "“His plan will fail,” said Oh Se-ra, a lawmaker. “He knows it,” Oh Se-ra told reporters.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertTrue(rels.isEmpty, "\(rels)")
    }
}

final class RelationStatementAndEventTests: XCTestCase {
    func testAdviserSpeakingAboutWhatAnotherWillDo() {
        let article = peopleTestArticle([
            "President Kim Min-jun arrived.",
            "Oh Se-ra, Kim’s closest aide and a lawmaker, said at a briefing on May 2 that Kim would keep the plan.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertEqual(rels.map { $0.people.sorted() }, [["Kim Min-jun", "Oh Se-ra"]])
        XCTAssertEqual(rels.first?.interactions.map(\.type), [.statement])
    }

    func testClauseInteractionJoinsItsEventOnlyOnACompatibleDate() {
        let clause = SourceRef(article: "a", sentence: "s", offset: 10, block: 3)
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Kim", "Sato"], interactions: [
                Interaction(type: .summit, date: TimeSpan(day: Day(2026, 1, 13)!), event: nil, sources: [clause]),
                Interaction(type: .summit, date: TimeSpan(day: Day(2025, 10, 30)!), event: nil, sources: [clause]),
            ]),
        ])
        let span = TimeSpan(start: Day(2026, 1, 13)!, end: Day(2026, 1, 14)!, granularity: .range)
        let event = Event(id: "nara", date: span, expression: "Jan 13-14", type: .summit, status: .occurred,
                          summary: "summit", participants: ["Kim", "Sato"],
                          sources: [SourceRef(article: "a", sentence: "other cut", offset: 4, block: 3)])
        let rels = RelationGraph.build(extractions: [x], names: [:], events: [event])
        XCTAssertEqual(rels.first?.interactions.map(\.event), [nil, "nara"])
        XCTAssertEqual(rels.first?.interactions.last?.date, span)
    }

    /// "Earlier in the day, X met Y": an event read from the same sentence on another day is the same
    /// meeting, not a second one; the day read around the meeting word stands.
    func testASameSentenceEventOnAnotherDayIsTheClausesInteraction() {
        let clause = SourceRef(article: "a", sentence: "s", offset: 10, block: 5)
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Kim", "Sato"], interactions: [
                Interaction(type: .meeting, date: TimeSpan(day: Day(2026, 10, 13)!), event: nil, sources: [clause]),
            ]),
        ])
        let event = Event(id: "e", date: TimeSpan(day: Day(2026, 10, 14)!), expression: "in the day", type: .meeting, status: .occurred,
                          summary: "meeting", participants: ["Kim", "Sato"], sources: [clause])
        let rels = RelationGraph.build(extractions: [x], names: [:], events: [event])
        XCTAssertEqual(rels.first?.interactions.map(\.event), ["e"])
        XCTAssertEqual(rels.first?.interactions.first?.date, TimeSpan(day: Day(2026, 10, 13)!))
    }

    /// A two-party event read from a paragraph whose clause told that same meeting between one of
    /// the two and someone else ("A: I will meet Kallas on Monday, and then … von der Leyen") is no pair;
    /// a meeting on another day ("Li will meet him on Wednesday, and Zhao … on Thursday") still is.
    func testACoOccurrenceEventDoesNotPairBesideItsOwnClause() {
        let src = SourceRef(article: "a", sentence: "s", offset: 0, block: 4)
        let monday = TimeSpan(day: Day(2026, 7, 6)!)
        let x = ArticleExtraction(article: "a", relations: [
            Relation(people: ["Harris", "Kallas"], interactions: [Interaction(type: .meeting, date: monday, event: nil, sources: [src])]),
        ])
        let same = Event(id: "e1", date: monday, expression: "Monday", type: .meeting, status: .planned, summary: "",
                         participants: ["Kallas", "Leyen"], sources: [src])
        let other = Event(id: "e2", date: TimeSpan(day: Day(2026, 7, 7)!), expression: "Tuesday", type: .meeting, status: .planned,
                          summary: "", participants: ["Kallas", "Zhao"], sources: [src])
        let pairs = RelationGraph.build(extractions: [x], names: [:], events: [same, other]).map(\.people)
        XCTAssertEqual(Set(pairs), [["Harris", "Kallas"], ["Kallas", "Zhao"]])
    }

    /// One call told by four outlets, each in its own clause (the first calls it an agreement), and by
    /// a fifth whose sentence no clause reads: one call tie with the five articles.
    func testAnEventToldByOutletsLinksEachOutletsClauseIntoOneTie() {
        func src(_ a: String) -> SourceRef { SourceRef(article: a, sentence: "s", offset: 10, block: 1) }
        let day = TimeSpan(day: Day(2026, 3, 4)!)
        let month = TimeSpan(start: Day(2026, 3, 1)!, end: Day(2026, 3, 31)!, granularity: .month)
        let xs = [("a", InteractionType.agreement, day), ("b", .phoneCall, day), ("c", .phoneCall, day), ("d", .phoneCall, month)].map { a, t, d in
            ArticleExtraction(article: a, relations: [Relation(people: ["Kim", "Sato"], interactions: [Interaction(type: t, date: d, event: nil, sources: [src(a)])])])
        }
        let event = Event(id: "call", date: day, expression: "Wednesday", type: .phoneCall, status: .occurred, summary: "call",
                          participants: ["Kim", "Sato"], sources: ["a", "b", "c", "d", "e"].map(src))
        let rels = RelationGraph.build(extractions: xs, names: [:], events: [event])
        XCTAssertEqual(rels.first?.interactions.count, 1, "\(rels.first?.interactions.map { ($0.type, $0.sources.map(\.article)) } ?? [])")
        XCTAssertEqual(Set(rels.first?.interactions.first?.sources.map(\.article) ?? []), ["a", "b", "c", "d", "e"])
        XCTAssertEqual(rels.first?.interactions.first?.type, .phoneCall, "the tie is the event: a call, as the timeline shows")
        // The tie is told by the sentence that tells the event in the timeline.
        var told = event
        told.sources[2].sentence = "Kim and Sato spoke by phone on Wednesday."
        told.summary = "Kim and Sato spoke by phone on Wednesday"
        XCTAssertEqual(RelationGraph.build(extractions: xs, names: [:], events: [told]).first?.interactions.first?.sources.first?.article, "c")
    }

    /// An undated "his phone call with Boulos during the talks" in an analysis a week after the dated
    /// call joins it; one told a month later, one before the call, and one with two calls to choose
    /// from stay undated.
    func testAnUndatedRetellingInALaterArticleJoinsThePairsOneDatedEncounter() {
        func src(_ a: String) -> SourceRef { SourceRef(article: a, sentence: "s", offset: 10, block: 1) }
        func call(_ a: String, _ date: TimeSpan?) -> ArticleExtraction {
            ArticleExtraction(article: a, relations: [Relation(people: ["Kim", "Sato"], interactions: [
                Interaction(type: .phoneCall, date: date, event: nil, sources: [src(a)])])])
        }
        let day = TimeSpan(day: Day(2026, 11, 3)!)
        let published = ["wire": Day(2026, 11, 3)!, "analysis": Day(2026, 11, 12)!, "late": Day(2026, 12, 20)!, "early": Day(2026, 11, 1)!]
        let rels = RelationGraph.build(extractions: [call("wire", day), call("analysis", nil), call("late", nil), call("early", nil)],
                                       names: [:], published: published)
        let ties = rels.first?.interactions ?? []
        XCTAssertEqual(ties.count, 2, "\(ties.map { ($0.date?.start.iso, $0.sources.map(\.article)) })")
        XCTAssertEqual(Set(ties.first { $0.date != nil }?.sources.map(\.article) ?? []), ["wire", "analysis"])
        XCTAssertEqual(Set(ties.first { $0.date == nil }?.sources.map(\.article) ?? []), ["late", "early"])
        let twoCalls = RelationGraph.build(extractions: [call("wire", day), call("other", TimeSpan(day: Day(2026, 11, 5)!)), call("analysis", nil)],
                                           names: [:], published: published.merging(["other": Day(2026, 11, 5)!]) { a, _ in a })
        XCTAssertEqual(twoCalls.first?.interactions.filter { $0.date == nil }.count, 1)
    }

    func testSingleSourceEventMakesAPairOnlyBetweenTwoParties() {
        let one = [SourceRef(article: "a", sentence: "s", offset: 0, block: 0)]
        let two = Event(id: "e2", date: nil, expression: "", type: .phoneCall, status: .occurred, summary: "",
                        participants: ["Kim", "Sato"], sources: one)
        let three = Event(id: "e3", date: nil, expression: "", type: .meeting, status: .occurred, summary: "",
                          participants: ["Kim", "Sato", "Roy"], sources: one)
        XCTAssertEqual(RelationGraph.build(extractions: [], names: [:], events: [two, three]).map(\.people), [["Kim", "Sato"]])
    }

    func testEventStatementWithTwoNamesIsNoPairOnItsOwn() {
        let event = Event(id: "e", date: nil, expression: "", type: .statement, status: .occurred, summary: "",
                          participants: ["Kim", "Sato"])
        XCTAssertTrue(RelationGraph.build(extractions: [], names: [:], events: [event]).isEmpty)
    }
}

final class RelationDateTests: XCTestCase {
    /// The article's relations, dated by its clauses as the extractor dates them.
    private func relations(_ article: Article) -> [Relation] {
        let dates = ClauseDates(article: article)
        return InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article), dateOf: dates.date(block:range:at:))
    }

    /// Each pair's interaction dates ("A + B", names sorted), for paragraphs published on `day`.
    private func datesByPair(_ paras: [String], published day: Day) -> [String: [TimeSpan?]] {
        let article = Article(id: "p", path: "p.txt", title: "Talks", published: Published(day: day),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 200) })
        return Dictionary(relations(article).map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.date)) },
                          uniquingKeysWith: +)
    }

    /// "X met Y on Wednesday. X also held talks with Z": an undated "also" encounter happens on the day told
    /// just before; not after "who arrived on Monday" (a trip of days), nor a plan after a past meeting.
    func testAnAlsoEncounterTakesTheDayToldJustBefore() {
        let byPair = datesByPair([
            "Prime Minister Ana Ruiz met Tuvalu's PM Tomas Berg in Koror on Wednesday.",
            "Ms Ruiz also held talks with Fiji's Kofi Mensah, who wants a new declaration.",
            "President Ade Bello met Chancellor Lars Vogel on Tuesday.",
            "Vogel, who arrived on Monday, also called on Prime Minister Ravi Kumar.",
            "Ruiz had last met Premier Li Wen in July. Ruiz is also likely to meet Premier Li Wen's deputy Omar Haddad.",
        ], published: Day(2026, 9, 10)!)
        XCTAssertEqual(byPair["Ana Ruiz + Kofi Mensah"]?.first??.start, Day(2026, 9, 9))
        XCTAssertEqual(byPair["Lars Vogel + Ravi Kumar"]?.count, 1)
        XCTAssertNil(byPair["Lars Vogel + Ravi Kumar"]?.first ?? nil, "a trip of several days")
        XCTAssertNil(byPair["Ana Ruiz + Omar Haddad"]?.first ?? nil, "a plan does not take a past day")
    }

    /// "warmer than the talks of a year ago": a date qualifying another meeting noun does not date the
    /// clause's interaction; "met X at the summit of June 2024" is the meeting's own date.
    func testADateOfAnotherNounDoesNotDateTheInteraction() {
        let found = datesByPair([
            "Prime Minister Aiko Mori's talks with President Dan Reyes were warmer than the talks of a year ago.",
            "Prime Minister Aiko Mori met Premier Li Wei on Monday, unlike the tense talks a year ago.",
            "Prime Minister Aiko Mori met Chancellor Anna Weber at the summit of June 2024.",
        ], published: Day(2026, 3, 20)!)
        XCTAssertEqual(found["Aiko Mori + Dan Reyes"], [nil])
        XCTAssertEqual(found["Aiko Mori + Li Wei"]?.first??.start, Day(2026, 3, 16))
        XCTAssertEqual(found["Aiko Mori + Anna Weber"]?.first??.start, Day(2024, 6, 1), "\(found)")
    }

    /// "He also met Z later in the day": "the day" is the day the paragraph told before, not the publication day.
    func testLaterInTheDayIsTheDayToldBefore() {
        let found = datesByPair([
            "On Wednesday, Prime Minister Aiko Mori held talks with Premier Li Wei. She also met Chancellor Anna Weber later in the day.",
        ], published: Day(2026, 3, 20)!)
        XCTAssertEqual(found["Aiko Mori + Anna Weber"]?.first??.start, Day(2026, 3, 18))
        XCTAssertEqual(found["Aiko Mori + Li Wei"]?.first??.start, Day(2026, 3, 18))
    }

    /// "met Bessent to review the tariff schedule that takes effect in April": a date in a relative clause
    /// after the interaction word dates that clause's noun; the meeting keeps "on Wednesday".
    func testADateInARelativeClauseDatesItsNoun() {
        let found = datesByPair([
            "On Wednesday, Prime Minister Aiko Mori met Chancellor Anna Weber to review the tariff schedule that takes effect in April.",
        ], published: Day(2026, 3, 20)!)
        XCTAssertEqual(found["Aiko Mori + Anna Weber"]?.first??.start, Day(2026, 3, 18))
    }

    /// "told lawmakers on Monday that he had spoken with X last week": the reported call has the date
    /// inside the reported part, not the day it was told; without a date of its own it keeps the saying's.
    func testAReportedInteractionTakesTheDateInsideTheReport() {
        let found = datesByPair([
            "Minister Ivan Petrov told lawmakers on Monday that he had spoken by telephone with Minister Jonas Holm last week.",
            "Minister Sigrid Holm said on Tuesday that she met Minister Otto Kamau.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(found["Ivan Petrov + Jonas Holm"], [TimeSpan(start: Day(2026, 11, 9)!, end: Day(2026, 11, 15)!, granularity: .week)])
        XCTAssertEqual(found["Otto Kamau + Sigrid Holm"]?.first??.start, Day(2026, 11, 17))
    }

    /// "will on Monday lead a delegation to Accra to meet X ahead of the summit scheduled for December": a
    /// date after "ahead of" is the summit's; the meeting the library shows keeps "on Monday".
    func testADateAheadOfAnotherEventIsThatEventsDate() {
        let text = "Meanwhile, the Chief of Staff to the President, Femi Adebola, will on Monday lead a federal government delegation to Accra to meet Ghanaian President Kofi Mensah ahead of the ECOWAS summit scheduled for December."
        let article = Article(id: "p", path: "p.txt", title: "Talks", published: Published(day: Day(2026, 10, 15)!),
                              blocks: [Block(kind: .paragraph, text: text, offset: 0)])
        let library = Library.build(from: [article])
        let dates = library.relations.first { Set($0.people) == ["Femi Adebola", "Kofi Mensah"] }?.interactions.compactMap(\.date?.start)
        XCTAssertEqual(dates, [Day(2026, 10, 19)!], "\(library.relations)")
    }

    func testInteractionDatesComeFromTheirClauseOrTheirTimelineEntry() {
        let para = "ROME, July 6 (Wire) -- Danish Defense Minister Sigrid Holm hosted Kenyan Trade Minister Otto Kamau in late June."
        let entry = "Mar 3, 2026 – Chancellor Anna Weber and Premier Li Wei agree to meet again the following month; they also agree to share data."
        var article = Article(id: "d", path: "d.txt", title: "Talks", published: Published(day: Day(2026, 7, 6)!),
                              blocks: [Block(kind: .paragraph, text: para, offset: 0),
                                       Block(kind: .timelineEntry, text: entry, offset: 200, dateLabel: "Mar 3, 2026")])
        article.dateline = "ROME"
        let rels = relations(article)
        let byPair = Dictionary(rels.map { ($0.people.sorted().joined(separator: " + "), $0.interactions) }, uniquingKeysWith: +)
        let hosted = byPair["Otto Kamau + Sigrid Holm"]?.first?.date
        XCTAssertEqual(hosted?.start, Day(2026, 6, 21))
        XCTAssertEqual(hosted?.end, Day(2026, 6, 30))
        XCTAssertEqual(byPair["Anna Weber + Li Wei"]?.map(\.date), [TimeSpan(day: Day(2026, 3, 3)!), TimeSpan(day: Day(2026, 3, 3)!)])
    }

    /// A welcome on arrival happens the day the ", who arrived …," part names; talks during the stay do not.
    func testAWelcomeOnArrivalTakesTheArrivalsDate() {
        let paras = ["President Kofi Mensah, who arrived in Abuja on Wednesday evening, was received at the airport by Vice President Musa Bello.",
                     "Minister Ivan Petrov, who arrived on Tuesday, also held talks with his counterpart Jonas Holm in Riga."]
        let byPair = datesByPair(paras, published: Day(2026, 6, 11)!)
        XCTAssertEqual(byPair["Kofi Mensah + Musa Bello"], [TimeSpan(day: Day(2026, 6, 10)!)])
        XCTAssertEqual(byPair["Ivan Petrov + Jonas Holm"], [nil])
    }

    /// A clause with no date goes on with the day its paragraph told; "Earlier," and "Earlier in the
    /// day," stay on the day the story last told (not a ", who arrived …," day, not the publication day);
    /// a year after "through" is the term of what was signed.
    func testDatelessClausesGoOnWithTheStorysDay() {
        let paras = ["President Alan Reyes received President Omar Haidar in Ankara on Oct. 13.",
                     "Haidar, who arrived on Monday, said the visit was historic.",
                     "Earlier in the day, Minister Ivan Petrov held a separate meeting with his counterpart Jonas Holm.",
                     "Earlier, Haidar was welcomed by Speaker Tomas Berg at the palace.",
                     "Minister Sigrid Holm hosted Minister Otto Kamau on Tuesday. The two ministers signed a plan for talks through 2028."]
        let byPair = datesByPair(paras, published: Day(2026, 10, 14)!)
        XCTAssertEqual(byPair["Ivan Petrov + Jonas Holm"], [TimeSpan(day: Day(2026, 10, 13)!)])
        XCTAssertEqual(byPair["Omar Haidar + Tomas Berg"], [TimeSpan(day: Day(2026, 10, 13)!)])
        XCTAssertEqual(byPair["Otto Kamau + Sigrid Holm"], [TimeSpan(day: Day(2026, 10, 13)!), TimeSpan(day: Day(2026, 10, 13)!)])
    }

    /// "X was later received by Y", "X later held talks with Y": "later" before the interaction
    /// word keeps the day the story last told, as it does opening the clause.
    func testLaterBeforeTheVerbKeepsTheStorysDay() {
        let paras = ["ROME - Premier Anna Weber on Thursday received Prime Minister Ivo Lund at the palace.",
                     "\u{201C}We are neighbours,\u{201D} Weber told reporters.",
                     "Lund was later received at the Quirinale by Head of State Tomas Berg.",
                     "Minister Ivan Petrov later held talks with his counterpart Jonas Holm.",
                     "In his earlier calls with President Omar Haidar, Weber stressed trade."]
        let byPair = datesByPair(paras, published: Day(2026, 11, 19)!)
        XCTAssertEqual(byPair["Ivo Lund + Tomas Berg"], [TimeSpan(day: Day(2026, 11, 19)!)])
        XCTAssertEqual(byPair["Ivan Petrov + Jonas Holm"], [TimeSpan(day: Day(2026, 11, 19)!)])
        XCTAssertEqual(byPair["Anna Weber + Omar Haidar"], [nil], "\"earlier calls\" are no calls of that day")
    }

    /// "accused von der Leyen", "talks with Costa and von der Leyen": the particles are part of the mention.
    func testASurnameWithParticlesIsOneMention() {
        let paras = ["Commission President Ursula von der Leyen met the press.",
                     "President Volodymyr Zelenskyy held talks with Council President António Costa and von der Leyen on Thursday.",
                     "On Friday, Prime Minister Viktor Orbán accused von der Leyen of dragging Europe into a war."]
        let byPair = datesByPair(paras, published: Day(2026, 10, 23)!)
        XCTAssertEqual(byPair["Ursula von der Leyen + Volodymyr Zelenskyy"], [TimeSpan(day: Day(2026, 10, 22)!)])
        XCTAssertEqual(byPair["Ursula von der Leyen + Viktor Orbán"], [TimeSpan(day: Day(2026, 10, 23)!)])
    }

    func testSinceAndTargetYearsAndOtherClausesDoNotDateAnInteraction() {
        let paras = ["Chancellor Anna Weber will travel to Oslo on May 20 for talks with Premier Ivo Lund, her first visit since taking office in June last year.",
                     "President Tomas Berg, who arrived on Tuesday, is set to meet Sultan Omar Haidar on Friday.",
                     "Weber and Lund agreed on Monday to double trade by 2030.",
                     "Premier Ivo Lund will hold talks with President Tomas Berg in Oslo on Saturday, the ministry said on Thursday.",
                     "Minister Ivan Petrov, who arrived on Tuesday, also held talks with his counterpart Jonas Holm in Riga."]
        let byPair = datesByPair(paras, published: Day(2026, 5, 14)!)
        XCTAssertEqual(byPair["Anna Weber + Ivo Lund"], [TimeSpan(day: Day(2026, 5, 20)!), TimeSpan(day: Day(2026, 5, 11)!)])
        XCTAssertEqual(byPair["Omar Haidar + Tomas Berg"], [TimeSpan(day: Day(2026, 5, 15)!)])
        XCTAssertEqual(byPair["Ivo Lund + Tomas Berg"], [TimeSpan(day: Day(2026, 5, 16)!)], "the saying's date is not the talks'")
        XCTAssertEqual(byPair["Ivan Petrov + Jonas Holm"], [nil], "the arrival's date is not the talks'")
    }

    func testAHeadlineRetellingTheLedeJoinsItsDatedInteraction() {
        func src(_ block: Int, _ article: String = "h") -> SourceRef { SourceRef(article: article, sentence: "s\(block)", offset: block, block: block) }
        let jan = TimeSpan(start: Day(2026, 1, 1)!, end: Day(2026, 1, 31)!, granularity: .month)
        let trip = TimeSpan(start: Day(2026, 1, 9)!, end: Day(2026, 1, 11)!, granularity: .range)
        let folded = RelationGraph.foldedHeadlines([
            Interaction(type: .visit, date: jan, event: nil, sources: [src(-1)]),
            Interaction(type: .meeting, date: nil, event: nil, sources: [src(-1)]),
            Interaction(type: .meeting, date: trip, event: nil, sources: [src(0)]),
            Interaction(type: .meeting, date: nil, event: nil, sources: [src(-1, "other")]),
        ])
        XCTAssertEqual(folded.map(\.date), [trip, nil], "the title's two retellings join the dated lede; another article's stays")
        XCTAssertEqual(folded[0].sources.count, 2, "the title sentence once, and the lede")
    }

    func testAPersonInsideAWhoClauseIsNotTheSubject() {
        let article = peopleTestArticle([
            "Prime Minister Omar Qadir arrived in Ankara on Saturday with a large delegation of ministers.",
            "Foreign Minister Ali Dar, who accompanied Qadir, will hold talks with his counterpart Jeyhun Bayramov in Baku on Tuesday.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertEqual(rels.map { $0.people.sorted() }, [["Ali Dar", "Jeyhun Bayramov"]])
    }

    /// "their first meeting since Lund visited Oslo in March": the date after "since" is the visit's, not the meeting's.
    func testADateAfterSinceDoesNotDateTheInteractionBeforeIt() {
        let article = Article(id: "m", path: "m.txt", title: "Talks", published: Published(day: Day(2026, 8, 18)!),
                              blocks: [Block(kind: .paragraph, text: "Premier Ivo Lund held talks with President Tomas Berg, "
                                             + "their first meeting since Berg visited Oslo in March.", offset: 0)])
        let rels = relations(article)
        XCTAssertEqual(rels.first { Set($0.people) == ["Ivo Lund", "Tomas Berg"] }?.interactions.map(\.date), [nil])
    }

    /// "he" in the next sentence is the previous sentence's subject, not the last person it named.
    /// "Opposition leader X accused the premier of …": the premier the article named is who was accused;
    /// "…, said the premier" still names the speaker only.
    func testARoleStandsForTheNamedPersonItAccuses() {
        let text = ["Prime Minister Dan Aviv met the envoy on Friday.",
                    "Opposition leader Ron Tal accused the premier of fleeing the hostage families.",
                    "\"Ron Tal has no plan,\" said the premier."]
        let article = peopleTestArticle(text)
        let pairs = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertEqual(pairs.map { $0.people.sorted() }, [["Dan Aviv", "Ron Tal"]])
        XCTAssertEqual(pairs.first?.interactions.count, 1)
    }

    func testHeIsThePreviousSubject() {
        let found = InteractionExtractor.extract(peopleTestArticle([
            "On March 3, Secretary Anna Weber will meet Prime Minister Ravi Menon and Minister Arun Das in New Delhi. "
                + "In Tokyo, she will join the meeting hosted by Foreign Minister Kenji Ota on March 5.",
        ]), people: PersonRecognizer.recognize(peopleTestArticle([
            "On March 3, Secretary Anna Weber will meet Prime Minister Ravi Menon and Minister Arun Das in New Delhi. "
                + "In Tokyo, she will join the meeting hosted by Foreign Minister Kenji Ota on March 5.",
        ])))
        let pairs = Set(found.map { $0.people.sorted().joined(separator: " + ") })
        XCTAssertTrue(pairs.contains("Anna Weber + Kenji Ota"), "\(pairs)")
        XCTAssertFalse(pairs.contains("Arun Das + Kenji Ota"), "\(pairs)")
    }

    /// "X and his Cambodian counterpart Y are set to meet": one pair, joined across "his … counterpart".
    func testACounterpartJoinedByHisIsPartOfTheSubject() {
        let article = peopleTestArticle(["Thai Prime Minister Anan Chai and his Cambodian counterpart Hun Sok are set to meet on Wednesday, officials said."])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        XCTAssertEqual(rels.map { $0.people.sorted() }, [["Anan Chai", "Hun Sok"]])
        XCTAssertEqual(rels.first?.interactions.map(\.type), [.meeting])
    }

    /// "X met Y on Saturday, and the two leaders agreed to convene … in November", "… and will meet again in
    /// August": the pair's next encounter, told after "and", is dated on its own; a topic ("discussed the
    /// summit in June") is none.
    func testAPairsNextEncounterToldAfterAndIsDatedOnItsOwn() {
        let found = datesByPair([
            "President Tendai Moyo met President Bwalya Banda on Saturday, and the two leaders agreed to convene a commission in Harare in November.",
            "Foreign Minister Ana Ruiz and her counterpart, Luis Vera, agreed on Thursday to revive a trade commission, and will meet again in Lima in September.",
            "President Tendai Moyo met President Kofi Mensah on Saturday and discussed the summit in June.",
        ], published: Day(2026, 8, 17)!)
        XCTAssertEqual(found["Bwalya Banda + Tendai Moyo"]?.compactMap { $0?.start.month }.sorted(), [8, 11])
        XCTAssertEqual(found["Ana Ruiz + Luis Vera"]?.compactMap { $0?.start.month }.sorted(), [8, 9])
        XCTAssertEqual(found["Kofi Mensah + Tendai Moyo"]?.compactMap { $0?.start.month }, [8])
    }

    /// A readout's later paragraph naming no one ("Recalling their telephone conversation in July 2025, the
    /// leaders …") goes on with the story's first pair, not a pair told in between.
    func testAParagraphNamingNoOneGoesOnWithTheFirstPair() {
        let found = datesByPair([
            "Prime Minister Rajan Mehta held talks with Chancellor Karl Huber in New Delhi today.",
            "Mehta will attend a summit next week hosted by President Ana Ruiz.",
            "Recalling their telephone conversation in July 2025, the leaders expressed satisfaction with the partnership.",
        ], published: Day(2026, 3, 5)!)
        XCTAssertEqual(found["Karl Huber + Rajan Mehta"]?.compactMap { $0?.start.iso }.sorted(), ["2025-07-01", "2026-03-05"])
        XCTAssertFalse(found["Ana Ruiz + Rajan Mehta"]?.contains { $0?.start.year == 2025 } ?? false)
    }

    /// "phoned Y on Tuesday …, a day after he told Z by phone …": the part after "a day after" is a day
    /// earlier; a date in a reported clause ("said Y and Z had agreed to meet in the coming months") does
    /// not date the saying.
    func testADayAfterShiftsAndAReportedDateDoesNotDateTheSaying() {
        let found = datesByPair([
            "Turkish President Emre Aydin phoned Russian President Ivan Petrenko on Tuesday, a day after the Turkish leader told Ukrainian President Olena Marchenko by phone that Istanbul was ready.",
            "Spokesman Dmitry Orlov said Ivan Petrenko and Emre Aydin had agreed to meet in the coming months.",
        ], published: Day(2026, 4, 22)!)
        XCTAssertEqual(found["Emre Aydin + Ivan Petrenko"]?.first??.start, Day(2026, 4, 21))
        XCTAssertEqual(found["Emre Aydin + Olena Marchenko"]?.first??.start, Day(2026, 4, 20))
        XCTAssertEqual(found["Dmitry Orlov + Ivan Petrenko"], [nil])
    }

    /// Gulf wire style: "received a phone call from His Highness the Amir of the State of Kuwait, Sheikh
    /// Mishal …" is a call with the name after the long style; "received Saudi Foreign Minister Prince
    /// Faisal …" meets the prince, whose office stands before his other title.
    func testAStyledNameInAppositionAndAnOfficeBeforeAPrinceAreTheObject() {
        let article = peopleTestArticle([
            "President Omar Qadir on Tuesday received a phone call from His Highness the Amir of the State of Kuwait, Sheikh Nasser Al-Ahmad Al-Sabah, the office said.",
            "Earlier, Qadir received Saudi Foreign Minister Prince Turki bin Nawaf Al Saud at the palace.",
        ])
        let rels = InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article))
        let byPair = Dictionary(rels.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.type)) }, uniquingKeysWith: +)
        XCTAssertEqual(byPair["Nasser Al-Ahmad Al-Sabah + Omar Qadir"], [.phoneCall], "\(byPair)")
        XCTAssertEqual(byPair["Omar Qadir + Turki bin Nawaf Al Saud"], [.meeting], "\(byPair)")
    }

    /// "Rubio phoned both leaders … Putin, who hosted the two men in 2022": "the two men" are the
    /// leaders the call reached, not the caller and one of them.
    func testTheTwoMenAfterAGroupCallAreTheGroup() {
        let article = peopleTestArticle([
            "Prime Minister Ivo Lund and President Tomas Berg met in Geneva on July 9. Secretary Anna Weber phoned both leaders the following week.",
            "President Omar Qadir, who hosted the two men in Sochi in October 2022, has not spoken about the talks.",
        ])
        let pairs = Set(InteractionExtractor.extract(article, people: PersonRecognizer.recognize(article)).map { $0.people.sorted().joined(separator: " + ") })
        XCTAssertTrue(pairs.isSuperset(of: ["Ivo Lund + Omar Qadir", "Omar Qadir + Tomas Berg"]), "\(pairs)")
        XCTAssertFalse(pairs.contains("Anna Weber + Omar Qadir"), "\(pairs)")
    }

    /// "met …, at the invitation of X": the host pairs with both; the two who met stay the pair a later
    /// "both leaders" means. "told a joint press conference with Y shortly after 3pm": a press
    /// conference with someone ties them, on the day told; "told a conference in Baku" ties no one.
    func testAnInvitationAndAJointPressConferenceTieTheirSides() {
        let found = datesByPair([
            "Prime Minister Ivo Lund and President Tomas Berg met in Geneva on July 9, at the invitation of President Omar Qadir. "
                + "Secretary Anna Weber phoned both leaders the following week.",
            "Leaders approved the loan on Friday.",
            "\"We delivered,\" Chancellor Lena Stahl told a joint press conference with President Jan Novak shortly after 3pm.",
            "Chancellor Lena Stahl told a conference in Baku that President Jan Novak was right.",
        ], published: Day(2026, 7, 24)!)
        XCTAssertEqual(found["Ivo Lund + Omar Qadir"], [TimeSpan(day: Day(2026, 7, 9)!)], "\(found)")
        XCTAssertEqual(found["Omar Qadir + Tomas Berg"], [TimeSpan(day: Day(2026, 7, 9)!)])
        XCTAssertNotNil(found["Anna Weber + Ivo Lund"])
        XCTAssertNil(found["Anna Weber + Omar Qadir"])
        XCTAssertEqual(found["Jan Novak + Lena Stahl"]?.first, TimeSpan(day: Day(2026, 7, 24)!))
        XCTAssertEqual(found["Jan Novak + Lena Stahl"]?.count, 2, "the second sentence is a statement about Novak")
    }

    /// "spent two days in Washington going through the draft with X": the people who spent them kept
    /// X's company and each other's; "spent billions on roads" ties no one.
    func testSpendingTimeWithSomeoneTiesThem() {
        let found = datesByPair([
            "Two weeks later, their ministers, Arto Vardanyan and Rauf Guliyev, spent two days in Washington going through the draft line by line with Secretary Anna Weber.",
            "President Omar Qadir spent billions on roads, President Tomas Berg said.",
        ], published: Day(2026, 9, 14)!)
        XCTAssertNotNil(found["Anna Weber + Arto Vardanyan"], "\(found)")
        XCTAssertNotNil(found["Anna Weber + Rauf Guliyev"])
        XCTAssertNotNil(found["Arto Vardanyan + Rauf Guliyev"], "those who spent the days together")
        XCTAssertNil(found["Omar Qadir + Tomas Berg"])
    }

    /// "will meet Prime Minister X and External Affairs Minister Y": a capitalized portfolio before the
    /// second office still joins the list. "His feud with X in January 2025 …, and his visit on Feb. 3,
    /// where the two men shook hands": an exchange, then a handshake of the same pair on its own day.
    func testAPortfolioJoinsTheListAndAHandshakeFollowsAFeud() {
        let found = datesByPair([
            "On March 3, Secretary Anna Weber will meet Prime Minister Ravi Menon and External Affairs Minister Arun Das in New Delhi.",
            "President Omar Qadir has not made it easy. His public feud with President Tomas Berg in January 2025 cost weeks of trade, "
                + "and his visit to Geneva on Feb. 3, where the two men finally shook hands, did little to help.",
            "The storm shook the markets, President Ivo Lund said on Friday.",
        ], published: Day(2026, 2, 20)!)
        XCTAssertEqual(found["Anna Weber + Arun Das"], [TimeSpan(day: Day(2026, 3, 3)!)], "\(found)")
        XCTAssertEqual(Set(found["Omar Qadir + Tomas Berg"]?.compactMap { $0?.start } ?? []), [Day(2025, 1, 1)!, Day(2026, 2, 3)!])
        XCTAssertEqual(found.count, 3)
    }

    /// "met Wednesday with Canada's ambassador to the United States, Mark Wiseman,": the envoy's posting
    /// between the title and the comma still introduces the name the meeting was with.
    func testAnEnvoysPostingBeforeTheAppositiveName() {
        let found = datesByPair([
            "Gov. Laura Brandt met Wednesday with Norway's ambassador to the United States, Erik Solheim, at the Capitol.",
            "Mayor Tom Reyes hosted the Brazilian consul general to the Midwest, Paulo Lima, on Tuesday.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(found["Erik Solheim + Laura Brandt"]?.first??.start, Day(2026, 11, 18))
        XCTAssertEqual(found["Paulo Lima + Tom Reyes"]?.first??.start, Day(2026, 11, 17))
    }

    /// "SEOUL, Nov. 22 (Yonhap) -- X received Y … the previous day, KCNA reported Sunday": the wire
    /// dateline dates the filing, the clause's own "the previous day" dates the meeting.
    func testAWireDatelineDatesTheFilingNotTheMeeting() {
        let found = datesByPair([
            "SEOUL, Nov. 22 (Yonhap) -- Premier Han Dae-sung received Ivan Volkov, secretary of Russia's Security Council, in Pyongyang the previous day and discussed trade, state media reported Sunday.",
        ], published: Day(2026, 11, 22)!)
        XCTAssertEqual(found["Han Dae-sung + Ivan Volkov"]?.first??.start, Day(2026, 11, 21))
    }

    /// "thanked X for his country's support during the floods of 2022": the year dates the floods, not
    /// the thanks; "met Y at the summit of June 2024" is still the meeting's own date.
    func testAYearOfADisasterDatesTheDisasterOnly() {
        let found = datesByPair([
            "Prime Minister Omar Latif thanked President Kemal Aras for his country's support during the floods of 2022.",
            "Prime Minister Omar Latif met President Ana Ruiz at the summit of June 2024.",
        ], published: Day(2026, 8, 3)!)
        XCTAssertFalse(found["Kemal Aras + Omar Latif"]?.contains { $0?.start.year == 2022 } ?? true)
        XCTAssertEqual(found["Ana Ruiz + Omar Latif"]?.first??.start, Day(2024, 6, 1))
    }

    /// "The North's leader last met Y in June": in Korean press "the North" is North Korea, so the
    /// North Korean leader named before, not the South Korean one.
    func testTheNorthsLeaderIsTheNorthKoreanLeader() {
        let found = datesByPair([
            "North Korean leader Pak Chol received Minister Ivan Volkov on Saturday.",
            "South Korean President Han Min-su is set to travel to Tokyo next week.",
            "The North's leader last met Volkov in June in Pyongyang.",
        ], published: Day(2026, 11, 22)!)
        XCTAssertEqual(found["Ivan Volkov + Pak Chol"]?.compactMap { $0?.start.iso }.sorted(), ["2026-06-01", "2026-11-21"])
        XCTAssertNil(found["Han Min-su + Ivan Volkov"])
    }

    /// "X speaks with Y, will fly to Washington next week" as a headline: the body's call on Saturday is the
    /// pair's encounter; the headline's "next week" belongs to the trip.
    func testAHeadlineRetellsTheBodysEncounter() {
        let article = Article(id: "h", path: "h.txt", title: "Aviv speaks with Cole, will fly to Washington next week",
                              published: Published(day: Day(2026, 11, 21)!),
                              blocks: [Block(kind: .paragraph, text: "Prime Minister Dan Aviv spoke by phone with President Ben Cole on Saturday night.", offset: 0)])
        let found = Dictionary(relations(article).map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map(\.date)) },
                               uniquingKeysWith: +)
        XCTAssertEqual(found["Ben Cole + Dan Aviv"]?.map { $0?.start }, [Day(2026, 11, 21)])
    }

    /// "On the sidelines of the summit, X held talks with Y" takes the day the story opened with (not the
    /// wire dateline's); "…, and both agreed to meet in June" is the pair's next encounter.
    func testASidelinesEncounterTakesTheLeadsDay() {
        let found = datesByPair([
            "Lima, Mar 16 (EFE).- The leaders of the bloc closed on the 14th a summit in Lima with a declaration.",
            "The foreign minister, Rosa Paz, met Foreign Minister Hugo Diaz on the 13th.",
            "On the margins of the summit, the prime minister, Pablo Ruiz Ortega, held a bilateral meeting with the president of Peru, Ana Lima Soto.",
            "President Ana Lima Soto spoke by telephone on the 15th with Ruiz, according to a statement, and both agreed to meet in Madrid in June.",
        ], published: Day(2026, 3, 16)!)
        XCTAssertEqual(found["Ana Lima Soto + Pablo Ruiz Ortega"]?.compactMap { $0?.start }.sorted(),
                       [Day(2026, 3, 14)!, Day(2026, 3, 15)!, Day(2026, 6, 1)!])
    }

    /// "Separately, X called on Y at the PM House": another item of the dispatch, on the day the story told.
    func testASeparateItemStaysOnTheDayTold() {
        let found = datesByPair([
            "Prime Minister Tahir Mahmood on Wednesday received a telephone call from President Ali Karimov.",
            "Separately, Governor Imran Baig called on Prime Minister Tahir Mahmood at the PM House.",
        ], published: Day(2026, 10, 7)!)
        XCTAssertEqual(found["Imran Baig + Tahir Mahmood"]?.first??.start, Day(2026, 10, 7))
    }

    /// "EAM X met the visiting leader on Wednesday evening": of the leaders named, the guest is the one
    /// told arriving ("Y, who arrived in New Delhi on Wednesday night").
    func testTheVisitingLeaderIsTheOneWhoArrived() {
        let found = datesByPair([
            "Prime Minister Ravi Menon held talks with President Anil Perera on Thursday.",
            "Perera, who arrived in New Delhi on Wednesday night, later called on President Meera Rao.",
            "EAM Arjun Das met the visiting leader on Wednesday evening.",
        ], published: Day(2026, 11, 19)!)
        XCTAssertEqual(found["Anil Perera + Arjun Das"]?.first??.start, Day(2026, 11, 18))
        XCTAssertNil(found["Arjun Das + Ravi Menon"])
    }
}
