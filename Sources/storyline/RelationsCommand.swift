import ArgumentParser
import Foundation
import StorylineCore

/// `storyline relations`: who called, met, visited or spoke about whom, and when.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the interactions between pairs of people, with dates and source sentences.")

    @Flag(help: "Print a JSON array of {people: [a, b], interactions: [{type, date, event, sources: [{article, sentence}]}]}.")
    var json = false

    @Option(help: "Only relations of this person (any spelling or alias, e.g. \"Xi\").")
    var person: String?

    @OptionGroup var corpus: CorpusOptions

    /// An interaction date in JSON.
    struct DateRow: Encodable { var start, end, granularity: String }
    /// Where an interaction was read, in JSON.
    struct SourceRow: Encodable { var article, sentence: String }
    /// One interaction in JSON; `date` and `event` are always present, null when unknown.
    struct InteractionRow: Encodable {
        var type: String
        var date: DateRow?
        var event: String?
        var sources: [SourceRow]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(date, forKey: .date)
            try c.encode(event, forKey: .event)
            try c.encode(sources, forKey: .sources)
        }
        enum CodingKeys: String, CodingKey { case type, date, event, sources }
    }
    /// One pair in JSON.
    struct Row: Encodable { var people: [String]; var interactions: [InteractionRow] }

    /// Builds the library and prints the relations, optionally of one person.
    func run() throws {
        let library = try corpus.loadLibrary().library
        var relations = library.relations
        if let person {
            let key = NameKey.of(person)
            var names = Set(library.people.filter { p in ([p.name] + p.aliases).contains { NameKey.of($0) == key } }.map(\.name))
            if names.isEmpty {
                names = Set(library.people.filter { NameKey.standaloneKeys(NameKey.words($0.name)).contains(key) }.map(\.name))
            }
            guard !names.isEmpty else { throw CLIError("no person named \"\(person)\" in the corpus; try `storyline people`") }
            relations = relations.filter { $0.people.contains(where: names.contains) }
        }
        let rows = relations.map { r in
            Row(people: r.people, interactions: r.interactions.map { i in
                InteractionRow(type: i.type.rawValue,
                               date: i.date.map { DateRow(start: $0.start.iso, end: $0.end.iso, granularity: $0.granularity.rawValue) },
                               event: i.event, sources: i.sources.map { SourceRow(article: $0.article, sentence: $0.sentence) })
            })
        }
        if json { try JSONOutput.print(rows); return }
        if rows.isEmpty { Swift.print("No interactions found."); return }
        for r in rows {
            Swift.print("\(r.people[0]) — \(r.people[1])")
            for i in r.interactions {
                let date = i.date.map { $0.start == $0.end ? $0.start : "\($0.start)…\($0.end)" } ?? "undated"
                Swift.print("  " + DisplayWidth.pad(date, to: 22) + DisplayWidth.pad(i.type, to: 12)
                            + DisplayWidth.truncate(i.sources.first?.sentence ?? "", to: 90))
            }
        }
    }
}
