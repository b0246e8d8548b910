import XCTest
import StorylineCore
@testable import StorylineTUI

final class ScreenBufferTests: XCTestCase {
    /// A Korean syllable takes two cells, and text after it starts two columns later.
    func testWideCharacterTakesTwoCells() {
        var b = ScreenBuffer(width: 10, height: 1)
        let used = b.write("한a", x: 0, y: 0)
        XCTAssertEqual(used, 3)
        XCTAssertEqual(b[0, 0].width, 2)
        XCTAssertTrue(b[1, 0].isContinuation)
        XCTAssertEqual(b[2, 0].text, "a")
    }

    /// A wide character that would cross the limit is left out, not cut in half.
    func testWideCharacterIsNeverSplitAtTheEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        XCTAssertEqual(b.write("ab한글", x: 0, y: 0), 4)
        XCTAssertEqual(b.line(0), "ab한 ")
        var c = ScreenBuffer(width: 5, height: 1)
        c.write("abcd한", x: 0, y: 0)
        XCTAssertEqual(c.line(0), "abcd ")
    }

    /// Overwriting either half of a wide character blanks the other half.
    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.write("한글", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        XCTAssertEqual(b.line(0), " x글  ")
        b.write("y", x: 2, y: 0)
        XCTAssertEqual(b.line(0), " xy   ")
    }

    /// Escape and control characters in text are shown as a replacement, never written.
    func testControlCharactersAreNeverWritten() {
        var b = ScreenBuffer(width: 20, height: 1)
        b.write("a\u{1B}[2Jb\u{07}c", x: 0, y: 0)
        XCTAssertFalse(b.cells.contains { $0.text.unicodeScalars.contains { Sanitizer.isControl($0.value) } })
        XCTAssertTrue(b.line(0).hasPrefix("a\u{FFFD}[2Jb\u{FFFD}c"))
    }

    /// Combining accents join the previous cell and take no column.
    func testCombiningMarkTakesNoColumn() {
        var b = ScreenBuffer(width: 6, height: 1)
        XCTAssertEqual(b.write("e\u{301}x", x: 0, y: 0), 2)
        XCTAssertEqual(b[1, 0].text, "x")
    }
}
