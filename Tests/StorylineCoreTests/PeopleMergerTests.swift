import XCTest
@testable import StorylineCore

final class PeopleMergerTests: XCTestCase {
    func testSpellingVariantsMergeAcrossArticles() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Park Ji-hoon met reporters."]),
            peopleTestArticle(id: "b", ["President Park Ji Hoon spoke on Monday."]),
            peopleTestArticle(id: "c", ["Park\u{202F}Ji\u{2011}hoon, the president, said nothing; President Park left."]),
        ])
        XCTAssertEqual(lib.people.count, 1, "\(lib.people.map(\.name))")
        XCTAssertEqual(lib.people.first?.articles, ["a", "b", "c"])
        XCTAssertEqual(Set(lib.mentioned.map(\.person)), [lib.people[0].name])
    }

    func testSurnameOnlyPersonJoinsTheUnambiguousFullName() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["German Chancellor Anna Weber arrived."]),
            peopleTestArticle(id: "b", ["Chancellor Weber said the budget holds."]),
        ])
        XCTAssertEqual(lib.people.map(\.name), ["Anna Weber"])
        XCTAssertEqual(lib.people.first?.mentions, 2)
    }

    /// Spanish double surnames: a headline's "Orsi" is "Yamandú Orsi Martínez" of the body, whatever the
    /// given name ("Yamandú" is in no table), in the article and across the corpus.
    func testTheFirstOfTwoSurnamesStandsAlone() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", title: "Ruiz meets Quispe in Lima",
                              ["The president of Peru, Yamandú Quispe Martínez, met the Spanish prime minister, Pablo Ruiz, on Friday."]),
            peopleTestArticle(id: "b", ["President Quispe said the talks went well."]),
        ])
        XCTAssertEqual(lib.people.filter { $0.name.contains("Quispe") }.count, 1, "\(lib.people.map(\.name))")
    }

    /// South Asian style: an Urdu "Mian" and a devotional leading "Muhammad" ("Md") that other
    /// outlets leave out still name one person; "Mohammed bin Salman" keeps its father's name.
    func testLeadingMianAndMuhammadJoinTheShorterName() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Prime Minister Mian Muhammad Faraz Qureshi called Press Secretary Md Tanvir Karim on Monday."]),
            peopleTestArticle(id: "b", ["Prime Minister Faraz Qureshi met Press Secretary Tanvir Karim in Lahore."]),
            peopleTestArticle(id: "c", ["Crown Prince Mohammed bin Salman met President Idris Bin Salman Okafor."]),
        ])
        let groups = lib.people.map { Set(([$0.name] + $0.aliases).map(PeopleMerger.comparable)) }
        XCTAssertTrue(groups.contains { $0.isSuperset(of: ["Mohammed Faraz Qureshi", "Faraz Qureshi"]) }, "\(groups)")
        XCTAssertTrue(groups.contains { $0.isSuperset(of: ["Mohammed Tanvir Karim", "Tanvir Karim"]) }, "\(groups)")
        XCTAssertEqual(lib.people.count, 4, "\(lib.people.map(\.name))")
        XCTAssertTrue(lib.people.contains { $0.name == "Faraz Qureshi" }, "the form most mentions use: \(lib.people.map(\.name))")
    }

    /// A grandfather's "bin X" that one outlet gives and another leaves out: one person; a given name
    /// alone that two people carry ("Sheikh Faisal", "Prince Faisal") is left off both.
    func testGrandfathersNameDroppedIsOnePersonAndASharedGivenNameNamesNoOne() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Prime Minister Faisal bin Karim bin Nasser Al Rumi met President Ade Bello on Monday."]),
            peopleTestArticle(id: "b", ["Prime Minister Faisal bin Karim Al Rumi arrived. Sheikh Faisal said talks went well."]),
            peopleTestArticle(id: "c", ["Crown Prince Faisal bin Omar Al Dari arrived. Prince Faisal said little."]),
        ])
        let rumi = lib.people.filter { ([$0.name] + $0.aliases).contains { $0.contains("Al Rumi") } }
        XCTAssertEqual(rumi.count, 1, "\(lib.people.map(\.name))")
        XCTAssertFalse(lib.people.contains { $0.aliases.contains("Faisal") }, "\(lib.people.map(\.aliases))")
    }

    /// One outlet gives the middle name, another drops it: one person.
    func testNameWithoutItsMiddleNameJoinsTheFullName() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Ada Chukwu Bello arrived."]),
            peopleTestArticle(id: "b", ["President Ada Bello said the budget holds."]),
        ])
        XCTAssertEqual(lib.people.map(\.name), ["Ada Chukwu Bello"])
        XCTAssertEqual(lib.people.first?.articles, ["a", "b"])
    }

    /// One outlet adds a second family name the others leave out: the person keeps the common form,
    /// while a generational suffix ("Jr.") still completes the name.
    func testSecondFamilyNameOfOneOutletDoesNotRenameThePerson() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Lucía Ferrer Ortiz met President Tomas Ruiz Jr. on Monday."]),
            peopleTestArticle(id: "b", ["President Lucía Ferrer said the budget holds, and President Tomas Ruiz agreed."]),
            peopleTestArticle(id: "c", ["President Lucía Ferrer left on Friday with President Tomas Ruiz."]),
        ])
        XCTAssertEqual(Set(lib.people.map(\.name)), ["Lucía Ferrer", "Tomas Ruiz Jr"])
        XCTAssertEqual(lib.people.first { $0.name == "Lucía Ferrer" }?.articles, ["a", "b", "c"])
    }

    /// An ASCII-only wire drops the accents another outlet keeps: one person, shown with the accents.
    func testAccentedAndPlainSpellingsAreOnePerson() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Inès Lévêque arrived in Paris."]),
            peopleTestArticle(id: "b", ["President Ines Leveque said the budget holds."]),
            peopleTestArticle(id: "c", ["President Ines Leveque left on Friday."]),
        ])
        XCTAssertEqual(lib.people.map(\.name), ["Inès Lévêque"])
        XCTAssertEqual(lib.people.first?.articles, ["a", "b", "c"])
    }

    /// "Dr William Ruto" (a courtesy word without a period) is "William Ruto", shown without it.
    func testCourtesyWordBeforeAFullNameJoinsTheName() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Trade Minister Dr Selemani Jafo will travel to Arusha."]),
            peopleTestArticle(id: "b", ["Trade Minister Selemani Jafo met his counterpart."]),
        ])
        XCTAssertEqual(lib.people.map(\.name), ["Selemani Jafo"], "\(lib.people.map(\.name))")
        XCTAssertEqual(lib.people.first?.articles, ["a", "b"])
    }

    /// "Lula da Silva" is the end of "Luiz Inácio Lula da Silva"; "Felix Tshisekedi" drops the middle
    /// and the last name of "Felix Antoine Tshisekedi Tshilombo": each is one person.
    func testNameEndAndFirstWithLaterWordJoinTheLongerName() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Tomás Aurelio Vaca de Souza arrived."]),
            peopleTestArticle(id: "b", ["President Vaca de Souza said the budget holds."]),
            peopleTestArticle(id: "c", ["President Kofi Ebo Nkansah Tetteh spoke on Monday."]),
            peopleTestArticle(id: "d", ["President Kofi Nkansah left."]),
        ])
        XCTAssertEqual(Set(lib.people.map(\.name)), ["Tomás Aurelio Vaca de Souza", "Kofi Ebo Nkansah Tetteh"], "\(lib.people.map(\.name))")
    }

    /// "Mohammed bin Salman" at one outlet, "Muhammad bin Salman" at another: one person; another
    /// Muhammad with another father's name stays apart.
    func testArabicGivenNameRomanizationsAreOnePerson() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Crown Prince Mohammed bin Tariq arrived."]),
            peopleTestArticle(id: "b", ["Crown Prince Muhammad bin Tariq said the budget holds."]),
            peopleTestArticle(id: "c", ["Minister Muhammad bin Nasser left."]),
            peopleTestArticle(id: "d", ["Spokesman Yusuf Mohamed said talks went well."]),
            peopleTestArticle(id: "e", ["Spokesman Mohammed said the talks would resume."]),
        ])
        XCTAssertEqual(lib.people.count, 3, "\(lib.people.map(\.name))")
        XCTAssertEqual(lib.people.first { $0.articles.contains("d") }?.articles, ["d", "e"])
        XCTAssertEqual(lib.people.first { $0.articles.contains("a") }?.articles, ["a", "b"])
    }

    /// A name end that two longer names share ("Al Thani") joins neither.
    func testSharedNameEndJoinsNoOne() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Emir Tamim bin Hamad Al Thani arrived."]),
            peopleTestArticle(id: "b", ["Prime Minister Mohammed bin Abdulrahman Al Thani spoke."]),
            peopleTestArticle(id: "c", ["Minister Hamad Al Thani left."]),
        ])
        XCTAssertEqual(lib.people.count, 3, "\(lib.people.map(\.name))")
    }

    /// Two people with the same first and last name but different middle names stay apart from the short form.
    func testShortNameStaysApartWhenTwoMiddleNamesFitIt() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Ada Chukwu Bello arrived."]),
            peopleTestArticle(id: "b", ["Minister Ada Ngozi Bello left."]),
            peopleTestArticle(id: "c", ["Governor Ada Bello spoke."]),
        ])
        XCTAssertEqual(lib.people.count, 3, "\(lib.people.map(\.name))")
    }

    /// "Zelensky", "Zelenskyy", "Zelenskiy": transliterations of one Slavic surname are one person.
    func testSlavicSurnameTransliterationsMerge() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Oleh Marchenskyy arrived."]),
            peopleTestArticle(id: "b", ["President Oleh Marchensky said the budget holds."]),
            peopleTestArticle(id: "c", ["President Oleh Marchenskiy left."]),
        ])
        XCTAssertEqual(lib.people.count, 1, "\(lib.people.map(\.name))")
        XCTAssertEqual(NameKey.looseKey("Ivan Petrovsky"), NameKey.looseKey("Ivan Petrovskyi"))
        XCTAssertNotEqual(NameKey.looseKey("Ana Kirby"), NameKey.looseKey("Ana Kirbi"))
    }

    /// "Sergei Lavrov" (Moscow Times) and "Sergey Lavrov" (TASS), "To Lam" and "Tô Lâm": one person
    /// across outlets; a surname's final "y" still tells people apart.
    func testTransliteratedAndAccentlessNamesMergeAcrossOutlets() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Foreign Minister Sergei Lavrov arrived."]),
            peopleTestArticle(id: "b", ["Foreign Minister Sergey Lavrov said the talks went well."]),
            peopleTestArticle(id: "c", ["General Secretary Tô Lâm left."]),
            peopleTestArticle(id: "d", ["General Secretary To Lam arrived."]),
        ])
        XCTAssertEqual(lib.people.count, 2, "\(lib.people.map(\.name))")
        XCTAssertNotEqual(NameKey.looseKey("Mark Kirby"), NameKey.looseKey("Mark Kirbi"))
    }

    func testSurnameOnlyPersonStaysApartWhenTwoFullNamesShareIt() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["President Lim Ha-neul arrived."]),
            peopleTestArticle(id: "b", ["Ambassador Lim Jae-won arrived."]),
            peopleTestArticle(id: "c", ["Senator Lim spoke."]),
        ])
        XCTAssertEqual(Set(lib.people.map(\.name)), ["Lim Ha-neul", "Lim Jae-won", "Lim"])
    }

    /// A leader named first by a looser title still lists the leader's office first.
    func testLeadersOfficeIsTheirFirstRole() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Talks with Japanese Minister Aiko Mori ended.", "Japan's prime minister Aiko Mori said talks went well."]),
        ])
        let mori = lib.people.first { $0.name == "Aiko Mori" }
        XCTAssertEqual(mori?.leader, true)
        XCTAssertEqual(mori?.roles.first?.title, "Prime Minister")
    }

    func testLeadersComeFirstThenByMentions() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Foreign Minister Rui Sato said Sato would go; Sato agreed.", "Irish Taoiseach Mary Byrne listened."]),
        ])
        XCTAssertEqual(lib.people.map(\.name), ["Mary Byrne", "Rui Sato"])
    }
}

