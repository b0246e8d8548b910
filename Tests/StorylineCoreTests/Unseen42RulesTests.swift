import XCTest
@testable import StorylineCore

/// Round 42 of news never seen: dates across a story — a state visit told day by day, a summit's sideline
/// meetings, a year in review by months, and an early-January article reaching back across the year boundary.
final class Unseen42RulesTests: XCTestCase {
    /// The events naming the people given (by any part of their names), as "day type".
    private func events(_ lib: Library, _ people: String...) -> [String] {
        lib.events.filter { e in people.allSatisfy { p in e.participants.contains { $0.contains(p) } } }
            .map { "\($0.date?.start.iso ?? "-") \($0.type.rawValue)" }.sorted()
    }

    /// The days of the interactions between the two people named, by any of their spellings.
    private func days(_ lib: Library, _ a: String, _ b: String) -> [String] {
        lib.relations.filter { r in r.people.contains { $0.contains(a) } && r.people.contains { $0.contains(b) } }
            .flatMap(\.interactions).compactMap { $0.date?.start.iso }.sorted()
    }

    /// "On Thursday the focus moved to the capital. X and Y spent two hours in talks.": an encounter told with no
    /// date of its own, on the day its paragraph told, is on the timeline too; "On the sidelines, X also met Y and Z"
    /// (or "met Y and Z separately") are two meetings, and a sentence on who attended is no meeting of its own.
    func testEncounterWithTheParagraphsDayIsAnEvent() {
        let lib = oneArticleLibrary([
            "On Thursday the focus moved to the capital. President Hakainde Hichilema and Prime Minister Luis Montenegro spent two hours in talks, followed by a lunch attended by the finance minister, Situmbeko Musokotwane.",
            "Chancellor Olaf Brandt opened the forum in Lisbon on Friday. On the sidelines, Brandt also met President Gabriel Boric and Prime Minister Mia Mottley, officials said.",
            "Foreign Minister Mariam Toure and her counterpart Jonas Lind attended the talks.",
        ], published: Day(2026, 5, 8)!)
        XCTAssertEqual(events(lib, "Hichilema", "Montenegro"), ["2026-05-07 meeting"])
        XCTAssertEqual(events(lib, "Brandt", "Boric"), ["2026-05-08 meeting"])
        XCTAssertEqual(events(lib, "Brandt", "Mottley"), ["2026-05-08 meeting"])
        XCTAssertEqual(events(lib, "Toure", "Lind"), [])
    }

    /// "Gustavo Petro left Madrid on Friday … ¶ The Colombian president, on his first state visit, was received by …": a
    /// leader's office with a country nobody in the article is titled with, opening a paragraph, is the person the
    /// paragraph before opened on; "the president" after it is that person too, never a president named only later on.
    func testTheNationalityPresidentIsThePersonTheStoryOpenedOn() {
        let lib = oneArticleLibrary([
            "Gustavo Petro left Madrid on Friday evening at the end of a three-day state visit.",
            "The Colombian president, on his first state visit to Spain, was welcomed by King Felipe at the Royal Palace on Wednesday.",
            "The following day the president addressed members of the Cortes.",
            "In Rome, Petro will hold talks with Giorgia Meloni on Saturday and is expected to be received by President Sergio Mattarella.",
        ], published: Day(2026, 4, 17)!)
        XCTAssertEqual(days(lib, "Petro", "Felipe"), ["2026-04-15"])
        XCTAssertTrue(events(lib, "Petro").contains("2026-04-16 statement"), "\(events(lib, "Petro"))")
        XCTAssertEqual(events(lib, "Mattarella").filter { $0.hasPrefix("2026-04-16") }, [])
    }

    /// A year in review: "In April, X met Y in Washington. That summer, Z held talks with W": "that summer" is the summer
    /// of the year told before, not an undated phrase; "that winter" after January is the winter under way then.
    func testThatSeasonIsTheSeasonOfTheYearTold() {
        let lib = oneArticleLibrary([
            "In April, Foreign Minister Ana Costa met Secretary of State Marco Rubio in Washington.",
            "That summer, President Gabriel Boric held talks with Prime Minister Mark Carney in Ottawa.",
        ], published: Day(2026, 12, 27)!)
        XCTAssertEqual(days(lib, "Boric", "Carney"), ["2026-06-01"])
        let winter = TemporalTagger.tag("In January 2026 she took office. That winter she met the envoys.", anchor: Day(2026, 12, 27)!)
            .compactMap(\.span).map { "\($0.start.iso)..\($0.end.iso)" }
        XCTAssertEqual(winter.last, "2025-12-01..2026-02-28")
    }

