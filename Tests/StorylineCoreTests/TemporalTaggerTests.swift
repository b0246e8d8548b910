import XCTest
@testable import StorylineCore

final class TemporalTaggerTests: XCTestCase {
    private func day(_ s: String) -> Day { Day(iso: s)! }

    /// The expressions found, as "text=start..end/granularity" (or "text=null").
    private func tags(_ text: String, _ anchor: String?) -> [String] {
        TemporalTagger.tag(text, anchor: anchor.map(day)).map { e in
            guard let s = e.span else { return "\(e.text)=null" }
            return "\(e.text)=\(s.start.iso)..\(s.end.iso)/\(s.granularity.rawValue)"
        }
    }

    func testFullDatesInEveryCommonFormat() {
        let found = tags("Talks on Dec 4, 2025, then June 4, 2025; published 11 Jun. 2025; filed 2025-06-11; "
                         + "signed 4 December 2025 and Sept. 3, 2025.", nil)
        XCTAssertEqual(found, [
            "Dec 4, 2025=2025-12-04..2025-12-04/day", "June 4, 2025=2025-06-04..2025-06-04/day",
            "11 Jun. 2025=2025-06-11..2025-06-11/day", "2025-06-11=2025-06-11..2025-06-11/day",
            "4 December 2025=2025-12-04..2025-12-04/day", "Sept. 3, 2025=2025-09-03..2025-09-03/day",
        ])
    }

    /// Singapore and Malaysian outlets gloss a weekday with its date in brackets: "next Thursday (Jun 25)" is
    /// June 25, one expression, even where "next Thursday" alone would read as the coming one.
    func testWeekdayGlossedByABracketedDateIsThatDate() {
        XCTAssertEqual(tags("The minister will travel to Brunei next Thursday (Jun 25) to meet his counterpart.", "2026-06-16"),
                       ["next Thursday (Jun 25)=2026-06-25..2026-06-25/day"])
        XCTAssertEqual(tags("The leaders met on Tuesday (Jun 16) at the Istana.", "2026-06-16"),
                       ["Tuesday (Jun 16)=2026-06-16..2026-06-16/day"])
    }

    /// "Done at Accra, this 3rd day of March 2027": the closing formula of a treaty names one day.
    func testOrdinalDayOfMonthFormula() {
        XCTAssertEqual(tags("Done at Accra, this 3rd day of March 2027.", "2027-03-03"),
                       ["3rd day of March 2027=2027-03-03..2027-03-03/day"])
    }

    /// What someone is invited to lies ahead, even in a sentence told in the past.
    func testInvitationLooksAhead() {
        XCTAssertEqual(tags("The president telephoned his counterpart on Tuesday to invite him to a meeting in Tashkent in May.", "2026-04-08"),
                       ["Tuesday=2026-04-07..2026-04-07/day", "May=2026-05-01..2026-05-31/month"])
    }

    /// "his government's plans to raise spending" is a noun phrase: it makes no date ahead of a past verb.
    func testPlansAsANounLookNowhere() {
        let text = "The chancellor has defended his government's plans to raise defence spending, telling parliament on Wednesday that it mattered."
        XCTAssertEqual(TemporalTagger.tag(text, anchor: day("2026-03-04")).first?.tense, .past)
        XCTAssertEqual(TemporalTagger.tag("The chancellor plans to raise spending on Wednesday.", anchor: day("2026-03-04")).first?.tense, .future)
    }

    /// A past verb before the date governs it, even when a later verb phrase looks ahead.
    func testPastVerbBeforeTheDateWinsOverALaterFuturePhrase() {
        XCTAssertEqual(tags("Ortega met Kaur on June 10 and will visit Lima on Friday.", "2025-06-11"), [
            "June 10=2025-06-10..2025-06-10/day", "Friday=2025-06-13..2025-06-13/day",
        ])
    }

    /// "this spring" is the anchor year's spring, even in a past-tense sentence written in winter.
    /// "…, an aide said" at the end of a sentence dates the saying; the event's own "will" decides.
    func testTrailingAttributionDoesNotMakeAPlannedDatePast() {
        XCTAssertEqual(tags("The two presidents will also attend a session of the Supreme State Council of the Union State in Moscow on Thursday, Presidential Aide Ivan Orlov said.", "2026-10-14"),
                       ["Thursday=2026-10-15..2026-10-15/day"])
        XCTAssertEqual(tags("The two presidents met in the capital on Thursday, an aide said.", "2026-10-14"),
                       ["Thursday=2026-10-08..2026-10-08/day"])
    }

