import XCTest
@testable import StorylineCore

/// Round 23 of news never seen: a chronology's dated lines, a profile told by year, a Q&A interview
/// with the leader answering as "I", and a wire with photo captions.
final class Unseen23RulesTests: XCTestCase {
    /// The library built from one article of `paras`, published on `day`.
    private func library(_ paras: [String], published day: Day, title: String = "Story") -> Library {
        oneArticleLibrary(paras, id: "u23", title: title, published: day)
    }

    /// "- Feb. 3: X calls Y", "- Feb. 17: X flies to Cairo and meets Y": a timeline's line labelled by a day
    /// tells what happened, in the historic present, so it is the last such day, not next year's.
    func testAChronologyLineLabelIsThePastDay() {
        let found = interactionDays(library([
            "Here are the key moments of the talks.",
            "- Feb. 3: Egyptian President Omar Farouk calls Saudi Foreign Minister Khalid Nasser to propose a joint track.",
            "- Feb. 17: Army chief Gen. Adel Hamdan flies to Cairo and meets Farouk.",
            "- Dec. 1: Nasser and Farouk meet in Riyadh.",
        ], published: Day(2026, 11, 22)!))
        XCTAssertEqual(found["Khalid Nasser + Omar Farouk"]?.contains(Day(2026, 2, 3)!), true)
        XCTAssertEqual(found["Adel Hamdan + Omar Farouk"], [Day(2026, 2, 17)!])
        // A day a few weeks ahead is still the coming one.
        XCTAssertEqual(found["Khalid Nasser + Omar Farouk"]?.contains(Day(2026, 12, 1)!), true)
    }

    /// "Abdel Fattah al-Sisi … Burhan later met Sisi": a family name behind an Arabic article stands alone
    /// without the article, for the same person.
    func testAnArabicFamilyNameStandsAloneWithoutItsArticle() {
        let lib = library([
            "Egyptian President Abdel Fattah al-Sisi called army chief Gen. Abdel Fattah al-Burhan on Monday.",
            "Burhan later met Sisi in Cairo on Tuesday.",
        ], published: Day(2026, 11, 18)!)
        XCTAssertEqual(lib.people.map(\.name).sorted(), ["Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi"])
        XCTAssertEqual(interactionDays(lib)["Abdel Fattah al-Burhan + Abdel Fattah al-Sisi"]?.contains(Day(2026, 11, 17)!), true)
    }

    /// "Cairo would host a follow-up meeting in October": the host city is the meeting's place, so a meeting
    /// of the same man in Riyadh that month, told by another outlet, stays another event.
    func testTheHostCityIsTheMeetingsPlace() {
        let plan = Article(id: "a", path: "a.txt", title: "Live", published: Published(day: Day(2026, 8, 18)!), blocks: [
            Block(kind: .paragraph, text: "Egyptian President Omar Farouk told the conference that Cairo would host a follow-up meeting on the grid in October.", offset: 0)])
        let later = Article(id: "b", path: "b.txt", title: "Timeline", published: Published(day: Day(2026, 11, 22)!), blocks: [
            Block(kind: .paragraph, text: "- Oct. 28: Farouk and Crown Prince Khalid bin Fahd meet in Riyadh on the sidelines of an investment forum.", offset: 0)])
        let lib = Library.build(from: [plan, later])
        let planned = lib.events.first { $0.sources.contains { $0.article == "a" } && $0.date?.start.month == 10 }
        XCTAssertEqual(planned?.places, ["Cairo"])
        XCTAssertEqual(planned?.sources.count, 1)
    }

    /// A Q&A whose questions stand as paragraphs of their own (bold in the page, no "Q:"): the headline's one
    /// person answers as "I" in the paragraph after a question, and is the "you" of the question.
    func testAQuestionParagraphMakesTheNextOneTheIntervieweesAnswer() {
        let lib = library([
            "The prime minister spoke to us in Warsaw on Thursday.",
            "You received President Ivan Petrenko on Wednesday. What did you agree?",
            "We agreed on two things. Grain trucks will cross in sealed convoys.",
            "Have you discussed the plan with Washington?",
            "Yes. I spoke with President John Carter last week, on the phone, for about half an hour.",
            "Chancellor Hans Weber has been cautious. Is he moving?",
            "When I met the Chancellor in Berlin in September, he told me he would not block a solution. I believe him. We will see each other again at the summit in Brussels next month.",
        ], published: Day(2026, 11, 21)!, title: "Adam Nowak: \"Europe cannot wait for Washington\"")
        let found = interactionDays(lib)
        XCTAssertEqual(found["Adam Nowak + Ivan Petrenko"], [Day(2026, 11, 18)!])
        XCTAssertEqual(found["Adam Nowak + John Carter"], [Day(2026, 11, 9)!])
        // "We will see each other again … next month": the one answering and the Chancellor he just told of.
        XCTAssertEqual(found["Adam Nowak + Hans Weber"], [Day(2026, 9, 1)!, Day(2026, 12, 1)!])
        // The meeting in Berlin is the interviewee's: he takes part in the event, not only the Chancellor.
        XCTAssertEqual(lib.events.first { $0.date?.start == Day(2026, 9, 1) }?.participants.sorted(), ["Adam Nowak", "Hans Weber"])
    }

