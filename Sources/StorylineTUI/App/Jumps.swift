import Foundation
import StorylineCore

/// Jumps between panes: from an article to its related articles, events, people, sources
/// and story; from an event to its story; from a person to the articles naming them. Every
/// jump goes through `jump`, so history returns exactly.
extension AppState {
    /// The story shown in the stories pane, if one is open.
    public var openStory: Story? { view.story.flatMap { catalog.library.story(id: $0) } }

    /// The open story's rows: its dated events in date order, then its articles oldest first.
    public var storyItems: [StoryItem] {
        guard let s = openStory else { return [] }
        let ids = Set(s.events)
        let events = catalog.events.filter { ids.contains($0.id) }.map(StoryItem.event)
        let articles = s.articles.compactMap { catalog.article(id: $0) }
            .sorted { ($0.published?.day ?? Day(9999, 12, 31)!, $0.id) < ($1.published?.day ?? Day(9999, 12, 31)!, $1.id) }
        return events + articles.map(StoryItem.article)
    }

    /// Opens the reader on an article.
    mutating func openArticle(_ id: String) {
        guard catalog.article(id: id) != nil else { message = "the article is not loaded"; return }
        jump { $0.pane = .reader; $0.readerArticle = id; $0.readerScroll = 0; $0.highlight = nil; $0.readerQuery = nil }
    }

    /// Shows an event in the unfiltered timeline, selected.
    mutating func showEvent(_ id: String) {
        guard let i = catalog.events.firstIndex(where: { $0.id == id }) else {
            message = "this event has no date, so it is not on the timeline"; return
        }
        jump { $0.pane = .timeline; $0.filter = TimelineFilter(); $0.timelineSelection = i; $0.focusedEvent = id }
    }

    /// Shows a person in the leaders pane, selected.
    mutating func showPerson(_ name: String) {
        guard let i = catalog.people.firstIndex(where: { $0.name == name }) else { message = "\(name) is not in the leaders list"; return }
        jump { $0.pane = .leaders; $0.leadersLevel = .people; $0.personSelection = i; $0.tieSelection = 0; $0.tieScroll = 0 }
    }

    /// `r`: the article's related articles, best first, each with its reason.
    mutating func showRelated() {
        guard let a = readerArticle else { message = "no article selected"; return }
        let related = catalog.library.related.of(a.id).filter { catalog.article(id: $0.article) != nil }
        guard !related.isEmpty else {
            message = linking ? "still finding related articles…" : "no related articles were found for this article"; return
        }
        let reasons = related.map { $0.reasons(in: catalog.library).first?.text ?? "" }
        overlay = .chooser(Chooser(title: "Related to: \(a.title)",
                                   items: Self.articleRows(related.map { catalog.article(id: $0.article)! }),
                                   purpose: .article(related.map(\.article)), details: reasons))
    }

    /// `e`: the events the article reports.
    mutating func showArticleEvents() {
        guard let a = readerArticle else { message = "no article selected"; return }
        let events = catalog.library.events.filter { $0.sources.contains { $0.article == a.id } }
            .sorted { ($0.date?.start ?? Day(9999, 12, 31)!, $0.id) < ($1.date?.start ?? Day(9999, 12, 31)!, $1.id) }
        guard !events.isEmpty else { message = "no events were extracted from this article"; return }
        overlay = .chooser(Chooser(title: "Events in: \(a.title)",
                                   items: Self.eventRows(events),
                                   purpose: .event(events.map(\.id))))
    }

    /// `P`: the people the article mentions, leaders first.
    mutating func showArticlePeople() {
        guard let a = readerArticle else { message = "no article selected"; return }
        let people = catalog.people.filter { $0.articles.contains(a.id) }
        guard !people.isEmpty else { message = "no people were recognized in this article"; return }
        overlay = .chooser(Chooser(title: "People in: \(a.title)",
                                   items: people.map { p in p.roles.first.map { "\(p.name) · \($0.title)" } ?? p.name },
                                   purpose: .leader(people.map(\.name))))
    }

    /// `C`: the article's "Sources" lists (an entry with a web address opens it) and its
    /// citation markers [n] (Enter shows the citing paragraph).
    mutating func showCitations() {
        guard let a = readerArticle else { message = "no article selected"; return }
        var items: [String] = []
        var targets: [Chooser.Target] = []
        let sections = a.sections.filter { $0.kind == .sources } + a.sections.filter { $0.kind != .sources && !$0.items.isEmpty }
        for s in sections {
            if s.items.isEmpty {
                items.append("\(s.title): the page lists no entries"); targets.append(.none)
            }
            for item in s.items {
                items.append("\(s.title): \(item)")
                targets.append(Self.firstWebAddress(item).map(Chooser.Target.web) ?? .none)
            }
        }
        for (i, b) in a.blocks.enumerated() where !b.citations.isEmpty {
            let cited = b.citations.map { "[\($0)]" }.joined()
            items.append("\(cited) \(DisplayWidth.truncate(b.text, to: 70))")
            targets.append(.paragraph(i))
        }
        guard !items.isEmpty else { message = "this article lists no sources or citations"; return }
        overlay = .chooser(Chooser(title: "Sources and citations: \(a.title)", items: items, purpose: .citation(targets)))
    }

