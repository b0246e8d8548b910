import XCTest
@testable import StorylineCore

/// A title-case headline's name is kept from the words its text also writes; after a title, given names
/// the text leaves out may open it ("Remarks by President Marco Rossi …" over "PRESIDENT ROSSI:").
final class HeadlineGivenNameTests: XCTestCase {
    private func people(_ title: String, _ paras: [String]) -> [Person] {
        let article = Article(id: "hg", path: "hg.txt", title: title, published: Published(day: Day(2026, 11, 16)!),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return PersonRecognizer.recognize(article).people
    }

    func testATitledHeadlineNameKeepsGivenNamesTheTextLeavesOut() {
        let found = people("Remarks by President Marco Rossi and Prime Minister Ivan Kovac Before Bilateral Meeting", [
            "PRESIDENT ROSSI: Thank you very much. It is great to have the prime minister here.",
            "PRIME MINISTER KOVAC: Thank you, Mr. President.",
        ]).map(\.name)
        XCTAssertTrue(found.contains("Marco Rossi"), "\(found)")
        XCTAssertTrue(found.contains("Ivan Kovac"), "\(found)")
    }

    func testAHeadlineVerbAfterATitleIsNoGivenName() {
        let found = people("President Welcomes Albanese to White House", [
            "President Donald Trump welcomed Australian Prime Minister Anthony Albanese to the White House on Monday.",
        ]).map(\.name)
        XCTAssertFalse(found.contains { $0.hasPrefix("Welcomes") }, "\(found)")
        XCTAssertTrue(found.contains("Anthony Albanese"), "\(found)")
    }

    func testAHeadlineVerbAfterTheNameIsStillCut() {
        let found = people("Prime Minister Shigeru Ishiba Visits Seoul", ["Ishiba arrived in Seoul on Tuesday."]).map(\.name)
        XCTAssertEqual(found, ["Shigeru Ishiba"])
    }
}
