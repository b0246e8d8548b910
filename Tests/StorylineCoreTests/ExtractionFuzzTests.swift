import XCTest
@testable import StorylineCore

/// Articles made of news words in random order, cut anywhere: extraction and assembly must
/// finish on every one (a trap on one scraped page would stop the whole corpus from loading).
/// The generator is seeded, so a failure names an article that can be printed and replayed.
final class ExtractionFuzzTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    private struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private static let words = """
        President Prime Minister Chancellor Foreign Minister Sheikh Prince Mr. Dr. H.E. Shri EAM Head Special Adviser \
        Chief of Staff the a of to on for with and , , , , . . ; : " ' ( ) — - met called phoned received receive \
        hosted visited told said urged accused praised wrote sent letter message invited spent shook hands talks \
        summit meeting call spoken spoke by phone during after before since later earlier previous following next \
        last this ahead Monday Tuesday Friday Sunday June Jun 25 2025 2026 12 3 day week month year evening two \
        leaders both men they he she his her their who whose which that Ade Bello Kofi Mensah Lena Varga Omar \
        Haddad Ghana's Japanese North's Republic State Amir Highness His counterpart visiting agency reported \
        office spokesman Lt. Gov. Rep. 3pm 17:30 (local time) arrived Earlier in the day
        """.split(separator: " ").map(String.init)

    func testRandomNewsWordsNeverStopExtraction() {
        var random = Seeded(state: 2026)
        var articles: [Article] = []
        for i in 0..<300 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + random.next(5)) {
                let n = 1 + random.next(70)
                paragraphs.append((0..<n).map { _ in Self.words[random.next(Self.words.count)] }.joined(separator: " "))
            }
            let title = (0..<(1 + random.next(10))).map { _ in Self.words[random.next(Self.words.count)] }.joined(separator: " ")
            var article = peopleTestArticle(id: "f\(i)", title: title, paragraphs)
            article.published = Published(day: Day(2026, 1 + random.next(9), 10 + random.next(10))!)
            articles.append(article)
        }
        let library = Library.build(from: articles)
        XCTAssertEqual(library.articles.count, 300)
        XCTAssertFalse(library.events.isEmpty, "random news words still tell some dated events")
    }
}
