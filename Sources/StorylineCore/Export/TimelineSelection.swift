/// Which part of the timeline to export: everything, one story, or one person's events.
/// Both filters may be combined; an unknown story or person is an error that says what exists.
public struct TimelineSelection: Hashable, Sendable {
    /// A story id ("S2").
    public var story: String?
    /// A person's name or alias, case-insensitive; a unique part of a name also works.
    public var person: String?

    public init(story: String? = nil, person: String? = nil) { self.story = story; self.person = person }

    /// Why a selection cannot be made.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case unknownStory(String, known: [String])
        case unknownPerson(String)
        case ambiguousPerson(String, candidates: [String])

        public var description: String {
            switch self {
            case let .unknownStory(id, known):
                return known.isEmpty ? "no story \"\(id)\": this corpus has no stories"
                    : "no story \"\(id)\"; stories are \(known.prefix(12).joined(separator: ", "))\(known.count > 12 ? ", …" : "") (see `storyline stories`)"
            case let .unknownPerson(name):
                return "no person named \"\(name)\" (see `storyline people`)"
            case let .ambiguousPerson(name, candidates):
                return "\"\(name)\" matches several people: \(candidates.joined(separator: ", ")); give the full name"
            }
        }
    }

    /// The selected story, if one was asked for.
    public func resolvedStory(in library: Library) throws -> Story? {
        guard let story else { return nil }
        guard let s = library.story(id: story) else { throw Failure.unknownStory(story, known: library.stories.map(\.id)) }
        return s
    }

    /// The selected person, if one was asked for.
    public func resolvedPerson(in library: Library) throws -> Person? {
        guard let person else { return nil }
        return try TimelineSelection.person(named: person, in: library)
    }

    /// The selected events, in timeline order (dated by start, then undated).
    public func events(in library: Library) throws -> [Event] {
        var events = library.events
        if let s = try resolvedStory(in: library) {
            let ids = Set(s.events)
            events = events.filter { ids.contains($0.id) }
        }
        if let p = try resolvedPerson(in: library) {
            events = events.filter { $0.participants.contains(p.name) }
        }
        return TimelineSelection.chronological(events)
    }

    /// The selected relations, keeping only interactions inside the selection, and the people
    /// to draw: the relations' ends plus, unfiltered, every leader; for a story, its main people.
    public func graph(in library: Library) throws -> (people: [Person], relations: [Relation]) {
        var relations = library.relations
        var extra = Set<String>()
        if let s = try resolvedStory(in: library) {
            let articles = Set(s.articles), events = Set(s.events)
            relations = relations.compactMap { r in
                var r = r
                r.interactions = r.interactions.filter { i in
                    (i.event.map(events.contains) ?? false) || i.sources.contains { articles.contains($0.article) }
                }
                return r.interactions.isEmpty ? nil : r
            }
            extra.formUnion(s.people)
        }
        if let p = try resolvedPerson(in: library) {
            relations = relations.filter { $0.people.contains(p.name) }
            extra = [p.name]
        }
        if story == nil && person == nil { extra.formUnion(library.people.filter(\.leader).map(\.name)) }
        let names = extra.union(relations.flatMap(\.people))
        let people = library.people.filter { names.contains($0.name) }
        return (people, relations)
    }

    /// Events sorted by start day, end day and id, undated ones last.
    public static func chronological(_ events: [Event]) -> [Event] {
        events.sorted {
            ($0.date?.start.ordinal ?? Int.max, $0.date?.end.ordinal ?? Int.max, $0.id)
                < ($1.date?.start.ordinal ?? Int.max, $1.date?.end.ordinal ?? Int.max, $1.id)
        }
    }

    /// The person a user means by `query`: an exact name or alias, else the only person whose
    /// name contains it as whole words.
    public static func person(named query: String, in library: Library) throws -> Person {
        let q = fold(query)
        guard !q.isEmpty else { throw Failure.unknownPerson(query) }
        if let exact = library.people.first(where: { fold($0.name) == q || $0.aliases.contains { fold($0) == q } }) {
            return exact
        }
        let words = " " + q + " "
        let partial = library.people.filter { (" " + fold($0.name) + " ").contains(words) }
        if partial.count == 1 { return partial[0] }
        if partial.isEmpty { throw Failure.unknownPerson(query) }
        throw Failure.ambiguousPerson(query, candidates: partial.map(\.name).sorted())
    }

    /// Lower case, typographic marks normalised, hyphens and runs of spaces as one space.
    static func fold(_ s: String) -> String {
        MatchText.normalize(s).lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").joined(separator: " ")
    }
}
