/// Resolves role-only references that their own article leaves open ("the Japanese prime
/// minister" in a story naming no Japanese leader) against the whole corpus: the one person
/// holding that title for that country, or, when several did, the one written about closest
/// in time to the article.
public enum RoleResolver {
    /// Marks a mention's person field as an open role reference.
    public static let prefix = "role:"

    /// The placeholder name of an open reference to `title` of `country`.
    public static func key(title: String, country: String) -> String { prefix + title + "|" + country }

    /// True for a placeholder name made by `key(title:country:)`.
    public static func isOpen(_ name: String) -> Bool { name.hasPrefix(prefix) }

    /// Per article id, placeholder → canonical name, for every reference that resolves.
    public static func resolve(extractions: [ArticleExtraction], people: [Person], articles: [Article]) -> [String: [String: String]] {
        var days: [String: Int] = [:]
        for a in articles { if let d = a.published?.day { days[a.id] = d.ordinal } }
        var byCountry: [String: [Person]] = [:]
        for p in people where !(p.former && !p.leader) {
            for c in Set(p.roles.compactMap(\.country)) { byCountry[c, default: []].append(p) }
        }
        // Each holder's article days, sorted once: a leader is in tens of thousands of articles,
        // and every open reference asks for the one closest to its own article's day.
        var sortedDays: [String: [Int]] = [:]
        func daysOf(_ p: Person) -> [Int] {
            if let known = sortedDays[p.name] { return known }
            let list = p.articles.compactMap { days[$0] }.sorted()
            sortedDays[p.name] = list
            return list
        }
        var out: [String: [String: String]] = [:]
        for x in extractions {
            for key in Set(x.mentioned.map(\.person).filter(isOpen)) {
                let parts = key.dropFirst(prefix.count).split(separator: "|", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                let (title, country) = (parts[0], parts[1])
                let holders = (byCountry[country] ?? []).filter { p in
                    p.roles.contains { $0.country == country && (title == "Leader" ? leaderTitles.contains($0.title) : sameOffice($0.title, title)) }
                }
                if let chosen = pick(holders, near: days[x.article], daysOf: daysOf) { out[x.article, default: [:]][key] = chosen }
            }
        }
        return out
    }

    private static let leaderTitles = Set(PersonLexicon.titles.values.filter(\.leader).map(\.display))

    /// True when two titles name one office: "the Greek premier" is the Prime Minister of Greece.
    static func sameOffice(_ a: String, _ b: String) -> Bool {
        a == b || headsOfGovernment.contains(a) && headsOfGovernment.contains(b)
    }

    /// The titles of a head of government, one office under two names.
    private static let headsOfGovernment: Set<String> = ["Prime Minister", "Premier"]

    /// The only holder, or the single holder with an article closest in date to `day`.
    private static func pick(_ holders: [Person], near day: Int?, daysOf: (Person) -> [Int]) -> String? {
        if holders.count == 1 { return holders[0].name }
        guard let day, holders.count > 1 else { return nil }
        let distances = holders.map { nearest(daysOf($0), to: day) }
        guard let best = distances.min(), best != Int.max, distances.filter({ $0 == best }).count == 1 else { return nil }
        return holders[distances.firstIndex(of: best)!].name
    }

    /// The smallest distance from `day` to a day of the sorted list (Int.max when empty).
    static func nearest(_ sorted: [Int], to day: Int) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] < day { lo = mid + 1 } else { hi = mid } }
        var best = Int.max
        if lo < sorted.count { best = sorted[lo] - day }
        if lo > 0 { best = min(best, day - sorted[lo - 1]) }
        return best
    }
}