    /// "Ferreira … She was kept on by X, then by Y. … In 2014 she hosted Kerry. Two years later she met Wang":
    /// a sentence whose subject is "she", before any name, goes on with the woman told before, not with the
    /// last person it named.
    func testASentenceOnAPronounKeepsTheSubjectTold() {
        let found = interactionDays(library([
            "Foreign Minister Marta Lopes, 64, was appointed in 2013 by President Jorge Silva.",
            "She was kept on by President Rui Costa, and then by President Ana Neves.",
            "In 2014 she hosted US Secretary of State Paul Grant in Lisbon. Two years later she met Chinese Foreign Minister Li Wen in Beijing.",
        ], published: Day(2026, 11, 20)!))
        XCTAssertEqual(found["Marta Lopes + Paul Grant"], [Day(2014, 1, 1)!])
        XCTAssertEqual(found["Li Wen + Marta Lopes"], [Day(2016, 1, 1)!])
        XCTAssertNil(found["Ana Neves + Paul Grant"])
        XCTAssertNil(found["Li Wen + Paul Grant"])
    }

    /// A wire's captions: "REUTERS/Karen Toro" credits a photographer, no person of the story; "(Photo taken on
    /// March 2, 2026)" dates the picture, no event; "spoke by video link with X" is a call.
    func testPhotoCreditsAndPhotoDatesTellNoOneAndNothing() {
        let lib = library([
            "Ecuador's Foreign Minister Rosa Mendes met her Colombian counterpart Luis Prado in Ipiales on Tuesday.",
            "[Photo: Ecuador's Foreign Minister Rosa Mendes speaks to the media in Quito. (Photo taken on March 2, 2026) REUTERS/Karen Toro]",
            "Throughout 2020 Mendes spoke by video link almost every week with Argentine Foreign Minister Pablo Ruiz.",
        ], published: Day(2026, 3, 4)!)
        XCTAssertFalse(lib.people.contains { $0.name == "Karen Toro" })
        XCTAssertFalse(lib.events.contains { $0.date?.start == Day(2026, 3, 2) })
        XCTAssertEqual(lib.events.first { $0.date?.start == Day(2020, 1, 1) }?.type, .phoneCall)
    }

    /// "I will see the President on Monday", "We will see each other again at the summit next month": seeing
    /// someone ahead is a meeting; "we will see" alone, or "wants to see Russia pay", is none.
    func testSeeingSomeoneAheadIsAMeeting() {
        let lib = library([
            "Prime Minister Adam Nowak said he will see President Jan Malek on Monday to discuss the budget.",
            "Nowak said on Tuesday that he wants to see Russia pay for the damage.",
        ], published: Day(2026, 11, 21)!)
        XCTAssertEqual(lib.events.first { $0.date?.start == Day(2026, 11, 23) }?.type, .meeting)
        XCTAssertNotEqual(lib.events.first { $0.date?.start == Day(2026, 11, 17) }?.type, .meeting)
        XCTAssertEqual(interactionDays(lib)["Adam Nowak + Jan Malek"], [Day(2026, 11, 23)!])
    }

    /// "met X on Tuesday … Her meeting with X this week was about …": the week's encounter retells the one the
    /// article dated to a day of that week; it is no second, vaguer tie.
    func testTheWeeksEncounterRetellsItsDatedDay() {
        let found = interactionDays(library([
            "Foreign Minister Marta Lopes met European Commission President Ursula von der Leyen in Brussels on Tuesday.",
            "Lopes, 64, has held the post since 2013.",
            "Her meeting with von der Leyen this week was about a joint fund for green hydrogen.",
        ], published: Day(2026, 11, 20)!))
        XCTAssertEqual(found["Marta Lopes + Ursula von der Leyen"], [Day(2026, 11, 17)!])
    }

    /// "President Jan Malek has vetoed three bills. ¶ I will see the President on Monday": of several presidents
    /// in the story, "the President" is the one the paragraph before named.
    func testTheOfficeIsItsHolderNamedJustBefore() {
        let found = interactionDays(library([
            "Prime Minister Adam Nowak hosted President Ivan Petrenko on Wednesday and spoke with President John Carter last week.",
            "At home, President Jan Malek has vetoed three of the government's bills this year.",
            "Nowak said he will see the President on Monday to discuss the defence budget.",
        ], published: Day(2026, 11, 21)!))
        XCTAssertEqual(found["Adam Nowak + Jan Malek"], [Day(2026, 11, 23)!])
        XCTAssertNil(found["Adam Nowak + Ivan Petrenko"]?.first { $0 == Day(2026, 11, 23)! })
        // A holder named before without the title word ("Mr Reid will travel …") is no guide.
        let other = interactionDays(library([
            "Prime Minister Tom Hale and his New Zealand counterpart Chris Reid held talks in Queenstown on Saturday.",
            "Mr Reid will travel to Canberra in August.",
            "Opposition Leader Sue Lane criticised the Prime Minister on Sunday for his travels.",
        ], published: Day(2026, 4, 19)!))
        XCTAssertNil(other["Chris Reid + Sue Lane"])
    }
}
