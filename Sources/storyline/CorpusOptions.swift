import ArgumentParser
import Foundation
import StorylineCore

/// The PATH arguments shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (.txt, .md, .html). Default: the bundled seeds.")
    var paths: [String] = []

    /// The paths to read: the user's, or the bundled seeds.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let seeds = SeedLocator.find() else {
            throw ValidationError("the bundled seeds were not found; pass a PATH or set STORYLINE_SEEDS")
        }
        return [seeds]
    }

    /// Loads the corpus, printing a warning per problem file to stderr. Fails only when
    /// nothing could be loaded.
    func load() throws -> CorpusLoader.Result {
        let result = CorpusLoader.load(try resolvedPaths())
        for w in result.warnings { FileHandle.standardError.write(Data("storyline: warning: \(w)\n".utf8)) }
        if result.articles.isEmpty {
            throw CLIError("no articles could be loaded from \(try resolvedPaths().joined(separator: ", "))")
        }
        return result
    }
}

/// An error for the user, printed as `Error: message` with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