final class PersonRoleResolverTests: XCTestCase {
    func testRoleOnlyReferenceResolvesAcrossTheCorpusByDate() {
        func dated(_ id: String, _ y: Int, _ m: Int, _ d: Int, _ text: String) -> Article {
            var a = peopleTestArticle(id: id, [text])
            a.published = Published(day: Day(y, m, d)!)
            return a
        }
        let lib = Library.build(from: [
            dated("old", 2024, 1, 5, "Chilean President Rosa Paz opened the port."),
            dated("new", 2026, 1, 5, "Chilean President Tomas Vidal opened the mine."),
            dated("ref", 2025, 12, 20, "The Chilean president spoke with President Kim Min-jun by phone."),
            dated("none", 2025, 12, 20, "The Peruvian president was silent."),
        ])
        let resolved = lib.mentioned.filter { $0.article == "ref" }.map(\.person)
        XCTAssertEqual(Set(resolved), ["Tomas Vidal", "Kim Min-jun"])
        XCTAssertTrue(lib.mentioned.filter { $0.article == "none" }.isEmpty)
        XCTAssertEqual(lib.relations.map(\.people), [["Kim Min-jun", "Tomas Vidal"]])
        XCTAssertFalse(lib.people.contains { RoleResolver.isOpen($0.name) })
    }

