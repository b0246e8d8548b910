@testable import StorylineCore

/// Each pair's interaction dates in `lib`, keyed "A + B" with the names sorted: what the rule tests
/// of the unseen-news rounds assert on.
func interactionDays(_ lib: Library) -> [String: [Day?]] {
    Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map { $0.date?.start }) },
               uniquingKeysWith: +)
}
