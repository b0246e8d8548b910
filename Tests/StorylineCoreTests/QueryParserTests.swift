import XCTest
@testable import StorylineCore

/// How user input is read as a query, including input that is not a well-formed query.
final class QueryParserTests: XCTestCase {
    func testWordsPhrasesOrAndExclusion() throws {
        let q = try SearchQuery.parse("summit \"phone call\" xi OR putin -trade sum*")
        XCTAssertEqual(q.clauses, [[.word("summit", prefix: false)], [.phrase("phone call")],
                                   [.word("xi", prefix: false), .word("putin", prefix: false)], [.word("sum", prefix: true)]])
        XCTAssertEqual(q.excluded, [.word("trade", prefix: false)])
    }

    func testFilters() throws {
        let q = try SearchQuery.parse("person:\"Xi Jinping\" outlet:yonhap from:2025-06 to:2025 type:phone-call summit")
        XCTAssertEqual(q.people, ["Xi Jinping"])
        XCTAssertEqual(q.outlets, ["yonhap"])
        XCTAssertEqual(q.from, Day(2025, 6, 1))
        XCTAssertEqual(q.to, Day(2025, 12, 31))
        XCTAssertEqual(q.eventTypes, [.phoneCall])
        XCTAssertEqual(q.clauses, [[.word("summit", prefix: false)]])
        XCTAssertEqual(try SearchQuery.parse("type:press").eventTypes, [.pressConference])
        XCTAssertEqual(try SearchQuery.parse("from:2024-02-29").from, Day(2024, 2, 29))
    }

    func testMalformedInputIsBestEffortWithNotes() throws {
        let q = try SearchQuery.parse("\"unbalanced phrase")
        XCTAssertEqual(q.clauses, [[.phrase("unbalanced phrase")]])
        XCTAssertFalse(q.notes.isEmpty)
        XCTAssertEqual(try SearchQuery.parse("OR summit OR").clauses, [[.word("summit", prefix: false)]])
        XCTAssertEqual(try SearchQuery.parse("summit\u{0}\u{1B}[31m").clauses.count, 2)
    }

    func testNothingToSearchIsAClearError() {
        for input in ["", "   ", "!!!", "OR", "-", "*", "\"\"", "😀😀", "\u{0}\u{7}", "NOT"] {
            XCTAssertThrowsError(try SearchQuery.parse(input), input) { error in
                XCTAssertEqual(error as? QueryError, .nothingToSearch, input)
            }
        }
    }

    func testOverlongAndInvalidFiltersAreClearErrors() {
        XCTAssertThrowsError(try SearchQuery.parse(String(repeating: "x", count: 10_000))) {
            XCTAssertEqual($0 as? QueryError, .tooLong(characters: 10_000, limit: SearchQuery.maxLength))
        }
        XCTAssertThrowsError(try SearchQuery.parse("to:soon")) { XCTAssertEqual($0 as? QueryError, .badDate(field: "to", value: "soon")) }
        XCTAssertThrowsError(try SearchQuery.parse("type:party")) { XCTAssertEqual($0 as? QueryError, .unknownEventType("party")) }
    }

    func testMatchExpressionQuotesEveryUserCharacter() throws {
        let q = try SearchQuery.parse("NEAR(a\"b) 외교부 -x*")
        let positive = try XCTUnwrap(MatchExpression.positive(q))
        XCTAssertEqual(positive, "\"NEAR(a\"\"b)\" AND \" 외교 교부 \"")
        XCTAssertEqual(MatchExpression.excluded(q), "\"x\" *")
    }
}