    /// A "when" clause on the date itself tells its tense, over a past verb of the sentence.
    func testWhenClauseOnTheDateTellsItsTense() {
        XCTAssertEqual(tags("The ministers discussed preparations for the visit in December, when he is expected to hold talks.", "2026-11-03"),
                       ["December=2026-12-01..2026-12-31/month"])
        XCTAssertEqual(tags("The ministers recalled the talks in June, when they signed a pact.", "2026-11-03"),
                       ["June=2026-06-01..2026-06-30/month"])
    }

    func testThisSeasonIsTheAnchorYearsSeason() {
        XCTAssertEqual(tags("Officials said last week the plant opens this spring.", "2026-01-09"), [
            "last week=2025-12-29..2026-01-04/week", "this spring=2026-03-01..2026-05-31/season",
        ])
        XCTAssertEqual(tags("Prices rose this winter.", "2026-01-09"), ["this winter=2025-12-01..2026-02-28/season"])
    }

    func testWireDatelineResolvesAgainstPublication() {
        let found = tags("SEOUL, Oct 31 (Reuters) - The president said on Thursday that talks had ended.", "2025-10-31")
        XCTAssertEqual(found, ["Oct 31=2025-10-31..2025-10-31/day", "Thursday=2025-10-30..2025-10-30/day"])
    }

    func testPartialDatesTakeTheirYearFromAnchorAndTense() {
        XCTAssertEqual(tags("Xi called on June 10.", "2025-06-11"), ["June 10=2025-06-10..2025-06-10/day"])
        XCTAssertEqual(tags("He said on Dec. 28 that the vote was fair.", "2026-01-05"), ["Dec. 28=2025-12-28..2025-12-28/day"])
        XCTAssertEqual(tags("The leaders will meet on Jan. 3.", "2025-12-20"), ["Jan. 3=2026-01-03..2026-01-03/day"])
        XCTAssertEqual(tags("He recalled their summit (Oct 30) and previous talks.", "2026-01-09"),
                       ["Oct 30=2025-10-30..2025-10-30/day"])
        XCTAssertEqual(tags("Officials confirm the summit will take place around Jan 13-14.", "2025-12-10"),
                       ["Jan 13-14=2026-01-13..2026-01-14/range"])
    }

    func testTenseComesFromTheNearestCueInTheLocalClause() {
        XCTAssertEqual(tags("SEOUL, Jan. 5 (Yonhap) -- Han said Friday the government will hold talks next month, "
                            + "after Yoon and Kishida held a phone call on Dec. 28.", "2024-01-05"), [
            "Jan. 5=2024-01-05..2024-01-05/day", "Friday=2024-01-05..2024-01-05/day",
            "next month=2024-02-01..2024-02-29/month", "Dec. 28=2023-12-28..2023-12-28/day"])
        XCTAssertEqual(tags("The two leaders last met in Tokyo in mid-November, and Kishida is expected to visit Seoul in March.",
                            "2024-01-05"), [
            "mid-November=2023-11-11..2023-11-20/part-of-month", "March=2024-03-01..2024-03-31/month"])
    }

    func testPartialDateWithoutAnchorStaysUnresolved() {
        XCTAssertEqual(tags("They met on June 10.", nil), ["June 10=null"])
    }

    func testRangesWithAnyDash() {
        XCTAssertEqual(tags("around Jan\u{202F}13\u{2011}14", "2026-01-09"), ["Jan\u{202F}13\u{2011}14=2026-01-13..2026-01-14/range"])
        XCTAssertEqual(tags("on Jan 13\u{2013}14", "2026-01-09"), ["Jan 13\u{2013}14=2026-01-13..2026-01-14/range"])
        XCTAssertEqual(tags("An election between Dec. 2025 and June 2026.", nil),
                       ["between Dec. 2025 and June 2026=2025-12-01..2026-06-30/range"])
        XCTAssertEqual(tags("The fair runs from June 3 to 5.", "2025-05-20"), ["from June 3 to 5=2025-06-03..2025-06-05/range"])
        XCTAssertEqual(tags("The fair runs June 3-5.", "2025-05-20"), ["June 3-5=2025-06-03..2025-06-05/range"])
        XCTAssertEqual(tags("A trip Jan. 30 to Feb. 2.", "2025-01-20"), ["Jan. 30 to Feb. 2=2025-01-30..2025-02-02/range"])
    }

