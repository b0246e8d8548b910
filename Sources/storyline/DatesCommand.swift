import ArgumentParser
import Foundation
import StorylineCore

/// `storyline dates`: shows the time expressions the tagger finds in a text and how each
/// resolves against a reference day.
struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find time expressions in TEXT and resolve them against a reference day.",
        discussion: "Prints one line per expression: expression, interval (start..end), granularity; \"null\" when it cannot be resolved.")

    @Option(help: "The reference (publication) day, YYYY-MM-DD. Without it only dates that state their year resolve.")
    var ref: String?

    @Flag(help: "Print a JSON array of {expression, start, end, granularity, offset}.")
    var json = false

    @Argument(help: "The text to tag.")
    var text: String

    /// JSON shape of one expression.
    struct Row: Encodable {
        var expression: String
        var start, end, granularity: String?
        var offset: Int

        enum CodingKeys: String, CodingKey { case expression, start, end, granularity, offset }

        /// Writes `null` for an unresolved interval instead of leaving the keys out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(expression, forKey: .expression)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(granularity, forKey: .granularity)
            try c.encode(offset, forKey: .offset)
        }
    }

    func validate() throws {
        if let ref, Day(iso: ref) == nil { throw ValidationError("--ref must be a day as YYYY-MM-DD, got \"\(ref)\"") }
    }

    func run() throws {
        let found = TemporalTagger.tag(Sanitizer.sanitize(text).text, anchor: ref.flatMap { Day(iso: $0) })
        if json {
            try JSONOutput.print(found.map {
                Row(expression: $0.text, start: $0.span?.start.iso, end: $0.span?.end.iso,
                    granularity: $0.span?.granularity.rawValue, offset: $0.range.lowerBound)
            })
            return
        }
        for e in found {
            if let s = e.span {
                print("\(e.text)\t\(s.start.iso)..\(s.end.iso)\t\(s.granularity.rawValue)")
            } else {
                print("\(e.text)\tnull")
            }
        }
    }
}
