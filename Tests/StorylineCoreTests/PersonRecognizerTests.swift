import XCTest
@testable import StorylineCore

/// Builds an article from body paragraphs (and an optional byline) for recognizer tests.
func peopleTestArticle(id: String = "a1", title: String = "News", byline: String? = nil, _ paragraphs: [String]) -> Article {
    var offset = 0
    var blocks: [Block] = []
    for p in paragraphs {
        blocks.append(Block(kind: .paragraph, text: p, offset: offset))
        offset += p.unicodeScalars.count + 1
    }
    return Article(id: id, path: "\(id).txt", title: title, byline: byline, blocks: blocks)
}

final class PersonRecognizerTests: XCTestCase {
    private func people(_ paragraphs: [String], title: String = "News", byline: String? = nil) -> [String: Person] {
        let r = PersonRecognizer.recognize(peopleTestArticle(title: title, byline: byline, paragraphs))
        return Dictionary(r.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// South Asian wire forms: "Special Assistant to the PM X" holds the assistant's office, not the PM's;
    /// "Governor Punjab Sardar X": the place of the office and the style are no part of the name, and the
    /// headline's "Governor Punjab" names no one; "Minister of Investment X" keeps the portfolio out of the name.
    func testSouthAsianOfficeFormsBeforeAName() {
        let found = people([
            "Governor Sindh Sardar Imran Qadir Baig called on Prime Minister Tahir Mahmood at the PM House.",
            "Special Assistant to the PM Syed Nabeel Jafri was also present.",
            "He later met Saudi Minister of Investment Fahd Al-Rashed.",
        ], title: "Governor Sindh, Saudi minister call on premier")
        XCTAssertNotNil(found["Imran Qadir Baig"], "\(found.keys)")
        XCTAssertNil(found["Sindh"], "\(found.keys)")
        XCTAssertEqual(found["Syed Nabeel Jafri"]?.leader, false)
        XCTAssertEqual(found["Syed Nabeel Jafri"]?.roles.first?.title, "Special Assistant")
        XCTAssertNotNil(found["Fahd Al-Rashed"], "\(found.keys)")
    }

    /// "Chief Minister Khyber Pakhtunkhwa X" under a headline's "KP CM": the words the article abbreviates
    /// are the office's seat; "Muhammad X Y" and "X Y" are one person.
    func testAnAbbreviatedSeatAndADevotionalFirstName() {
        let found = people([
            "Prime Minister Muhammad Tahir Mahmood met the envoy on Wednesday.",
            "Earlier, Chief Minister Gilgit Baltistan Imran Qadir called on Prime Minister Tahir Mahmood at the PM House.",
        ], title: "GB CM calls on premier")
        XCTAssertNotNil(found["Imran Qadir"], "\(found.keys)")
        XCTAssertEqual(found["Imran Qadir"]?.roles.first?.country, "Gilgit Baltistan")
        XCTAssertEqual(found.keys.filter { $0.hasSuffix("Tahir Mahmood") }.count, 1, "\(found.keys)")
    }

    /// "His Majesty Sultan X": a form of address before a monarch's title is no organization; he leads.
    func testAMonarchAfterAFormOfAddressIsALeader() {
        let found = people(["His Majesty Sultan Khalid bin Hamdan today opened the session of the council."])
        XCTAssertEqual(found["Khalid bin Hamdan"]?.leader, true)
    }

    /// "Petrobras chief executive Magda Chambriard": a name after a company's "chief executive" is a person.
    func testANameAfterChiefExecutiveIsAPerson() {
        let found = people(["Energy Minister Ana Ruiz met Petrobras chief executive Marta Vilela on Wednesday morning to discuss prices."])
        XCTAssertNotNil(found["Marta Vilela"], "\(found.keys)")
    }

    /// "Cook Islands PM Mark Tane": a small Pacific state's prime minister is its leader, not a regional premier.
    func testAPacificStatesPrimeMinisterIsALeader() {
        let found = people(["New Zealand PM Ana Ruiz met Cook Islands PM Mark Tane on Tuesday night."])
        XCTAssertEqual(found["Mark Tane"]?.leader, true)
        XCTAssertEqual(found["Mark Tane"]?.roles.first?.country, "Cook Islands")
    }

    func testATitleCaseHeadlineNamesOnlyWhatTheTextAlsoCapitalizes() {
        // Every word of a title-case headline is capitalized: the verb after a title is no name.
        let none = people(["Canada's prime minister met business leaders on Tuesday to discuss tariffs, his office said."],
                          title: "Canadian Prime Minister Holds Talks Amid Tariff Row")
        XCTAssertEqual(Set(none.keys), [])
        let trimmed = people(["Japan's prime minister, Shigeru Ishiba, arrived in Seoul on Monday for talks on trade."],
                             title: "Japanese Prime Minister Shigeru Ishiba Visits Seoul Amid Trade Dispute")
        XCTAssertEqual(Set(trimmed.keys), ["Shigeru Ishiba"])
        XCTAssertEqual(trimmed["Shigeru Ishiba"]?.leader, true)
        // A headline in sentence case still names people of its own.
        let kept = people(["The prime minister met provincial premiers on Tuesday."],
                          title: "Prime Minister Mark Carney meets premiers over tariffs")
        XCTAssertEqual(Set(kept.keys), ["Mark Carney"])
    }

    /// "Head of the Presidential Office Taras Melnyk": the capitalized office's name ends on a body noun, and
    /// the full name after it is its holder, no leader; the office words are no part of the name.
    func testHeadOfANamedOfficeBeforeAFullName() {
        let found = people(["Head of the Presidential Office Taras Melnyk spoke by phone with U.S. special envoy Dan Ross on Sept. 22."])
        XCTAssertEqual(Set(found.keys), ["Taras Melnyk", "Dan Ross"])
        XCTAssertEqual(found["Taras Melnyk"]?.leader, false)
    }

    /// A Nigerian presidency's attribution: "signed by the Special Adviser to the President on Information and Strategy,
    /// Bayo Adeleke, on Wednesday evening" names the adviser, no leader, whatever follows the name.
    func testAnAdviserToThePresidentOnABriefInAppositionBeforeTheName() {
        let found = people(["President Bola Adeyemi on Wednesday hosted President Malick Sow at the State House.",
                            "This was disclosed by the Presidency in a statement signed by the Special Adviser to the President on Information and Strategy, Bayo Adeleke, on Wednesday evening."])
        XCTAssertEqual(Set(found.keys), ["Bola Adeyemi", "Malick Sow", "Bayo Adeleke"])
        XCTAssertEqual(found["Bayo Adeleke"]?.leader, false)
    }

    /// "the Chief of Staff to the President, Femi Adeola," holds the chief of staff's office, not the president's;
    /// "spoke to the President, Bola Adeyemi," names the president.
    func testAnOfficeServingThePresidentInAppositionIsNoLeader() {
        let found = people(["Meanwhile, the Chief of Staff to the President, Femi Adeola, will lead a delegation to Accra.",
                            "The minister spoke to the President, Bola Adeyemi, on Monday."])
        XCTAssertEqual(found["Femi Adeola"]?.leader, false)
        XCTAssertEqual(found["Bola Adeyemi"]?.leader, true)
    }

    func testTitledLeadersOfManyCountriesWithUnseenNames() {
        let found = people([
            "German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Monday.",
            "Indian Prime Minister Narendra Modi and King Charles spoke later, while Premier Li Qiang stayed home.",
            "Brazil's foreign minister Joana Prates said talks would continue.",
        ])
        XCTAssertEqual(Set(found.keys), ["Friedrich Merz", "Emmanuel Macron", "Narendra Modi", "Charles", "Li Qiang", "Joana Prates"])
        XCTAssertEqual(found["Friedrich Merz"]?.roles, [Role(title: "Chancellor", country: "Germany")])
        XCTAssertEqual(found["Emmanuel Macron"]?.country, "France")
        XCTAssertEqual(found["Narendra Modi"]?.country, "India")
        XCTAssertEqual(found["Joana Prates"]?.country, "Brazil")
        for leader in ["Friedrich Merz", "Emmanuel Macron", "Narendra Modi", "Charles", "Li Qiang"] {
            XCTAssertEqual(found[leader]?.leader, true, leader)
        }
        XCTAssertEqual(found["Joana Prates"]?.leader, false)
    }

    /// A Kremlin-style readout: given name and patronymic address a person already named; an
    /// aide's title is no part of the name.
    func testQuotedNicknameStaysInsideTheName() {
        let found = people([
            "Governor Roberto \u{201C}Bobby\u{201D} Villanueva Jr. met Mayor Ana Cruz on Monday.",
            "Senator Maria \"Mimi\" Delgado said Villanueva would attend.",
        ])
        XCTAssertEqual(Set(found.keys), ["Roberto Villanueva Jr", "Ana Cruz", "Maria Delgado"])
    }

    func testCapitalizedFamilyNameBeforeAGivenNameAfterATitle() {
        let found = people([
            "On May 2, Mr. HAYASHIDA Kenta, Minister of Justice of Japan, held a meeting with Prime Minister OKAMURA Rie.",
            "Minister Hayashida explained the plan.",
        ])
        XCTAssertEqual(Set(found.keys), ["Hayashida Kenta", "Okamura Rie"])
    }

    func testCommuniqueListOfHeadsOfStateWithFullStateNames() {
        let found = people([
            "The Session was held under the chairmanship of His Excellency Kwame Osei Boateng, President of the Republic of Sierra Leone and Chairman of the Authority.",
            "The following attended: H.E. Musa Danjuma Bello, President of the Federal Republic of Nigeria; H.E. Koffi Yao N'Guessan, President of the Republic of Côte d'Ivoire.",
        ])
        XCTAssertEqual(Set(found.keys), ["Kwame Osei Boateng", "Musa Danjuma Bello", "Koffi Yao N'Guessan"])
        XCTAssertEqual(found["Musa Danjuma Bello"]?.country, "Nigeria")
        XCTAssertEqual(found["Koffi Yao N'Guessan"]?.country, "Côte d'Ivoire")
        XCTAssertEqual(found["Kwame Osei Boateng"]?.leader, true)
    }

    func testSaintHyphenatedFamilyName() {
        let found = people([
            "The chair of the Transitional Council, Michel Saint-Aubin, told the leaders on Wednesday that the vote would go ahead.",
            "Prime Minister Rose Dalrymple met Saint-Aubin later.",
        ])
        XCTAssertEqual(Set(found.keys), ["Michel Saint-Aubin", "Rose Dalrymple"])
    }

    func testUndersecretaryAndPressOfficerAreTitles() {
        let found = people(["Palace Press Officer Undersecretary Ana Reyes said the two leaders agreed to keep supplies flowing."])
        XCTAssertEqual(Set(found.keys), ["Ana Reyes"])
        XCTAssertEqual(found["Ana Reyes"]?.roles.first?.title, "Undersecretary")
    }

    func testSixWordNameKeepsItsOwnFamilyName() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Foreign Minister Juan Carlos de la Vega Ramírez held a separate meeting with Governor Luis Ramírez Soto on the afternoon of that day to discuss how the new bridge would be paid for.",
        ]))
        XCTAssertEqual(Set(r.mentions.map(\.person)), ["Juan Carlos de la Vega Ramírez", "Luis Ramírez Soto"])
        XCTAssertEqual(r.mentions.count, 2)
    }

    func testStyleIsNoRoleAndADeputyOfficeBeforeAndIsNoLeader() {
        let found = people([
            "The meeting was attended by His Highness Sheikh Saif bin Khalid Al Qasimi, Deputy Ruler of the emirate; "
                + "and His Highness Sheikh Omar bin Khalid Al Qasimi, Deputy Prime Minister and Minister of Interior.",
        ])
        XCTAssertEqual(found["Saif bin Khalid Al Qasimi"]?.roles, [])
        XCTAssertEqual(found["Omar bin Khalid Al Qasimi"]?.roles.map(\.title), ["Deputy Prime Minister"])
        XCTAssertEqual(found["Omar bin Khalid Al Qasimi"]?.leader, false)
    }

    func testPatronymicAddressIsNoNewPerson() {
        let found = people([
            "Russian President Pavel Orlov held talks with Belarusian President Anton Sidorenko in Moscow on Wednesday.",
            "\"Anton Grigoryevich, I am very glad to see you,\" Orlov said.",
            "\"Thank you, Pavel Semyonovich,\" Sidorenko replied, Presidential Aide Yury Belov said.",
        ])
        XCTAssertEqual(Set(found.keys), ["Pavel Orlov", "Anton Sidorenko", "Yury Belov"])
    }

    /// A Xinhua-style readout names officials bare: a Chinese family name and a pinyin given name.
    func testChineseNamesWithoutTitles() {
        let found = people([
            "After the talks, the two presidents witnessed the signing of documents. Cai Qi and Wang Yi attended the events.",
            "Top legislator Zhao Leji will meet him on Thursday in the Long Island hotel, near Sun Valley.",
        ])
        XCTAssertEqual(Set(found.keys), ["Cai Qi", "Wang Yi", "Zhao Leji"])
        XCTAssertTrue(PersonLexicon.isPinyinGivenName("Jinping"))
        XCTAssertFalse(PersonLexicon.isPinyinGivenName("Valley"))
    }

    /// "met Brazil's Lula": a single name after a country's possessive, met by someone, is a person;
    /// without a meeting word or "with" before it ("Brazil's Congress approved") it is not.
    func testSingleNameAfterACountryPossessiveMetBySomeone() {
        let found = people(["Prime Minister Pedro Alves met Brazil's Lula on Sunday night.", "Brazil's Congress approved the budget."])
        XCTAssertEqual(Set(found.keys), ["Pedro Alves", "Lula"])
    }

    /// A sentence crowded with names but with long lower-case words is prose; a headline stays title case.
    func testNameHeavySentenceIsNotTitleCase() {
        XCTAssertFalse(ScannedBlock(index: 0, text: "Earlier on Wednesday, Russian Foreign Minister Sergey Volkov met with his Belarusian "
                                    + "Counterpart Maxim Petrenko at the Foreign Ministry mansion on Spiridonovka Street.").titleCase)
        XCTAssertFalse(ScannedBlock(index: 0, text: "Russian Foreign Minister Sergey Volkov Met Belarusian Counterpart Maxim Petrenko "
                                    + "at the Foreign Ministry mansion.").titleCase)
        XCTAssertTrue(ScannedBlock(index: 0, text: "Canada and Mexico Close Ranks Ahead of Trade Pact Review").titleCase)
        XCTAssertTrue(ScannedBlock(index: 0, text: "Trump Meets Xi after Tariff Truce Between Nations").titleCase)
    }

    /// "their presidents, A and B": both listed people hold the office.
    func testPluralTitleBeforeAListNamesLeaders() {
        let found = people(["Vice-Premier Wu Ming said the two sides would report to their presidents, Kim Ha-neul and Tomas Berg, who spoke on May 29."])
        XCTAssertEqual(found["Kim Ha-neul"]?.leader, true)
        XCTAssertEqual(found["Tomas Berg"]?.leader, true)
        XCTAssertEqual(found["Wu Ming"]?.leader, false)
    }

    /// Rank and portfolio words before a title belong to the office; a deputy is no leader.
    func testRankAndPortfolioBeforeATitleArePartOfTheOffice() {
        let found = people(["Deputy Secretary of State Carl Moss met U.S. Trade Representative Jan Greerson and External Affairs Minister Ravi Anand.",
                            "Deputy President Paul Sithole spoke later."])
        XCTAssertEqual(found["Carl Moss"]?.roles.first?.title, "Deputy Secretary of State")
        XCTAssertEqual(found["Jan Greerson"]?.roles.first, Role(title: "Trade Representative", country: "United States"))
        XCTAssertEqual(found["Ravi Anand"]?.roles.first?.title, "External Affairs Minister")
        XCTAssertEqual(found["Paul Sithole"]?.leader, false)
    }

    /// "The libertarian leader": a political epithet between "the" and the title still refers to the article's leader.
    func testAnEpithetBeforeATitleKeepsTheRoleReference() {
        let r = PersonRecognizer.recognize(peopleTestArticle(["President Javier Molina met Kristina Georgieva in Washington on Thursday.",
                                                              "The libertarian leader had met Georgieva in early March."]))
        XCTAssertEqual(r.mentions.filter { $0.person == "Javier Molina" }.count, 2)
    }

    /// A name closing a long office in apposition, right before "said", is the speaker.
    func testNameInAppositionAfterALongOfficeBeforeSaid() {
        let found = people(["A statement by the Special Adviser to the President on Information and Strategy, Bayo Okonkwo, said talks went well."])
        XCTAssertEqual(Set(found.keys), ["Bayo Okonkwo"])
    }

    /// "Roman Abramovich"-like surnames that look like patronymics stay people when no one shares the given name.
    func testPatronymicShapedSurnameStaysAPerson() {
        let found = people(["\"We will invest,\" Roman Kuzmich said on Monday."])
        XCTAssertEqual(Set(found.keys), ["Roman Kuzmich"])
    }

    /// Names after "counterpart" and with a portfolio in apposition are people even with unlisted given names.
    func testCounterpartAndPortfolioAppositionAnchorNames() {
        let found = people([
            "Foreign Minister Sergei Volkov met his Belarusian counterpart Maxim Ryzhkovets on Wednesday.",
            "Marcelo Arriaga, Mexico's economy minister, will meet the trade representative next week.",
        ])
        XCTAssertEqual(Set(found.keys), ["Sergei Volkov", "Maxim Ryzhkovets", "Marcelo Arriaga"])
        XCTAssertEqual(found["Marcelo Arriaga"]?.country, "Mexico")
        let leaders = people(["President Ade Bello on Thursday received his Ghanaian counterpart, Kofi Mensah, at the villa."])
        XCTAssertEqual(leaders["Kofi Mensah"]?.leader, true, "a president's counterpart holds the same office")
    }

    func testFormerAndThenTitlesAreNotLeaders() {
        let found = people([
            "In a meeting with former Brazilian president Tomas Velho, the envoy smiled.",
            "Ex-Prime Minister Ana Quist and then-Kenyan President Otto Mbeki were absent.",
            "Kenyan President Otto Mbeki later spoke.",
        ])
        XCTAssertEqual(found["Tomas Velho"]?.former, true)
        XCTAssertEqual(found["Tomas Velho"]?.leader, false)
        XCTAssertEqual(found["Tomas Velho"]?.country, "Brazil")
        XCTAssertEqual(found["Ana Quist"]?.former, true)
        XCTAssertEqual(found["Ana Quist"]?.leader, false)
        // Still in office when the article speaks of him in the present.
        XCTAssertEqual(found["Otto Mbeki"]?.leader, true)
        XCTAssertEqual(found["Otto Mbeki"]?.former, false)
    }

    func testBareSurnameGoesToThePresidentNotTheAmbassadorSharingIt() {
        let article = peopleTestArticle([
            "President Kang Min-seo will travel to Hanoi next week.",
            "South Korea’s ambassador to Vietnam, Kang\u{202F}Do\u{2011}hyun, told reporters the trip matters.",
            "Kang’s departure is set for Monday, and Kang will meet business leaders.",
        ])
        let r = PersonRecognizer.recognize(article)
        XCTAssertEqual(Set(r.people.map(\.name)), ["Kang Min-seo", "Kang Do-hyun"])
        let bare = r.mentions.filter { $0.block == 2 }
        XCTAssertEqual(bare.count, 2)
        XCTAssertTrue(bare.allSatisfy { $0.person == "Kang Min-seo" })
        XCTAssertEqual(r.people.first { $0.name == "Kang Do-hyun" }?.roles, [Role(title: "Ambassador", country: "South Korea")])
    }

    func testFullNameInTheSameParagraphWinsForABareSurname() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "President Kang Min-seo opened the forum.",
            "Lawmaker Kang Ye-jin, who chairs the panel, said Kang had not read the bill.",
        ]))
        XCTAssertEqual(r.mentions.filter { $0.block == 1 }.map(\.person), ["Kang Ye-jin", "Kang Ye-jin"])
    }

    func testRoleOnlyReferencesResolveWhenUnambiguous() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Mexican President Ana Ruiz called Canadian Prime Minister Luc Roy.",
            "The call came a day after speaking with Mexico’s leader, aides said; the Canadian prime minister agreed.",
            "The Japanese prime minister was not consulted.",
        ]))
        let roleMentions = r.mentions.filter { $0.block >= 1 }
        XCTAssertEqual(roleMentions.map(\.person), ["Ana Ruiz", "Luc Roy", RoleResolver.key(title: "Prime Minister", country: "Japan")])
        XCTAssertEqual(roleMentions.map(\.surface), ["Mexico’s leader", "the Canadian prime minister", "The Japanese prime minister"])
        XCTAssertEqual(r.people.count, 2, "an open role reference is left for the corpus, not made a person")
    }

    func testPlacesOrganizationsAndCalendarWordsAreNotPeople() {
        let found = people([
            "Back at Cheong Wa Dae, officials met at the Oval Office of the White House after visiting Todaiji Temple.",
            "The National Assembly and the Democratic Party of North Korea watched the Asia-Pacific Economic Cooperation forum.",
            "On Tuesday, June 10, NHK reported that Korea‑Japan and U.S.-China talks with Supporters of Hong Kong resumed.",
        ])
        XCTAssertEqual(found.keys.sorted(), [])
    }

    func testBylineAndByLineOpeningsAreNotPeople() {
        let found = people(["By Min Ha-eun Posted : May 1, 2025", "Markets rose on Friday."], byline: "Jane Doe")
        XCTAssertTrue(found.isEmpty, "\(found.keys)")
    }

    func testSpeakersAppositivesAndNameShapes() {
        let found = people([
            "“We will not give up,” said Maria Gonzalez.",
            "Tom Berger, a spokesman for the union, said the strike would go on.",
            "Supporters of Hwang Seo-yeon gathered, as they had under Diego Alvarez de la Vega.",
            "Émilie Dubois says the plan works, and Recep Yilmaz told reporters the same.",
        ])
        for name in ["Maria Gonzalez", "Tom Berger", "Hwang Seo-yeon", "Émilie Dubois", "Recep Yilmaz"] {
            XCTAssertNotNil(found[name], "\(name) missing from \(found.keys.sorted())")
        }
    }

    func testHangulNameAfterATitle() {
        let found = people(["President 김민수 said the talks were useful."])
        XCTAssertEqual(found["김민수"]?.leader, true)
    }

    func testNameInItsOwnScriptInBracketsIsAnAlias() {
        let found = people(["President Kim Min-jun (김민준) met Premier Li Wei (李伟) on Monday."])
        XCTAssertEqual(found["Kim Min-jun"]?.aliases, ["김민준"])
        XCTAssertEqual(found["Li Wei"]?.aliases, ["李伟"])
    }

    func testKoreanTitlesFollowTheName() {
        let found = people(["박서준 대통령은 전 일본 총리 다나카를 만났다. 한민지 대변인이 밝혔다."])
        XCTAssertEqual(found["박서준"]?.leader, true)
        XCTAssertEqual(found["다나카를"], nil)
        XCTAssertEqual(found["한민지"]?.roles, [Role(title: "Spokesperson")])
        XCTAssertEqual(found.count, 2)
    }

    func testHeadlineWordsAreCutAtAKnownName() {
        let r = PersonRecognizer.recognize(peopleTestArticle(
            title: "Kenyan President Otto Mbeki Pursues Pragmatic Trade Ties",
            ["Kenyan President Otto Mbeki met donors.", "Mbeki said aid would rise."]))
        XCTAssertEqual(r.people.map(\.name), ["Otto Mbeki"])
        XCTAssertEqual(r.people.first?.mentions, 3)
    }
}