    func testSaturdayDependsOnThePublicationWeekday() {
        // 2025-06-09 is a Monday, 2025-06-14 a Saturday, 2025-06-18 a Wednesday.
        XCTAssertEqual(tags("Protesters gathered on Saturday.", "2025-06-09"), ["Saturday=2025-06-07..2025-06-07/day"])
        XCTAssertEqual(tags("Protesters gathered on Saturday.", "2025-06-14"), ["Saturday=2025-06-14..2025-06-14/day"])
        XCTAssertEqual(tags("Protesters gathered on Saturday.", "2025-06-18"), ["Saturday=2025-06-14..2025-06-14/day"])
        XCTAssertEqual(tags("The ministers will meet on Friday.", "2025-06-09"), ["Friday=2025-06-13..2025-06-13/day"])
        XCTAssertEqual(tags("The minister said Tuesday that he will resign.", "2025-09-17"), ["Tuesday=2025-09-16..2025-09-16/day"])
    }

    func testRelativeExpressions() {
        let a = "2025-09-16"  // a Tuesday
        XCTAssertEqual(tags("It rained yesterday, clears today and tomorrow.", a), [
            "yesterday=2025-09-15..2025-09-15/day", "today=2025-09-16..2025-09-16/day", "tomorrow=2025-09-17..2025-09-17/day"])
        XCTAssertEqual(tags("A reception last week.", a), ["last week=2025-09-08..2025-09-14/week"])
        XCTAssertEqual(tags("The crisis of last December.", a), ["last December=2024-12-01..2024-12-31/month"])
        XCTAssertEqual(tags("Talks resume next month.", a), ["next month=2025-10-01..2025-10-31/month"])
        XCTAssertEqual(tags("Prices rose earlier this year.", a), ["earlier this year=2025-01-01..2025-09-16/year"])
        XCTAssertEqual(tags("Sales fell last year.", a), ["last year=2024-01-01..2024-12-31/year"])
        XCTAssertEqual(tags("Trading this week.", a), ["this week=2025-09-15..2025-09-21/week"])
        XCTAssertEqual(tags("Three days ago it began.", a), ["Three days ago=2025-09-13..2025-09-13/day"])
        XCTAssertEqual(tags("Crowds gathered last weekend.", a), ["last weekend=2025-09-13..2025-09-14/week"])
        XCTAssertEqual(tags("Crowds gathered over the weekend.", a), ["the weekend=2025-09-13..2025-09-14/week"])
        XCTAssertEqual(tags("Crowds will gather over the weekend.", a), ["the weekend=2025-09-20..2025-09-21/week"])
        XCTAssertEqual(tags("He is expected to visit in early spring.", "2024-01-05"), ["early spring=2024-03-01..2024-05-31/season"])
    }

    func testExpressionsRelativeToTheSentence() {
        XCTAssertEqual(tags("Dec 4, 2025 – The two agree to hold a summit the following month.", nil), [
            "Dec 4, 2025=2025-12-04..2025-12-04/day", "the following month=2026-01-01..2026-01-31/month"])
        XCTAssertEqual(tags("They met on June 10. Two days later he left.", "2025-06-11"), [
            "June 10=2025-06-10..2025-06-10/day", "Two days later=2025-06-12..2025-06-12/day"])
        XCTAssertEqual(tags("Two days later he left.", "2025-06-11"), ["Two days later=null"])
        XCTAssertEqual(tags("One day after the June 3 vote he spoke.", "2025-06-11"), [
            "One day after=2025-06-04..2025-06-04/day", "June 3=2025-06-03..2025-06-03/day"])
        XCTAssertEqual(tags("The call came one day after speaking with Japan's leader.", "2025-06-11"), ["one day after=null"])
        XCTAssertEqual(tags("They met three days after Scholz visited Washington on Feb. 9.", "2024-02-12"), [
            "three days after=2024-02-12..2024-02-12/day", "Feb. 9=2024-02-09..2024-02-09/day"])
        XCTAssertEqual(tags("It came one day after the talks \u{2014} a signal after last December's crisis.", "2025-06-11"), [
            "one day after=null", "last December=2024-12-01..2024-12-31/month"])
        XCTAssertEqual(tags("They met on May 5 and had dined the day before.", "2025-06-11"), [
            "May 5=2025-05-05..2025-05-05/day", "the day before=2025-05-04..2025-05-04/day"])
    }

