import ArgumentParser
import Foundation
import StorylineCore

extension ExportFormat: ExpressibleByArgument {}

/// `storyline export`: the timeline as Markdown, JSON, iCalendar, or the leader graph as DOT.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the timeline as Markdown, JSON or iCalendar, or the leader graph as Graphviz DOT.")

    @Option(help: "markdown, json, ics or dot.")
    var format: ExportFormat = .markdown

    @Option(help: "Only this story's events (an id from `storyline stories`, e.g. S2).")
    var story: String?

    @Option(help: "Only the events (or, for dot, the ties) of this person; a name or alias.")
    var person: String?

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let library = try corpus.loadLibrary(link: true).library
        let selection = TimelineSelection(story: story, person: person)
        let text: String
        do {
            text = try render(library, selection)
        } catch let failure as TimelineSelection.Failure {
            throw CLIError(failure.description)
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The selected part of the library in the chosen format.
    func render(_ library: Library, _ selection: TimelineSelection) throws -> String {
        let story = try selection.resolvedStory(in: library)
        let person = try selection.resolvedPerson(in: library)
        let heading = [story.map { "Story \($0.id): \($0.title)" }, person.map { "Person: \($0.name)" }].compactMap { $0 }
        switch format {
        case .dot:
            let graph = try selection.graph(in: library)
            return LeaderGraph.render(people: graph.people, relations: graph.relations)
        case .markdown:
            return MarkdownTimeline.render(try selection.events(in: library), library: library,
                                           heading: heading.isEmpty ? nil : heading.joined(separator: " · "))
        case .json:
            let events = try selection.events(in: library)
            return try TimelineDocument(story: story?.id, person: person?.name, events: events,
                                        articles: ArticleCitation.cited(by: events, in: library)).encoded()
        case .ics:
            let name = heading.isEmpty ? "Storyline timeline" : "Storyline: " + heading.joined(separator: " · ")
            return ICalendar.render(try selection.events(in: library), library: library, name: name)
        }
    }
}
