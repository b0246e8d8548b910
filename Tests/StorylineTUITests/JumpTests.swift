import XCTest
import StorylineCore
@testable import StorylineTUI

/// Jumps between panes (related articles, an article's events and people, a person's
/// articles, stories) and the history that brings the user back exactly.
final class JumpTests: XCTestCase {
    /// The fixture library with related articles and one story linking the two dated articles.
    static let linked: Library = {
        var lib = Fixtures.library
        lib.related = RelatedArticles(byArticle: [
            "en1": [RelatedArticle(article: "ko1", score: 0.4, peopleScore: 0.2, people: ["Kim Min-ji"])],
            "ko1": [RelatedArticle(article: "en1", score: 0.4, peopleScore: 0.2, people: ["Kim Min-ji"])],
        ])
        lib.stories = [
            Story(id: "S1", title: "Kim's summer diplomacy", centralArticle: "en1",
                  span: TimeSpan(start: Day(2025, 6, 10)!, end: Day(2025, 9, 2)!, granularity: .day),
                  articles: ["ko1", "en1"], events: ["e1", "e2", "e3"], people: ["Kim Min-ji"]),
            Story(id: "S2", title: "Wire copy", centralArticle: "zz", span: nil, articles: ["zz"]),
        ]
        return lib
    }()

    func state(width: Int = 80, height: Int = 24) -> AppState { Fixtures.state(Self.linked, width: width, height: height) }

    /// Selects the article with `id` in the list and opens it in the reader.
    func reading(_ id: String) -> AppState {
        var s = state()
        s.view.articleSelection = s.articles.firstIndex { $0.id == id }!
        return Fixtures.press(s, .enter).0
    }

    /// An opened story lists its articles with one outlet column ("—" when unknown), so
    /// titles start at the same column whether or not the outlet is known.
    func testStoryArticlesAlignTheirTitles() {
        var lib = Fixtures.library
        lib.stories = [Story(id: "S", title: "Mixed sources", centralArticle: "en1", span: TimeSpan(day: Day(2025, 9, 2)!),
                             articles: ["en1", "zz"])]
        let (s, _) = Fixtures.press(Fixtures.state(lib), .char("4"), .enter)
        let screen = Fixtures.screen(s)
        let column = { (title: String) -> Int? in
            for y in 0..<24 { if let r = screen.line(y).range(of: title) { return screen.line(y).distance(from: screen.line(y).startIndex, to: r.lowerBound) } }
            return nil
        }
        XCTAssertNotNil(column("Moreau and Kim meet"), screen.text())
        XCTAssertEqual(column("Moreau and Kim meet"), column("Wire copy without a date"), screen.text())
        XCTAssertTrue(screen.text().contains("—"), "the unknown outlet is marked")
    }

    /// `r` lists related articles with their reason; Enter opens one.
    func testRelatedArticlesWithReasons() {
        let (r, _) = Fixtures.press(reading("en1"), .char("r"))
        let screen = Fixtures.screen(r).text()
        XCTAssertTrue(screen.contains("김민지 대통령"), screen)
        XCTAssertTrue(screen.contains("both mention Kim Min-ji"), screen)
        let (opened, _) = Fixtures.press(r, .enter)
        XCTAssertEqual(opened.view.pane, .reader)
        XCTAssertEqual(opened.view.readerArticle, "ko1")
        XCTAssertTrue(Fixtures.screen(opened).line(23).contains("Article"))
    }