    func testFuzzyParts() {
        let a = "2025-09-16"
        XCTAssertEqual(tags("In late August, they met.", a), ["late August=2025-08-21..2025-08-31/part-of-month"])
        XCTAssertEqual(tags("Expected in early September.", "2025-08-01"), ["early September=2025-09-01..2025-09-10/part-of-month"])
        XCTAssertEqual(tags("It opened in mid-March.", a), ["mid-March=2025-03-11..2025-03-20/part-of-month"])
        XCTAssertEqual(tags("A vote early next year.", a), ["early next year=2026-01-01..2026-04-30/season"])
        XCTAssertEqual(tags("Since mid-2025 and until late 2025.", nil), [
            "mid-2025=2025-05-01..2025-08-31/season", "late 2025=2025-09-01..2025-12-31/season"])
        XCTAssertEqual(tags("Rain this spring, drought last summer.", a), [
            "this spring=2025-03-01..2025-05-31/season", "last summer=2025-06-01..2025-08-31/season"])
        XCTAssertEqual(tags("By the end of the year.", a), ["the end of the year=2025-12-01..2025-12-31/month"])
    }

    func testMonthsAndYears() {
        XCTAssertEqual(tags("The summit scheduled for November.", "2025-06-11"), ["November=2025-11-01..2025-11-30/month"])
        XCTAssertEqual(tags("Inflation in November 2025.", nil), ["November 2025=2025-11-01..2025-11-30/month"])
        XCTAssertEqual(tags("Built in 2014, open since 2019.", nil), [
            "2014=2014-01-01..2014-12-31/year", "2019=2019-01-01..2019-12-31/year"])
        XCTAssertEqual(tags("Remains from the 1942 Chosei mine disaster.", nil), ["1942=1942-01-01..1942-12-31/year"])
        XCTAssertEqual(tags("Music of the 1990s.", nil), [])
        XCTAssertEqual(tags("Fireworks on the 4th of July.", "2025-07-10"), ["4th of July=2025-07-04..2025-07-04/day"])
    }

    func testNonDatesAreIgnored() {
        let text = "After six months of doubt, his first visit in 11 years, for the next 60 years, the 80th anniversary, "
            + "the 42nd Cabinet meeting [27], a rally of 2,000 people and 1942 people. We may march. Protesters march on. "
            + "It may rain. At 20:00 JST."
        XCTAssertEqual(tags(text, "2025-06-11"), [])
    }

    func testMonthNeedsContextButDayMakesItADate() {
        XCTAssertEqual(tags("May 28 was the day. The board may vote in May.", "2025-06-11"),
                       ["May 28=2025-05-28..2025-05-28/day", "May=2026-05-01..2026-05-31/month"])
    }

