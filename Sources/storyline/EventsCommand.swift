import ArgumentParser
import Foundation
import StorylineCore

/// `storyline events`: the timeline of events merged across sources, oldest first.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events of the corpus in chronological order, merged across sources.",
        discussion: "Text form: one line per event (date, type, summary, number of sources). Undated events are left out unless --all.")

    @Flag(help: "Print a JSON array of {id, date: {start, end, granularity}, expression, type, status, summary, participants, places, sources}.")
    var json = false

    @Option(help: "Only events that end on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events that start on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only events with a participant whose name contains NAME (case-insensitive).")
    var person: String?

    @Flag(help: "Include events whose date could not be resolved.")
    var all = false

    @OptionGroup var corpus: CorpusOptions

    /// JSON shape of an event's date.
    struct DateRow: Encodable { var start, end, granularity: String }
    /// JSON shape of one source.
    struct SourceRow: Encodable { var article, sentence: String; var offset: Int }
    /// JSON shape of one event.
    struct Row: Encodable {
        var id: String
        var date: DateRow?
        var expression, type, status, summary: String
        var participants, places: [String]
        var sources: [SourceRow]

        enum CodingKeys: String, CodingKey { case id, date, expression, type, status, summary, participants, places, sources }

        /// Writes `"date": null` for undated events instead of leaving the key out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(date, forKey: .date)
            try c.encode(expression, forKey: .expression)
            try c.encode(type, forKey: .type)
            try c.encode(status, forKey: .status)
            try c.encode(summary, forKey: .summary)
            try c.encode(participants, forKey: .participants)
            try c.encode(places, forKey: .places)
            try c.encode(sources, forKey: .sources)
        }
    }

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name) must be a day as YYYY-MM-DD, got \"\(value)\"") }
        }
    }

    func run() throws {
        let library = try corpus.loadLibrary().library
        let lo = from.flatMap { Day(iso: $0) }, hi = to.flatMap { Day(iso: $0) }
        let needle = person.map { MatchText.normalize($0).lowercased() }
        let events = library.events.filter { e in
            if let d = e.date {
                if let lo, d.end < lo { return false }
                if let hi, d.start > hi { return false }
            } else if !all || lo != nil || hi != nil {
                return false
            }
            if let needle, !e.participants.contains(where: { MatchText.normalize($0).lowercased().contains(needle) }) { return false }
            return true
        }
        if json {
            try JSONOutput.print(events.map { e in
                Row(id: e.id, date: e.date.map { DateRow(start: $0.start.iso, end: $0.end.iso, granularity: $0.granularity.rawValue) },
                    expression: e.expression, type: e.type.rawValue, status: e.status.rawValue, summary: e.summary,
                    participants: e.participants, places: e.places,
                    sources: e.sources.map { SourceRow(article: $0.article, sentence: $0.sentence, offset: $0.offset) })
            })
            return
        }
        for e in events {
            let date: String
            if let d = e.date { date = d.start == d.end ? d.start.iso : "\(d.start.iso)..\(d.end.iso)" } else { date = "undated" }
            let n = e.sources.count
            print("\(DisplayWidth.pad(date, to: 22))  \(DisplayWidth.pad(e.type.rawValue, to: 16))  \(e.summary)  (\(n) source\(n == 1 ? "" : "s"))")
        }
    }
}
