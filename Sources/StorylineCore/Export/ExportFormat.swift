/// The formats `storyline export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A Markdown chronology with source citations.
    case markdown
    /// The selected events and the articles they cite, as JSON.
    case json
    /// An iCalendar (RFC 5545) file: one all-day VEVENT per dated event.
    case ics
    /// The leader graph in Graphviz DOT.
    case dot
}
