import XCTest
import StorylineCore
@testable import StorylineTUI

/// Whole screens compared with files under Golden/; a mismatch writes the actual screen
/// next to /tmp so the difference can be inspected (and, if right, copied over).
final class GoldenScreenTests: XCTestCase {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func assertGolden(_ buffer: ScreenBuffer, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = buffer.text() + "\n"
        let url = Self.goldenDir.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            let out = URL(fileURLWithPath: "/tmp/storyline-golden-\(name).txt")
            try? actual.write(to: out, atomically: true, encoding: .utf8)
            XCTFail("screen \(name) differs from \(url.path); actual written to \(out.path)", file: file, line: line)
        }
    }

    /// Every body row has its right border in the last column, whatever the text's width.
    func assertBordersAligned(_ b: ScreenBuffer, right: Int, rows: Range<Int>, file: StaticString = #filePath, line: UInt = #line) {
        for y in rows {
            let last = b[right, y].text
            XCTAssertTrue(["│", "┐", "┘"].contains(last), "row \(y) ends with \(last.debugDescription): \(b.line(y))", file: file, line: line)
            XCTAssertEqual(DisplayWidth.of(b.line(y)), b.width, "row \(y) is not \(b.width) columns wide", file: file, line: line)
        }
    }

    /// The articles list at 80x24 with Korean titles and outlets: the golden screen, and the
    /// right border stays in column 79 on every row.
    func testArticlesAt80x24WithKoreanText() {
        let b = Fixtures.screen(Fixtures.state())
        assertBordersAligned(b, right: 79, rows: 1..<23)
        assertGolden(b, "articles_80x24")
    }

    /// The reader at 80x24 on the Korean article: wrapped Korean paragraphs and the caption
    /// marker, borders aligned.
    func testReaderAt80x24WithKoreanText() {
        var s = Fixtures.state()
        s.view.newestFirst = false
        let (r, _) = Fixtures.press(s, .enter)
        let b = Fixtures.screen(r)
        XCTAssertEqual(r.view.pane, .reader)
        assertBordersAligned(b, right: 79, rows: 1..<23)
        XCTAssertTrue(b.text().contains("▣ 김민지 대통령이 집무실에서"), b.text())
        assertGolden(b, "reader_80x24")
    }

    /// At 120x40 the list and the reader sit side by side, both boxes aligned.
    func testSplitArticlesAt120x40() {
        let b = Fixtures.screen(Fixtures.state(width: 120, height: 40))
        assertBordersAligned(b, right: 119, rows: 1..<39)
        let listRight = Layout(Size(width: 120, height: 40)).articleList.maxX - 1
        for y in 2..<38 { XCTAssertEqual(b[listRight, y].text, "│", "row \(y): \(b.line(y))") }
        assertGolden(b, "articles_120x40")
    }

    /// The timeline at 80x24: histogram, month headers, planned marker.
    func testTimelineAt80x24() {
        let (s, _) = Fixtures.press(Fixtures.state(), .char("2"))
        let b = Fixtures.screen(s)
        assertBordersAligned(b, right: 79, rows: 1..<23)
        assertGolden(b, "timeline_80x24")
    }

    /// The leaders pane at 80x24 (table) and 120x40 (ego graph).
    func testLeadersAt80x24And120x40() {
        let (s, _) = Fixtures.press(Fixtures.state(), .char("3"))
        let b = Fixtures.screen(s)
        assertBordersAligned(b, right: 79, rows: 1..<23)
        assertGolden(b, "leaders_80x24")
        let (w, _) = Fixtures.press(Fixtures.state(width: 120, height: 40), .char("3"))
        let wb = Fixtures.screen(w)
        assertBordersAligned(wb, right: 119, rows: 1..<39)
        assertGolden(wb, "leaders_120x40")
    }

    /// The help overlay fits at 80x24 without scrolling.
    func testHelpAt80x24() {
        let (s, _) = Fixtures.press(Fixtures.state(), .char("2"), .char("?"))
        let b = Fixtures.screen(s)
        XCTAssertFalse(b.text().contains("j/k scroll"))
        assertGolden(b, "help_timeline_80x24")
    }

    /// An ego graph with many counterparts (names of several widths, one Korean) at 120x40.
    func testEgoGraphWithManyTiesAt120x40() {
        let names = ["Alex Moreau", "Hana Sato", "박서준", "Olusegun Adeyemi-Okonkwo", "Maria Costa", "Jan Novák", "Li Wei", "Ana Lima", "Extra One"]
        var people = [Person(name: "Kim Min-ji", roles: [Role(title: "president", country: "South Korea")], leader: true, mentions: 20)]
        var relations: [Relation] = []
        for (i, n) in names.enumerated() {
            people.append(Person(name: n, mentions: 9 - i))
            relations.append(Relation(people: ["Kim Min-ji", n], interactions: (0...i % 4).map { _ in
                Interaction(type: .meeting, date: TimeSpan(day: Day(2025, 3 + i, 1)!), event: nil, sources: []) }))
        }
        let lib = Library(articles: Fixtures.articles, people: people, relations: relations)
        let (s, _) = Fixtures.press(Fixtures.state(lib, width: 120, height: 40), .char("3"))
        let b = Fixtures.screen(s)
        assertBordersAligned(b, right: 119, rows: 1..<39)
        XCTAssertTrue(b.text().contains("+1 more"))
        assertGolden(b, "ego_graph_120x40")
    }

    /// The search pane at 80x24 with a Korean result and an English one: bar, key line,
    /// two-row results with dates and outlets, borders aligned.
    func testSearchAt80x24() throws {
        var s = Fixtures.press(Fixtures.state(), .char("/")).0
        for c in "사토" { s = update(s, .key(.char(c))).0 }
        let json = #"""
        [{"article":"ko1","title":"김민지 대통령, 사토 하나 총리와 첫 정상 통화","published":"2025-06-10T21:30:00+09:00","outlet":"한빛일보",
          "score":2,"snippet":"김민지 대통령은 10일 저녁 \u0001사토\u0002 하나 일본 총리와 첫 정상 통화를 했다.","events":[]},
         {"article":"en1","title":"Moreau and Kim meet in Paris to sign a trade pact","published":"2025-09-02","outlet":"Example Times",
          "score":1,"snippet":"…greets \u0001Sato\u0002 at the Elysee.","events":[]}]
        """#
        let hits = try JSONDecoder().decode([SearchHit].self, from: Data(json.utf8))
        s = update(s, .searchAnswer(generation: s.searchGeneration, text: "사토", answer: SearchAnswer(hits: hits))).0
        let b = Fixtures.screen(s)
        assertBordersAligned(b, right: 79, rows: 1..<23)
        assertGolden(b, "search_80x24")
    }

    /// The stories pane at 80x24: one opened story with its own timeline and articles.
    func testStoryAt80x24() {
        let (s, _) = Fixtures.press(Fixtures.state(JumpTests.linked), .char("4"), .enter)
        let b = Fixtures.screen(s)
        assertBordersAligned(b, right: 79, rows: 1..<23)
        assertGolden(b, "story_80x24")
    }
}
