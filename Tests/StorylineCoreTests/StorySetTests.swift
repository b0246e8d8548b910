import Foundation
import XCTest
@testable import StorylineCore

/// Merging across articles on hand-written story sets (Tests/fixtures/storysets/*): several
/// outlets report one story on different days, with other spellings and titles for the same
/// people. Each set is loaded as one corpus, as the CLI does, and compared with its hand
/// annotation: one event per reported event, one entry per person, one tie per interaction.
final class StorySetTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/storysets")

    /// The hand annotation of one set.
    private struct Expectation: Decodable {
        struct Who: Decodable { var name: String; var aliases: [String] }
        struct What: Decodable {
            var start: String; var end: String; var types: [String]; var participants: [String]
            var articles: [String]; var maybe: [String]?; var optional: Bool?
        }
        struct Tie: Decodable {
            var people: [String]; var start: String?; var end: String?
            var articles: [String]; var maybe: [String]?; var optional: Bool?
        }
        var articles: [String: String]
        var people: [Who]
        var not_people: [String]
        var events: [What]
        var relations: [Tie]
    }

    /// What one set scored; each count is out of the annotated items it names.
    private struct Score {
        var people = 0, peopleTotal = 0, splitPeople = 0, joinedPeople = 0
        var events = 0, eventsMerged = 0, eventsTotal = 0, eventDuplicates = 0, eventsChained = 0
        var ties = 0, tiesMerged = 0, tiesTotal = 0, tieDuplicates = 0
        var misses: [String] = []
        static func += (a: inout Score, b: Score) {
            a.people += b.people; a.peopleTotal += b.peopleTotal; a.splitPeople += b.splitPeople; a.joinedPeople += b.joinedPeople
            a.events += b.events; a.eventsMerged += b.eventsMerged; a.eventsTotal += b.eventsTotal
            a.eventDuplicates += b.eventDuplicates; a.eventsChained += b.eventsChained
            a.ties += b.ties; a.tiesMerged += b.tiesMerged; a.tiesTotal += b.tiesTotal; a.tieDuplicates += b.tieDuplicates
        }
        var line: String {
            "people \(people)/\(peopleTotal) (split \(splitPeople), joined \(joinedPeople)) · events found \(events)/\(eventsTotal), "
                + "merged \(eventsMerged)/\(eventsTotal) (duplicates \(eventDuplicates), chained \(eventsChained)) · "
                + "ties found \(ties)/\(tiesTotal), merged \(tiesMerged)/\(tiesTotal) (duplicates \(tieDuplicates))"
        }
    }

    /// The scorer's name key: compatibility-normalized, lower case, letters and digits only.
    private static func key(_ s: String) -> String {
        String(s.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    private static func interval(_ start: String?, _ end: String?) -> TimeSpan? {
        guard let s = start.flatMap(Day.init(iso:)), let e = (end ?? start).flatMap(Day.init(iso:)) else { return nil }
        return TimeSpan(start: s, end: e, granularity: s == e ? .day : .range)
    }

    /// The scorer's rule: the intervals overlap and the prediction is at most 2x+2 days as wide.
    private static func compatible(_ p: TimeSpan?, _ g: TimeSpan?) -> Bool {
        guard let p, let g, p.overlaps(g) else { return false }
        return p.length <= 2 * g.length + 2
    }

    /// Scores one set: the library built from its folder against its `expected.json`.
    private func score(_ set: String) throws -> Score {
        let dir = Self.root.appendingPathComponent(set)
        let x = try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: dir.appendingPathComponent("expected.json")))
        let library = Library.build(from: CorpusLoader.load([dir.path]).articles)
        var s = Score()
        for (id, day) in x.articles where library.article(id: id)?.published?.day.iso != day {
            s.misses.append("published date of \(id): \(library.article(id: id)?.published?.day.iso ?? "nil") != \(day)")
        }

        // People: each annotated person is one entry; no entry stands for two annotated people.
        let variants = x.people.map { Set(([$0.name] + $0.aliases).map(Self.key)) }
        var whoIs: [String: Set<String>] = [:]
        for p in library.people {
            let keys = Set(([p.name] + p.aliases).map(Self.key))
            let matches = Set(x.people.indices.filter { !variants[$0].isDisjoint(with: keys) }.map { x.people[$0].name })
            whoIs[p.name] = matches
            if matches.count > 1 { s.joinedPeople += 1; s.misses.append("one entry for several people: \(p.name) = \(matches.sorted())") }
        }
        for (i, who) in x.people.enumerated() {
            let entries = library.people.filter { !variants[i].isDisjoint(with: Set(([$0.name] + $0.aliases).map(Self.key))) }
            s.peopleTotal += 1
            if entries.isEmpty { s.misses.append("person missed: \(who.name)"); continue }
            s.people += 1
            if entries.count > 1 { s.splitPeople += 1; s.misses.append("person split: \(who.name) as \(entries.map(\.name))") }
        }
        for n in x.not_people where library.people.contains(where: { ([$0.name] + $0.aliases).map(Self.key).contains(Self.key(n)) }) {
            s.misses.append("not a person: \(n)")
        }
        /// The annotated people a library name stands for.
        func expected(_ name: String) -> Set<String> {
            if let known = whoIs[name] { return known }
            return Set(x.people.indices.filter { variants[$0].contains(Self.key(name)) }.map { x.people[$0].name })
        }
        func people(_ names: [String]) -> Set<String> { names.reduce(into: Set<String>()) { $0.formUnion(expected($1)) } }

        // Events: every article reporting an event is a source of one merged event.
        let required = x.events.filter { $0.optional != true }
        for e in library.events {
            let ps = people(e.participants)
            let covered = required.filter { g in
                !g.participants.isEmpty && Self.compatible(e.date, Self.interval(g.start, g.end)) && Set(g.participants).isSubset(of: ps)
            }
            if covered.count > 1 {
                s.eventsChained += 1
                s.misses.append("events chained into one: \(e.date?.start.iso ?? "-") \(covered.map(\.participants)) · \(e.summary.prefix(70))")
            }
        }
        // An event that is an annotated optional one ("Ruto is scheduled to tour the dam on Thursday",
        // inside his visit) is no duplicate of the required event around it.
        let optionals = x.events.filter { $0.optional == true }
        func claimed(_ e: Event) -> Bool {
            optionals.contains { o in
                Self.compatible(e.date, Self.interval(o.start, o.end)) && o.types.contains(e.type.rawValue)
                    && e.sources.contains { o.articles.contains($0.article) } && people(e.participants).isSubset(of: Set(o.participants))
            }
        }
        for g in required {
            s.eventsTotal += 1
            let span = Self.interval(g.start, g.end)
            let articles = Set(g.articles + (g.maybe ?? []))
            let candidates = library.events.filter { e in
                guard let d = e.date, let span, d.overlaps(span), e.sources.contains(where: { articles.contains($0.article) }) else { return false }
                if claimed(e), !Set(g.articles).isSubset(of: Set(e.sources.map(\.article))) { return false }
                // The event names some of the annotated people and no one else, or all of them.
                let ps = people(e.participants), gs = Set(g.participants)
                return gs.isEmpty || (!ps.isDisjoint(with: gs) && (ps.isSubset(of: gs) || gs.isSubset(of: ps)))
            }
            let label = "\(g.start) \(g.participants)"
            guard !candidates.isEmpty else { s.misses.append("event missed: \(label)"); continue }
            s.events += 1
            if candidates.count > 1 {
                s.eventDuplicates += candidates.count - 1
                s.misses.append("event split in \(candidates.count): \(label) · "
                    + candidates.map { "\($0.date.map { $0.start.iso + ($0.length > 1 ? "+\($0.length)d" : "") } ?? "-") \($0.sources.map(\.article).uniqued())" }.joined(separator: " | "))
            }
            if let whole = candidates.first(where: { e in Set(g.articles).isSubset(of: Set(e.sources.map(\.article))) }) {
                s.eventsMerged += 1
                if !Self.compatible(whole.date, span) { s.misses.append("merged event's date: \(label) as \(whole.date.map { "\($0.start.iso)..\($0.end.iso)" } ?? "-")") }
            } else {
                let best = candidates.max { Set($0.sources.map(\.article)).intersection(g.articles).count < Set($1.sources.map(\.article)).intersection(g.articles).count }!
                s.misses.append("event not merged: \(label) lacks \(Set(g.articles).subtracting(best.sources.map(\.article)).sorted())")
            }
        }

        // Ties: one interaction per annotated one, with every reporting article.
        for t in x.relations where t.optional != true {
            s.tiesTotal += 1
            let span = Self.interval(t.start, t.end)
            let pair = Set(t.people)
            let articles = Set(t.articles + (t.maybe ?? []))
            let interactions = library.relations.filter { $0.people.count == 2 && people($0.people) == pair }.flatMap(\.interactions).filter { i in
                guard i.sources.contains(where: { articles.contains($0.article) }) else { return false }
                guard let span else { return i.date == nil }
                return i.date.map { $0.overlaps(span) } ?? false
            }
            let label = "\(t.people) \(t.start ?? "undated")"
            guard !interactions.isEmpty else { s.misses.append("tie missed: \(label)"); continue }
            s.ties += 1
            if interactions.count > 1 {
                s.tieDuplicates += interactions.count - 1
                s.misses.append("tie split in \(interactions.count): \(label) · "
                    + interactions.map { "\($0.type.rawValue) \($0.date.map { $0.start.iso } ?? "-") \($0.sources.map(\.article).uniqued())" }.joined(separator: " | "))
            }
            if interactions.contains(where: { i in Set(t.articles).isSubset(of: Set(i.sources.map(\.article))) }) {
                s.tiesMerged += 1
            } else {
                let got = interactions.reduce(into: Set<String>()) { $0.formUnion($1.sources.map(\.article)) }
                s.misses.append("tie not merged: \(label)" + (got.isSuperset(of: t.articles) ? "" : ", never read in \(Set(t.articles).subtracting(got).sorted())"))
            }
        }
        return s
    }

    /// Runs every set, prints what each missed and checks the summed counts against floors.
    func testStoriesMergeAcrossOutlets() throws {
        let sets = try FileManager.default.contentsOfDirectory(atPath: Self.root.path)
            .filter { FileManager.default.fileExists(atPath: Self.root.appendingPathComponent($0 + "/expected.json").path) }.sorted()
        XCTAssertGreaterThanOrEqual(sets.count, 3)
        var total = Score()
        for set in sets {
            let s = try score(set)
            print("\(set): \(s.line)")
            for m in s.misses { print("    \(m)") }
            total += s
        }
        print("ALL: \(total.line)")
        // Floors: what the merge achieves on these sets today; the rest is single-article extraction
        // (an undated sentence, a pronoun, a name the article never gives in full).
        XCTAssertEqual(total.joinedPeople, 0, "no entry joins two people")
        XCTAssertEqual(total.splitPeople, 0, "no person split across entries")
        XCTAssertEqual(total.eventsChained, 0, "no two events chained into one")
        XCTAssertGreaterThanOrEqual(total.events, total.eventsTotal, "events found")
        XCTAssertGreaterThanOrEqual(total.eventsMerged, 13, "events with every reporting article")
        XCTAssertEqual(total.eventDuplicates, 0, "events told twice")
        XCTAssertGreaterThanOrEqual(total.ties, total.tiesTotal - 1, "ties found")
        XCTAssertGreaterThanOrEqual(total.tiesMerged, 14, "ties with every reporting article")
        XCTAssertEqual(total.tieDuplicates, 0, "ties told twice")
    }
}

private extension Array where Element: Hashable {
    /// The elements in first-seen order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