final class PersonNameShapeTests: XCTestCase {
    func testParticleChainsRegnalNumbersAndOrganizationTitles() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "European Commission President Ursula von der Leyen met Spanish King Felipe VI in Madrid.",
            "Samsung Chairman Lee Jae-yong attended; Spanish Prime Minister Pedro Sanchez did not.",
        ]))
        let byName = Dictionary(r.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byName["Ursula von der Leyen"]?.leader, false)
        XCTAssertEqual(byName["Felipe VI"]?.leader, true)
        XCTAssertEqual(byName["Lee Jae-yong"]?.leader, false)
        XCTAssertEqual(byName["Pedro Sanchez"]?.leader, true)
    }

    func testTitledNameInsideAnInstitutionNameIsNotAPerson() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "\"It matters,\" said Dr. Amal Haddad, a professor at King Saud University near President Wilson Bridge.",
        ]))
        XCTAssertEqual(r.people.map(\.name), ["Amal Haddad"])
    }
}

final class PersonOrganizationTrapTests: XCTestCase {
    func testOrganizationsThatLookLikeNamesAreNotPeople() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Analysts at Goldman Sachs said the deal was priced in, and shares of Boeing Co fell.",
            "Troops gathered under Joint Chiefs Chairman Dan Caine's watch.",
            "The Prime Minister's Office said on President's Day that talks would resume.",
        ]))
        XCTAssertEqual(r.people.map(\.name), ["Dan Caine"])
    }

    private func recognized(_ paragraphs: [String]) -> [String: Person] {
        let r = PersonRecognizer.recognize(peopleTestArticle(paragraphs))
        return Dictionary(r.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func testHonorificsBetweenTitleAndNameAndArabicGivenNames() {
        let found = recognized([
            "Prime Minister Sir Alan Hughes met Emir Sheikh Fahd bin Nasser Al Rumi in Doha.",
            "Crown Prince Khalid bin Omar later spoke with Sheikh Fahd, and Crown Prince Khalid thanked him.",
        ])
        XCTAssertEqual(found["Alan Hughes"]?.leader, true)
        XCTAssertEqual(found["Fahd bin Nasser Al Rumi"]?.leader, true)
        XCTAssertEqual(Set(found.keys), ["Alan Hughes", "Fahd bin Nasser Al Rumi", "Khalid bin Omar"])
        // A knighthood is a style, not an office: "Sir" and "Dame" are never a person's role.
        let styled = recognized(["Sir Alan Hughes and Dame Ruth Kemp signed the accord in London."])
        XCTAssertEqual(Set(styled.keys), ["Alan Hughes", "Ruth Kemp"])
        XCTAssertEqual(styled["Alan Hughes"]?.roles, [])
        XCTAssertEqual(styled["Ruth Kemp"]?.roles, [])
    }

    /// Gulf and Malaysian styles ("Sayyid", "Datuk") between a title and a name are no part of the
    /// name, so the minister is one person across outlets that write the style and those that do not.
    func testGulfAndMalaysianStylesAreNoPartOfTheName() {
        let found = recognized(["Foreign Minister Sayyid Nasser Albalushi met Trade Minister Datuk Aziz Rahim in Muscat."])
        XCTAssertEqual(Set(found.keys), ["Nasser Albalushi", "Aziz Rahim"])
        XCTAssertEqual(found["Nasser Albalushi"]?.leader, false)
    }

    /// Malay honorific chains ("Datuk Seri Dr") after a title and a Gulf readout's "His Highness Sheikh …,
    /// President of the UAE," leave the name bare and give the office in apposition, with its country.
    func testHonorificChainsAndGulfReadoutStyles() {
        let found = recognized([
            "Prime Minister Datuk Seri Anwar Ibrahim met Deputy Prime Minister Datuk Seri Dr Ahmad Zahid Hamidi in Putrajaya.",
            "His Highness Sheikh Hamdan bin Rashid Al Maktoum, President of the UAE, today received His Highness Sheikh "
                + "Jassim bin Khalid Al Thani, Amir of the State of Qatar, who is on a fraternal visit.",
            "Barbados Prime Minister Mia Amor Mottley met Trinidad and Tobago Prime Minister Kamla Persad-Bissessar.",
        ])
        XCTAssertEqual(Set(found.keys), ["Anwar Ibrahim", "Ahmad Zahid Hamidi", "Hamdan bin Rashid Al Maktoum",
                                         "Jassim bin Khalid Al Thani", "Mia Amor Mottley", "Kamla Persad-Bissessar"])
        XCTAssertEqual(found["Ahmad Zahid Hamidi"]?.leader, false)
        XCTAssertEqual(found["Hamdan bin Rashid Al Maktoum"]?.roles, [Role(title: "President", country: "United Arab Emirates")])
        XCTAssertEqual(found["Jassim bin Khalid Al Thani"]?.roles, [Role(title: "Emir", country: "Qatar")])
        XCTAssertEqual(found["Jassim bin Khalid Al Thani"]?.leader, true)
        XCTAssertEqual(found["Mia Amor Mottley"]?.leader, true)
        XCTAssertEqual(found["Kamla Persad-Bissessar"]?.leader, true)
        // A shorter form later ("Sheikh Hamdan bin Rashid") leaves the full name whole, so its family name
        // is no mention of a brother's.
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Sheikh Hamdan bin Rashid Al Maktoum, President of the UAE, today received Sheikh Jassim bin Khalid Al Thani, Amir of Qatar.",
            "The meeting was attended by Sheikh Saif bin Rashid Al Maktoum, Vice President.",
            "On Monday, Sheikh Hamdan bin Rashid received a phone call from King Ali of Jordan.",
        ]))
        let firstParagraph = Set(r.mentions.filter { $0.block == 0 }.map(\.person))
        XCTAssertEqual(firstParagraph, ["Hamdan bin Rashid Al Maktoum", "Jassim bin Khalid Al Thani"])
    }

    /// Military ranks are titles ("Capt.", "Col."), and a possessive before a title set off by commas
    /// names its holder ("the EU's foreign policy chief, Kaja Kallas,").
    func testMilitaryRanksAndPossessiveOfficesInApposition() {
        let found = recognized([
            "Burkina Faso's Capt. Ibrahim Kone is expected in Bamako, and Col. Mamady Sako met him.",
            "The talks were announced by the European Union's foreign policy chief, Anna Lepp, on Wednesday.",
        ])
        XCTAssertEqual(Set(found.keys), ["Ibrahim Kone", "Mamady Sako", "Anna Lepp"])
        XCTAssertEqual(found["Ibrahim Kone"]?.roles, [Role(title: "Captain", country: "Burkina Faso")])
        XCTAssertEqual(found["Anna Lepp"]?.leader, false)
        // The body a title heads may sit between the title and the apposed name; a country's possessive
        // there opens that body's name, not the holder's.
        let chair = recognized(["The chair of Haiti's Transitional Presidential Council, Laurent Dupont, addressed the leaders."])
        XCTAssertEqual(Set(chair.keys), ["Laurent Dupont"])
        let party = recognized(["Merz was responding to the Green parliamentary leader Katharina Weiss, who spoke first."])
        XCTAssertEqual(party["Katharina Weiss"]?.leader, false, "a party's leader leads no country")
    }

    /// A son named in full is his own person, not his father's surname; a family name that is also
    /// a country ("Montenegro") stays part of the name after a given name.
    func testRelativeSharingASurnameAndACountryAsFamilyName() {
        let found = recognized([
            "Police will investigate former President Jair Bolsonaro over lobbying.",
            "Eduardo Bolsonaro, a federal lawmaker, denied any wrongdoing, and Bolsonaro's lawyers said nothing.",
            "Portuguese Prime Minister Luís Montenegro said he spoke with his Spanish counterpart.",
        ])
        XCTAssertEqual(Set(found.keys), ["Jair Bolsonaro", "Eduardo Bolsonaro", "Luís Montenegro"])
        XCTAssertEqual(found["Luís Montenegro"]?.leader, true)
    }

    /// Two presidents in the story: "the president" who expects to meet the other one, named in the
    /// same sentence, is the one not named there.
    func testThePresidentIsTheHolderNotNamedInItsSentence() {
        let article = peopleTestArticle([
            "President Ana Ribeiro spoke by phone with Chinese President Wei Lin on Monday.",
            "The president expects to meet Wei again in December.",
        ])
        let r = PersonRecognizer.recognize(article)
        let inSecond = r.located.filter { $0.scanned == 2 }.map(\.person)
        XCTAssertEqual(Set(inSecond), ["Ana Ribeiro", "Wei Lin"])
    }

    /// British style: the title first, then the name between commas.
    func testNameInAppositionAfterItsTitle() {
        let found = recognized([
            "The foreign minister, Ana Lima, met Chile's president, Tomas Vidal, in Santiago.",
            "The opposition leader, Rui Costa, said the talks failed.",
        ])
        XCTAssertEqual(Set(found.keys), ["Ana Lima", "Tomas Vidal", "Rui Costa"])
        XCTAssertEqual(found["Ana Lima"]?.roles.first?.title, "Foreign Minister")
        XCTAssertEqual(found["Tomas Vidal"]?.country, "Chile")
        XCTAssertEqual(found["Tomas Vidal"]?.leader, true)
        XCTAssertEqual(found["Rui Costa"]?.leader, false)
    }

    func testTitleInAppositionAfterTheName() {
        let found = recognized([
            "Paris welcomed Ravi Menon, India's prime minister, with a parade.",
            "Hana Sato, the former president, stayed away.",
        ])
        XCTAssertEqual(found["Ravi Menon"]?.leader, true)
        XCTAssertEqual(found["Ravi Menon"]?.country, "India")
        XCTAssertEqual(found["Hana Sato"]?.former, true)
        XCTAssertEqual(found["Hana Sato"]?.leader, false)
    }

    func testCounterpartsPossessedNamesWithParticlesAndConsorts() {
        let found = recognized([
            "Minister Mina Cho met her Chinese counterpart Wang Ping in Beijing on a cold and windy morning.",
            "Costa also spoke with Brazil's Pedro Alves da Rocha by phone, and Alves agreed.",
            "The King and Queen Sofia greeted Ghanaian President Kofi Mensah.",
        ])
        XCTAssertNotNil(found["Wang Ping"])
        XCTAssertEqual(found["Pedro Alves da Rocha"]?.aliases.contains("Alves"), true)
        XCTAssertEqual(found["Sofia"]?.leader, false)
        XCTAssertEqual(found["Kofi Mensah"]?.leader, true)
        XCTAssertEqual(found["Kofi Mensah"]?.country, "Ghana")
    }

    func testSuffixesAndKoreanSurnamesThatLookLikeEnglishWords() {
        let found = recognized([
            "Chilean President Mateo Ruiz Jr. and his counterpart spoke for an hour on a long day of talks.",
            "Ruiz, who arrived on Sunday, later met Defense Minister No Kwang-chol and the envoy An Chang-ho, officials said.",
        ])
        XCTAssertEqual(found["Mateo Ruiz Jr"]?.aliases.contains("Ruiz"), true, "the family name before Jr. stands alone")
        XCTAssertNotNil(found["No Kwang-chol"])
        XCTAssertEqual(found.count, 3, "\(found.keys.sorted())")
    }

    func testCounterpartsTitledGivenNamesAndShortFamilyNames() {
        let found = recognized([
            "Prime Minister Ana Lind and her New Zealand counterpart Tom Reeve met in Queenstown over the long weekend.",
            "PM Rahim Chaudhry flew in later, and Datuk Seri Azlan Harun joined; PM Rahim and Datuk Seri Azlan spoke first.",
            "Vice-Premier He Jianping and the envoy met their presidents, Wu Zhiqiang and Maria Lopes, on a rainy day.",
        ])
        XCTAssertEqual(found["Tom Reeve"]?.roles, [Role(title: "Prime Minister", country: "New Zealand")])
        XCTAssertEqual(found["Tom Reeve"]?.leader, true)
        XCTAssertNil(found["Rahim"], "a titled given name is the full name it opens")
        XCTAssertNil(found["Azlan"])
        XCTAssertEqual(found["Rahim Chaudhry"]?.leader, true)
        XCTAssertNotNil(found["He Jianping"])
        XCTAssertNotNil(found["Wu Zhiqiang"], "joined by 'and' to a name with a known given name")
        let more = recognized(["Ruto also addressed the commission, where he met its chairperson Mahmoud Ali Youssouf on a busy day."])
        XCTAssertNotNil(more["Mahmoud Ali Youssouf"])
        let kin = recognized(["Mr. Pak has not replied, but his sister Pak Yo Sun dismissed the offer, after talks with Russian negotiator Ilya Sorin."])
        XCTAssertNotNil(kin["Pak Yo Sun"])
        XCTAssertNotNil(kin["Ilya Sorin"])
    }

    func testThePremierIsThePrimeMinister() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Prime Minister Omar Qadir arrived in Ankara on Saturday for a two-day visit with a large delegation.",
            "According to his office, the premier also called on the vice president before leaving.",
        ]))
        XCTAssertEqual(r.mentions.filter { $0.person == "Omar Qadir" }.count, 2)
    }

    /// "al-Sharaa" alone, after a lower-case Arabic article, is the president named in full before.
    func testAFamilyNameAfterAnArabicArticleStandsAlone() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Syrian President Ahmed al-Sharaa arrived on Monday.",
            "Iraqi Prime Minister Omar Haddad held talks with al-Sharaa on Tuesday.",
        ]))
        XCTAssertEqual(r.mentions.filter { $0.person == "Ahmed al-Sharaa" }.count, 2)
    }

    /// "Somali President Hassan Sheikh Mohamud" is one person, a leader; "Sheikh" inside a name is no title.
    func testSheikhInsideANameAndMoreCountriesGiveLeaders() {
        let found = recognized(["Somali President Hassan Sheikh Mohamud met Burundian President Evariste Nduwayo.",
                            "Timor-Leste Prime Minister Xavier Soares arrived."])
        XCTAssertEqual(Set(found.keys), ["Hassan Sheikh Mohamud", "Evariste Nduwayo", "Xavier Soares"])
        XCTAssertEqual(found["Hassan Sheikh Mohamud"]?.roles, [Role(title: "President", country: "Somalia")])
        XCTAssertEqual(found["Evariste Nduwayo"]?.leader, true)
        XCTAssertEqual(found["Xavier Soares"]?.leader, true)
    }

    /// A titled word opening an institution's name several words long is no person.
    func testATitledNameBeforeOrganizationWordsIsAnInstitution() {
        let found = recognized(["Prince Faisal Omar opened the forum at the King Abdulaziz International Conference Center on Tuesday."])
        XCTAssertEqual(Set(found.keys), ["Faisal Omar"])
    }

    /// "Minister of Foreign Affairs Anita Anand": the portfolio sits between the title and the name.
    func testAMinisterOfAPortfolioBeforeTheName() {
        let found = recognized(["Minister of Foreign Affairs Lena Varga will travel to Tokyo, and Minister of Energy Tom Reyes stays."])
        XCTAssertEqual(Set(found.keys), ["Lena Varga", "Tom Reyes"])
        XCTAssertEqual(found["Lena Varga"]?.roles.first?.title, "Minister")
    }

    /// A long name with a particle opening a sentence, and a Spanish double surname whose first part stands alone.
    func testLongLatinNamesAndTheirPaternalSurname() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Luiz Carlos Souza da Costa, who turns 70 in May, says he will run again.",
            "José Antonio Ruiz Prado was sworn in on Wednesday. Ruiz met the envoy later.",
        ]))
        XCTAssertEqual(Set(r.people.map(\.name)), ["Luiz Carlos Souza da Costa", "José Antonio Ruiz Prado"])
        XCTAssertEqual(r.mentions.filter { $0.person == "José Antonio Ruiz Prado" }.count, 2)
    }

    /// "Judge Marta Lind" and "junta chief Than Shwe Maung" are titled people.
    func testJudgesAndJuntaChiefsAreTitled() {
        let found = recognized(["Judge Marta Lind ruled that the union had no standing.",
                            "Anwar spoke with Myanmar junta chief Than Shwe Maung by phone on Sunday."])
        XCTAssertTrue(found.keys.contains("Marta Lind"))
        XCTAssertTrue(found.keys.contains("Than Shwe Maung"))
    }

    /// Names listed as "Country's Name" right after a titled leader hold that office of their country;
    /// a name "sworn in as president of Chile" holds the office taken.
    func testListedLeadersAndOfficesTakenAreLeaders() {
        let found = recognized([
            "Argentine President Lucas Ferro, Ecuador's Daniel Vaca Ortiz and Paraguay's Santiago Rojas attended the ceremony, which was held in the old congress building by the sea.",
            "José Luis Brand Soto was sworn in as president of Chile on Wednesday.",
            "Nippon Steel's Kenji Ota and Korea's Min-ho Park met the board.",
        ])
        XCTAssertEqual(found["Daniel Vaca Ortiz"]?.roles, [Role(title: "President", country: "Ecuador")])
        XCTAssertEqual(found["Santiago Rojas"]?.leader, true)
        XCTAssertEqual(found["José Luis Brand Soto"]?.roles, [Role(title: "President", country: "Chile")])
        XCTAssertEqual(found["José Luis Brand Soto"]?.leader, true)
        XCTAssertNotEqual(found["Min-ho Park"]?.leader, true, "no titled leader before the list")
    }

    /// "Jane Roe, Principal Deputy Spokesperson" heading a transcript names a person with an office.
    func testANameWithACapitalizedOfficeAfterAComma() {
        let found = recognized(["Jane Roe, Principal Deputy Spokesperson", "Acme Corp, Senior Partners said nothing."])
        XCTAssertEqual(found["Jane Roe"]?.roles.first?.title, "Spokesperson")
        XCTAssertNil(found["Acme Corp"])
    }

    /// "Foreign Secretary Ma. Rosa Alcaraz", "Md. Karim Uddin": an abbreviated given name with its
    /// period opens the name; it is never a person alone, and a surname ending a sentence still ends it.
    func testAnAbbreviatedGivenNameOpensTheName() {
        let found = recognized([
            "The talks will resume on Monday, Foreign Secretary Ma. Rosa Alcaraz told reporters.",
            "Adviser Md. Karim Uddin said the plan was ready.",
            "The deal was signed by tycoon Jack Ma. Then the board met.",
        ])
        XCTAssertNil(found["Ma"])
        XCTAssertNil(found["Md"])
        XCTAssertEqual(found["Ma. Rosa Alcaraz"]?.roles.first?.title.hasSuffix("Secretary"), true)
        XCTAssertNotNil(found["Md. Karim Uddin"])
        XCTAssertNotNil(found["Jack Ma"])
    }
}

