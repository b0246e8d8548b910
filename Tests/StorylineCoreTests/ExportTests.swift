import XCTest
@testable import StorylineCore

/// Export formats: JSON round trip, iCalendar structure (RFC 5545), DOT quoting, Markdown citations.
final class ExportTests: XCTestCase {
    static let library: Library = {
        let a = Article(id: "n1", path: "/news/n1.txt", title: "Leaders talk, again; \"cautiously\"", outlet: "The Daily Ledger",
                        published: Published(day: Day(2025, 6, 11)!), url: "https://example.com/n1")
        let b = Article(id: "n2", path: "/news/n2.txt", title: "서울 정상회담 준비", outlet: "연합", published: Published(day: Day(2025, 7, 2)!))
        let src1 = SourceRef(article: "n1", sentence: "Ana Ruiz called Lee Min-ho on June 10, officials said.", offset: 10, block: 0)
        let src2 = SourceRef(article: "n2", sentence: String(repeating: "정상회담은 서울에서 열린다. ", count: 8), offset: 0, block: 1)
        let events = [
            Event(id: "e2", date: TimeSpan(start: Day(2025, 11, 1)!, end: Day(2025, 11, 30)!, granularity: .month),
                  expression: "in November", type: .summit, status: .planned, summary: "A summit in Seoul, with \\ backslash",
                  participants: ["Ana Ruiz", "Lee Min-ho"], places: ["Seoul"], sources: [src2]),
            Event(id: "e1", date: TimeSpan(day: Day(2025, 6, 10)!), expression: "on June 10", type: .phoneCall, status: .occurred,
                  summary: "Ruiz called Lee", participants: ["Ana Ruiz", "Lee Min-ho"], sources: [src1]),
            Event(id: "e3", date: TimeSpan(start: Day(2025, 7, 1)!, end: Day(2025, 7, 3)!, granularity: .range),
                  expression: "July 1-3", type: .visit, status: .occurred, summary: "Lee visited Madrid",
                  participants: ["Lee Min-ho"], sources: [src2]),
            Event(id: "e4", date: nil, expression: "soon", type: .statement, status: .planned, summary: "Talks will resume",
                  participants: ["Ana Ruiz"], sources: [src1]),
        ]
        let people = [
            Person(name: "Ana Ruiz", aliases: ["Ruiz"], roles: [Role(title: "Prime Minister", country: "Spain")], leader: true, mentions: 3, articles: ["n1"]),
            Person(name: "Lee Min-ho", aliases: ["Lee"], roles: [Role(title: "President", country: "South Korea")], leader: true, mentions: 4, articles: ["n1", "n2"]),
            Person(name: "Bob \"The Fixer\" Stone", aliases: [], roles: [], leader: false, former: true, mentions: 1, articles: ["n2"]),
        ]
        let relations = [
            Relation(people: ["Ana Ruiz", "Lee Min-ho"], interactions: [
                Interaction(type: .phoneCall, date: TimeSpan(day: Day(2025, 6, 10)!), event: "e1", sources: [src1]),
                Interaction(type: .phoneCall, date: nil, event: nil, sources: [src1]),
                Interaction(type: .summit, date: nil, event: "e2", sources: [src2]),
            ]),
            Relation(people: ["Bob \"The Fixer\" Stone", "Lee Min-ho"], interactions: [
                Interaction(type: .meeting, date: nil, event: nil, sources: [src2]),
            ]),
        ]
        return Library(articles: [a, b], events: events, people: people, relations: relations).linked()
    }()

    func testJSONDecodesBackToTheSameEventsInTimelineOrder() throws {
        let events = try TimelineSelection().events(in: Self.library)
        let text = try TimelineDocument(story: nil, person: nil, events: events,
                                        articles: ArticleCitation.cited(by: events, in: Self.library)).encoded()
        let decoded = try JSONDecoder().decode(TimelineDocument.self, from: Data(text.utf8))
        XCTAssertEqual(decoded.events, events)
        XCTAssertEqual(decoded.events.map(\.id), ["e1", "e3", "e2", "e4"])
        XCTAssertEqual(decoded.articles.map(\.id), ["n1", "n2"])
    }

