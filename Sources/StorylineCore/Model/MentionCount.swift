/// How often one person is named in one article: all that is kept of the person's `Mention`s
/// once extraction has used their places (people per article, mention counts for open roles).
public struct MentionCount: Hashable, Codable, Sendable {
    /// Canonical name of the person mentioned (an open role's placeholder before assembly).
    public var person: String
    public var article: String
    /// Mentions of `person` in `article`, at least one.
    public var count: Int

    public init(person: String, article: String, count: Int) {
        self.person = person; self.article = article; self.count = count
    }

    /// One count per person per article, in the order each was first mentioned.
    public static func counts<S: Sequence>(_ mentions: S) -> [MentionCount] where S.Element == Mention {
        var out: [MentionCount] = []
        var at: [String: [String: Int]] = [:]
        for m in mentions { add(m.person, article: m.article, count: 1, to: &out, at: &at) }
        return out
    }

    /// Adds `count` mentions of `person` in `article` to `list`, whose entry for that pair (if any)
    /// `at` (article → person → position) finds; a new pair is appended.
    static func add(_ person: String, article: String, count: Int, to list: inout [MentionCount], at: inout [String: [String: Int]]) {
        if let i = at[article]?[person] { list[i].count += count; return }
        at[article, default: [:]][person] = list.count
        list.append(MentionCount(person: person, article: article, count: count))
    }
}
