import XCTest
import StorylineCore

final class WrapTests: XCTestCase {
    /// Wrapped lines never exceed the width, even with wide characters.
    func testWrapKeepsWideTextWithinWidth() {
        let lines = DisplayWidth.wrap("이재명 대통령은 시진핑 주석과 통화했다 and spoke", to: 10)
        XCTAssertGreaterThan(lines.count, 2)
        for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), 10) }
    }
}
