/// A title held by a person, with the country it belongs to when known.
public struct Role: Hashable, Codable, Sendable {
    public var title: String
    public var country: String?

    public init(title: String, country: String? = nil) { self.title = title; self.country = country }
}

/// One occurrence of a person in an article.
public struct Mention: Hashable, Codable, Sendable {
    /// Canonical name of the person mentioned.
    public var person: String
    /// The text as written ("President Lee", "Xi").
    public var surface: String
    public var article: String
    public var block: Int
    /// Scalar offset of the surface within the block text.
    public var offsetInBlock: Int

    public init(person: String, surface: String, article: String, block: Int, offsetInBlock: Int) {
        self.person = person; self.surface = surface; self.article = article
        self.block = block; self.offsetInBlock = offsetInBlock
    }
}

/// A person mentioned in the corpus, with every alias merged.
public struct Person: Hashable, Codable, Sendable, Identifiable {
    /// The fullest form of the name seen.
    public var name: String
    public var aliases: [String]
    public var roles: [Role]
    /// Head of state or government at the time of the articles.
    public var leader: Bool
    /// Formerly held such an office.
    public var former: Bool
    /// Number of mentions across the corpus.
    public var mentions: Int
    /// Ids of the articles that mention the person.
    public var articles: [String]

    public var id: String { name }

    /// The country of the person's most specific role, if any.
    public var country: String? { roles.lazy.compactMap(\.country).first }

    public init(name: String, aliases: [String] = [], roles: [Role] = [], leader: Bool = false, former: Bool = false,
                mentions: Int = 0, articles: [String] = []) {
        self.name = name; self.aliases = aliases; self.roles = roles; self.leader = leader; self.former = former
        self.mentions = mentions; self.articles = articles
    }
}
