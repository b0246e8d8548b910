import ArgumentParser
import Foundation
import StorylineCore

/// `storyline people`: the people mentioned in the corpus, leaders first, then by mentions.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people mentioned: name, roles, leader flag, mentions and articles.")

    @Flag(help: "Print a JSON array of {name, aliases, roles: [{title, country}], leader, former, mentions, articles}.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    /// A role in JSON; `country` is always present, null when unknown.
    struct RoleRow: Encodable {
        var title: String
        var country: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(country, forKey: .country)
        }
        enum CodingKeys: String, CodingKey { case title, country }
    }

    /// One person in JSON.
    struct Row: Encodable {
        var name: String
        var aliases: [String]
        var roles: [RoleRow]
        var leader, former: Bool
        var mentions: Int
        var articles: [String]
    }

    /// Builds the library and prints the people as a table or JSON.
    func run() throws {
        let library = try corpus.loadLibrary().library
        if json {
            try JSONOutput.print(library.people.map {
                Row(name: $0.name, aliases: $0.aliases, roles: $0.roles.map { RoleRow(title: $0.title, country: $0.country) },
                    leader: $0.leader, former: $0.former, mentions: $0.mentions, articles: $0.articles)
            })
            return
        }
        Swift.print(DisplayWidth.pad("NAME", to: 24) + "  " + DisplayWidth.pad("STATUS", to: 6) + "  "
                    + DisplayWidth.pad("ROLES", to: 40) + "  MENTIONS  ARTICLES")
        for p in library.people {
            let flag = p.leader ? "leader" : p.former ? "former" : ""
            let roles = p.roles.map { r in r.country.map { "\(r.title), \($0)" } ?? r.title }.joined(separator: "; ")
            Swift.print(DisplayWidth.pad(DisplayWidth.truncate(p.name, to: 24), to: 24) + "  " + DisplayWidth.pad(flag, to: 6)
                        + "  " + DisplayWidth.pad(DisplayWidth.truncate(roles.isEmpty ? "—" : roles, to: 40), to: 40)
                        + "  " + String(repeating: " ", count: max(0, 8 - String(p.mentions).count)) + "\(p.mentions)"
                        + "  " + String(repeating: " ", count: max(0, 8 - String(p.articles.count).count)) + "\(p.articles.count)")
        }
    }
}