    /// "In January, X made a state visit to China. ¶ Less than two weeks later, X flew to Tokyo": weeks counted from a
    /// month told before reach past it as far; the encounter is dated, not left without a day.
    func testWeeksLaterCountFromTheMonthTold() {
        let lib = oneArticleLibrary([
            "In January, President Javier Milei made a state visit to India and held talks with Prime Minister Narendra Modi.",
            "Less than two weeks later, Milei flew to Tokyo for a summit with Prime Minister Sanae Takaichi.",
        ], published: Day(2026, 12, 28)!)
        XCTAssertEqual(days(lib, "Milei", "Takaichi"), ["2026-01-15"])
        XCTAssertEqual(events(lib, "Milei", "Takaichi").count, 1)
    }

    /// "On Thursday the focus shifted to the capital.": a sentence moving the story on, naming nobody, is no event, while
    /// the talks told after it keep its day.
    func testTheFocusShiftedIsNoEvent() {
        let lib = oneArticleLibrary([
            "On Thursday the focus shifted to the capital. President Hakainde Hichilema and Prime Minister Luis Montenegro held talks.",
            "In the autumn, attention turned to trade.",
        ], published: Day(2026, 12, 8)!)
        XCTAssertEqual(lib.events.filter { $0.participants.isEmpty }.map(\.summary), [])
        XCTAssertEqual(events(lib, "Hichilema", "Montenegro"), ["2026-12-03 meeting"])
    }

    /// "the leader of the opposition, Pierre Poilievre,": the office written out in full names the person after it, who
    /// is no head of government.
    func testLeaderOfTheOppositionNamesThePersonInApposition() {
        let lib = oneArticleLibrary([
            "On Tuesday, President Lula met Prime Minister Mark Carney in Ottawa. Later that evening, Lula met the leader of the opposition, Pierre Poilievre, at the embassy.",
        ], published: Day(2026, 5, 6)!)
        let poilievre = lib.people.first { $0.name.contains("Poilievre") }
        XCTAssertNotNil(poilievre)
        XCTAssertEqual(poilievre?.leader, false)
        XCTAssertEqual(days(lib, "Lula", "Poilievre"), ["2026-05-05"])
    }

    /// "Lula greeted Carney on the terrace shortly after midday": an hour named by a word dates the encounter on the day
    /// the story told, as "at 3pm" does.
    func testMiddayIsOnTheDayTold() {
        let lib = oneArticleLibrary([
            "President Cyril Ramaphosa opened the summit in Durban on Sunday.",
            "Ramaphosa greeted President Lula on the terrace shortly after midday, and the two men held a bilateral meeting.",
        ], published: Day(2026, 6, 14)!)
        XCTAssertEqual(days(lib, "Ramaphosa", "Lula"), ["2026-06-14"])
        XCTAssertEqual(events(lib, "Ramaphosa", "Lula").count, 1)
    }

    /// "A planned meeting with X was pushed back to Monday", "the talks were likely to take place on Monday": the day
    /// a thing is put off to, or likely on, lies ahead of a Sunday's story, not a week behind it.
    func testPushedBackToAndLikelyToLookAhead() {
        let sunday = Day(2026, 6, 14)!
        for text in ["A planned meeting with Chancellor Olaf Brandt was pushed back to Monday because of scheduling.",
                     "The vote was postponed until Monday, officials said.",
                     "An official said the meeting was likely to take place on Monday afternoon."] {
            let days = TemporalTagger.tag(text, anchor: sunday).compactMap(\.span).map(\.start.iso)
            XCTAssertEqual(days, ["2026-06-15"], text)
        }
        // Put off from a day already past: that day stays behind.
        XCTAssertEqual(TemporalTagger.tag("The meeting held on Monday was delayed by an hour.", anchor: sunday)
            .compactMap(\.span).map(\.start.iso), ["2026-06-08"])
    }

    /// "On the eve of the summit, X spoke by phone with Y": the day before the gathering the story opened with, not the
    /// day the sentence before told.
    func testOnTheEveOfTheSummitIsTheDayBefore() {
        let lib = oneArticleLibrary([
            "President Cyril Ramaphosa opened the summit in Durban on Sunday.",
            "President Lula is due to address a session on Monday morning. On the eve of the summit, Lula spoke by phone with Prime Minister Mark Carney.",
        ], published: Day(2026, 6, 14)!)
        XCTAssertEqual(days(lib, "Lula", "Carney"), ["2026-06-13"])
        XCTAssertEqual(events(lib, "Lula", "Carney"), ["2026-06-13 phone_call"])
    }

