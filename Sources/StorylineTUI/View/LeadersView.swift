import StorylineCore

/// The leaders pane: people (leaders first) with country and mentions; the selected
/// person's ties as a table, or one tie's interactions; an ego graph on wide screens.
enum LeadersView {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let v = state.view
        drawPeople(state, box: layout.people, into: &buffer)
        if let g = layout.graph, let p = state.selectedPerson {
            buffer.box(g, title: "Graph of \(p.name)")
            EgoGraph(center: p.name, ties: state.ties, selected: v.leadersLevel == .people ? nil : v.tieSelection)
                .draw(in: g.inset(1), into: &buffer)
        }
        if v.leadersLevel == .interactions, let tie = state.selectedTie, let p = state.selectedPerson {
            drawInteractions(tie, of: p.name, state: state, box: layout.ties, into: &buffer)
        } else {
            drawTies(state, box: layout.ties, into: &buffer)
        }
    }

    private static func drawPeople(_ state: AppState, box: Rect, into buffer: inout ScreenBuffer) {
        let v = state.view
        let people = state.catalog.people
        // The title explains the marks and the number column when there is room.
        let base = "People · \(people.count)"
        let title = [base + " · ★ leader ☆ former · # mentions", base + " · # mentions"].first { DisplayWidth.of($0) + 6 <= box.width } ?? base
        buffer.box(box, title: title, focused: v.leadersLevel == .people)
        let inner = box.inset(1)
        let countryWidth = inner.width >= 50 ? 16 : 13
        for r in 0..<Layout.rows(in: box) {
            let i = v.personScroll + r
            guard i < people.count else { break }
            let p = people[i]
            let sel = i == v.personSelection
            let mark = p.leader ? "★ " : p.former ? "☆ " : "  "
            let count = String(p.mentions)
            let nameWidth = max(4, inner.width - 2 - countryWidth - 6)
            var name = p.name
            if let role = p.roles.first?.title, DisplayWidth.of(name) + DisplayWidth.of(role) + 3 <= nameWidth { name += " · " + role }
            let st: Style = sel ? (v.leadersLevel == .people ? .selected : Style(bold: true, underline: true)) : .plain
            let line = StyledLine([
                .init(mark, sel ? st : Style(color: .highlight)),
                .init(DisplayWidth.pad(DisplayWidth.truncate(name, to: nameWidth), to: nameWidth), sel ? st : (p.leader ? .bold : .plain)),
                .init(DisplayWidth.pad(" " + DisplayWidth.truncate(p.country ?? "", to: countryWidth - 1), to: countryWidth), sel ? st : .dim),
                .init(DisplayWidth.pad(String(repeating: " ", count: max(0, 6 - count.count)) + count, to: 6), sel ? st : .plain),
            ])
            buffer.write(line, x: inner.x, y: inner.y + r, limit: inner.width)
        }
    }

    private static func drawTies(_ state: AppState, box: Rect, into buffer: inout ScreenBuffer) {
        let v = state.view
        let ties = state.ties
        let who = state.selectedPerson?.name ?? ""
        buffer.box(box, title: "Ties of \(who) · \(ties.count)", focused: v.leadersLevel == .ties)
        let inner = box.inset(1)
        let nameW = max(10, inner.width - 4 - 6 - 12 - 12)
        let header = " " + DisplayWidth.pad("Counterpart", to: nameW) + "     #  " + DisplayWidth.pad("Latest", to: 12) + "Type"
        buffer.write(header, x: inner.x, y: inner.y, limit: inner.width, style: Style(bold: true, underline: true))
        if ties.isEmpty {
            buffer.write(" No interactions recorded.", x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
            return
        }
        for r in 0..<max(0, Layout.rows(in: box) - 1) {
            let i = v.tieScroll + r
            guard i < ties.count else { break }
            let t = ties[i]
            let sel = i == v.tieSelection && v.leadersLevel != .people
            let latest = t.latest?.date.map(DateText.iso) ?? "undated"
            let type = t.latest.map { DateText.type($0.type) } ?? ""
            let n = String(t.interactions.count)
            let text = " " + DisplayWidth.pad(DisplayWidth.truncate(t.counterpart, to: nameW), to: nameW)
                + String(repeating: " ", count: max(0, 6 - n.count)) + n + "  " + DisplayWidth.pad(latest, to: 12) + type
            buffer.write(DisplayWidth.pad(text, to: inner.width), x: inner.x, y: inner.y + 1 + r, limit: inner.width,
                         style: sel ? (v.leadersLevel == .ties ? .selected : Style(bold: true, underline: true)) : .plain)
        }
    }

    private static func drawInteractions(_ tie: Catalog.Tie, of name: String, state: AppState, box: Rect, into buffer: inout ScreenBuffer) {
        let v = state.view
        buffer.box(box, title: "\(name) – \(tie.counterpart) · \(tie.interactions.count) interaction\(tie.interactions.count == 1 ? "" : "s")", focused: true)
        let inner = box.inset(1)
        buffer.write(" Date        Type         Source sentence", x: inner.x, y: inner.y, limit: inner.width, style: Style(bold: true, underline: true))
        for r in 0..<max(0, Layout.rows(in: box) - 1) {
            let i = v.interactionScroll + r
            guard i < tie.interactions.count else { break }
            let it = tie.interactions[i]
            let sel = i == v.interactionSelection
            let text = " " + DisplayWidth.pad(it.date.map(DateText.iso) ?? "undated", to: 12) + DisplayWidth.pad(DateText.type(it.type), to: 13)
                + (it.sources.first?.sentence ?? "")
            // One column of margin before the border, as in the ties table.
            buffer.write(DisplayWidth.pad(DisplayWidth.truncate(text, to: inner.width - 1), to: inner.width), x: inner.x, y: inner.y + 1 + r,
                         limit: inner.width, style: sel ? .selected : .plain)
        }
    }
}
