import XCTest
@testable import StorylineCore

/// The byte-keyed word table behind the tokenizers' class look-ups answers exactly like a dictionary.
final class WordTableTests: XCTestCase {
    func testFindsEveryKeyAndNothingElse() {
        var entries: [String: UInt32] = [:]
        for (i, w) in ["the", "said", "prime", "minister", "닫기", "café", "a"].enumerated() { entries[w] = UInt32(i + 1) }
        let table = WordTable(entries)
        for (w, v) in entries { XCTAssertEqual(table.lookup(w), v, w) }
        for miss in ["", "th", "thee", "Said", "saidx", "ministers", "닫", "cafe", "aa", String(repeating: "x", count: 300)] {
            XCTAssertEqual(table.lookup(miss), 0, miss)
        }
    }

    func testTokensCarryTheirClassesWhateverTheirCase() {
        let tokens = TimeToken.tokenize("LAST Monday the leaders MET; they Said nothing")
        let byText = Dictionary(tokens.map { ($0.text, $0.classes) }, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(byText["LAST"]!.contains(.timeStart))
        XCTAssertTrue(byText["Monday"]!.contains(.timeStart))
        XCTAssertTrue(byText["MET"]!.contains(.eventCue))
        XCTAssertTrue(byText[";"]!.contains(.clauseBreak))
        XCTAssertTrue(byText["they"]!.contains(.lowercaseInitial))
        XCTAssertFalse(byText["Said"]!.contains(.lowercaseInitial))
        XCTAssertTrue(byText["Said"]!.contains(.pastCue))
        XCTAssertEqual(byText["nothing"], [.lowercaseInitial])
    }
}