    /// Every mention of an open role that resolves counts for its holder, not one per article.
    func testEachResolvedRoleMentionCountsForItsHolder() {
        func dated(_ id: String, _ y: Int, _ m: Int, _ d: Int, _ text: String) -> Article {
            var a = peopleTestArticle(id: id, [text])
            a.published = Published(day: Day(y, m, d)!)
            return a
        }
        let lib = Library.build(from: [
            dated("own", 2026, 1, 5, "Chilean President Tomas Vidal opened the mine."),
            dated("ref", 2025, 12, 20, "The Chilean president arrived on Monday. The Chilean president left on Tuesday."),
        ])
        XCTAssertEqual(lib.mentioned.filter { $0.article == "ref" }, [MentionCount(person: "Tomas Vidal", article: "ref", count: 2)])
        XCTAssertEqual(lib.people.first { $0.name == "Tomas Vidal" }?.mentions, 3)
    }

    /// The distance from an article's day to the nearest day a role holder was written about.
    func testNearestDayDistance() {
        XCTAssertEqual(RoleResolver.nearest([], to: 10), Int.max)
        XCTAssertEqual(RoleResolver.nearest([3, 8, 20], to: 1), 2)
        XCTAssertEqual(RoleResolver.nearest([3, 8, 20], to: 25), 5)
        XCTAssertEqual(RoleResolver.nearest([3, 8, 20], to: 13), 5)
        XCTAssertEqual(RoleResolver.nearest([3, 8, 20], to: 15), 5)
        XCTAssertEqual(RoleResolver.nearest([3, 8, 8, 20], to: 8), 0)
    }

    func testFamilyNameFirstAndMiddleInitialsJoinTheSamePerson() {
        func x(_ article: String, _ name: String) -> ArticleExtraction {
            ArticleExtraction(article: article, people: [Person(name: name, mentions: 1, articles: [article])])
        }
        let (people, _) = PeopleMerger.merge([x("a", "Sanae Takaichi"), x("b", "Takaichi Sanae"),
                                              x("c", "Vladimir Putin"), x("d", "Vladimir V. Putin"), x("e", "Vladimir Klitschko")])
        XCTAssertEqual(people.count, 3, "\(people.map(\.name))")
    }

    /// "al-Sisi" and "El-Sisi" spell one Arabic article two ways: one person across outlets.
    func testArabicArticleSpellingsMergeAcrossArticles() {
        let lib = Library.build(from: [
            peopleTestArticle(id: "a", ["Egyptian President Abdel Fattah al-Sisi spoke on Monday."]),
            peopleTestArticle(id: "b", ["Egyptian President Abdel Fattah El-Sisi arrived on Tuesday."]),
        ])
        XCTAssertEqual(lib.people.count, 1, "\(lib.people.map(\.name))")
    }
}
