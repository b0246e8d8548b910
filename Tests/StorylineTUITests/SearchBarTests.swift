import Foundation
import XCTest
import StorylineCore
@testable import StorylineTUI

/// The corpus search bar: queries leave `update` as effects, answers come back as actions
/// (here from an in-memory search), stale answers are dropped.
final class SearchBarTests: XCTestCase {
    let moreau: [QueryAtom] = [.word("moreau", prefix: false)]

    func hit(_ a: Article, _ snippet: String) -> SearchHit {
        var fields: [String: Any] = ["article": a.id, "title": a.title, "score": 1.0, "snippet": snippet, "events": [String]()]
        if let p = a.published?.iso { fields["published"] = p }
        if let o = a.outlet { fields["outlet"] = o }
        let json = try! JSONSerialization.data(withJSONObject: fields)
        return try! JSONDecoder().decode(SearchHit.self, from: json)
    }

    /// Types `text` into an open bar, returning the state and the search effects asked for.
    func type(_ s: AppState, _ text: String) -> (AppState, [Effect]) {
        var st = s, all: [Effect] = []
        for c in text { let (n, e) = update(st, .key(.char(c))); st = n; all += e }
        return (st, all)
    }

    func answered(_ s: AppState, _ answer: SearchAnswer) -> AppState {
        update(s, .searchAnswer(generation: s.searchGeneration, text: s.view.search.text, answer: answer)).0
    }

