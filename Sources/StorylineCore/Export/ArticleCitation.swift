/// How an exported timeline names a source article: enough to find and cite it.
public struct ArticleCitation: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    public var outlet: String?
    /// ISO 8601 publication time as stated (`2025-06-11`, `2025-06-04T20:00+09:00`).
    public var published: String?
    public var url: String?
    public var path: String

    public init(_ article: Article) {
        id = article.id; title = article.title; outlet = article.outlet
        published = article.published?.iso; url = article.url; path = article.path
    }

    /// "*Title*, Outlet, 2025-06-11"-style parts, without markup: title, then outlet and day when known.
    public var credit: String {
        ([title] + [outlet, published.map { String($0.prefix(10)) }].compactMap { $0 }).joined(separator: ", ")
    }

    /// Citations for the articles the events cite, in first-cited order.
    public static func cited(by events: [Event], in library: Library) -> [ArticleCitation] {
        let byId = Dictionary(library.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        var out: [ArticleCitation] = []
        for e in events {
            for s in e.sources where seen.insert(s.article).inserted {
                if let a = byId[s.article] { out.append(ArticleCitation(a)) }
            }
        }
        return out
    }
}