    /// Unfolds content lines (RFC 5545 3.1).
    func unfold(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    func testICalendarHasOneAllDayEventPerDatedEventWithExclusiveEnds() {
        let ics = ICalendar.render(try! TimelineSelection().events(in: Self.library), library: Self.library,
                                   now: Date(timeIntervalSince1970: 1_750_000_000))
        let lines = unfold(ics)
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertTrue(lines.contains("VERSION:2.0"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("PRODID:") })
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, 3, "the undated event is left out")
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }, [
            "DTSTART;VALUE=DATE:20250610", "DTSTART;VALUE=DATE:20250701", "DTSTART;VALUE=DATE:20251101"])
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTEND;VALUE=DATE:") }, [
            "DTEND;VALUE=DATE:20250611", "DTEND;VALUE=DATE:20250704", "DTEND;VALUE=DATE:20251201"])
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTSTAMP:") }.count, 3)
        XCTAssertTrue(lines.contains("DTSTAMP:20250615T150640Z"))
        XCTAssertEqual(Set(lines.filter { $0.hasPrefix("UID:") }).count, 3, "UIDs are unique")
        XCTAssertTrue(lines.contains("SUMMARY:Phone call: Ana Ruiz and Lee Min-ho"))
        XCTAssertTrue(lines.contains("STATUS:TENTATIVE"), "a planned event is tentative")
    }

    func testICalendarUsesCRLFFoldsAt75OctetsOnCharacterBoundariesAndEscapesText() {
        let ics = ICalendar.render(Self.library.events, library: Self.library)
        XCTAssertFalse(ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        XCTAssertTrue(ics.hasSuffix("\r\n"))
        for line in ics.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, line)
            XCTAssertNotNil(String(validatingUTF8: line), "a fold split a UTF-8 sequence")
        }
        let description = unfold(ics).first { $0.hasPrefix("DESCRIPTION:Ruiz called Lee") }!
        XCTAssertTrue(description.contains("Leaders talk\\, again\\; \"cautiously\""), description)
        XCTAssertTrue(description.contains("\\nSources:\\n- "), description)
        XCTAssertTrue(unfold(ics).contains { $0.contains("with \\\\ backslash") })
        XCTAssertTrue(unfold(ics).contains { $0.contains(String(repeating: "정상회담은 서울에서 열린다. ", count: 8).trimmingCharacters(in: .whitespaces)) },
                      "folded Korean text unfolds to the original")
    }

    func testFoldingKeepsMultiByteCharactersWhole() {
        let folded = ICalendar.fold("SUMMARY:" + String(repeating: "한", count: 60))
        let parts = folded.components(separatedBy: "\r\n ")
        XCTAssertGreaterThan(parts.count, 1)
        XCTAssertEqual(parts.joined(), "SUMMARY:" + String(repeating: "한", count: 60))
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 74 || $0 == parts[0] && $0.utf8.count <= 75 })
    }

    func testDOTQuotesIdsStylesLeadersAndLabelsEdgesWithCounts() throws {
        let graph = try TimelineSelection().graph(in: Self.library)
        let dot = LeaderGraph.render(people: graph.people, relations: graph.relations)
        XCTAssertTrue(dot.hasPrefix("graph \"leaders\" {"))
        XCTAssertTrue(dot.contains("\"Ana Ruiz\" -- \"Lee Min-ho\" [label=\"phone call ×2, summit\""), dot)
        XCTAssertTrue(dot.contains("\"Bob \\\"The Fixer\\\" Stone\" -- \"Lee Min-ho\""), dot)
        let leaderLine = try XCTUnwrap(dot.split(separator: "\n").first { $0.hasPrefix("  \"Ana Ruiz\" [") })
        XCTAssertTrue(leaderLine.contains("shape=box") && leaderLine.contains("filled"))
        XCTAssertTrue(leaderLine.contains("Prime Minister (Spain)"))
        XCTAssertEqual(dot.filter { $0 == "{" }.count, dot.filter { $0 == "}" }.count)
    }

    func testGraphvizParsesTheDOT() throws {
        let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let dotPath else { throw XCTSkip("Graphviz `dot` is not installed") }
        let graph = try TimelineSelection().graph(in: Self.library)
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-export-\(UUID().uuidString).dot")
        try LeaderGraph.render(people: graph.people, relations: graph.relations).write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tplain", input.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let plain = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count, 3, plain)
        XCTAssertEqual(plain.split(separator: "\n").filter { $0.hasPrefix("edge ") }.count, 2, plain)
    }

    func testMarkdownIsAChronologyWithCitations() throws {
        let md = MarkdownTimeline.render(try TimelineSelection().events(in: Self.library), library: Self.library)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings, ["## 2025-06-10 · phone call", "## 2025-07-01 to 2025-07-03 · visit", "## 2025-11 · summit", "## Undated"])
        XCTAssertTrue(md.contains("- “Ana Ruiz called Lee Min-ho on June 10, officials said.” — *Leaders talk, again; \"cautiously\"*, The Daily Ledger, 2025-06-11 `n1`"), md)
        XCTAssertTrue(md.contains("_(planned)_"))
    }

    func testSelectionByPersonAcceptsAliasesAndReportsUnknownNames() throws {
        XCTAssertEqual(try TimelineSelection(person: "ruiz").events(in: Self.library).map(\.id), ["e1", "e2", "e4"])
        XCTAssertEqual(try TimelineSelection(person: "Lee Min ho").events(in: Self.library).map(\.id), ["e1", "e3", "e2"])
        XCTAssertThrowsError(try TimelineSelection(person: "Nobody Here").events(in: Self.library)) {
            XCTAssertEqual($0 as? TimelineSelection.Failure, .unknownPerson("Nobody Here"))
        }
        let graph = try TimelineSelection(person: "Ana Ruiz").graph(in: Self.library)
        XCTAssertEqual(graph.relations.count, 1)
        XCTAssertEqual(Set(graph.people.map(\.name)), ["Ana Ruiz", "Lee Min-ho"])
    }

    func testSelectionByStoryKeepsItsEventsAndRejectsUnknownIds() throws {
        let story = try XCTUnwrap(Self.library.story(containing: "n2"))
        let events = try TimelineSelection(story: story.id.lowercased()).events(in: Self.library)
        XCTAssertEqual(Set(events.map(\.id)), Set(story.events))
        XCTAssertTrue(events.contains { $0.id == "e3" })
        XCTAssertThrowsError(try TimelineSelection(story: "S99").events(in: Self.library))
    }
}