    /// Opens the reader at a paragraph of its article (a jump, so Backspace returns).
    mutating func showParagraph(_ block: Int) {
        guard let lines = readerPage?.blockLines, lines.indices.contains(block), let id = readerArticle?.id else { return }
        jump { $0.pane = .reader; $0.readerArticle = id; $0.readerScroll = max(0, lines[block] - 1) }
    }

    /// `S`: the story of the selected article or event, with the article or event selected.
    mutating func showStory() {
        let lib = catalog.library
        var story: Story?
        var target: String?
        if view.pane == .timeline {
            let events = catalog.events(view.filter)
            guard events.indices.contains(view.timelineSelection) else { message = "no event selected"; return }
            let e = events[view.timelineSelection]
            story = lib.stories.first { $0.events.contains(e.id) } ?? e.sources.lazy.compactMap { lib.story(containing: $0.article) }.first
            target = e.id
        } else if let a = readerArticle {
            story = lib.story(containing: a.id)
            target = a.id
        }
        guard let s = story else {
            message = linking ? "still grouping articles into stories…" : lib.stories.isEmpty ? "no stories were grouped from these articles" : "not part of any story"
            return
        }
        let index = stories.firstIndex { $0.id == s.id } ?? 0
        jump { $0.pane = .stories; $0.storySelection = index; $0.story = s.id; $0.storyItemSelection = 0; $0.storyItemScroll = 0 }
        view.storyItemSelection = storyItems.firstIndex {
            switch $0 {
            case .event(let e): return e.id == target
            case .article(let a): return a.id == target
            }
        } ?? 0
    }

    /// Enter in the stories pane: opens a story, or the selected event or article of it.
    mutating func openStoryItem() {
        guard view.story != nil else {
            let list = stories
            guard list.indices.contains(view.storySelection) else { return }
            let id = list[view.storySelection].id
            jump { $0.story = id; $0.storyItemSelection = 0; $0.storyItemScroll = 0 }
            return
        }
        let items = storyItems
        guard items.indices.contains(view.storyItemSelection) else { return }
        switch items[view.storyItemSelection] {
        case .event(let e): showEvent(e.id)
        case .article(let a): openArticle(a.id)
        }
    }

    /// `a` in the leaders pane: the articles that mention the selected person, newest first.
    mutating func showPersonArticles() {
        guard let p = selectedPerson else { return }
        let order = articles.map(\.id)
        let mentioned = Set(p.articles)
        let ids = order.filter { mentioned.contains($0) }
        guard !ids.isEmpty else { message = "no loaded article mentions \(p.name)"; return }
        overlay = .chooser(Chooser(title: "Articles mentioning \(p.name)", items: Self.articleRows(ids.map { catalog.article(id: $0)! }),
                                   purpose: .article(ids)))
    }

    /// "Jun 10     Summary" for choosers, the dates padded to the widest of the list.
    static func eventRows(_ events: [Event]) -> [String] {
        let dates = events.map { $0.date.map(DateText.span) ?? "undated" }
        let w = dates.map(DisplayWidth.of).max() ?? 0
        return zip(dates, events).map { DisplayWidth.pad($0, to: w) + "  " + $1.summary }
    }

    /// "2025-06-10  Outlet  Title" for choosers, in columns: dates and outlets padded to the
    /// widest of the list (outlets to at most 20 columns), "—" for an unknown outlet.
    static func articleRows(_ list: [Article]) -> [String] {
        let outletWidth = min(20, list.map { DisplayWidth.of($0.outlet ?? "—") }.max() ?? 1)
        return list.map { a in
            DisplayWidth.pad(a.published.map { String($0.day.iso) } ?? "undated", to: 10) + "  "
                + DisplayWidth.pad(DisplayWidth.truncate(a.outlet ?? "—", to: outletWidth), to: outletWidth) + "  " + a.title
        }
    }

    /// The first http(s) address in a line of text, if any.
    static func firstWebAddress(_ text: String) -> String? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" }) {
            let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;\"'"))
            if let u = webAddress(w) { return u }
        }
        return nil
    }

    /// `text` if it is an http or https address with a host and no spaces or control characters.
    static func webAddress(_ text: String) -> String? {
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || Sanitizer.isControl($0.value) }),
              let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return nil }
        return text
    }

    /// The article as plain text for a pager: title, metadata, paragraphs, then its lists.
    static func plainText(_ a: Article) -> String {
        var out = [a.title]
        var meta: [String] = []
        if let o = a.outlet { meta.append(o) }
        meta.append(a.published.map(DateText.published) ?? "undated")
        if let b = a.byline { meta.append(b) }
        if let u = a.url { meta.append(u) }
        out.append(meta.joined(separator: " · "))
        out.append("")
        for b in a.blocks {
            out.append(b.kind == .caption ? "[Photo] " + b.text : b.text)
            out.append("")
        }
        for s in a.sections where !s.items.isEmpty {
            out.append(s.title)
            out += s.items.map { "  • " + $0 }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
