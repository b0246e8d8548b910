@testable import StorylineCore

/// Each pair's interaction dates in `lib`, keyed "A + B" with the names sorted: what the rule tests
/// of the unseen-news rounds assert on.
func interactionDays(_ lib: Library) -> [String: [Day?]] {
    Dictionary(lib.relations.map { ($0.people.sorted().joined(separator: " + "), $0.interactions.map { $0.date?.start }) },
               uniquingKeysWith: +)
}

/// The library built from one article of paragraphs `paras`, published on `day`, the paragraphs
/// `spacing` characters apart.
func oneArticleLibrary(_ paras: [String], id: String = "story", title: String = "Story", published day: Day,
                       spacing: Int = 300) -> Library {
    let article = Article(id: id, path: "\(id).txt", title: title, published: Published(day: day),
                          blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * spacing) })
    return Library.build(from: [article])
}
