import Foundation
import StorylineCore

/// The browser's whole behaviour: the next state and the effects to perform, given an
/// action. Pure: no I/O, no clock, no globals.
public func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    let effects = s.apply(action)
    return (s, effects)
}

/// The command handlers behind `update`, and the scrolling rules shared with `render`.
extension AppState {
    mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .interrupt:
            return [.quit]
        case .resize(let newSize):
            size = newSize
            settle()
            return []
        case .loaded(let loaded):
            catalog = Catalog(loaded.library)
            loading = false
            settle()
            return []
        case .notice(let text):
            message = text
            return []
        case let .linked(related, stories):
            var lib = catalog.library
            lib.related = related
            lib.stories = stories
            catalog = Catalog(lib)
            linking = false
            settle()
            return []
        case let .searchAnswer(generation, text, answer):
            receive(answer, for: text, generation: generation)
            return []
        case .paste(let text):
            message = nil
            return paste(text)
        case .key(let key):
            message = nil
            if let o = overlay { return handleOverlay(o, key) }
            if view.pane == .search, view.search.editing, !layout.tooSmall {
                let effects = editSearch(key)
                settle()
                return effects
            }
            guard let cmd = KeyMap.command(for: key, in: view.pane) else {
                if !layout.tooSmall { message = "\(key.label): no action here; ? lists the keys" }
                return []
            }
            // Too small: q (as the screen says), Q and ^C quit; a stray Esc or ← waits for a resize.
            if layout.tooSmall { return cmd == .quit || key == .char("q") ? [.quit] : [] }
            var effects = run(cmd)
            // Only q leaves the program from the first view: a stray Esc, ← or h stays put.
            if cmd == .back, effects == [.quit], key != .char("q") {
                effects = []
                message = "nothing to go back to; q quits"
            }
            settle()
            return effects
        }
    }

    // MARK: commands

    /// Commands that need the full library (events, people, the article's text): while it
    /// loads they say so rather than report that nothing was found.
    static let needLoadedLibrary: Set<Command> = [.showTimeline, .showLeaders, .articleEvents, .articlePeople, .citations, .pager]

    private mutating func run(_ cmd: Command) -> [Effect] {
        if loading, Self.needLoadedLibrary.contains(cmd) {
            message = "still loading the articles' text, events and people…"
            return []
        }
        switch cmd {
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(max(1, visibleRows - 1))
        case .pageUp: move(-max(1, visibleRows - 1))
        case .halfDown: move(max(1, visibleRows / 2))
        case .halfUp: move(-max(1, visibleRows / 2))
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .nextPane, .previousPane:
            let panes = availablePanes
            let i = panes.firstIndex(of: view.pane) ?? 0
            view.pane = panes[(i + (cmd == .nextPane ? 1 : panes.count - 1)) % panes.count]
        case .open: return open()
        case .back: return back()
        case .quit: return [.quit]
        case .help: overlay = .help(scroll: 0)
        case .showArticles: show(.articles)
        case .showTimeline: show(.timeline)
        case .showLeaders: show(.leaders)
        case .showStories: show(.stories)
        case .historyBack:
            if let v = history.goBack(from: view) { view = v } else { message = "no earlier view" }
        case .historyForward:
            if let v = history.goForward(from: view) { view = v } else { message = "no later view" }
        case .toggleSort where view.pane == .stories:
            guard view.story == nil else { message = "stories are ordered in the list of stories"; break }
            let list = stories
            let id = list.indices.contains(view.storySelection) ? list[view.storySelection].id : nil
            view.storyOrder = view.storyOrder.next
            view.storySelection = stories.firstIndex { $0.id == id } ?? 0
            message = "stories: " + view.storyOrder.label
        case .toggleSort:
            let id = articles.indices.contains(view.articleSelection) ? articles[view.articleSelection].id : nil
            view.newestFirst.toggle()
            view.articleSelection = articles.firstIndex { $0.id == id } ?? 0
            message = view.newestFirst ? "newest first" : "oldest first"
        case .openInBrowser:
            guard let url = readerArticle?.url else { message = "no web address is known for this article"; break }
            guard let safe = Self.webAddress(url) else { message = "not an http(s) address: \(url)"; break }
            return [.openURL(safe)]
        case .pager:
            guard let a = readerArticle else { message = "no article selected"; break }
            return [.page(Self.plainText(a))]
        case .search: return startSearch()
        case .related: showRelated()
        case .articleEvents: showArticleEvents()
        case .articlePeople: showArticlePeople()
        case .citations: showCitations()
        case .story: showStory()
        case .personArticles: showPersonArticles()
        case .filterPerson:
            var counts: [String: Int] = [:]
            for e in catalog.events { for p in Set(e.participants) { counts[p, default: 0] += 1 } }
            // Most events first (the counts shown), the leaders pane's order among equals.
            let people = catalog.people.map(\.name).filter { counts[$0] != nil }.enumerated()
                .sorted { counts[$0.element]! != counts[$1.element]! ? counts[$0.element]! > counts[$1.element]! : $0.offset < $1.offset }
                .map(\.element)
            guard !people.isEmpty else { message = "no person takes part in a dated event"; break }
            let current = view.filter.person.flatMap { people.firstIndex(of: $0).map { $0 + 1 } } ?? 0
            let items = ["everyone · \(catalog.events.count)"] + people.map { "\($0) · \(counts[$0]!)" }
            overlay = .chooser(Chooser(title: "Show the events of", items: items, selection: current,
                                       purpose: .person([nil] + people.map { Optional($0) })))
        case .filterDates:
            overlay = .prompt(Prompt(title: "Dates from–to", text: "", hint: "YYYY-MM[-DD]–YYYY-MM[-DD]; one side may be empty; empty clears"))
        case .clearFilters:
            if view.filter.isEmpty { message = "no filter to clear"; break }
            changeFilter { $0 = TimelineFilter() }
        case .find:
            overlay = .prompt(Prompt(title: "Find in \(view.pane.title.lowercased())", text: "", hint: "Enter finds the next match; n and N repeat", purpose: .find))
        case .findNext, .findPrevious:
            if view.pane == .reader, view.readerQuery != nil {
                walkMatches(forward: cmd == .findNext)
            } else {
                find(forward: cmd == .findNext)
            }
        case .personTimeline:
            guard let p = selectedPerson else { break }
            guard catalog.events.contains(where: { $0.participants.contains(p.name) }) else {
                message = "no dated events with \(p.name)"; break
            }
            jump { $0.pane = .timeline; $0.filter = TimelineFilter(person: p.name); $0.timelineSelection = 0; $0.timelineScroll = 0 }
        }
        return []
    }

    /// Rows visible in the focused list or reader, for paging.
    var visibleRows: Int {
        let l = layout
        switch view.pane {
        case .articles: return Layout.rows(in: l.articleList)
        case .reader: return Layout.rows(in: l.body)
        case .timeline: return l.timelineRows
        case .leaders: return view.leadersLevel == .people ? Layout.rows(in: l.people) : Layout.rows(in: l.ties) - 1
        case .stories: return Layout.rows(in: l.body)
        case .search: return SearchView.resultRows(l)
        }
    }

    mutating func move(_ delta: Int) {
        func step(_ i: Int, _ count: Int) -> Int { count == 0 ? 0 : min(count - 1, max(0, i.addingReportingOverflow(delta).partialValue)) }
        switch view.pane {
        case .articles:
            let old = view.articleSelection
            view.articleSelection = step(old, articles.count)
            if old != view.articleSelection { view.readerArticle = nil; view.highlight = nil; view.readerScroll = 0 }
        case .reader:
            let n = readerPage?.lines.count ?? 0
            view.readerScroll = min(max(0, n - visibleRows), max(0, view.readerScroll.addingReportingOverflow(delta).partialValue))
        case .timeline:
            view.timelineSelection = step(view.timelineSelection, catalog.events(view.filter).count)
        case .leaders:
            switch view.leadersLevel {
            case .people:
                let old = view.personSelection
                view.personSelection = step(old, catalog.people.count)
                if old != view.personSelection { view.tieSelection = 0; view.tieScroll = 0 }
            case .ties: view.tieSelection = step(view.tieSelection, ties.count)
            case .interactions: view.interactionSelection = step(view.interactionSelection, selectedTie?.interactions.count ?? 0)
            }
        case .stories:
            if view.story != nil {
                view.storyItemSelection = step(view.storyItemSelection, storyItems.count)
            } else {
                view.storySelection = step(view.storySelection, stories.count)
            }
        case .search:
            view.search.selection = step(view.search.selection, view.search.hits.count)
        }
    }

    /// Switches to a pane as a jump (recorded in history), or says why it cannot.
    private mutating func show(_ pane: Pane) {
        guard availablePanes.contains(pane) else {
            switch pane {
            case .timeline: message = "no dated events were extracted from these articles"
            case .stories: message = linking ? "still grouping articles into stories…" : "no stories were grouped from these articles"
            default: message = "no people were found in these articles"
            }
            return
        }
        if pane == .stories, view.pane == .stories, view.story != nil { jump { $0.story = nil }; return }
        guard pane != view.pane else { return }
        jump { $0.pane = pane }
    }

    /// Changes the timeline filter as a jump, keeping the selected event when the new filter
    /// admits it, else selecting the first event from its date on.
    mutating func changeFilter(_ change: (inout TimelineFilter) -> Void) {
        let before = catalog.events(view.filter)
        let current = before.indices.contains(view.timelineSelection) ? before[view.timelineSelection] : nil
        var filter = view.filter
        change(&filter)
        let after = catalog.events(filter)
        var selection = 0
        if let e = current {
            if let i = after.firstIndex(where: { $0.id == e.id }) {
                selection = i
            } else if let day = e.date?.start {
                selection = after.firstIndex { ($0.date?.start ?? day) >= day } ?? max(0, after.count - 1)
            }
        }
        jump { $0.filter = filter; $0.timelineSelection = selection }
    }

    /// Records the current view in history, then changes it.
    mutating func jump(_ change: (inout ViewState) -> Void) {
        history.push(view)
        change(&view)
    }

    private mutating func open() -> [Effect] {
        switch view.pane {
        case .articles:
            guard let a = readerArticle else { break }
            jump { $0.pane = .reader; $0.readerArticle = a.id; $0.readerScroll = 0; $0.highlight = nil }
        case .reader:
            message = "already reading; q goes back"
        case .timeline:
            let events = catalog.events(view.filter)
            guard events.indices.contains(view.timelineSelection) else { break }
            let e = events[view.timelineSelection]
            openSources(e.sources, title: "Sources of: \(e.summary)")
        case .leaders:
            switch view.leadersLevel {
            case .people:
                guard let p = selectedPerson else { break }
                guard !ties.isEmpty else { message = "no interactions recorded for \(p.name)"; break }
                jump { $0.leadersLevel = .ties; $0.tieSelection = 0; $0.tieScroll = 0 }
            case .ties:
                guard selectedTie != nil else { break }
                jump { $0.leadersLevel = .interactions; $0.interactionSelection = 0; $0.interactionScroll = 0 }
            case .interactions:
                guard let tie = selectedTie, tie.interactions.indices.contains(view.interactionSelection) else { break }
                let it = tie.interactions[view.interactionSelection]
                if let id = it.event, let idx = catalog.events.firstIndex(where: { $0.id == id }) {
                    jump { $0.pane = .timeline; $0.filter = TimelineFilter(); $0.timelineSelection = idx }
                } else {
                    openSources(it.sources, title: "Sources")
                }
            }
        case .stories: openStoryItem()
        case .search: openHit()
        }
        return []
    }

    /// Opens the only source directly, or offers a chooser when there are several.
    mutating func openSources(_ refs: [SourceRef], title: String) {
        let known = refs.filter { catalog.article(id: $0.article) != nil }
        switch known.count {
        case 0: message = refs.isEmpty ? "no source recorded" : "the source article is not loaded"
        case 1: openSource(known[0])
        default:
            let items = Self.articleRows(known.map { catalog.article(id: $0.article)! })
            overlay = .chooser(Chooser(title: title, items: items, purpose: .source(known)))
        }
    }

    /// Opens the reader on `ref`'s article with its sentence highlighted and in view.
    mutating func openSource(_ ref: SourceRef) {
        jump { $0.pane = .reader; $0.readerArticle = ref.article; $0.highlight = ref; $0.readerScroll = 0 }
        if let line = readerPage?.highlightLine {
            view.readerScroll = max(0, line - visibleRows / 3)
        } else {
            message = "the sentence was not found in the article text"
        }
    }

    private mutating func back() -> [Effect] {
        if let v = history.goBack(from: view) { view = v; return [] }
        if view.pane == .reader { view.pane = .articles; return [] }
        if view.pane == .leaders, view.leadersLevel != .people { view.leadersLevel = view.leadersLevel == .interactions ? .ties : .people; return [] }
        return [.quit]
    }

    // MARK: find

    /// Moves to the next (or previous) row of the focused list, or line of the reader, that
    /// contains the search text, ignoring case; wraps around at the ends.
    private mutating func find(forward: Bool, includeCurrent: Bool = false) {
        guard let q = findText.map(Self.foldForFind), !q.isEmpty else { message = "nothing to repeat: F finds text in this view, n and N repeat it"; return }
        let (texts, current) = findTargets()
        guard !texts.isEmpty else { message = "nothing to search here"; return }
        let n = texts.count
        for step in (includeCurrent ? 0 : 1)...n {
            let i = ((current + (forward ? step : -step)) % n + n) % n
            guard Self.foldForFind(texts[i]).contains(q) else { continue }
            select(i)
            if forward ? i < current : i > current { message = "search wrapped around" }
            return
        }
        message = "not found: \(findText!)"
    }

    /// Lower-cased, space- and dash-normalized text for matching.
    static func foldForFind(_ s: String) -> String { MatchText.normalize(s).lowercased() }

    /// The searchable text of each row in the focused view, and the current row.
    private func findTargets() -> ([String], Int) {
        switch view.pane {
        case .articles: return (articles.map { $0.title + " · " + ($0.outlet ?? "") }, view.articleSelection)
        case .reader: return (readerPage?.lines.map(\.text) ?? [], view.readerScroll)
        case .timeline:
            return (catalog.events(view.filter).map { $0.summary + " · " + $0.participants.joined(separator: " · ") }, view.timelineSelection)
        case .stories:
            if view.story != nil { return (storyItems.map(\.text), view.storyItemSelection) }
            return (stories.map(\.title), view.storySelection)
        case .search: return (view.search.hits.map { $0.title + " · " + Snippet.plain($0.snippet) }, view.search.selection)
        case .leaders:
            switch view.leadersLevel {
            case .people: return (catalog.people.map { ([$0.name] + $0.aliases).joined(separator: " · ") }, view.personSelection)
            case .ties: return (ties.map(\.counterpart), view.tieSelection)
            case .interactions: return (selectedTie?.interactions.map { $0.sources.first?.sentence ?? "" } ?? [], view.interactionSelection)
            }
        }
    }

    private mutating func select(_ i: Int) {
        switch view.pane {
        case .articles:
            if i != view.articleSelection { view.articleSelection = i; view.readerArticle = nil; view.highlight = nil; view.readerScroll = 0 }
        case .reader: view.readerScroll = i
        case .timeline: view.timelineSelection = i
        case .leaders:
            switch view.leadersLevel {
            case .people: if i != view.personSelection { view.personSelection = i; view.tieSelection = 0; view.tieScroll = 0 }
            case .ties: view.tieSelection = i
            case .interactions: view.interactionSelection = i
            }
        case .stories:
            if view.story != nil { view.storyItemSelection = i } else { view.storySelection = i }
        case .search: view.search.selection = i
        }
    }

    // MARK: paste

    /// Pasted text goes, as one line of plain text, where text is being typed; anywhere else
    /// it is refused rather than read as a run of commands.
    private mutating func paste(_ raw: String) -> [Effect] {
        let text = Self.pastedLine(raw)
        guard !text.isEmpty else { return [] }
        switch overlay {
        case .prompt(var p)?:
            p.text += text; overlay = .prompt(p)
            return []
        case .chooser(var c)? where c.typing:
            c.filter += text; c.refilter(); overlay = .chooser(c)
            return []
        case nil where view.pane == .search && view.search.editing && !layout.tooSmall:
            view.search.text += text; view.search.recall = nil
            let effects = requestSearch()
            settle()
            return effects
        default:
            message = "pasted text goes into the search bar: press / first"
            return []
        }
    }

    /// `raw` as one line: escape sequences and control characters dropped, line breaks and
    /// tabs turned into single spaces, at most 500 characters kept.
    static func pastedLine(_ raw: String) -> String {
        var out = ""
        for ch in Sanitizer.sanitize(raw.replacingOccurrences(of: "\r", with: "\n")).text {
            if ch == "\n" || ch == "\t" || ch == "\r\n" {
                if !out.isEmpty, out.last != " " { out.append(" ") }
            } else {
                out.append(ch)
            }
            if out.count >= 500 { break }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    // MARK: overlays

    private mutating func handleOverlay(_ o: Overlay, _ key: Key) -> [Effect] {
        switch o {
        case .help(let scroll):
            // Moving keys scroll a help that does not fit; any other key closes it.
            let page = max(1, HelpOverlay.rowsShown(self) - 1)
            let limit = HelpOverlay.maxScroll(self)
            switch key {
            case .char("j"), .down: overlay = .help(scroll: min(limit, scroll + 1))
            case .char("k"), .up: overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown, .char(" "): overlay = .help(scroll: min(limit, scroll + page))
            case .pageUp: overlay = .help(scroll: max(0, scroll - page))
            default: overlay = nil
            }
            if limit == 0, overlay != nil, case .help = overlay! { overlay = nil }
            if key == .ctrl("c") { return [.quit] }
        case .prompt(var p):
            switch key {
            case .enter where p.purpose == .find:
                overlay = nil
                let q = p.text.trimmingCharacters(in: .whitespaces)
                if !q.isEmpty { findText = q; view.readerQuery = nil; find(forward: true, includeCurrent: true) }
            case .enter:
                overlay = nil
                if p.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    if view.filter.from != nil || view.filter.to != nil { changeFilter { $0.from = nil; $0.to = nil } }
                } else if let r = TimelineFilter.parseRange(p.text) {
                    changeFilter { $0.from = r.from; $0.to = r.to }
                } else if let swapped = TimelineFilter.swappedRange(p.text) {
                    message = "the range ends before it starts: try \(swapped)"
                } else {
                    message = "not a date range: \(p.text) (try 2025-06–2025-12)"
                }
            case .escape: overlay = nil
            // ^C quits at once everywhere, as the help and README say, prompts included.
            case .ctrl("c"): return [.quit]
            case .backspace: if !p.text.isEmpty { p.text.removeLast() }; overlay = .prompt(p)
            case .char(let c): p.text.append(c); overlay = .prompt(p)
            default: break
            }
        case .chooser(var c):
            let page = max(1, ChooserView.rowsShown(c, layout: layout) - 1)
            switch key {
            case .char(let ch) where c.typing:
                c.filter.append(ch); c.refilter(); overlay = .chooser(c)
            case .backspace where c.typing:
                if c.filter.isEmpty { c.typing = false } else { c.filter.removeLast(); c.refilter() }
                overlay = .chooser(c)
            case .escape where c.typing || !c.filter.isEmpty:
                c.typing = false; c.filter = ""; overlay = .chooser(c)
            case .char("/"): c.typing = true; overlay = .chooser(c)
            case .char("j"), .down: c.move(1); overlay = .chooser(c)
            case .char("k"), .up: c.move(-1); overlay = .chooser(c)
            case .pageDown, .char(" "): c.move(page); overlay = .chooser(c)
            case .pageUp, .char("b"): c.move(-page); overlay = .chooser(c)
            case .ctrl("d"): c.move(max(1, page / 2)); overlay = .chooser(c)
            case .ctrl("u"): c.move(-max(1, page / 2)); overlay = .chooser(c)
            case .char("g"), .home: c.move(Int.min / 2); overlay = .chooser(c)
            case .char("G"), .end: c.move(Int.max / 2); overlay = .chooser(c)
            case .enter where !c.matching.contains(c.selection), .right where !c.matching.contains(c.selection):
                message = "nothing matches “\(c.filter)”; Backspace edits, Esc clears"
            case .enter, .right:
                overlay = nil
                switch c.purpose {
                case .source(let refs): openSource(refs[c.selection])
                case .person(let names):
                    let name = names[c.selection]
                    if name != view.filter.person { changeFilter { $0.person = name } }
                case .article(let ids): openArticle(ids[c.selection])
                case .event(let ids): showEvent(ids[c.selection])
                case .leader(let names): showPerson(names[c.selection])
                case .citation(let targets):
                    switch targets[c.selection] {
                    case .web(let u): return [.openURL(u)]
                    case .paragraph(let block): showParagraph(block)
                    case .none: message = "the page names no entries here"
                    }
                }
            case .ctrl("c"): return [.quit]
            case .char("q"), .escape, .left: overlay = nil
            default: message = "\(key.label): no action here; j/k move, / filters, Enter picks, Esc cancels"
            }
        }
        settle()
        return []
    }

    // MARK: scrolling

    /// Clamps selections and scrolls so the selection is visible at the current size.
    mutating func settle() {
        let l = layout
        let arts = articles.count
        view.articleSelection = min(max(0, view.articleSelection), max(0, arts - 1))
        view.articleScroll = Self.scroll(view.articleScroll, showing: view.articleSelection, rows: Layout.rows(in: l.articleList), count: arts)
        if view.pane == .reader, let page = readerPage {
            view.readerScroll = min(view.readerScroll, max(0, page.lines.count - Layout.rows(in: l.reader(in: view.pane)!)))
        }
        let events = catalog.events(view.filter)
        view.timelineSelection = min(max(0, view.timelineSelection), max(0, events.count - 1))
        let timeline = catalog.timeline(view.filter)
        let rows = timeline.rows
        var target = timeline.row(ofEvent: view.timelineSelection)
        if target > 0, case .month = rows[target - 1], view.timelineScroll >= target - 1 { target -= 1 }
        view.timelineScroll = Self.scroll(view.timelineScroll, showing: target, rows: l.timelineRows, count: rows.count)
        view.personSelection = min(max(0, view.personSelection), max(0, catalog.people.count - 1))
        view.personScroll = Self.scroll(view.personScroll, showing: view.personSelection, rows: Layout.rows(in: l.people), count: catalog.people.count)
        let tieRows = max(1, Layout.rows(in: l.ties) - 1)
        view.tieScroll = Self.scroll(view.tieScroll, showing: view.tieSelection, rows: tieRows, count: ties.count)
        view.interactionScroll = Self.scroll(view.interactionScroll, showing: view.interactionSelection, rows: tieRows,
                                             count: selectedTie?.interactions.count ?? 0)
        let storyCount = stories.count
        view.storySelection = min(max(0, view.storySelection), max(0, storyCount - 1))
        view.storyScroll = Self.scroll(view.storyScroll, showing: view.storySelection, rows: Layout.rows(in: l.body), count: storyCount)
        if view.story != nil {
            let items = storyItems
            view.storyItemSelection = min(max(0, view.storyItemSelection), max(0, items.count - 1))
            let row = StoriesView.displayRow(ofItem: view.storyItemSelection, in: items)
            view.storyItemScroll = Self.scroll(view.storyItemScroll, showing: row, rows: StoriesView.itemRows(l),
                                               count: StoriesView.displayRowCount(items))
        }
        let hits = view.search.hits.count
        view.search.selection = min(max(0, view.search.selection), max(0, hits - 1))
        view.search.scroll = Self.scroll(view.search.scroll, showing: view.search.selection,
                                         rows: max(1, SearchView.resultRows(l) / SearchView.rowsPerHit), count: hits)
    }

    /// The scroll offset closest to `scroll` that shows row `sel` among `rows` visible rows.
    static func scroll(_ scroll: Int, showing sel: Int, rows: Int, count: Int) -> Int {
        var s = scroll
        if sel < s { s = sel }
        if sel >= s + rows { s = sel - rows + 1 }
        return max(0, min(s, max(0, count - rows)))
    }
}