    /// Each keystroke asks for a search; an answer to an older request is ignored.
    func testTypingAsksForLiveResultsAndDropsStaleAnswers() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        XCTAssertEqual(bar.view.pane, .search)
        let (s, effects) = type(bar, "mor")
        XCTAssertEqual(effects, [.search(generation: 1, text: "m"), .search(generation: 2, text: "mo"), .search(generation: 3, text: "mor")])
        let stale = update(s, .searchAnswer(generation: 2, text: "mo", answer: SearchAnswer(hits: [hit(Fixtures.korean, "x")]))).0
        XCTAssertTrue(stale.view.search.hits.isEmpty, "an answer for an older request is dropped")
        XCTAssertTrue(Fixtures.screen(stale).text().contains("searching…"))
        let done = answered(s, SearchAnswer(hits: [hit(Fixtures.english, "French President Alex \u{1}Moreau\u{2} met")], atoms: moreau))
        let screen = Fixtures.screen(done)
        XCTAssertTrue(screen.text().contains("1 result for mor"), screen.text())
        XCTAssertTrue(screen.text().contains("Example Times"))
        XCTAssertTrue(screen.text().contains("2025-09-02"))
        XCTAssertFalse(screen.text().contains("\u{1}"), "markers are styled, never drawn")
        let y = (0..<24).first { screen.line($0).contains("Alex Moreau met") }!
        let x = (0..<80).first { screen[$0, y].text == "M" && screen[$0 + 1, y].text == "o" }!
        XCTAssertEqual(screen[x, y].style, ReaderView.matchStyle, "the match is highlighted")
        XCTAssertNotEqual(screen[x - 2, y].style, ReaderView.matchStyle)
    }

    /// Enter opens the result with every match highlighted; n and N walk the matches.
    func testEnterOpensTheArticleAndNWalksTheMatches() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let s = answered(type(bar, "moreau").0, SearchAnswer(hits: [hit(Fixtures.english, "")], atoms: moreau))
        let (r, _) = Fixtures.press(s, .enter)
        XCTAssertEqual(r.view.pane, .reader)
        XCTAssertEqual(r.view.readerArticle, "en1")
        let matches = r.readerPage!.matchLines
        XCTAssertGreaterThanOrEqual(matches.count, 3, "title, caption and the last paragraph name Moreau")
        XCTAssertTrue(r.readerPage!.lines[matches[0]].contains(style: ReaderView.matchStyle))
        let (n1, _) = Fixtures.press(r, .char("n"))
        XCTAssertEqual(n1.view.readerMatch, 1)
        let (last, _) = Fixtures.press(r, .char("N"))
        XCTAssertEqual(last.view.readerMatch, matches.count - 1, "N from the first match wraps to the last")
        XCTAssertTrue(Fixtures.screen(last).text().contains("host Moreau in Seoul"), "the last match is scrolled into view")
        XCTAssertEqual(r.searchHistory, ["moreau"])
    }

    /// The parser's message is shown in the bar; a search with no results suggests what to drop.
    func testMessagesForMalformedAndEmptySearches() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let (typed, _) = type(bar, "\"unbalanced")
        let bad = answered(typed, SearchAnswer(error: "nothing to search for: type a word"))
        XCTAssertTrue(Fixtures.screen(bad).line(3).contains("nothing to search for"), "the message is in the bar")
        let long = answered(typed, SearchAnswer(error: "nothing to search for: type a word, a \"quoted phrase\" or a filter such as from:2025-06"))
        XCTAssertTrue(Fixtures.screen(long).line(3).contains("… │"), "a cut message ends in …: " + Fixtures.screen(long).line(3))
        XCTAssertTrue(Fixtures.screen(long).text().contains("from:2025-06"), "and is given whole in the results box")
        XCTAssertEqual(Fixtures.screen(bad).text().components(separatedBy: "nothing to search for").count, 2,
                       "said once, not again in the results box:\n" + Fixtures.screen(bad).text())
        XCTAssertTrue(Fixtures.screen(bad).text().contains("a phrase"), "the results box says what a search may hold")
        let none = answered(typed, SearchAnswer(hits: [], hasFilters: true))
        XCTAssertTrue(Fixtures.screen(none).text().contains("No articles match"))
        XCTAssertTrue(Fixtures.screen(none).text().contains("dropping a filter"))
        let plain = answered(typed, SearchAnswer(hits: []))
        XCTAssertTrue(Fixtures.screen(plain).text().contains("fewer words"))
        // What the query ran without is said in the bar, in place of the keys.
        let noted = answered(typed, SearchAnswer(hits: [], notes: ["\"the\" is too common to search for; ignored"]))
        XCTAssertTrue(Fixtures.screen(noted).line(3).contains("\"the\" is too common"), Fixtures.screen(noted).line(3))
        XCTAssertFalse(Fixtures.screen(plain).line(3).contains("too common"))
    }

    /// When more articles match than the list holds, the title says the list is the best of
    /// them and how to narrow it, instead of passing the list off as every match.
    func testTitleSaysWhenMoreArticlesMatchThanShown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-more-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 1...4 {
            try "Leaders gather for summit number \(i)\n\nThe summit opened in Lima on Monday, officials said.\n"
                .write(to: dir.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
        }
        let search = IndexSearch(try CorpusStore.open(paths: [dir.path], useCache: false).index)
        let some = search.answer("summit", limit: 2)
        XCTAssertEqual(some.hits.count, 2)
        XCTAssertTrue(some.more)
        let all = search.answer("summit", limit: 4)
        XCTAssertEqual(all.hits.count, 4)
        XCTAssertFalse(all.more, "exactly as many matches as the limit: nothing is hidden")

        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let (typed, _) = type(bar, "moreau")
        let many = Fixtures.screen(answered(typed, SearchAnswer(hits: [hit(Fixtures.english, "")], more: true, atoms: moreau))).text()
        XCTAssertTrue(many.contains("best 1 result for moreau · more match"), many)
        let one = Fixtures.screen(answered(typed, SearchAnswer(hits: [hit(Fixtures.english, "")], atoms: moreau))).text()
        XCTAssertTrue(one.contains("1 result for moreau"))
        XCTAssertFalse(one.contains("more match"))
    }

    /// Up and Down recall earlier searches; Esc closes the search where it was opened.
    func testRecallAndEscape() {
        var s = Fixtures.state()
        s.searchHistory = ["alpha", "beta"]
        let (bar, _) = Fixtures.press(s, .char("j"), .char("/"))
        let (up1, e1) = Fixtures.press(bar, .up)
        XCTAssertEqual(up1.view.search.text, "beta")
        XCTAssertEqual(e1.count, 1, "a recalled search runs")
        XCTAssertEqual(Fixtures.press(up1, .up).0.view.search.text, "alpha")
        XCTAssertEqual(Fixtures.press(up1, .up, .down).0.view.search.text, "beta")
        XCTAssertEqual(Fixtures.press(up1, .down).0.view.search.text, "")
        let (closed, _) = Fixtures.press(up1, .escape)
        XCTAssertEqual(closed.view.pane, .articles)
        XCTAssertEqual(closed.view.articleSelection, 1)
    }

    /// A snippet longer than the row ends in "…" rather than mid-word, and a match past the
    /// right edge is brought into view (the text before it elided) so every row shows why it matched.
    func testSnippetsAreCutWithAnEllipsisAndKeepTheirMatchInView() {
        let filler = (1...30).map { "word\($0)" }.joined(separator: " ")
        let late = hit(Fixtures.english, filler + " \u{1}Moreau\u{2} signed the pact " + filler)
        let early = hit(Fixtures.korean, "\u{1}Moreau\u{2} " + filler)
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let s = answered(type(bar, "moreau").0, SearchAnswer(hits: [late, early], atoms: moreau))
        let screen = Fixtures.screen(s)
        let lateRow = (0..<24).first { screen.line($0).contains("Moreau signed") }
        XCTAssertNotNil(lateRow, "the late match is on screen:\n" + screen.text())
        if let y = lateRow {
            XCTAssertTrue(screen.line(y).contains("│   …"), screen.line(y))
            XCTAssertTrue(screen.line(y).contains("… │"), "the cut end is marked: " + screen.line(y))
            let x = (0..<80).first { screen[$0, y].text == "M" && screen[$0 + 1, y].text == "o" }!
            XCTAssertEqual(screen[x, y].style, ReaderView.matchStyle)
        }
        let earlyRow = (0..<24).first { screen.line($0).contains("│   Moreau word1 word2") }
        XCTAssertNotNil(earlyRow, "a match at the start keeps its place:\n" + screen.text())
        if let y = earlyRow { XCTAssertTrue(screen.line(y).contains("… │"), screen.line(y)) }
    }

    /// Results without an outlet keep the outlet column ("—"), so every title starts in the same column.
    func testTitlesAlignWhetherOrNotTheOutletIsKnown() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let s = answered(type(bar, "wire").0, SearchAnswer(hits: [hit(Fixtures.english, "x"), hit(Fixtures.undated, "y")], atoms: moreau))
        let screen = Fixtures.screen(s)
        let withOutlet = screen.line((0..<24).first { screen.line($0).contains(Fixtures.english.title.prefix(20)) }!)
        let without = screen.line((0..<24).first { screen.line($0).contains(Fixtures.undated.title) }!)
        XCTAssertEqual(withOutlet.range(of: "Moreau and Kim")!.lowerBound.utf16Offset(in: withOutlet),
                       without.range(of: "Wire copy")!.lowerBound.utf16Offset(in: without), withOutlet + "\n" + without)
        XCTAssertTrue(without.contains("—"), without)
    }

    /// The breadcrumb names the search in the bar, not the last answered one while a newer
    /// answer is on its way.
    func testBreadcrumbNamesTheTextInTheBar() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let first = answered(type(bar, "moreau").0, SearchAnswer(hits: [hit(Fixtures.english, "x")], atoms: moreau))
        let (later, _) = type(first, "x")
        XCTAssertTrue(Fixtures.screen(later).line(23).contains("Search “moreaux”"), Fixtures.screen(later).line(23))
    }

    /// A paste is one edit of the bar: line breaks, tabs and escape sequences in it never act
    /// as keys (no Enter, no Tab, no Esc), and it asks for one search, not one per character.
    func testPasteIsTextNotKeys() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let (s, effects) = update(bar, .paste("Kim\tMin-ji\u{1b}[31m\r\nq"))
        XCTAssertEqual(s.view.pane, .search)
        XCTAssertTrue(s.view.search.editing)
        XCTAssertEqual(s.view.search.text, "Kim Min-ji q")
        XCTAssertEqual(effects, [.search(generation: s.searchGeneration, text: "Kim Min-ji q")])
        let (outside, quit) = update(Fixtures.state(), .paste("q"))
        XCTAssertTrue(quit.isEmpty, "a paste outside a text field is not read as commands")
        XCTAssertEqual(outside.view.pane, .articles)
        XCTAssertEqual(outside.message, "pasted text goes into the search bar: press / first")
        let prompt = update(Fixtures.press(Fixtures.state(), .char("2"), .char("f")).0, .paste("2025-06\n")).0
        guard case .prompt(let p)? = prompt.overlay else { return XCTFail("the prompt stays open") }
        XCTAssertEqual(p.text, "2025-06")
    }

    /// Tab while the answer is on its way says so rather than that there are no results;
    /// ↓ with nothing recalled says why nothing happens.
    func testTabWhileSearchingAndDownWithoutRecallExplainThemselves() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let (typed, _) = type(bar, "kim")
        XCTAssertEqual(Fixtures.press(typed, .tab).0.message, "still searching…")
        XCTAssertEqual(Fixtures.press(bar, .down).0.message, "no later search; ↑ recalls earlier ones")
    }

    /// `/` opens the bar from every pane, and keys typed go into it (q does not quit).
    func testSlashSearchesFromEveryPane() {
        for key in [Key.char("1"), .char("2"), .char("3"), .enter] {
            let (s, effects) = Fixtures.press(Fixtures.state(), key, .char("/"), .char("q"))
            XCTAssertEqual(s.view.pane, .search)
            XCTAssertEqual(s.view.search.text, "q")
            XCTAssertFalse(effects.contains(.quit))
        }
    }

    /// Requests made while a search runs collapse to the newest, so typing never queues work.
    func testWorkerRunsOnlyTheNewestWaitingRequest() {
        let gate = DispatchSemaphore(value: 0)
        let searcher = GatedSearch(gate: gate)
        let inbox = Inbox()
        let worker = SearchWorker(searcher, inbox: inbox)
        worker.submit(generation: 1, text: "a")
        searcher.started.wait()
        for g in 2...4 { worker.submit(generation: g, text: String(repeating: "a", count: g)) }
        gate.signal(); gate.signal()
        var answered: [Int] = []
        while answered.last != 4 {
            if case let .searchAnswer(g, _, _)? = inbox.take() { answered.append(g) } else { usleep(1000) }
        }
        XCTAssertEqual(answered, [1, 4])
    }

    /// After scrolling the first match away, n goes on from the screen, not back to match 2.
    func testNAfterScrollingGoesOnFromTheScreen() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let s = answered(type(bar, "moreau").0, SearchAnswer(hits: [hit(Fixtures.english, "")], atoms: moreau))
        let (r, _) = Fixtures.press(s, .enter)
        let matches = r.readerPage!.matchLines
        let (bottom, _) = Fixtures.press(r, .char("G"))
        XCTAssertGreaterThan(bottom.view.readerScroll, matches[matches.count - 2], "the earlier matches are scrolled away")
        let (n, _) = Fixtures.press(bottom, .char("n"))
        XCTAssertEqual(n.view.readerMatch, matches.count - 1, "the next match is the one on screen, below")
        XCTAssertTrue(Fixtures.screen(n).text().contains("host Moreau in Seoul"), Fixtures.screen(n).text())
        XCTAssertFalse(n.message?.contains("wrapped") ?? false)
        let (back, _) = Fixtures.press(bottom, .char("N"))
        XCTAssertEqual(back.view.readerMatch, matches.count - 1, "N from the screen takes the last match above its bottom")
        let (again, _) = Fixtures.press(n, .char("n"))
        XCTAssertEqual(again.view.readerMatch, 0, "from the last match n wraps to the first")
        XCTAssertEqual(again.message, "match 1/\(matches.count) (wrapped)")
    }

    /// A search left with Esc after its results came back is recalled by ↑ next time; one
    /// still being typed (no answer yet) is not.
    func testEscapeAfterResultsRemembersTheSearch() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let seen = answered(type(bar, "moreau").0, SearchAnswer(hits: [hit(Fixtures.english, "")], atoms: moreau))
        let (closed, _) = Fixtures.press(seen, .escape)
        XCTAssertEqual(closed.view.pane, .articles)
        XCTAssertEqual(closed.searchHistory, ["moreau"])
        XCTAssertEqual(Fixtures.press(closed, .char("/"), .up).0.view.search.text, "moreau")
        let (unanswered, _) = Fixtures.press(type(bar, "kim").0, .escape)
        XCTAssertEqual(unanswered.searchHistory, [], "nothing was shown for it")
    }

    /// Enter on a search that found nothing, or that cannot run, says why nothing opens.
    func testEnterWithoutResultsSaysWhy() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let none = answered(type(bar, "zzqq").0, SearchAnswer())
        XCTAssertEqual(Fixtures.press(none, .enter).0.message, "nothing matches to open: edit the search, or Esc closes it")
        let bad = answered(type(bar, "\"").0, SearchAnswer(error: "nothing to search for"))
        XCTAssertEqual(Fixtures.press(bad, .enter).0.message, "the search cannot run as typed (see the bar)")
        XCTAssertEqual(Fixtures.press(none, .enter).0.view.pane, .search, "and the bar stays open")
        XCTAssertTrue(Fixtures.screen(Fixtures.press(none, .enter).0).line(23).contains("Esc closes it"), "whole at 80 columns")
    }

    /// The match n/N moved to is marked in the reader's margin, once, on its line.
    func testTheCurrentMatchIsMarkedInTheMargin() {
        let (bar, _) = Fixtures.press(Fixtures.state(), .char("/"))
        let s = answered(type(bar, "moreau").0, SearchAnswer(hits: [hit(Fixtures.english, "")], atoms: moreau))
        let (r, _) = Fixtures.press(s, .enter, .char("n"))
        let screen = Fixtures.screen(r)
        let marked = (0..<24).filter { screen.line($0).hasPrefix("│▶") }
        XCTAssertEqual(marked.count, 1, screen.text())
        XCTAssertTrue(screen.line(marked[0]).contains("Moreau"), screen.line(marked[0]))
        let line = r.readerPage!.matchLines[1] - r.view.readerScroll
        XCTAssertEqual(marked[0], 2 + line, "on the second match's line (below the tabs and the box's top)")
    }
}

/// A search that waits for a signal before answering, to hold the worker busy.
final class GatedSearch: ArticleSearching, @unchecked Sendable {
    let gate: DispatchSemaphore
    let started = DispatchSemaphore(value: 0)
    init(gate: DispatchSemaphore) { self.gate = gate }
    func answer(_ text: String, limit: Int) -> SearchAnswer {
        started.signal()
        gate.wait()
        return SearchAnswer()
    }
}
