import XCTest
import StorylineCore
@testable import StorylineTUI

final class ReaderAndHistogramTests: XCTestCase {
    /// A timeline entry whose text repeats its label with a no-break space shows the date once.
    func testTimelineEntryLabelShownOnce() {
        let a = Article(id: "t", path: "", title: "Timeline", blocks: [
            Block(kind: .timelineEntry, text: "Jan\u{A0}12, 2026 – Talks open in Nara.", offset: 0, dateLabel: "Jan 12, 2026")])
        let text = ReaderView.page(a, highlight: nil, width: 60).lines.map(\.text)
        XCTAssertTrue(text.contains("◆ Jan 12, 2026"), "\(text)")
        XCTAssertTrue(text.contains("  Talks open in Nara."), "\(text)")
    }

    /// A sentence inside a timeline entry is highlighted exactly, after the date label.
    func testHighlightInTimelineEntry() {
        let a = Article(id: "t", path: "", title: "Timeline", blocks: [
            Block(kind: .timelineEntry, text: "Jan 15, 2026 – Back home, the minister urges support. Analysts agree.", offset: 0,
                  dateLabel: "Jan 15, 2026")])
        let ref = SourceRef(article: "t", sentence: "Back home, the minister urges support.", offset: 15, block: 0)
        let lit = ReaderView.page(a, highlight: ref, width: 70).lines.flatMap(\.spans).filter { $0.style == .highlight }.map(\.text).joined()
        XCTAssertEqual(lit, "Back home, the minister urges support.")
    }

    /// The highlighted sentence is found even when its spaces differ from the block's, and
    /// only the sentence is highlighted, across wrapped lines.
    func testHighlightAcrossWrappedLines() {
        let a = Article(id: "h", path: "", title: "T", blocks: [
            Block(kind: .paragraph, text: "First sentence here.  The second\u{A0}sentence is the one we want. Third.", offset: 0)])
        let ref = SourceRef(article: "h", sentence: "The second sentence is the one we want.", offset: 0, block: 0)
        let page = ReaderView.page(a, highlight: ref, width: 20)
        let lit = page.lines.flatMap(\.spans).filter { $0.style == .highlight }.map(\.text).joined(separator: " ")
        XCTAssertEqual(lit, "The second\u{A0}sentence is the one we want.")
        XCTAssertNotNil(page.highlightLine)
    }

    /// When the recorded sentence differs from the text, its offset still locates it.
    func testHighlightFallsBackToOffset() {
        let a = Article(id: "o", path: "", title: "T", blocks: [
            Block(kind: .paragraph, text: "Intro. Leaders met in Rome on Friday. Outro.", offset: 500)])
        let ref = SourceRef(article: "o", sentence: "Leaders met in Rome on Friday (edited).", offset: 507, block: 0)
        let lit = ReaderView.page(a, highlight: ref, width: 80).lines.flatMap(\.spans).filter { $0.style == .highlight }.map(\.text).joined()
        XCTAssertTrue(lit.hasPrefix("Leaders met in Rome on Friday."), lit)
    }

    /// A stray old date does not squash the histogram: the busy months keep one bar each.
    func testHistogramWindowIgnoresAStrayOldDate() {
        var events = [Event(id: "old", date: TimeSpan(day: Day(1942, 1, 5)!), expression: "1942", type: .other, status: .occurred, summary: "")]
        for m in 1...12 { events.append(Event(id: "e\(m)", date: TimeSpan(day: Day(2025, m, 3)!), expression: "", type: .meeting, status: .occurred, summary: "")) }
        let h = Histogram(events: events)
        let w = h.window(width: 76)
        XCTAssertEqual(w.perBar, 1)
        XCTAssertEqual(w.hidden, 1)
        XCTAssertEqual(h.line(width: 76).text, "2025-01 ████████████ 2025-12")
        XCTAssertTrue(h.caption(width: 76).contains("1 outside"), h.caption(width: 76))
    }

    /// Spread-out events are merged several months per bar, so every event is counted.
    func testHistogramBucketsWhenSpreadOut() {
        let events = (0..<40).map { i in
            Event(id: "e\(i)", date: TimeSpan(day: Day(2000 + i, 6, 1)!), expression: "", type: .meeting, status: .occurred, summary: "")
        }
        let w = Histogram(events: events).window(width: 76)
        XCTAssertGreaterThan(w.perBar, 1)
        XCTAssertEqual(w.hidden, 0)
    }

    /// The breadcrumb names the person and the pair when drilling into ties.
    func testBreadcrumbNamesThePair() {
        let (s, _) = Fixtures.press(Fixtures.press(Fixtures.state(), .char("3")).0, .enter, .enter)
        XCTAssertTrue(Fixtures.screen(s).line(23).contains("Ties of Kim Min-ji › Kim Min-ji – Alex Moreau  1/2 "),
                      Fixtures.screen(s).line(23))
    }
    /// Filtering the timeline stays in the timeline: the breadcrumb shows the earlier filters,
    /// not "Event …" for events that were never opened; an event opened still names it.
    func testBreadcrumbOfFilterChangesNamesTheFilters() {
        var s = Fixtures.press(Fixtures.state(width: 120, height: 30), .char("2"), .char("p"), .char("j"), .enter).0
        let name = try! XCTUnwrap(s.view.filter.person)
        s = Fixtures.press(s, .char("f"), .char("2"), .char("0"), .char("2"), .char("5"), .enter).0
        let line = Fixtures.screen(s).line(29)
        XCTAssertTrue(line.contains("Articles › Timeline › Timeline (\(name)) › Timeline (\(name) · 2025"), line)
        XCTAssertFalse(line.contains("Event"), line)
        let opened = Fixtures.press(s, .enter).0
        XCTAssertTrue(Fixtures.screen(opened).line(29).contains("Event 2025-06-10 › Article"), Fixtures.screen(opened).line(29))
    }

    /// Matches are found block by block first, then line by line in the blocks that match: the
    /// same lines are marked as when every line is tested, captions and timeline entries included.
    func testMatchLinesAreTheLinesHoldingAMatch() {
        let atoms: [QueryAtom] = [.word("moreau", prefix: false), .word("kim", prefix: false)]
        for width in [30, 60, 96] {
            let page = ReaderView.page(Fixtures.english, highlight: nil, width: width, matching: atoms)
            let plain = ReaderView.page(Fixtures.english, highlight: nil, width: width)
            let expected = plain.lines.indices.filter {
                Snippet.highlight(plain.lines[$0].text, atoms: atoms).unicodeScalars.contains(Snippet.open.unicodeScalars.first!)
            }
            XCTAssertEqual(page.matchLines, expected, "width \(width)")
            XCTAssertGreaterThanOrEqual(expected.count, 4, "title, first paragraph, caption, timeline entry, last paragraph")
        }
    }

    /// Leaving the timeline with a pane key is not leaving through its selected event: the
    /// breadcrumb says "Timeline", not "Event 2025-06-10".
    func testBreadcrumbAfterAPaneSwitchSaysTimeline() {
        let s = Fixtures.press(Fixtures.state(width: 120, height: 30), .char("2"), .char("3")).0
        let line = Fixtures.screen(s).line(29)
        XCTAssertTrue(line.contains("Articles › Timeline › Leaders"), line)
        XCTAssertFalse(line.contains("Event"), line)
    }
}