    /// `e` lists the article's events; Enter shows the event in the timeline.
    func testArticleEventsJumpToTheTimeline() {
        let (c, _) = Fixtures.press(reading("en1"), .char("e"))
        guard case .chooser(let ch)? = c.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.count, 2, "the trade pact and the planned visit")
        let (t, _) = Fixtures.press(c, .enter)
        XCTAssertEqual(t.view.pane, .timeline)
        XCTAssertEqual(t.catalog.events(t.view.filter)[t.view.timelineSelection].id, "e2")
        XCTAssertTrue(Fixtures.screen(t).line(23).contains("Event 2025-09-01"), Fixtures.screen(t).line(23))
    }

    /// `P` lists the people of the article; Enter selects the person in the leaders pane.
    func testArticlePeopleJumpToLeaders() {
        let (c, _) = Fixtures.press(reading("ko1"), .char("P"))
        guard case .chooser(let ch)? = c.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.count, 2)
        let (l, _) = Fixtures.press(c, .enter)
        XCTAssertEqual(l.view.pane, .leaders)
        XCTAssertEqual(l.selectedPerson?.name, "Kim Min-ji")
    }

    /// `a` on a person lists the articles that mention them.
    func testPersonArticles() {
        var s = state()
        s = Fixtures.press(s, .char("3")).0
        s.view.personSelection = s.catalog.people.firstIndex { $0.name == "Alex Moreau" }!
        let (c, _) = Fixtures.press(s, .char("a"))
        guard case .chooser(let ch)? = c.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.count, 1)
        XCTAssertEqual(Fixtures.press(c, .enter).0.view.readerArticle, "en1")
    }

    /// The stories pane lists stories; Enter shows the story's own timeline and articles.
    func testStoriesPane() {
        let (list, _) = Fixtures.press(state(), .char("4"))
        let text = Fixtures.screen(list).text()
        XCTAssertTrue(text.contains("Kim's summer diplomacy"), text)
        XCTAssertTrue(text.contains("2 articles"))
        let (story, _) = Fixtures.press(list, .enter)
        let shown = Fixtures.screen(story).text()
        XCTAssertTrue(shown.contains("Timeline · 3 events"), shown)
        XCTAssertTrue(shown.contains("Moreau and Kim sign a trade pact"))
        XCTAssertTrue(shown.contains("Articles · 2"))
        XCTAssertTrue(Fixtures.screen(story).line(23).contains("Stories › Kim's summer diplomacy"), Fixtures.screen(story).line(23))
        let (article, _) = Fixtures.press(story, .char("G"), .enter)
        XCTAssertEqual(article.view.readerArticle, "en1", "the last row is the newest article")
    }

    /// Long story titles are cut at one column whatever the article count ("1 article" is
    /// narrower than "2 articles"), and the opened story's people end in "…" when cut.
    func testStoryRowsAlignAndPeopleAreCutWithAnEllipsis() {
        var lib = Self.linked
        let long = String(repeating: "Summit diplomacy and trade ", count: 4)
        lib.stories = [
            Story(id: "A", title: "A " + long, centralArticle: "en1", span: TimeSpan(day: Day(2025, 9, 2)!),
                  articles: ["ko1", "en1"], events: ["e1"], people: ["Kim Min-ji", "Alex Moreau", "Hana Sato", "Jane Roe", "Another Person"]),
            Story(id: "B", title: "B " + long, centralArticle: "zz", span: TimeSpan(day: Day(2025, 9, 1)!), articles: ["zz"]),
        ]
        let list = Fixtures.press(Fixtures.state(lib, width: 60, height: 15), .char("4")).0
        let screen = Fixtures.screen(list)
        let a = screen.line((0..<15).first { screen.line($0).contains("A Summit") }!)
        let b = screen.line((0..<15).first { screen.line($0).contains("B Summit") }!)
        XCTAssertEqual(a.firstIndex(of: "…").map { a.distance(from: a.startIndex, to: $0) },
                       b.firstIndex(of: "…").map { b.distance(from: b.startIndex, to: $0) }, a + "\n" + b)
        let opened = Fixtures.press(list, .enter).0
        let head = Fixtures.screen(opened).line(2)
        XCTAssertTrue(head.contains("Kim Min-ji"), head)
        XCTAssertTrue(head.contains("…"), "the cut people list is marked: " + head)
    }

    /// `s` in the list of stories cycles newest first (the default), most articles first and
    /// oldest first (the library's order), keeping the selected story selected.
    func testStoryListOrders() {
        var lib = Self.linked
        func story(_ id: String, _ articles: Int, _ first: Day, _ last: Day) -> Story {
            Story(id: id, title: "Story \(id)", centralArticle: "en1", span: TimeSpan(start: first, end: last, granularity: .range),
                  articles: (0..<articles).map { "a\($0)" })
        }
        lib.stories = [story("S1", 3, Day(2024, 11, 2)!, Day(2024, 12, 1)!), story("S2", 2, Day(2025, 1, 5)!, Day(2025, 3, 9)!),
                       story("S3", 1, Day(2025, 9, 1)!, Day(2025, 9, 1)!), Story(id: "S4", title: "Story S4", centralArticle: "zz", span: nil, articles: ["zz"])]
        let (list, _) = Fixtures.press(Fixtures.state(lib), .char("4"), .char("j"))
        XCTAssertEqual(list.stories.map(\.id), ["S3", "S2", "S1", "S4"], "newest first, undated last")
        XCTAssertTrue(Fixtures.screen(list).text().contains("Stories · 4 · newest first"))
        let (largest, _) = Fixtures.press(list, .char("s"))
        XCTAssertEqual(largest.stories.map(\.id), ["S1", "S2", "S3", "S4"])
        XCTAssertEqual(largest.stories[largest.view.storySelection].id, "S2", "the selected story stays selected")
        XCTAssertEqual(largest.message, "stories: most articles first")
        let (oldest, _) = Fixtures.press(largest, .char("s"))
        XCTAssertEqual(oldest.stories.map(\.id), lib.stories.map(\.id))
        let (opened, _) = Fixtures.press(Fixtures.press(oldest, .char("s")).0, .enter)
        XCTAssertEqual(opened.view.story, "S2", "Enter opens the story selected in this order")
        let (inside, _) = Fixtures.press(opened, .char("s"))
        XCTAssertEqual(inside.view.storyOrder, opened.view.storyOrder, "inside a story, s reorders nothing")
    }

    /// `S` on an event shows its story with the event selected, among the story's other events.
    func testEventStory() {
        let (t, _) = Fixtures.press(state(), .char("2"), .char("j"))
        let (s, _) = Fixtures.press(t, .char("S"))
        XCTAssertEqual(s.view.pane, .stories)
        XCTAssertEqual(s.view.story, "S1")
        guard case .event(let e) = s.storyItems[s.view.storyItemSelection] else { return XCTFail("no event selected") }
        XCTAssertEqual(e.id, t.catalog.events[t.view.timelineSelection].id)
    }

    /// `C` lists the article's sources and citations: an entry with a web address opens it,
    /// a citation [n] shows its paragraph, and Backspace returns.
    func testCitationsList() {
        var a = Fixtures.english
        a.sections = [PageSection(kind: .sources, title: "Sources", count: 2,
                                  items: ["Example Wire – https://example.com/wire", "A print edition"])]
        a.blocks[33].citations = [3]
        let s = Fixtures.press(Fixtures.state(Library(articles: [a])), .enter, .char("C")).0
        guard case .chooser(let ch)? = s.overlay else { return XCTFail("no chooser") }
        XCTAssertEqual(ch.items.count, 3)
        XCTAssertTrue(ch.items[2].hasPrefix("[3] Kim said"), ch.items[2])
        XCTAssertEqual(Fixtures.press(s, .enter).1, [.openURL("https://example.com/wire")])
        XCTAssertEqual(Fixtures.press(s, .char("j"), .enter).1, [])
        let (cited, _) = Fixtures.press(s, .char("G"), .enter)
        XCTAssertGreaterThan(cited.view.readerScroll, 0)
        XCTAssertTrue(Fixtures.screen(cited).text().contains("host Moreau in Seoul"))
        XCTAssertEqual(Fixtures.press(cited, .backspace).0.view.readerScroll, 0)
    }

    /// Three jumps then three backs land exactly where the user was: pane, selection, scroll,
    /// and the search with its results; forward returns again.
    func testHistoryRestoresAfterThreeJumpsAndThreeBacks() {
        let (bar, _) = Fixtures.press(state(), .char("/"))
        var s = bar
        for c in "kim" { s = update(s, .key(.char(c))).0 }
        let hits = ["ko1", "en1"].map { id -> SearchHit in
            let json = "{\"article\":\"\(id)\",\"title\":\"t\",\"score\":1,\"snippet\":\"\",\"events\":[]}"
            return try! JSONDecoder().decode(SearchHit.self, from: Data(json.utf8))
        }
        s = update(s, .searchAnswer(generation: s.searchGeneration, text: "kim",
                                    answer: SearchAnswer(hits: hits, atoms: [.word("kim", prefix: false)]))).0
        s = Fixtures.press(s, .tab, .char("j")).0
        let start = s.view
        var (j, _) = Fixtures.press(s, .enter)
        XCTAssertEqual(j.view.readerArticle, "en1")
        j = Fixtures.press(j, .char("j"), .char("j"), .char("j")).0
        let reader = j.view
        j = Fixtures.press(j, .char("r"), .enter).0
        XCTAssertEqual(j.view.readerArticle, "ko1")
        j = Fixtures.press(j, .char("P"), .enter).0
        XCTAssertEqual(j.view.pane, .leaders)
        let person = j.view
        let b1 = Fixtures.press(j, .backspace).0
        XCTAssertEqual(b1.view.readerArticle, "ko1")
        let b2 = Fixtures.press(b1, .char("[")).0
        XCTAssertEqual(b2.view, reader, "the reader comes back at the same scroll position")
        let b3 = Fixtures.press(b2, .backspace).0
        XCTAssertEqual(b3.view, start, "the search comes back with its results and selection")
        XCTAssertEqual(b3.view.search.hits.count, 2)
        XCTAssertEqual(Fixtures.screen(b3).text(), Fixtures.screen(s).text())
        let f = Fixtures.press(b3, .char("]"), .char("]"), .char("]")).0
        XCTAssertEqual(f.view, person)
    }

    /// Related articles and stories computed after the first screen arrive as an action; until
    /// then the keys say they are on the way.
    func testLinkingArrivesAfterTheFirstScreen() {
        var s = Fixtures.state()
        s.linking = true
        let (early, _) = Fixtures.press(s, .enter, .char("r"))
        XCTAssertTrue(Fixtures.screen(early).line(23).contains("still finding related articles"))
        XCTAssertFalse(s.availablePanes.contains(.stories))
        let (linked, _) = update(early, .linked(related: Self.linked.related, stories: Self.linked.stories))
        XCTAssertFalse(linked.linking)
        XCTAssertTrue(linked.availablePanes.contains(.stories))
        XCTAssertTrue(Fixtures.screen(linked).line(0).contains("4 Stories"), Fixtures.screen(linked).text())
        XCTAssertEqual(linked.view, early.view, "where the user is stays put")
        guard case .chooser? = Fixtures.press(linked, .char("r")).0.overlay else { return XCTFail("r lists related articles once linked") }
    }

    /// The full library replaces the cached article list the first screen came from; the
    /// selected article stays selected.
    func testLoadedLibraryReplacesTheFirstScreen() {
        let stubs = Fixtures.articles.map { Article(id: $0.id, path: $0.path, title: $0.title, outlet: $0.outlet, published: $0.published) }
        var s = Fixtures.state(Library(articles: stubs))
        s.loading = true
        s = Fixtures.press(s, .char("j")).0
        XCTAssertTrue(Fixtures.screen(s).line(0).contains("loading…"))
        for key in ["2", "3", "e", "P"] {
            let m = Fixtures.press(s, .char(Character(key))).0.message ?? ""
            XCTAssertTrue(m.hasPrefix("still loading"), "\(key) while loading says so, not that nothing was found: \(m)")
        }
        let reading = Fixtures.press(s, .enter).0
        XCTAssertTrue(Fixtures.screen(reading).text().contains("loading the text…"), Fixtures.screen(reading).text())
        XCTAssertTrue(Fixtures.screen(reading).line(1).contains("· loading ─"), "the title does not claim all is shown: " + Fixtures.screen(reading).line(1))
        XCTAssertFalse(Fixtures.screen(reading).line(1).contains("· all"))
        let id = s.articles[s.view.articleSelection].id
        let (full, _) = update(s, .loaded(LoadedLibrary(generation: 1, library: Fixtures.library)))
        XCTAssertFalse(Fixtures.screen(full).line(0).contains("loading…"))
        XCTAssertTrue(full.availablePanes.contains(.timeline), "events arrive with the full library")
        XCTAssertEqual(full.articles[full.view.articleSelection].id, id)
        XCTAssertEqual(full.readerArticle?.blocks.isEmpty, false, "the reader now has the text")
    }

    /// `o` opens only http(s) addresses; `v` pipes the article text to the pager.
    func testOpenAndPager() {
        var a = Fixtures.english
        a.url = "javascript:alert(1)"
        let bad = Fixtures.press(Fixtures.state(Library(articles: [a])), .char("o"))
        XCTAssertEqual(bad.1, [])
        XCTAssertTrue(Fixtures.screen(bad.0).line(23).contains("not an http(s) address"))
        let (_, paged) = Fixtures.press(Fixtures.state(Library(articles: [a])), .char("v"))
        guard case .page(let text)? = paged.first else { return XCTFail("no pager effect") }
        XCTAssertTrue(text.hasPrefix(a.title))
        XCTAssertTrue(text.contains("host Moreau in Seoul"))
    }

    /// Settings such as "less -R" split into a program and its arguments; quotes group words.
    func testExternalCommandParsing() {
        XCTAssertEqual(ExternalCommand.parse("less -R"), ExternalCommand(executable: "less", arguments: ["-R"]))
        XCTAssertEqual(ExternalCommand.parse("'/opt/my browser/run' --new-tab"),
                       ExternalCommand(executable: "/opt/my browser/run", arguments: ["--new-tab"]))
        XCTAssertNil(ExternalCommand.parse("  "))
        XCTAssertNil(AppState.webAddress("file:///etc/passwd"))
        XCTAssertNil(AppState.webAddress("https://exa mple.com"))
        XCTAssertEqual(AppState.webAddress("https://example.com/a?b=1"), "https://example.com/a?b=1")
    }
}
