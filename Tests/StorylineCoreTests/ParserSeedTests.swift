import Foundation
import XCTest
@testable import StorylineCore

/// The parser on the bundled sample pages: what a reader of each page would expect to see.
final class ParserSeedTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func seed(_ prefix: String) throws -> Article {
        let dir = Self.root.appendingPathComponent("seeds")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
        let (article, _) = CorpusLoader.loadFile(dir.appendingPathComponent(name).path)
        return try XCTUnwrap(article)
    }

    func assertNoFurniture(_ a: Article, _ strings: [String], file: StaticString = #filePath, line: UInt = #line) {
        for p in a.paragraphs {
            for s in strings { XCTAssertFalse(p.contains(s), "\(a.id): boilerplate \(s) left in body: \(p)", file: file, line: line) }
        }
    }

    func testEditorialWithImageCaptionsAndFooter() throws {
        let a = try seed("000")
        XCTAssertEqual(a.title, "Korea’s new diplomatic push finds early momentum with U.S., Japan and China")
        XCTAssertEqual(a.outlet, "Korea JoongAng Daily")
        XCTAssertEqual(a.published?.iso, "2025-06-11T00:00")
        XCTAssertEqual(a.captions.count, 2, "each photo caption once, not repeated")
        XCTAssertTrue(a.captions[0].hasPrefix("President Lee Jae-myung speaks on the phone"))
        XCTAssertFalse(a.paragraphs.contains { $0.contains("speaks on the phone with Chinese President") })
        XCTAssertEqual(a.paragraphs.count, 6)
        assertNoFurniture(a, ["Audio report", "Translated from", "with the Korea JoongAng Daily", "To write comments",
                              "Standards Board Policy", "![", "Published:"])
    }

    func testNavigationAndRepeatedHeadlineRemoved() throws {
        let a = try seed("001")
        XCTAssertEqual(a.title, "Lee’s calls signal balanced approach to U.S., China, Japan")
        XCTAssertNil(a.outlet, "nothing in the page names the outlet")
        XCTAssertEqual(a.published?.iso, "2025-06-11T07:27", "Posted stamp, not a guess")
        XCTAssertEqual(a.paragraphs.count, 5)
        assertNoFurniture(a, ["Go to contents", "Posted", "Updated"])
        XCTAssertFalse(a.paragraphs.contains(a.title))
    }

    func testCaptionBeforeStampAndRankingBoxes() throws {
        let a = try seed("002")
        XCTAssertTrue(a.title.hasPrefix("S. Korea’s Lee Calls for Stronger Ties with Japan"))
        XCTAssertEqual(a.outlet, "The Japan News")
        XCTAssertEqual(a.published?.iso, "2025-06-04T20:00+09:00")
        XCTAssertEqual(a.dateline, "SEOUL")
        XCTAssertEqual(a.captions.count, 1)
        XCTAssertTrue(a.captions[0].hasPrefix("Supporters of Lee Jae-myung react"))
        XCTAssertTrue(a.paragraphs[0].hasPrefix("SEOUL — "), "the dateline paragraph stays intact")
        assertNoFurniture(a, ["POPULAR ARTICLE", "ACCESS RANKING", "Visitors to Japan Hit", "Core Inflation", "20:00 JST"])
        XCTAssertFalse(a.paragraphs.contains("-"))
    }

    func testBylineStampAndAgencyDateline() throws {
        let a = try seed("003")
        XCTAssertEqual(a.title, "Lee vows practical diplomacy with US, China, Japan, and Russia")
        XCTAssertEqual(a.outlet, "AJU Press")
        XCTAssertEqual(a.published?.iso, "2025-09-16T18:14")
        XCTAssertEqual(a.byline, "Park Sae-jin")
        XCTAssertEqual(a.dateline, "SEOUL, September 16 (AJP)")
        XCTAssertEqual(a.captions.count, 1, "the caption and its near-repeat are one caption")
        XCTAssertTrue(a.paragraphs[0].hasPrefix("SEOUL, September 16 (AJP) - President"))
        assertNoFurniture(a, ["기사 이미지 확대 보기", "닫기", "By Park Sae-jin", "YONHAP"])
    }

    func testStoryPageTimelineAndSections() throws {
        let a = try seed("004")
        XCTAssertEqual(a.title, "South Korean President Lee Jae Myung Pursues Pragmatic Diplomacy Across US, China, Japan")
        XCTAssertNil(a.published, "a story page with only 'Updated (27 articles)' has no publication date")
        XCTAssertNil(a.outlet)
        let entries = a.blocks.filter { $0.kind == .timelineEntry }
        XCTAssertEqual(entries.count, 11)
        XCTAssertEqual(entries.first?.dateLabel, "Dec 4, 2025")
        XCTAssertEqual(entries.last?.dateLabel, "Jan 23, 2026")
        XCTAssertTrue(entries.allSatisfy { !$0.citations.isEmpty })
        XCTAssertTrue(entries.allSatisfy { $0.text.contains("[") }, "citation markers stay in the text as written")
        XCTAssertEqual(a.sections.first { $0.kind == .sources }?.count, 1)
        XCTAssertEqual(a.sections.first { $0.kind == .relatedStories }?.count, 16)
        XCTAssertEqual(a.sections.first { $0.kind == .relatedArticles }?.count, 27)
        assertNoFurniture(a, ["Top Headlines", "Feeds", "Updated (27", "Sources (1", "Stories about this story", "All related articles"])
        XCTAssertFalse(a.paragraphs.contains("Timeline"))
    }
}