    /// "In September, he returned to Washington for a summit. From Washington, Lula went on to New York, where he met
    /// X": a trip onward from the place just told goes on in the month told.
    func testOnwardTripKeepsTheMonthTold() {
        let lib = oneArticleLibrary([
            "In September, President Lula returned to the White House for a summit with Donald Trump. From Washington, Lula went on to New York, where he addressed the General Assembly and met Secretary-General Antonio Guterres.",
        ], published: Day(2026, 12, 28)!)
        XCTAssertEqual(days(lib, "Lula", "Guterres"), ["2026-09-01"])
    }

    /// "she returned the visit in the autumn, travelling to Seoul in November": one visit, in November, not a second
    /// one over the whole autumn.
    func testSeasonAndMonthInOneSentenceAreOneVisit() {
        let lib = oneArticleLibrary([
            "In August, President Lula travelled to Tokyo for a summit with Prime Minister Sanae Takaichi, and she returned the visit in the autumn, travelling to Brasilia in November.",
        ], published: Day(2026, 12, 28)!)
        let dates = lib.events.filter { $0.participants.contains { $0.contains("Lula") } }.compactMap { $0.date?.granularity }
        XCTAssertFalse(dates.contains(.season), "\(events(lib, "Lula"))")
    }

    /// "The goal for 2027 is to turn meetings into results", "approval stood at 58%, down from 64% in November": the
    /// period a goal is set for, or a figure is compared with, dates no event.
    func testGoalForAYearAndComparedFigureDateNoEvent() {
        let lib = oneArticleLibrary([
            "\"The goal for 2027 is to turn meetings into results,\" a senior official said.",
            "Her approval rating stood at 58% in a poll, down from 64% in November.",
        ], published: Day(2026, 12, 28)!)
        XCTAssertEqual(lib.events.compactMap { $0.date?.start.iso }.filter { $0.hasPrefix("2027") || $0.hasPrefix("2026-11") }, [])
    }

    /// "In Rome, Petro will hold talks with Meloni on Friday. He flies home on Saturday.": a sentence opening on a
    /// pronoun and naming nobody is about the subject told before.
    func testOpeningPronounNamingNobodyIsTheSubjectBefore() {
        let lib = oneArticleLibrary([
            "In Rome, President Gustavo Petro will hold talks with Prime Minister Giorgia Meloni on Friday morning. He flies home on Saturday.",
        ], published: Day(2026, 4, 16)!)
        XCTAssertTrue(events(lib, "Petro").contains("2026-04-18 visit"), "\(events(lib, "Petro"))")
    }

    /// "to secure relief before the fiscal year ends in March": when a period runs out dates no event.
    func testFiscalYearEndsInMarchDatesNoEvent() {
        let lib = oneArticleLibrary([
            "Prime Minister Sanae Takaichi plans to visit Washington next month, as Tokyo seeks relief before the fiscal year ends in March.",
        ], published: Day(2027, 1, 4)!)
        XCTAssertEqual(events(lib, "Takaichi"), ["2027-02-01 visit"])
    }

    /// "The people, who asked not to be identified, said officials were looking at the second half of February": a saying
    /// by no one named, dated only inside what it reports, is no statement event of its own.
    func testUnnamedSourcesLookingAtAMonthIsNoStatement() {
        let lib = oneArticleLibrary([
            "The people, who asked not to be identified discussing diplomatic plans, said officials were looking at the second half of February.",
        ], published: Day(2027, 1, 4)!)
        XCTAssertEqual(lib.events.map(\.summary), [])
    }

    /// "was greeted by the King at a ceremonial welcome on Tuesday": a welcome after "a" or an adjective is a reception
    /// (a meeting), not words said; being greeted "by the King" is meeting him.
    func testCeremonialWelcomeIsAMeeting() {
        let lib = oneArticleLibrary([
            "President Gustavo Petro was greeted by the King at a ceremonial welcome on the palace square on Tuesday.",
        ], published: Day(2026, 3, 12)!)
        XCTAssertEqual(events(lib, "Petro"), ["2026-03-10 meeting"])
    }
}
