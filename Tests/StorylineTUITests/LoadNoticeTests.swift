import XCTest
import StorylineCore
@testable import StorylineTUI

/// Files skipped or repaired while loading are announced on the status line, not only on
/// stderr after the browser closes.
final class LoadNoticeTests: XCTestCase {
    func testSkippedAndRepairedFilesAreCountedAndTheFirstNamed() {
        XCTAssertNil(LoadNotice.text([]))
        let text = LoadNotice.text([
            LoadWarning(path: "/c/notes.md", reason: "not UTF-8: read as Windows-1252 (Latin-1)", skipped: false),
            LoadWarning(path: "/c/empty.txt", reason: "empty file", skipped: true),
            LoadWarning(path: "/c/photo.txt", reason: "binary data, not text", skipped: true),
        ])!
        XCTAssertEqual(text, "2 files skipped, 1 repaired; listed when you quit (empty.txt: empty file, …)")
        XCTAssertEqual(LoadNotice.text([LoadWarning(path: "/c/a.html", reason: "empty file", skipped: true)]),
                       "1 file skipped; listed when you quit (a.html: empty file)")
    }

    /// The notice fits the status line at 80 columns with its counts intact.
    func testTheNoticeShowsOnTheStatusLine() {
        var s = Fixtures.state()
        s.message = LoadNotice.text([LoadWarning(path: "/c/empty.txt", reason: "empty file", skipped: true)])
        let last = Fixtures.screen(s).line(23)
        XCTAssertTrue(last.contains("1 file skipped; listed when you quit"), last)
    }
}
