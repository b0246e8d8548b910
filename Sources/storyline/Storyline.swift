import ArgumentParser

/// The `storyline` command: a terminal timeline browser for news, and its CLI.
@main
struct Storyline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Follow a news story over time: articles, a timeline of events, and the people in it.",
        discussion: "With no PATH, browses the bundled sample articles.",
        version: "0.1.0",
        subcommands: [Browse.self, Articles.self, Events.self, People.self, Relations.self, Search.self,
                      Stories.self, Related.self, Export.self, Dates.self, Index.self, Profile.self],
        defaultSubcommand: Browse.self
    )

    /// Parses the command line, reading `storyline search "-word …"` as a query (`DashQuery`).
    static func main() {
        main(DashQuery.shielded(Array(CommandLine.arguments.dropFirst())))
    }
}
