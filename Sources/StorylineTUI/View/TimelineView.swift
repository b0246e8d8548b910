import StorylineCore

/// The timeline pane: a per-month histogram above the dated events, grouped under month
/// headers; each row shows date, type, summary and how many sources report it.
public enum TimelineView {
    /// A display row: a month header (month 0: a year header, over events known only to the
    /// year) or the event at an index of the filtered list.
    public enum Row: Hashable, Sendable {
        case month(year: Int, month: Int)
        case event(Int)
    }

    /// Display rows for `events` (already in date order): a header before each new month, and
    /// a year header before events dated only to a year (never filed under their January).
    public static func rows<C: RandomAccessCollection>(_ events: C) -> [Row] where C.Element == Event, C.Index == Int {
        var rows: [Row] = []
        var last: (Int, Int)? = nil
        for (i, e) in events.enumerated() {
            guard let d = e.date?.start else { continue }
            let key = (d.year, e.date?.granularity == .year ? 0 : d.month)
            if last == nil || last! != key { rows.append(.month(year: key.0, month: key.1)); last = key }
            rows.append(.event(i))
        }
        return rows
    }

    /// The display row of event `index`.
    public static func displayRow(ofEvent index: Int, in rows: [Row]) -> Int {
        rows.firstIndex(of: .event(index)) ?? 0
    }

    /// Draws the pane into `buffer`.
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let v = state.view
        let events = state.catalog.events(v.filter)
        let box = layout.timeline
        let title = "Timeline · \(events.count) event\(events.count == 1 ? "" : "s")" + (v.filter.isEmpty ? "" : " · \(v.filter.summary)")
        buffer.box(box, title: title, focused: true)
        let inner = box.inset(1)
        let x = inner.x + 1, w = inner.width - 2
        let hist = state.catalog.histogram(v.filter)
        buffer.write(hist.line(width: w), x: x, y: inner.y, limit: w)
        buffer.write(StyledLine(hist.caption(width: w), .dim), x: x, y: inner.y + 1, limit: w)
        buffer.write(String(repeating: "┄", count: inner.width), x: inner.x, y: inner.y + 2, style: .border)
        let listTop = inner.y + Layout.histogramRows
        if events.isEmpty {
            let msg = state.catalog.events.isEmpty ? "No dated events were extracted from these articles."
                : "No events match the filter; press c to clear it."
            buffer.write(msg, x: x, y: listTop, limit: w, style: .dim)
            return
        }
        let rows = state.catalog.timeline(v.filter).rows
        let visible = layout.timelineRows
        for r in 0..<visible {
            let i = v.timelineScroll + r
            guard i < rows.count else { break }
            let y = listTop + r
            switch rows[i] {
            case .month(let yr, let m):
                buffer.write(DateText.monthHeader(year: yr, month: m), x: x, y: y, limit: w, style: .accent)
            case .event(let k):
                let selected = k == v.timelineSelection
                buffer.write(line(events[k], width: w, selected: selected), x: x, y: y, limit: w)
            }
        }
    }

    /// One event row: marker, date, type, summary, source count; planned events marked "○".
    static func line(_ e: Event, width: Int, selected: Bool) -> StyledLine {
        let planned = e.status == .planned
        let base = selected ? Style.selected : (planned ? Style(italic: true, color: .planned) : .plain)
        let marker = planned ? "○ " : "● "
        let date = DisplayWidth.pad(e.date.map(DateText.span) ?? "", to: 12)
        let type = DisplayWidth.pad(DateText.type(e.type), to: 13)
        let count = e.sources.count > 1 ? " ×\(e.sources.count)" : ""
        let rest = width - 2 - 12 - 13 - DisplayWidth.of(count)
        let summary = DisplayWidth.pad(DisplayWidth.truncate(e.summary, to: max(0, rest)), to: max(0, rest))
        return StyledLine([
            .init(marker, selected ? base : Style(color: planned ? .planned : .accent)),
            .init(date, selected ? base : .bold),
            .init(type, selected ? base : Style(dim: !planned, italic: planned, color: planned ? .planned : nil)),
            .init(summary, base),
            .init(count, selected ? base : .accent),
        ])
    }
}
