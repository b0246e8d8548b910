import XCTest
@testable import StorylineCore

/// A year that tells when ("In 2018 …") types the event by its clause's own cue; only a year used
/// as a modifier ("the 1942 disaster") looks at the words right after it.
final class YearAdverbialTests: XCTestCase {
    private func events(_ paras: [String]) -> [Event] {
        let article = Article(id: "ya", path: "ya.txt", title: "Profile", published: Published(day: Day(2026, 11, 16)!),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return Library.build(from: [article]).events
    }

    func testAYearAfterAPrepositionIsWhenNotAModifier() {
        let found = events([
            "In 2018 President Tabare Vazquez held his first meeting with President Jair Bolsonaro in Brasilia.",
            "Since 2021 Prime Minister Ana Lopes has visited Lisbon twice.",
        ])
        let vazquez = found.first { $0.participants.contains("Jair Bolsonaro") }
        XCTAssertEqual(vazquez?.type, .meeting, "\(found.map { ($0.type, $0.summary) })")
        XCTAssertEqual(vazquez?.date?.start, Day(2018, 1, 1))
    }

    func testAYearModifyingANounStillTypesByThatNoun() {
        let found = events(["Survivors marked the anniversary of the 1942 mine disaster in Ube on Sunday."])
        XCTAssertTrue(found.contains { $0.date?.start == Day(1942, 1, 1) && $0.type == .other }, "\(found.map { ($0.type, $0.summary) })")
    }
}
