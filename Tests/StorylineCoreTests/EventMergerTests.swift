import XCTest
@testable import StorylineCore

final class EventMergerTests: XCTestCase {
    private func event(_ article: String, _ start: String, to end: String? = nil, _ g: Granularity = .day, _ type: EventType,
                       _ summary: String, _ people: [String], places: [String] = [], offset: Int = 0) -> Event {
        let span = TimeSpan(start: Day(iso: start)!, end: Day(iso: end ?? start)!, granularity: g)
        return Event(id: "\(article)-\(offset)", date: span, expression: start, type: type, status: .occurred, summary: summary,
                     participants: people, places: places,
                     sources: [SourceRef(article: article, sentence: summary, offset: offset, block: 0)])
    }

    func testSameCallReportedByTwoOutletsBecomesOneEventWithTwoSources() {
        let merged = EventMerger.merge([
            event("a", "2025-06-10", .day, .phoneCall, "Rossi speaks on the phone with Dube", ["Ana Rossi", "Sipho Dube"]),
            event("b", "2025-06-10", .day, .phoneCall, "Rossi held a call with Dube on trade", ["Ana Rossi", "Sipho Dube"]),
        ])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(Set(merged[0].sources.map(\.article)), ["a", "b"])
    }

    /// "both agreed to meet in June" names a pair: one of them alone in June in another article ("left for
    /// Seville on Friday") is not their meeting; the pair's meeting told elsewhere is.
    func testAPairsMonthPlanDoesNotAbsorbOneMembersDay() {
        let plan = event("a", "2026-06-01", to: "2026-06-30", .month, .meeting, "Rossi and Dube agreed to meet in June", ["Ana Rossi", "Sipho Dube"])
        let alone = event("b", "2026-06-26", .day, .meeting, "Rossi left early on Friday for Seville to host a summit", ["Ana Rossi"])
        XCTAssertEqual(EventMerger.merge([plan, alone]).count, 2)
        let met = event("c", "2026-06-12", .day, .meeting, "Rossi met Dube in Madrid", ["Ana Rossi", "Sipho Dube"])
        XCTAssertEqual(EventMerger.merge([plan, met]).count, 1)
    }

    /// Two statements read from one sentence on one day are distinct events and keep distinct ids.
    func testDistinctEventsFromOneSentenceGetDistinctIDs() {
        let merged = EventMerger.merge([
            event("a", "2026-01-12", .day, .statement, "Rossi tells a radio station that ties matter", ["Ana Rossi"], offset: 40),
            event("a", "2026-01-12", .day, .statement, "Dube's adviser highlights plans for joint projects", ["Li Wei"], offset: 40),
        ])
        XCTAssertEqual(merged.count, 2)
        XCTAssertEqual(Set(merged.map(\.id)).count, 2)
    }

    func testDistinctEventsOnTheSameDayStayApart() {
        let merged = EventMerger.merge([
            event("a", "2025-06-10", .day, .statement, "Rossi said taxes would fall", ["Ana Rossi"]),
            event("a", "2025-06-10", .day, .meeting, "Dube met Okafor in Abuja", ["Sipho Dube", "Ngozi Okafor"], offset: 50),
            event("b", "2025-06-10", .day, .statement, "Okafor warned of floods in the north", ["Ngozi Okafor"]),
        ])
        XCTAssertEqual(merged.count, 3)
    }

