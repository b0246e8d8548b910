import Foundation
import StorylineCore

/// The bottom line: breadcrumb of recent views and the position on the left; the message,
/// or key hints, on the right.
enum StatusLine {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let r = layout.status
        let style = Style(reverse: true)
        buffer.fill(r, style: style)
        let pos = position(state).map { "  " + $0 } ?? ""
        // A message takes what it needs from the breadcrumb, down to 20 columns of it.
        let reserve = state.message.map { max(16, min(DisplayWidth.of($0) + 3, r.width - 20)) } ?? 16
        // The position is never cut: the breadcrumb gives way to it.
        let crumbRoom = max(1, r.width - 4 - reserve - DisplayWidth.of(pos))
        let left = " " + DisplayWidth.truncate(breadcrumb(state, room: crumbRoom), to: crumbRoom) + pos
        let leftWidth = min(DisplayWidth.of(left), r.width - reserve)
        buffer.write(DisplayWidth.truncate(left, to: leftWidth), x: r.x, y: r.y, style: style)
        let room = r.width - leftWidth - 2
        if let m = state.message {
            let t = DisplayWidth.truncate(m, to: room) + " "
            buffer.write(t, x: r.maxX - DisplayWidth.of(t), y: r.y, style: Style(bold: true, reverse: true))
            return
        }
        let t = hints(state, room: room - 1) + " "
        buffer.write(t, x: r.maxX - DisplayWidth.of(t), y: r.y, style: style)
    }

    /// Key hints from the key table that fit in `room` columns; q and ? are kept first.
    static func hints(_ state: AppState, room: Int) -> String {
        let pane = state.view.pane
        if pane == .search, state.view.search.editing {
            let keys = ["Enter:open", "Tab:results", "↑↓:earlier", "Esc:close"]
            var used = 0
            return keys.prefix { used += DisplayWidth.of($0) + 1; return used - 1 <= room }.joined(separator: " ")
        }
        var all = KeyMap.hints(in: pane)
        // Inside one story there is nothing to reorder: `s` orders the list of stories.
        if pane == .stories, state.view.story != nil, let s = KeyMap.label(of: .toggleSort, in: pane) {
            all.removeAll { $0.hasPrefix(s + ":") }
        }
        if let q = KeyMap.label(of: .back, in: pane) {
            all.append("\(q):" + (state.history.back.isEmpty && pane == .articles ? "quit" : "back"))
        }
        let priority = all.indices.sorted { a, b in
            let ka = all[a].hasPrefix("?:") || a == all.count - 1, kb = all[b].hasPrefix("?:") || b == all.count - 1
            return ka != kb ? ka : a < b
        }
        var keep = Set<Int>()
        var used = 0
        for i in priority {
            let w = DisplayWidth.of(all[i]) + (keep.isEmpty ? 0 : 1)
            if used + w > room { break }
            keep.insert(i); used += w
        }
        return all.indices.filter(keep.contains).map { all[$0] }.joined(separator: " ")
    }

    /// The path of views that led here, newest last, as many as fit in `room` columns:
    /// "Stories › Nara summit › Event 2026-01-13 › Article 004".
    static func breadcrumb(_ state: AppState, room: Int) -> String {
        var labels = [label(state.view, state)]
        var next = state.view
        for var v in state.history.back.reversed() {
            defer { next = v }
            // A timeline left through its selected event (Enter to its source, S to its story):
            // name that event. A pane switch (1–4, Tab, /) keeps the timeline's own label, and
            // a filter change stays in the timeline and keeps the filter's label.
            let throughEvent = next.pane == .reader || (next.pane == .stories && next.story != nil)
            if v.pane == .timeline, throughEvent, v.focusedEvent == nil {
                let events = state.catalog.events(v.filter)
                if events.indices.contains(v.timelineSelection) { v.focusedEvent = events[v.timelineSelection].id; v.filter = TimelineFilter() }
            }
            let l = label(v, state)
            if l == labels.first { continue }
            let width = DisplayWidth.of((["…", l] + labels).joined(separator: " › "))
            if width > room { labels.insert("…", at: 0); break }
            labels.insert(l, at: 0)
        }
        return labels.joined(separator: " › ")
    }

    /// A breadcrumb label for a view: the pane, the article, event, story or search, and in
    /// the leaders pane the person or pair.
    static func label(_ v: ViewState, _ state: AppState) -> String {
        switch v.pane {
        case .reader:
            if let id = v.readerArticle, let a = state.catalog.article(id: id) { return "Article " + DisplayWidth.truncate(a.title, to: 20) }
        case .timeline:
            if let id = v.focusedEvent, let e = state.catalog.event(id: id), let d = e.date, v.filter.isEmpty {
                return "Event " + DateText.iso(d)
            }
        case .stories:
            if let id = v.story, let s = state.catalog.library.story(id: id) { return DisplayWidth.truncate(s.title, to: 24) }
        case .search:
            // What is in the bar, even before its answer arrives; else what was last answered.
            let t = v.search.text.trimmingCharacters(in: .whitespaces).isEmpty ? (v.search.answered ?? "") : v.search.text
            if !t.isEmpty { return "Search “" + DisplayWidth.truncate(t, to: 16) + "”" }
        default: break
        }
        guard v.pane == .leaders, v.leadersLevel != .people, state.catalog.people.indices.contains(v.personSelection) else { return v.label }
        let name = state.catalog.people[v.personSelection].name
        let ties = state.catalog.ties(of: name)
        if v.leadersLevel == .interactions, ties.indices.contains(v.tieSelection) { return "\(name) – \(ties[v.tieSelection].counterpart)" }
        return "Ties of \(name)"
    }

    /// "3/5" in lists, "lines 1–20/80" in the reader.
    static func position(_ state: AppState) -> String? {
        let v = state.view
        switch v.pane {
        case .articles:
            let n = state.articles.count
            return n == 0 ? nil : "\(v.articleSelection + 1)/\(n)"
        case .reader:
            guard let page = state.readerPage else { return nil }
            let rows = Layout.rows(in: state.layout.body)
            return "lines \(v.readerScroll + 1)–\(min(page.lines.count, v.readerScroll + rows))/\(page.lines.count)"
        case .timeline:
            let n = state.catalog.events(v.filter).count
            return n == 0 ? nil : "\(v.timelineSelection + 1)/\(n)"
        case .leaders:
            switch v.leadersLevel {
            case .people: return "\(v.personSelection + 1)/\(state.catalog.people.count)"
            case .ties: return "tie \(v.tieSelection + 1)/\(state.ties.count)"
            case .interactions: return "\(v.interactionSelection + 1)/\(state.selectedTie?.interactions.count ?? 0)"
            }
        case .stories:
            if v.story != nil { return "\(v.storyItemSelection + 1)/\(state.storyItems.count)" }
            let n = state.stories.count
            return n == 0 ? nil : "\(v.storySelection + 1)/\(n)"
        case .search:
            let n = v.search.hits.count
            return n == 0 || v.search.editing ? nil : "\(v.search.selection + 1)/\(n)"
        }
    }
}
