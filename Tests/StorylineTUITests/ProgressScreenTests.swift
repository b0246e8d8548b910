import XCTest
@testable import StorylineCore
@testable import StorylineTUI

/// The indexing screen of a first open: a bar, counts, rate and ETA.
final class ProgressScreenTests: XCTestCase {
    func testBarCountsAndETA() {
        let p = IndexProgress(done: 250, total: 1000, bytes: 3 * 1_048_576, elapsed: 5)
        let text = ProgressScreen.render(p, step: "indexing articles", size: Size(width: 80, height: 24)).text()
        XCTAssertTrue(text.contains("indexing articles"))
        XCTAssertTrue(text.contains(" 25%"), text)
        XCTAssertTrue(text.contains("250/1000 files · 3.0 MB · 50 files/s · ETA 15 s"), text)
        let filled = text.filter { $0 == "█" }.count, empty = text.filter { $0 == "░" }.count
        XCTAssertEqual(Double(filled) / Double(filled + empty), 0.25, accuracy: 0.03)
    }

    /// Before the first report there is no bar yet, and a tiny terminal gets a blank screen, not a crash.
    func testBeforeTheFirstReportAndTinyScreens() {
        XCTAssertTrue(ProgressScreen.render(nil, step: "reading", size: Size(width: 80, height: 24)).text().contains("looking for articles"))
        XCTAssertFalse(ProgressScreen.render(nil, step: "reading", size: Size(width: 10, height: 3)).text().contains("reading"))
    }
}