    /// Two outlets name the place of one meeting differently ("in New Delhi", "at Hyderabad House"):
    /// the same two leaders on the same day are one meeting; one leader's visits stay apart by place.
    func testSamePairOnTheSameDayIsOneMeetingWhateverPlaceEachOutletNames() {
        let merged = EventMerger.merge([
            event("a", "2026-09-09", .day, .meeting, "Rossi met Dube in Lusaka", ["Ana Rossi", "Sipho Dube"], places: ["Lusaka"]),
            event("b", "2026-09-09", .day, .meeting, "Dube held talks with Rossi at State House", ["Ana Rossi", "Sipho Dube"],
                  places: ["State House"]),
            event("c", "2026-09-09", .day, .visit, "Rossi visits Germany", ["Ana Rossi"], places: ["Germany"]),
            event("d", "2026-09-09", .day, .visit, "Rossi visits Kenya", ["Ana Rossi"], places: ["Kenya"]),
        ])
        XCTAssertEqual(merged.count, 3, "\(merged.map(\.summary))")
        XCTAssertEqual(Set(merged.first { $0.type == .meeting }?.sources.map(\.article) ?? []), ["a", "b"])
    }

    /// One outlet writes "agreed on Wednesday to double trade", another "met on Wednesday": one event.
    /// An article telling the summit and the agreement signed there tells two.
    func testAnAgreementToldByOneOutletIsTheMeetingAnotherTells() {
        let merged = EventMerger.merge([
            event("a", "2026-09-09", .day, .agreement, "Rossi and Dube agreed to double trade by 2030", ["Ana Rossi", "Sipho Dube"]),
            event("b", "2026-09-09", .day, .meeting, "Dube met Rossi at the summit venue", ["Ana Rossi", "Sipho Dube"]),
        ])
        XCTAssertEqual(merged.count, 1, "\(merged.map(\.summary))")
        let oneArticle = EventMerger.merge([
            event("c", "2026-01-13", to: "2026-01-14", .range, .summit, "Rossi and Dube open the summit", ["Ana Rossi", "Sipho Dube"]),
            event("c", "2026-01-14", .day, .agreement, "the summit concludes with agreements on security", ["Ana Rossi", "Sipho Dube"], offset: 90),
        ])
        XCTAssertEqual(oneArticle.count, 2)
    }

    /// "signed a ceasefire agreement in Doha on Wednesday" and "the ceasefire Kagame signed in Doha on
    /// November 4" (one signatory recognized): the same signing.
    func testOneSigningToldInOtherWordsIsOneAgreement() {
        let merged = EventMerger.merge([
            event("a", "2026-11-04", .day, .agreement, "The presidents signed a ceasefire agreement after three days of talks",
                  ["Ana Rossi", "Sipho Dube"], places: ["Doha"]),
            event("b", "2026-11-04", .day, .agreement, "The truce Dube put his name to is the fourth such deal in as many years",
                  ["Sipho Dube"], places: ["Doha"]),
        ])
        XCTAssertEqual(merged.count, 1, "\(merged.map(\.summary))")
    }