    func testOffsetsPointIntoTheText() {
        let text = "Über alles: on Feb. 7 they met."
        let e = TemporalTagger.tag(text, anchor: day("2025-06-11"))
        XCTAssertEqual(e.count, 1)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[e[0].range])), "Feb. 7")
    }

    func testMonthWithARelativeYearAndHalvesOfAYear() {
        XCTAssertEqual(tags("She has led the party since taking office in May last year.", "2026-03-12"),
                       ["May last year=2025-05-01..2025-05-31/month"])
        XCTAssertEqual(tags("A return visit is planned in the first half of this year.", "2026-01-14"),
                       ["the first half of this year=2026-01-01..2026-06-30/range"])
        XCTAssertEqual(tags("Elections follow in the second half of 2027.", "2026-01-14"),
                       ["the second half of 2027=2027-07-01..2027-12-31/range"])
    }

    func testPassiveAfterWillAndReportedWouldLookAhead() {
        XCTAssertEqual(tags("The forum will be held from November 22 to 23 in Lagos.", "2025-11-20"),
                       ["from November 22 to 23=2025-11-22..2025-11-23/range"])
        XCTAssertEqual(tags("Ortega said on Monday she would host the talks on April 9.", "2026-03-16"),
                       ["Monday=2026-03-16..2026-03-16/day", "April 9=2026-04-09..2026-04-09/day"])
    }

    func testARelativeClauseKeepsItsOwnTense() {
        // Published Thursday 2026-07-02: the arrival is past, the departure ahead.
        XCTAssertEqual(tags("The envoy, who arrived in Doha on Tuesday, is set to fly to Oman on Friday.", "2026-07-02"),
                       ["Tuesday=2026-06-30..2026-06-30/day", "Friday=2026-07-03..2026-07-03/day"])
        XCTAssertEqual(tags("It would be her first trip abroad since taking office in October.", "2025-12-29"),
                       ["October=2025-10-01..2025-10-31/month"])
    }

    func testLaterThisMonthLiesAfterTheAnchorDay() {
        XCTAssertEqual(tags("The coalition will meet again later this month.", "2026-01-08"),
                       ["later this month=2026-01-09..2026-01-31/month"])
    }

    func testPartOfNextMonth() {
        XCTAssertEqual(tags("The minister is expected to visit Manila early next month.", "2026-02-10"),
                       ["early next month=2026-03-01..2026-03-10/part-of-month"])
    }

    func testWhatIsAgreedToLiesAhead() {
        XCTAssertEqual(tags("The envoys ended two days of talks on Thursday, agreeing to meet again in July.", "2026-06-12"),
                       ["Thursday=2026-06-11..2026-06-11/day", "July=2026-07-01..2026-07-31/month"])
    }

    func testASeasonAfterInTheTakesTheNearestByTense() {
        XCTAssertEqual(tags("He planned to visit Tokyo in the spring.", "2026-02-16"), ["the spring=2026-03-01..2026-05-31/season"])
        XCTAssertEqual(tags("They met in the summer.", "2026-09-16"), ["the summer=2026-06-01..2026-08-31/season"])
    }

    func testPlansAsANounDoNotLookAhead() {
        XCTAssertEqual(tags("The presidents discussed plans for the reconstruction during talks in Cairo on Sunday.", "2026-11-09"),
                       ["Sunday=2026-11-08..2026-11-08/day"])
        XCTAssertEqual(tags("The president plans to visit Cairo on Sunday.", "2026-11-09"), ["Sunday=2026-11-15..2026-11-15/day"])
    }

    /// "Thursday, October 29" is one date, and its weekday picks the year even after a past-tense saying.
    func testAWeekdayBeforeADatePicksItsYear() {
        XCTAssertEqual(tags("Ruiz will join the summit on Thursday, October 29, the office confirmed.", "2026-10-27"),
                       ["Thursday, October 29=2026-10-29..2026-10-29/day"])
        XCTAssertEqual(tags("The talks opened on Tuesday 27 October.", "2026-10-28"), ["Tuesday 27 October=2026-10-27..2026-10-27/day"])
    }

    /// "a meeting hosted by X on March 5" has a participle, not a past verb: the future tense governs.
    func testAParticipleBeforeByTellsNoTense() {
        XCTAssertEqual(tags("In Tokyo, he will join the meeting hosted by Minister Ito on March 5.", "2026-02-24"),
                       ["March 5=2026-03-05..2026-03-05/day"])
        XCTAssertEqual(tags("The meeting was hosted by Minister Ito on March 5.", "2026-02-24"),
                       ["March 5=2025-03-05..2025-03-05/day"])
    }

    /// What leaders look forward to lies ahead.
    func testLookingForwardToLooksAhead() {
        XCTAssertEqual(tags("The leaders looked forward to meeting at the summit in Evian, France, from June 14 to 16.", "2026-01-14"),
                       ["from June 14 to 16=2026-06-14..2026-06-16/range"])
    }

    /// "The day before" counts from the event a sentence told, not from the day it was said.
    func testTheDayBeforeSkipsTheDateOfASaying() {
        XCTAssertEqual(tags("They agreed in a call on Dec. 30, the office said on Friday. The day before, the ministers met.", "2026-01-02"), [
            "Dec. 30=2025-12-30..2025-12-30/day", "Friday=2026-01-02..2026-01-02/day", "The day before=2025-12-29..2025-12-29/day"])
    }

    /// "late July last year" is the end of July of the previous year, one expression.
    func testPartOfAMonthOfARelativeYear() {
        XCTAssertEqual(tags("The truce has held since late July last year.", "2026-01-02"),
                       ["late July last year=2025-07-21..2025-07-31/part-of-month"])
    }

    /// "in the coming weeks" is a stretch after the anchor, not nothing.
    func testTheComingWeeksLieAhead() {
        XCTAssertEqual(tags("He is expected to visit in the coming weeks.", "2026-01-02"),
                       ["the coming weeks=2026-01-03..2026-02-01/range"])
        XCTAssertEqual(tags("She will call him over the next few days.", "2026-01-02"),
                       ["the next few days=2026-01-03..2026-01-09/range"])
    }

    /// With no tense at all, a weekday a day or two ahead is the coming one; otherwise the last one.
    func testATenselessWeekdayIsTheNearerOne() {
        XCTAssertEqual(tags("- The summit with Prime Minister Ito on Wednesday", "2026-10-27"), ["Wednesday=2026-10-28..2026-10-28/day"])
        XCTAssertEqual(tags("- The summit with Prime Minister Ito on Monday", "2026-10-27"), ["Monday=2026-10-26..2026-10-26/day"])
        XCTAssertEqual(tags("Prime Minister Ito met the envoy on Wednesday.", "2026-10-27"), ["Wednesday=2026-10-21..2026-10-21/day"])
    }

    /// Wire copy dates by the day of the month alone: the nearest such day by tense, ranges included,
    /// and an ordinal before a noun is no date.
    func testDayOfMonthAloneResolvesByTense() {
        XCTAssertEqual(tags("Takaichi held talks with Modi on the 14th and agreed to meet again.", "2026-04-15"),
                       ["the 14th=2026-04-14..2026-04-14/day"])
        XCTAssertEqual(tags("Motegi will visit India from the 26th to 28th to prepare for the summit.", "2026-04-15"),
                       ["the 26th to 28th=2026-04-26..2026-04-28/range"])
        XCTAssertEqual(tags("The minister said on the 28th that talks had stalled.", "2026-05-02"),
                       ["the 28th=2026-04-28..2026-04-28/day"])
        XCTAssertEqual(tags("The office is on the 5th floor of the tower.", "2026-04-15"), [])
        XCTAssertEqual(tags("They met on the 4th of July.", "2026-07-10"), ["4th of July=2026-07-04..2026-07-04/day"])
    }

    /// Spanish wire order puts the object after the day of the month ("closed on the 14th a meeting").
    func testDayOfMonthBeforeItsObject() {
        XCTAssertEqual(tags("The two blocs closed on the 14th a meeting of leaders in Brussels.", "2026-03-16"),
                       ["the 14th=2026-03-14..2026-03-14/day"])
    }

    /// An "-ed" adjective after a determiner tells no tense: a future verb still governs the weekday.
    func testParticipleAdjectiveDoesNotMakeAPlannedDatePast() {
        XCTAssertEqual(tags("Ruto will host Hassan on Friday for talks on a disputed border crossing, his office said Thursday.",
                            "2026-11-19"),
                       ["Friday=2026-11-20..2026-11-20/day", "Thursday=2026-11-19..2026-11-19/day"])
    }

    /// "Faces a vote on Monday" looks ahead, and the end of a hyphened compound ("so-called") tells
    /// no past: both dates lie after a Thursday anchor.
    func testFacingAVoteAndHyphenedCompoundsLookAhead() {
        XCTAssertEqual(tags("Lecornu, who faces a confidence vote on Monday, did not attend.", "2026-12-03"),
                       ["Monday=2026-12-07..2026-12-07/day"])
        XCTAssertEqual(tags("They agreed to co-chair a meeting of the so-called coalition in Paris on December 15.", "2026-12-03"),
                       ["December 15=2026-12-15..2026-12-15/day"])
    }

    /// "on Wednesday, a day after the general warned": the phrase right after a date dates what
    /// follows "after" back from it; with a date after it, it still counts from that one.
    func testADayAfterRightAfterADateMeasuresBack() {
        XCTAssertEqual(tags("Munir visited troops on Wednesday, a day after Dwivedi warned of a response.", "2026-11-19"),
                       ["Wednesday=2026-11-18..2026-11-18/day", "a day after=2026-11-17..2026-11-17/day"])
        XCTAssertEqual(tags("Kim arrived on May 5, two days after the vote on May 1.", "2026-05-10"),
                       ["May 5=2026-05-05..2026-05-05/day", "two days after=2026-05-03..2026-05-03/day", "May 1=2026-05-01..2026-05-01/day"])
    }

    /// "the same evening", "the following morning": a part of the day told before, or of the next;
    /// a "since …" date starts a state and is no day to count from.
    func testPartOfTheDayToldBefore() {
        XCTAssertEqual(tags("Rossi landed in Accra on Tuesday, her first trip since taking office in April 2024. She met Dube the same evening.", "2026-03-05"),
                       ["Tuesday=2026-03-03..2026-03-03/day", "April 2024=2024-04-01..2024-04-30/month",
                        "the same evening=2026-03-03..2026-03-03/day"])
        XCTAssertEqual(tags("Rossi landed in Accra on Tuesday. She left the following morning.", "2026-03-05"),
                       ["Tuesday=2026-03-03..2026-03-03/day", "the following morning=2026-03-04..2026-03-04/day"])
    }

    /// A "when" clause on the date ends at its comma: a closing attribution's past verb tells nothing of it.
    func testWhenClauseEndsAtItsComma() {
        XCTAssertEqual(tags("The ministers will meet again in Oslo in March, when Norway hosts the forum, the minister told reporters.", "2026-09-03"),
                       ["March=2027-03-01..2027-03-31/month"])
    }

    /// "are due to sign a deal before Rossi flies home on Wednesday": the "before" clause looks ahead with
    /// the clause it hangs on; a past participle ("wants it finished before … in December") or "agreed …, after talks on Saturday" makes no past or future of it.
    func testBeforeClauseTakesTheFutureOfItsMainClause() {
        let due = TemporalTagger.tag("The two leaders are due to sign a deal before Rossi flies home on Wednesday.", anchor: day("2026-03-04"))
        XCTAssertEqual(due.first?.tense, .future)
        XCTAssertEqual(tags("Rossi wants the code finished before the country hands over the chair in December.", "2026-10-27"),
                       ["December=2026-12-01..2026-12-31/month"])
        XCTAssertEqual(tags("Rossi and Dube have agreed to fast-track a pact, after talks in Lisbon on Saturday.", "2026-04-20"),
                       ["Saturday=2026-04-18..2026-04-18/day"])
    }

    /// "on Jan. 6 next year", "March 3 last year": one date in the named year; "the week before last".
    func testMonthDayWithAYearPhraseAndTheWeekBeforeLast() {
        XCTAssertEqual(tags("Rossi will visit Paris on Jan. 6 next year.", "2026-03-18"), ["Jan. 6 next year=2027-01-06..2027-01-06/day"])
        XCTAssertEqual(tags("Rossi visited Paris on March 3 last year.", "2026-03-18"), ["March 3 last year=2025-03-03..2025-03-03/day"])
        XCTAssertEqual(tags("The summit was held the week before last.", "2026-03-18"), ["the week before last=2026-03-02..2026-03-08/week"])
    }

    /// "the April 12 runoff" names a thing: the verb's past tense does not push it a year back.
    func testADateNamingAThingTakesNoTenseFromTheVerb() {
        XCTAssertEqual(tags("Candidates registered for the April 12 runoff on Tuesday.", "2026-03-18"),
                       ["April 12=2026-04-12..2026-04-12/day", "Tuesday=2026-03-17..2026-03-17/day"])
        XCTAssertEqual(tags("Officials recalled the Nov. 4 election.", "2026-03-18"), ["Nov. 4=2025-11-04..2025-11-04/day"])
    }

    /// A capitalized "Today" after a capitalized word ends a name ("USA Today"), it is no date.
    func testTodayInANameIsNoDate() {
        XCTAssertEqual(tags("Rossi told USA Today that talks would resume.", "2026-03-18"), [])
        XCTAssertEqual(tags("Today, Rossi flies to Lima.", "2026-03-18"), ["Today=2026-03-18..2026-03-18/day"])
    }

    /// "Tuesday last week", "Monday of next week": one day of the named week; "last night": the day before.
    func testWeekdayOfANamedWeekAndLastNight() {
        XCTAssertEqual(tags("Rossi met Dube on Tuesday last week.", "2026-05-18"), ["Tuesday last week=2026-05-12..2026-05-12/day"])
        XCTAssertEqual(tags("The talks start on Monday of next week.", "2026-05-18"), ["Monday of next week=2026-05-25..2026-05-25/day"])
        XCTAssertEqual(tags("Rossi said late last night that she would attend.", "2026-05-18"), ["last night=2026-05-17..2026-05-17/day"])
    }

    /// "the following spring", "the previous winter": the season after (or before) the date told.
    func testSeasonFollowingTheDateTold() {
        XCTAssertEqual(tags("Fighting broke out in 1998. A bombing campaign the following spring ended it.", "2026-07-09"),
                       ["1998=1998-01-01..1998-12-31/year", "the following spring=1999-03-01..1999-05-31/season"])
        XCTAssertEqual(tags("The treaty was signed in March 2013; talks had stalled the previous winter.", "2026-07-09"),
                       ["March 2013=2013-03-01..2013-03-31/month", "the previous winter=2012-12-01..2013-02-28/season"])
    }

    /// "postponed to April 2", "planned for March 10": a target day weeks from the anchor is the nearest one,
    /// whatever the verb's tense; "heads to Lisbon on Saturday" looks ahead.
    func testTargetDaysAndTheNewsPresentOfATrip() {
        XCTAssertEqual(tags("The vote, originally planned for March 10, was postponed to April 2.", "2026-03-18"),
                       ["March 10=2026-03-10..2026-03-10/day", "April 2=2026-04-02..2026-04-02/day"])
        XCTAssertEqual(tags("Rossi heads to Lisbon on Saturday.", "2026-03-18"), ["Saturday=2026-03-21..2026-03-21/day"])
        XCTAssertEqual(tags("Rossi last visited Japan on March 25.", "2026-03-18"), ["March 25=2025-03-25..2025-03-25/day"])
    }

    /// "Later in the day" in a sentence without a date of its own is the day the sentence before told.
    func testLaterInTheDayIsTheDayThePreviousSentenceTold() {
        XCTAssertEqual(tags("Rossi met Dube on Oct. 13. Later in the day, Rossi met Okafor.", "2026-10-14"), [
            "Oct. 13=2026-10-13..2026-10-13/day", "Later in the day=2026-10-13..2026-10-13/day",
        ])
        // A term ("a target of trade by 2030") tells no day for it.
        XCTAssertEqual(tags("On Wednesday, Rossi met Dube, and they set a target of trade by 2030. Rossi also met Okafor later in the day.",
                            "2026-09-10"), [
            "Wednesday=2026-09-09..2026-09-09/day", "2030=2030-01-01..2030-12-31/year", "later in the day=2026-09-09..2026-09-09/day",
        ])
    }

    /// News style: "last Wednesday" written on a Thursday is the week before (yesterday would be
    /// "Wednesday"); two or more days back it is the latest such day.
    func testLastWeekdaySkipsYesterday() {
        XCTAssertEqual(tags("Rossi met Dube last Wednesday.", "2026-10-15"), ["last Wednesday=2026-10-07..2026-10-07/day"])
        XCTAssertEqual(tags("Rossi met Dube last Monday.", "2026-10-15"), ["last Monday=2026-10-12..2026-10-12/day"])
    }

    /// "on Motzei Shabbat" in an Israeli paper: the Saturday evening the Sabbath ends.
    func testMotzeiShabbatIsSaturday() {
        XCTAssertEqual(tags("Katz said on Motzei Shabbat that troops would stay.", "2026-11-21"),
                       ["Motzei Shabbat=2026-11-21..2026-11-21/day"])
    }

    /// "promising to return to the issue in December" in October: the coming December.
    func testPromisingToLooksAhead() {
        XCTAssertEqual(tags("Leaders ended the summit, with Rossi promising to return to the issue in December.", "2026-10-23"),
                       ["December=2026-12-01..2026-12-31/month"])
    }

    /// A term ("through 2028") and a count of the period's meetings ("fourth meeting this year") date no
    /// event; a plain "this year" or "in 2028" does.
    func testTermsAndCountsDateNoEvent() {
        func dating(_ text: String) -> [Bool] {
            let tokens = TimeToken.tokenize(text)
            return TemporalTagger.tag(tokens: tokens, text: text, anchor: day("2026-10-14"))
                .map { TemporalTagger.datesAnEvent($0, tokens: tokens) }
        }
        XCTAssertEqual(dating("The two ministers signed a plan for consultations through 2028."), [false])
        XCTAssertEqual(dating("Rossi received Dube in Rome, in the two leaders' fourth meeting this year."), [false])
        XCTAssertEqual(dating("Rossi received Dube for the 4th time this year."), [false])
        XCTAssertEqual(dating("Dube held talks with Rossi, marking the envoy's third trip to the South this year."), [false])
        XCTAssertEqual(dating("Rossi visited Rome this year and will return in 2028."), [true, true])
    }

    /// A "when" clause in the present under a clause that looks ahead looks ahead too.
    func testPresentWhenClauseUnderAFutureClauseLooksAhead() {
        XCTAssertEqual(tags("The test will come when the regional summit meets in Arusha in November.", "2026-04-16"),
                       ["November=2026-11-01..2026-11-30/month"])
    }

    /// "Earlier," opening a sentence is the day the sentence before told; with no day told it names no time.
    func testSentenceOpeningEarlierIsTheDayTold() {
        XCTAssertEqual(tags("Rossi met Dube in Rome on Tuesday. Earlier, Rossi was welcomed by Okafor.", "2026-09-09"), [
            "Tuesday=2026-09-08..2026-09-08/day", "Earlier=2026-09-08..2026-09-08/day",
        ])
        XCTAssertEqual(tags("Earlier, Rossi was welcomed by Okafor.", "2026-09-09"), [])
        XCTAssertEqual(tags("Rossi met Dube earlier, on Tuesday.", "2026-09-09"), ["Tuesday=2026-09-08..2026-09-08/day"])
    }

    /// "was later received": after an auxiliary, "later" goes on with the day the sentence before told;
    /// "two days later" stays a shift, and with no day told it names no time.
    func testLaterAfterAnAuxiliaryIsTheDayTold() {
        XCTAssertEqual(tags("Rossi met Dube in Rome on Tuesday. Rossi was later received by Okafor.", "2026-09-09"), [
            "Tuesday=2026-09-08..2026-09-08/day", "later=2026-09-08..2026-09-08/day",
        ])
        XCTAssertEqual(tags("Rossi was later received by Okafor.", "2026-09-09"), [])
    }
}