/// People named in ways earlier rounds never met: offices in other languages, country words as
/// given names, party offices, names anchored only by their context, accents dropped by an outlet.
final class PersonUnseenShapeTests: XCTestCase {
    private func people(_ paragraphs: [String]) -> [String: Person] {
        let r = PersonRecognizer.recognize(peopleTestArticle(paragraphs))
        return Dictionary(r.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Offices written in Irish and Vietnamese ("Tánaiste", "General Secretary") are titles, not names.
    func testTitlesThatAreNotEnglishWords() {
        let found = people(["Tánaiste Simon Harris met US vice-president JD Vance in Washington on Thursday.",
                            "Party General Secretary Mai Quoc Thanh will receive the visitor later."])
        XCTAssertEqual(found["Simon Harris"]?.roles.first?.title, "Tánaiste")
        XCTAssertEqual(found["Simon Harris"]?.leader, false)
        XCTAssertEqual(found["Mai Quoc Thanh"]?.roles.first?.title, "General Secretary")
        XCTAssertNil(found["Tánaiste Simon Harris"])
        let more = people(["WTO Director-General Ngozi Okonjo-Iweala met Minister for Foreign Affairs Helen McEntee on Monday."])
        XCTAssertEqual(more["Ngozi Okonjo-Iweala"]?.roles.first?.title, "Director-General")
        XCTAssertEqual(more["Helen McEntee"]?.roles.first?.title, "Minister")
    }

    /// "Defense Minister Israel Katz": a country word right after a title opens the name, and never
    /// stands alone for the person ("a visit to Israel" is no mention of him).
    func testACountryWordAfterATitleIsAGivenName() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "Defense Minister Israel Katz held a phone call on Monday with US Defense Secretary Pete Hegseth.",
            "Hegseth praised Israel for its restraint, Katz's office said.",
        ]))
        XCTAssertEqual(Set(r.people.map(\.name)), ["Israel Katz", "Pete Hegseth"])
        XCTAssertEqual(r.people.first { $0.name == "Israel Katz" }?.mentions, 2)
    }

    /// "Republican People's Party (CHP) leader Özgür Özel": a party's leader is no head of state or government.
    func testAPartyLeaderNamedByItsAcronymIsNoLeader() {
        let found = people(["Main opposition Republican People's Party (CHP) leader Özgür Özel criticized the plan on Tuesday.",
                            "North Korean leader Kim Jong Un watched the test."])
        XCTAssertEqual(found["Özgür Özel"]?.leader, false)
        XCTAssertEqual(found["Kim Jong Un"]?.leader, true)
    }

    /// Names without a title: one word after "counterpart", two words after a meeting word, and an
    /// organization's head, also with the Turkish dotted capital I.
    func testUntitledNamesAnchoredByTheirContext() {
        let found = people(["Foreign Minister Bùi Thanh Sơn held talks with his Indonesian counterpart Sugiono on Tuesday afternoon.",
                            "I will meet Kaja Kallas on Monday to discuss the package. They will meet Goldman Sachs bankers.",
                            "Minister Hakan Fidan and National Intelligence Organization (MİT) head İbrahim Kalın also attended the talks."])
        XCTAssertEqual(found["Sugiono"]?.country, "Indonesia")
        XCTAssertNotNil(found["Kaja Kallas"])
        XCTAssertNil(found["Goldman Sachs"], "a name qualifying a noun after the meeting word is no person met")
        XCTAssertNotNil(found["İbrahim Kalın"])
    }

    /// "Sa'ar spoke with his German counterpart Johann Wadephul": the counterpart holds the office of
    /// the person named before "counterpart", not of the last titled name ("Secretary of State Rubio").
    func testACounterpartHoldsTheOfficeOfThePersonNamedBeforeIt() {
        let found = people(["Foreign Minister Gideon Sa'ar will fly to Washington for talks with Secretary of State Marco Rubio, his office said. Sa'ar spoke with his German counterpart Johann Wadephul on Monday.",
                            "Earlier in the day, Sa'ar held a meeting with his Syrian counterpart Asaad al-Shaibani."])
        XCTAssertEqual(found["Johann Wadephul"]?.roles, [Role(title: "Foreign Minister", country: "Germany")])
        XCTAssertEqual(found["Asaad al-Shaibani"]?.roles, [Role(title: "Foreign Minister", country: "Syria")])
    }

    /// Gulf rulers named with their style and their office in apposition, and a Georgian prime minister,
    /// are heads of state or government of their countries.
    func testStylesAndAppositiveOfficesOfGulfRulers() {
        let found = people(["Sheikh Mohammed bin Zayed Al Nahyan, the UAE president, received Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Monday.",
                            "Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Tbilisi."])
        XCTAssertEqual(found["Mohammed bin Zayed Al Nahyan"]?.roles.first, Role(title: "President", country: "United Arab Emirates"))
        XCTAssertEqual(found["Mohammed bin Zayed Al Nahyan"]?.leader, true)
        XCTAssertEqual(found["Tamim bin Hamad Al Thani"]?.roles.first, Role(title: "Emir", country: "Qatar"))
        XCTAssertEqual(found["Irakli Kobakhidze"]?.roles.first, Role(title: "Prime Minister", country: "Georgia"))
        XCTAssertEqual(found["Irakli Kobakhidze"]?.leader, true)
    }

    /// "Pakistan's army chief Asim Munir": the chief of a service; "Jordan's King Abdullah II": a country
    /// whose name is also a given name counts in the possessive before a title.
    func testAServiceChiefAndAPossessiveCountryNamedLikeAPerson() {
        let found = people(["Pakistan's army chief Asim Munir met Jordan's King Abdullah II in Amman on Sunday.",
                            "She was named to head Goldman Sachs last year."])
        XCTAssertNotNil(found["Asim Munir"])
        XCTAssertNil(found["Goldman Sachs"], "'head' after a lower-case word is a verb")
        XCTAssertEqual(found["Abdullah II"]?.roles.first, Role(title: "King", country: "Jordan"))
    }

    /// "Erdogan" and "Erdoğan" in one article are one person: name keys ignore Latin accents.
    func testAccentlessSpellingIsTheSamePerson() {
        let r = PersonRecognizer.recognize(peopleTestArticle([
            "President Recep Tayyip Erdoğan received the delegation on Oct. 13.",
            "\"We will stand by them,\" Erdogan told a news conference.",
        ]))
        XCTAssertEqual(r.people.map(\.name), ["Recep Tayyip Erdoğan"])
        XCTAssertEqual(r.people.first?.mentions, 2)
        XCTAssertEqual(NameKey.of("Tô Lâm"), NameKey.of("To Lam"))
        XCTAssertEqual(NameKey.of("Đặng Thị Ngọc Thịnh"), NameKey.of("Dang Thi Ngoc Thinh"))
    }

    /// "Presidents Tshisekedi and Kagame": a plural title before names joined by "and" titles each;
    /// a titled inner word of a full name named before is that person.
    func testAPluralTitleBeforeTwoNamesTitlesBoth() {
        let found = people([
            "The truce that Presidents Mbeki and Kabarebe signed on Monday is the fourth.",
            "Prime Ministers Halvorsen and Ruutel met in Tallinn.",
            "President Jean Baptiste Mbeki Tshilonga, for his part, needs calm.",
            "Stores close on Presidents Day and Memorial Day.",
        ])
        XCTAssertEqual(Set(found.keys), ["Kabarebe", "Halvorsen", "Ruutel", "Jean Baptiste Mbeki Tshilonga"])
        XCTAssertEqual(found["Kabarebe"]?.roles.first?.title, "President")
        XCTAssertEqual(found["Ruutel"]?.roles.first?.title, "Prime Minister")
        XCTAssertEqual(found["Jean Baptiste Mbeki Tshilonga"]?.mentions, 2)
    }

    /// A leader known by one word, never named in full: met by a person ("His meeting with Lula") or
    /// meeting one mid-sentence ("On Monday, Petro met Prime Minister …"); an organization met by a
    /// country or a company is no person.
    func testAOneWordNameMetByAPersonIsAPerson() {
        let found = people([
            "Prime Minister Kofi Mensah spent two days in bilateral rooms. His meeting with Lula last week produced a trade deal.",
            "On Monday, Petro met Prime Minister Mark Carney. The EU's talks with Mercosur stalled. The bank met with Pfizer.",
            "He held talks with Hamas negotiators. He met Ukrainians in Warsaw. His meeting with Boeing was cancelled.",
        ])
        XCTAssertEqual(Set(found.keys), ["Kofi Mensah", "Lula", "Petro", "Mark Carney"])
    }

    /// "Head of State Sergio Rossi" (Italian style) and "Head of Government …" name a leader.
    func testHeadOfStateIsALeaderTitle() {
        let found = people(["Lund was received by Head of State Paolo Ferri and by Head of Government Lia Conti.",
                            "Minister Marco Bianchi attended."])
        XCTAssertEqual(found["Paolo Ferri"]?.leader, true)
        XCTAssertEqual(found["Lia Conti"]?.leader, true)
        XCTAssertEqual(found["Marco Bianchi"]?.leader, false)
    }

    /// "DR Congo" in capitals is a country, not "Dr. Congo"; "President Dr William Ruto" drops the
    /// courtesy title with or without its period.
    func testCourtesyDoctorIsDroppedAndDRCongoIsNoPerson() {
        let r = PersonRecognizer.recognize(peopleTestArticle(title: "DR Congo, Rwanda leaders sign ceasefire in Doha", [
            "Kenya's President Dr William Samoei Ruto spoke with Trade Minister Dr. Selemani Jafo on Tuesday."]))
        let found = Dictionary(r.people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(Set(found.keys), ["William Samoei Ruto", "Selemani Jafo"])
        XCTAssertEqual(found["William Samoei Ruto"]?.aliases, [])
        XCTAssertEqual(found["William Samoei Ruto"]?.roles.first, Role(title: "President", country: "Kenya"))
    }

    /// "Attending were Presidents A of X, B of Y and C of the Z": each listed name is a president of the
    /// country after "of"; a full name after a country's possessive is that country's person, a thing is not.
    func testPresidentsListedWithTheirCountriesAndAPossessedFullName() {
        let found = people([
            "Attending were Presidents Tendai Moyo of Zimbabwe, Bwalya Banda of Zambia and Kabila Mbeki of the Democratic Republic of Congo.",
            "The chair passed from South Africa's Sipho Dlamini to the host.",
            "Investors eyed Argentina's Vaca Muerta shale.",
        ])
        XCTAssertEqual(found["Tendai Moyo"]?.leader, true)
        XCTAssertEqual(found["Tendai Moyo"]?.country, "Zimbabwe")
        XCTAssertEqual(found["Bwalya Banda"]?.country, "Zambia")
        XCTAssertEqual(found["Kabila Mbeki"]?.leader, true)
        XCTAssertNotNil(found["Sipho Dlamini"])
        XCTAssertNil(found["Vaca Muerta"])
    }

    /// An Indian government readout: "Shri" is a style, not a given name; "Minister of Commerce and Industry"
    /// is one office before the name.
    func testShriIsAStyleAndTwoPortfoliosMakeOneOffice() {
        let found = people([
            "Prime Minister Shri Rajan Mehta received the delegation.",
            "Minister of Commerce and Industry Shri Arjun Rao will hold talks with the visitors tomorrow.",
        ])
        XCTAssertEqual(Set(found.keys), ["Rajan Mehta", "Arjun Rao"])
        XCTAssertEqual(found["Rajan Mehta"]?.leader, true)
        XCTAssertEqual(found["Arjun Rao"]?.leader, false)
    }

    /// "Their deputies, Arto Vardanyan and Rauf Guliyev, met …": a plural office set off by a comma
    /// names the people listed after it, though neither name is known.
    func testNamesListedAfterTheirDeputiesArePeople() {
        let found = people(["Their deputies, Arto Vardanyan and Rauf Guliyev, met at the border three weeks later."])
        XCTAssertEqual(Set(found.keys), ["Arto Vardanyan", "Rauf Guliyev"])
    }

    /// "Palauan President X" is a head of state; "the Turkish Communications Directorate said" is an office.
    func testAPacificPresidentIsALeaderAndADirectorateIsNoPerson() {
        let found = people(["Palauan President Tommy Ngirai arrived on Tuesday, the Turkish Communications Directorate said."])
        XCTAssertEqual(Set(found.keys), ["Tommy Ngirai"])
        XCTAssertEqual(found["Tommy Ngirai"]?.leader, true)
    }

    /// "a call from His Highness the Amir of the State of Kuwait, Sheikh Nasser …": the long style before
    /// the name gives him the office and its country; "Amir" elsewhere stays a given name.
    func testTheAmirOfTheStateOfACountryBeforeTheNameIsItsLeader() {
        let found = people(["President Omar Qadir received a phone call from His Highness the Amir of the State of Kuwait, "
                            + "Sheikh Nasser Al-Ahmad Al-Sabah, on Tuesday."])
        XCTAssertEqual(found["Nasser Al-Ahmad Al-Sabah"]?.leader, true, "\(found.keys)")
        XCTAssertEqual(found["Nasser Al-Ahmad Al-Sabah"]?.roles.first, Role(title: "Emir", country: "Kuwait"))
    }

    func testOfficesWrittenAsInitialsBeforeTheName() {
        // Indian papers put an office's initials before the name, as "PM" before Modi.
        let found = people([
            "EAM Pranav Kulkarni met the visiting leader on Wednesday evening.",
            "NSA Vikram Sethi held a separate meeting with the defence secretary on Thursday.",
        ])
        XCTAssertEqual(Set(found.keys), ["Pranav Kulkarni", "Vikram Sethi"])
        XCTAssertEqual(found["Vikram Sethi"]?.leader, false)
    }

    func testIndianBuildingsAndHousesAreNoPeople() {
        let found = people([
            "The visitor was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan.",
            "The bill was passed by the Lok Sabha after Minister Arjun Rao spoke.",
        ])
        XCTAssertEqual(Set(found.keys), ["Arjun Rao"])
    }
}