    /// The eve's "are expected to sign on Wednesday" and the day's "signed on Wednesday": the event
    /// happened, and the report saying so speaks for it even when the forecast names more people.
    func testTheReportThatItHappenedSpeaksForTheEvent() {
        var forecast = event("a", "2026-11-04", .day, .agreement, "Rossi, Dube and Berg are expected to sign a truce on Wednesday",
                             ["Ana Rossi", "Sipho Dube", "Jon Berg"], places: ["Doha"])
        forecast.status = .planned
        let merged = EventMerger.merge([
            forecast,
            event("b", "2026-11-04", .day, .agreement, "Rossi and Dube signed a truce in Doha on Wednesday", ["Ana Rossi", "Sipho Dube"],
                  places: ["Doha"]),
        ])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged.first?.status, .occurred)
        XCTAssertEqual(merged.first?.summary, "Rossi and Dube signed a truce in Doha on Wednesday")
    }

    /// "spoke by phone Wednesday night" (Washington) and "telephone talks on Thursday morning" (Tokyo):
    /// one call. One article's calls on two days, and meetings a day apart, stay two.
    func testOneCallDatedADayApartAcrossTheDateLineIsOneCall() {
        let merged = EventMerger.merge([
            event("a", "2026-02-11", .day, .phoneCall, "Rossi spoke by phone Wednesday night with Sato", ["Ana Rossi", "Ken Sato"]),
            event("b", "2026-02-12", .day, .phoneCall, "Sato held telephone talks with Rossi on Thursday morning", ["Ana Rossi", "Ken Sato"]),
        ])
        XCTAssertEqual(merged.count, 1, "\(merged.map(\.summary))")
        XCTAssertEqual(merged.first?.date, TimeSpan(start: Day(2026, 2, 11)!, end: Day(2026, 2, 12)!, granularity: .range))
        let twoCalls = EventMerger.merge([
            event("c", "2026-02-11", .day, .phoneCall, "Rossi spoke by phone with Sato on Wednesday", ["Ana Rossi", "Ken Sato"]),
            event("c", "2026-02-12", .day, .phoneCall, "they spoke again on Thursday", ["Ana Rossi", "Ken Sato"], offset: 80),
        ])
        XCTAssertEqual(twoCalls.count, 2)
        let meetings = EventMerger.merge([
            event("d", "2026-02-11", .day, .meeting, "Rossi met Sato on Wednesday", ["Ana Rossi", "Ken Sato"]),
            event("e", "2026-02-12", .day, .meeting, "Sato hosted Rossi for dinner on Thursday", ["Ana Rossi", "Ken Sato"]),
        ])
        XCTAssertEqual(meetings.count, 2)
    }

    /// "will meet in the coming weeks" (a 30-day range) joins the meeting held on Friday: the event
    /// is dated Friday, not the whole month the forecast spans.
    func testALongRangeJoiningADayKeepsTheDay() {
        let merged = EventMerger.merge([
            event("a", "2026-02-12", to: "2026-03-13", .range, .meeting, "Rossi and Sato will meet in the coming weeks", ["Ana Rossi", "Ken Sato"]),
            event("b", "2026-02-13", .day, .meeting, "Rossi hosted Sato at the palace on Friday", ["Ana Rossi", "Ken Sato"]),
        ])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged.first?.date, TimeSpan(day: Day(2026, 2, 13)!))
    }

    func testALeadersSeparateMeetingsOnOneDayAreNotChained() {
        let merged = EventMerger.merge([
            event("a", "2025-10-08", .day, .meeting, "Rossi met Prime Minister Dube", ["Ana Rossi", "Sipho Dube"]),
            event("b", "2025-10-08", .day, .meeting, "Rossi held a luncheon with Vargas", ["Ana Rossi", "Ramon Vargas"]),
            event("c", "2025-10-08", .day, .meeting, "Rossi met leaders", ["Ana Rossi"]),
        ])
        XCTAssertEqual(merged.count, 2)
    }

    func testCoarseMentionJoinsTheFineReportAndTheFinerDateWins() {
        let merged = EventMerger.merge([
            event("t", "2026-01-01", to: "2026-01-31", .month, .summit, "agree to hold a summit in Lusaka the following month",
                  ["Ana Rossi", "Sipho Dube"], places: ["Lusaka"]),
            event("t", "2026-01-13", to: "2026-01-14", .range, .summit, "the summit will take place in Lusaka", [], places: ["Lusaka"], offset: 90),
            event("t", "2026-01-13", .day, .summit, "Rossi and Dube open the two-day summit", ["Ana Rossi", "Sipho Dube"], offset: 200),
            event("t", "2026-01-16", .day, .meeting, "Rossi meets a former premier", ["Ana Rossi", "Jon Berg"], offset: 300),
        ])
        XCTAssertEqual(merged.count, 2)
        let summit = merged.first { $0.type == .summit }!
        XCTAssertEqual(summit.date, TimeSpan(start: Day(2026, 1, 13)!, end: Day(2026, 1, 14)!, granularity: .range))
        XCTAssertEqual(summit.sources.count, 3)
    }

    func testRemarksAtAMeetingJoinTheMeeting() {
        let merged = EventMerger.merge([
            event("c", "2025-09-16", .day, .meeting, "Rossi listens during the Cabinet meeting", ["Ana Rossi"]),
            event("c", "2025-09-16", .day, .statement, "Rossi said the country will pursue practical diplomacy", ["Ana Rossi"], offset: 80),
        ])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged[0].type, .meeting)
    }

    func testOutputIsChronologicalAndIdsAreStable() {
        let input = [
            event("a", "2025-06-10", .day, .statement, "Rossi said one thing", ["Ana Rossi"]),
            event("b", "2025-01-02", .day, .visit, "Dube visited Accra", ["Sipho Dube"]),
        ]
        let once = EventMerger.merge(input), again = EventMerger.merge(input.reversed())
        XCTAssertEqual(once.map(\.date!.start.iso), ["2025-01-02", "2025-06-10"])
        XCTAssertEqual(once.map(\.id), again.map(\.id))
    }

    func testOneSentenceWithTwoDatesTellsTwoEvents() {
        let s = "Tran arrived in Hue on Monday after a tour of Laos from Jan. 30 to Feb. 2"
        let merged = EventMerger.merge([
            event("a", "2026-02-02", .day, .visit, s, ["Tran Van Lam"], places: ["Hue", "Laos"], offset: 10),
            event("a", "2026-01-30", to: "2026-02-02", .range, .visit, s, ["Tran Van Lam"], places: ["Hue", "Laos"], offset: 10),
        ])
        XCTAssertEqual(merged.count, 2)
    }

    /// One article telling a visit and, in another sentence, the talks held during it tells two events;
    /// so does a meeting and what one side told reporters afterwards. Another outlet's report of the talks
    /// still joins the talks.
    func testOneArticlesVisitAndTheTalksDuringItStayTwoEvents() {
        let merged = EventMerger.merge([
            event("a", "2026-03-03", .day, .visit, "Rossi arrived in Abidjan on Tuesday for a two-day stay", ["Ana Rossi"],
                  places: ["Abidjan"], offset: 10),
            event("a", "2026-03-03", .day, .meeting, "He held talks with President Dube the same evening", ["Ana Rossi", "Sipho Dube"],
                  offset: 120),
            event("b", "2026-03-03", .day, .meeting, "Rossi and Dube held talks in Abidjan", ["Ana Rossi", "Sipho Dube"],
                  places: ["Abidjan"]),
        ])
        XCTAssertEqual(merged.count, 2)
        XCTAssertEqual(Set(merged.first { $0.type == .meeting }!.sources.map(\.article)), ["a", "b"])
        let statement = EventMerger.merge([
            event("a", "2026-11-12", .day, .meeting, "Ahn and Kerr met at the Pentagon", ["Min Ahn", "Joe Kerr"], offset: 10),
            event("a", "2026-11-12", .day, .statement, "Kerr told reporters on Thursday that the allies would act", ["Joe Kerr"],
                  offset: 200),
        ])
        XCTAssertEqual(statement.count, 2)
    }

    /// Sorting on copied keys gives exactly the order of comparing events (`order`): by start,
    /// shorter first, then id, undated last, equal keys kept in their order.
    func testChronologicalIndicesFollowTheEventOrder() {
        var events: [Event] = []
        for i in 0..<200 {
            let day = Day(2025, 1 + i % 3, 1 + (i * 7) % 5)!
            let date: TimeSpan? = i % 9 == 0 ? nil
                : i % 4 == 0 ? TimeSpan(start: day, end: day.adding(days: i % 3), granularity: .range) : TimeSpan(day: day)
            events.append(Event(id: "e\((i * 37) % 50)", date: date, expression: "", type: .meeting, status: .occurred,
                                summary: "report \(i)", sources: []))
        }
        let expected = events.indices.sorted { EventMerger.order(events[$0], events[$1]) }
        XCTAssertEqual(EventMerger.chronological(events), expected)
        XCTAssertEqual(Set(expected.map { events[$0].id }).count, 50, "ids repeat, so ties are exercised")
    }
}
