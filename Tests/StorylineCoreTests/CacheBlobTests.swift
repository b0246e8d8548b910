import XCTest
@testable import StorylineCore

/// Cached articles and extractions come back exactly as they were stored.
final class CacheBlobTests: XCTestCase {
    func testArticlesRoundTripInTheCompactForm() throws {
        let article = Article(
            id: "x", path: "/tmp/x.txt", title: "Leaders meet — 정상회담", outlet: "Wire",
            published: Published(day: Day(2025, 6, 10)!, minutes: 7 * 60 + 27, utcOffsetMinutes: -300),
            byline: nil, dateline: "SEOUL", url: "https://example.com/a?b=c",
            blocks: [Block(kind: .paragraph, text: "Café talks 😀", offset: 12, citations: [1, 27]),
                     Block(kind: .timelineEntry, text: "Dec 4 – visit", offset: 40, dateLabel: "Dec 4")],
            sections: [PageSection(kind: .sources, title: "Sources (3 articles)", count: 3, items: ["A", "B"])])
        let blob = try BlobCodec.encode(article)
        XCTAssertEqual(blob.first, 0xB1, "the compact form is used for articles")
        let long = Article(id: "y", path: "/y", title: "Long", blocks: (0..<40).map {
            Block(kind: .paragraph, text: "Paragraph \($0) says the same thing again and again.", offset: $0 * 60) })
        let packed = try BlobCodec.encode(long)
        XCTAssertEqual(packed.first, 0xB2, "long articles are compressed")
        XCTAssertEqual(try BlobCodec.decode(Article.self, from: packed), long)
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: packed.prefix(packed.count / 2)))
        XCTAssertEqual(try BlobCodec.decode(Article.self, from: blob), article)
        let extraction = ArticleExtraction(article: "x", people: [Person(name: "Lee Jae-myung", aliases: ["Lee"], roles: [Role(title: "President", country: nil)])])
        XCTAssertEqual(try BlobCodec.decode(ArticleExtraction.self, from: BlobCodec.encode(extraction)), extraction)
    }

    /// The fast article reader used for snippets and opens reads exactly what the generic
    /// decoder reads, for articles using every field (fails when `Article` gains a field the
    /// reader does not know).
    func testFastArticleReaderAgreesWithTheGenericDecoder() throws {
        let articles = [
            Article(id: "a", path: "/a.md", title: "Talks", outlet: "Wire", published: Published(day: Day(2024, 2, 29)!),
                    byline: "By A. Writer", dateline: "TOKYO", url: "https://example.com/a",
                    blocks: [Block(kind: .heading, text: "Part 1", offset: 0),
                             Block(kind: .caption, text: "A photo, 사진", offset: 9, dateLabel: nil, citations: [3]),
                             Block(kind: .timelineEntry, text: "May 2 – talks", offset: 30, dateLabel: "May 2", citations: [])],
                    sections: [PageSection(kind: .relatedArticles, title: "Related", count: nil, items: []),
                               PageSection(kind: .other, title: "More", count: 2, items: ["x", "y"])]),
            Article(id: "b", path: "/b.txt", title: "Bare"),
        ]
        for article in articles {
            let blob = try BlobCodec.encode(article)
            XCTAssertEqual(blob.first, 0xB1)
            let bytes = [UInt8](blob)
            let generic = try Article(from: BinaryDecoder(source: ByteSource(bytes: bytes, position: 1)))
            let source = ByteSource(bytes: bytes, position: 1)
            XCTAssertEqual(try ArticleReader.read(source), generic)
            XCTAssertEqual(source.position, bytes.count, "the reader consumes the whole blob")
            XCTAssertEqual(generic, article)
        }
    }

    func testValuesTheCompactFormCannotCarryFallBackToJSON() throws {
        struct WithDictionary: Codable, Equatable { var counts: [String: Int]; var note: String? }
        let value = WithDictionary(counts: ["a": 1, "b": 2], note: nil)
        let blob = try BlobCodec.encode(value)
        XCTAssertNotEqual(blob.first, 0xB1)
        XCTAssertEqual(try BlobCodec.decode(WithDictionary.self, from: blob), value)
    }

    func testDamagedBlobIsAnErrorNotACrash() {
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: Data([0xB1, 0xFF, 0xFF, 0x01])))
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: Data([0xB1])))
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: Data([0xB2, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3])))
    }

    func testExtractionsOfRealArticlesRoundTripInTheHandWrittenForm() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let articles = CorpusLoader.load([seeds.path]).articles
        XCTAssertFalse(articles.isEmpty)
        for x in articles.map(Extractor.extract) {
            XCTAssertFalse(x.events.isEmpty && x.people.isEmpty, "extraction of \(x.article) is not empty")
            let blob = try XCTUnwrap(ExtractionCodec.encode(x))
            XCTAssertEqual(blob.first, AssemblyCodec.tag, "\(x.article) uses the hand-written form")
            XCTAssertEqual(try ExtractionCodec.decode(blob), x)
            XCTAssertThrowsError(try ExtractionCodec.decode(blob.prefix(blob.count / 2)))
        }
        let older = ArticleExtraction(article: "x", people: [Person(name: "Ana Costa", aliases: ["Costa"])])
        XCTAssertEqual(try ExtractionCodec.decode(BlobCodec.encode(older)), older, "the generic form still reads")
    }
}
