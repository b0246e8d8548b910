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
        XCTAssertEqual(packed.first, 0xB3, "long articles are compressed")
        XCTAssertLessThan(packed.count, BlobCodec.binary(long)!.count / 2)
        XCTAssertEqual(try BlobCodec.decode(Article.self, from: packed), long)
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: packed.prefix(packed.count / 2)))
        XCTAssertEqual(try BlobCodec.decode(Article.self, from: blob), article)
        let extraction = ArticleExtraction(article: "x", people: [Person(name: "Lee Jae-myung", aliases: ["Lee"], roles: [Role(title: "President", country: nil)])])
        XCTAssertEqual(try BlobCodec.decode(ArticleExtraction.self, from: BlobCodec.encode(extraction)), extraction)
    }

    /// The fast article reader used for snippets and opens reads exactly what the generic
    /// decoder reads, and the fast writer writes what the generic encoder writes, for articles
    /// using every field (fails when `Article` gains a field they do not know).
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
            XCTAssertEqual(BlobCodec.binary(article, verify: false), try BlobCodec.genericBinary(article),
                           "the hand-written writer writes what the generic encoder writes")
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
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: Data([0xB3, 0x00, 0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3])))
    }

    func testExtractionsOfRealArticlesRoundTripInTheHandWrittenForm() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let articles = CorpusLoader.load([seeds.path]).articles
        XCTAssertFalse(articles.isEmpty)
        for article in articles {
            let x = Extractor.extract(article)
            XCTAssertFalse(x.events.isEmpty && x.people.isEmpty, "extraction of \(x.article) is not empty")
            let blob = try XCTUnwrap(ExtractionCodec.encode(x, article: article))
            XCTAssertEqual(blob.first, AssemblyCodec.tag, "\(x.article) uses the hand-written form")
            XCTAssertEqual(try ExtractionCodec.decode(blob, article: article), x)
            XCTAssertThrowsError(try ExtractionCodec.decode(blob.prefix(blob.count / 2), article: article))
            let literal = try XCTUnwrap(ExtractionCodec.encode(x))
            XCTAssertEqual(try ExtractionCodec.decode(literal), x)
            guard x.events.contains(where: { $0.sources.first?.sentence.utf8.count ?? 0 >= AssemblyCodec.shortestPlace }) else { continue }
            XCTAssertLessThan(blob.count, literal.count, "\(x.article): sentences point into the article instead of being copied")
            XCTAssertThrowsError(try ExtractionCodec.decode(blob), "the article text is needed to read it")
        }
        let older = ArticleExtraction(article: "x", people: [Person(name: "Ana Costa", aliases: ["Costa"])])
        XCTAssertEqual(try ExtractionCodec.decode(BlobCodec.encode(older)), older, "the generic form still reads")
    }

    /// Blobs packed with a dictionary trained on similar blobs are smaller and read back exactly;
    /// a blob naming a dictionary this process has not registered is an error, not a crash.
    func testDictionaryPackedBlobsAreSmallerAndNeedTheirDictionary() throws {
        let outlets = ["Wire", "Daily Post", "Evening Star", "Harbor Times"]
        let places = ["Seoul", "Lisbon", "Nairobi", "Lima", "Oslo", "Hanoi"]
        let articles = (0..<300).map { i in
            Article(id: String(format: "%05d", i), path: "/corpus/\(i).txt", title: "Talks in \(places[i % 6]) \(i)",
                    outlet: outlets[i % 4], published: Published(day: Day(2025, 1 + i % 12, 1 + i % 28)!),
                    blocks: (0..<6).map { b in
                        Block(kind: .paragraph, text: "The minister of \(places[(i + b) % 6]) said on Monday that talks on trade and "
                              + "security would continue next week, officials told reporters after the meeting number \(i * 7 + b).",
                              offset: b * 200) })
        }
        let samples = articles.compactMap { BlobCodec.binary($0) }
        let bytes = try XCTUnwrap(Zstd.train(samples: samples, capacity: 8192))
        let dictionary = try XCTUnwrap(ZstdDictionary.register(bytes))
        XCTAssertTrue(ZstdDictionary.register(bytes) === dictionary, "one registration per dictionary")
        var plain = 0, trained = 0
        for article in articles.prefix(50) {
            let blob = try BlobCodec.encode(article, dictionary: dictionary)
            XCTAssertEqual(try BlobCodec.decode(Article.self, from: blob), article)
            trained += blob.count
            plain += try BlobCodec.encode(article).count
        }
        XCTAssertLessThan(trained * 3, plain * 2, "the dictionary saves at least a third")
        var unknown = [UInt8](try BlobCodec.encode(articles[0], dictionary: dictionary))
        XCTAssertEqual(unknown[1] & 0x80, 0x80, "a dictionary id is a multi-byte varint")
        unknown[1] ^= 0x01
        XCTAssertThrowsError(try BlobCodec.decode(Article.self, from: Data(unknown)))
        XCTAssertNil(Zstd.train(samples: Array(samples.prefix(3)), capacity: 8192), "too few samples: no dictionary")
    }

    /// Sentences and summaries are stored as places in their article's text only where that text
    /// gives them back; anything else stays literal, and other article text fails to decode.
    func testPlacesInTheArticleTextGiveBackExactlyTheSameStrings() throws {
        let article = Article(id: "a", path: "/a.txt", title: "Talks", blocks: [
            Block(kind: .paragraph, text: "Intro line that is long enough to be placed somewhere.", offset: 0),
            Block(kind: .paragraph, text: "Café owners in Séoul met the mayor on Monday 😀 to talk about rents.", offset: 60)])
        let sentence = article.blocks[1].text
        let inOtherBlock = SourceRef(article: "a", sentence: "Intro line that is long enough to be placed", offset: 0, block: 1)
        let events = [
            Event(id: "e1", date: nil, expression: "on Monday", type: .meeting, status: .occurred,
                  summary: "Café owners in Séoul met the mayor on Monday",
                  sources: [SourceRef(article: "a", sentence: sentence, offset: 60, block: 1), inOtherBlock]),
            Event(id: "e2", date: nil, expression: "on Monday", type: .meeting, status: .occurred,
                  summary: "Cafe owners in Seoul met the mayor on Monday, said nobody at all",
                  sources: [SourceRef(article: "b", sentence: sentence, offset: 60, block: 1)]),
        ]
        let texts = ArticleTexts([article])
        let blob = try XCTUnwrap(AssemblyCodec.encode(events, texts: texts) { AssemblyCodec.write(&$0, $1) })
        let literal = try XCTUnwrap(AssemblyCodec.encode(events) { AssemblyCodec.write(&$0, $1) })
        XCTAssertEqual(try AssemblyCodec.decode(blob, texts: texts, AssemblyCodec.readEvent), events)
        XCTAssertEqual(try AssemblyCodec.decode(literal, AssemblyCodec.readEvent), events)
        XCTAssertLessThan(blob.count, literal.count)
        XCTAssertThrowsError(try AssemblyCodec.decode(blob, AssemblyCodec.readEvent), "places need the article text")
        var edited = article
        edited.blocks[1].text = "Cafe owners in Seoul met the mayor on Monday 😀 to talk about rents."
        XCTAssertThrowsError(try AssemblyCodec.decode(blob, texts: ArticleTexts([edited]), AssemblyCodec.readEvent))
        var twice = article
        twice.path = "/other/a.txt"
        XCTAssertThrowsError(try AssemblyCodec.decode(blob, texts: ArticleTexts([article, twice]), AssemblyCodec.readEvent),
                             "an id held by two articles names no text")
    }

    /// A source reference takes its article and block from its sentence's place when they agree,
    /// and stores them when they do not; a string that is both such a sentence and the id of an
    /// article holding a place cannot be written in that form (nil), so callers keep the generic one.
    func testSourceReferencesStoreOnlyWhatTheirPlaceDoesNotTell() throws {
        let sentence = "Leaders of both countries met in Lisbon on Monday to discuss trade."
        let a = Article(id: "a", path: "/a.txt", title: "Talks", blocks: [
            Block(kind: .paragraph, text: "Opening words of the report, long enough to be placed.", offset: 0),
            Block(kind: .paragraph, text: sentence, offset: 60)])
        let agreeing = SourceRef(article: "a", sentence: sentence, offset: 60, block: 1)
        let elsewhere = SourceRef(article: "a", sentence: sentence, offset: 61, block: 0)
        let event = { (refs: [SourceRef]) in
            Event(id: "e", date: nil, expression: "on Monday", type: .meeting, status: .occurred,
                  summary: "Leaders of both countries met in Lisbon on Monday", sources: refs)
        }
        let texts = ArticleTexts([a])
        let one = try XCTUnwrap(AssemblyCodec.encode([event([agreeing])], texts: texts) { AssemblyCodec.write(&$0, $1) })
        let both = try XCTUnwrap(AssemblyCodec.encode([event([agreeing, elsewhere])], texts: texts) { AssemblyCodec.write(&$0, $1) })
        XCTAssertEqual(try AssemblyCodec.decode(one, texts: texts, AssemblyCodec.readEvent), [event([agreeing])])
        XCTAssertEqual(try AssemblyCodec.decode(both, texts: texts, AssemblyCodec.readEvent), [event([agreeing, elsewhere])])
        let odd = Article(id: sentence, path: "/b.txt", title: "Odd", blocks: [
            Block(kind: .paragraph, text: "A sentence of the oddly named article, placed in it.", offset: 0)])
        let clash = [event([agreeing]), Event(id: "f", date: nil, expression: "", type: .other, status: .occurred, summary: "x",
                                             sources: [SourceRef(article: sentence, sentence: odd.blocks[0].text, offset: 0, block: 0)])]
        XCTAssertNil(AssemblyCodec.encode(clash, texts: ArticleTexts([a, odd])) { AssemblyCodec.write(&$0, $1) })
        XCTAssertEqual(try AssemblyCodec.decode(try XCTUnwrap(AssemblyCodec.encode(clash) { AssemblyCodec.write(&$0, $1) }),
                                                AssemblyCodec.readEvent), clash, "without places it is written")
    }

    func testLocatingFindsWholeCharactersOnly() {
        let article = Article(id: "a", path: "/a", title: "t", blocks: [Block(kind: .paragraph, text: "x 정상회담 y", offset: 0)])
        let texts = ArticleTexts([article])
        let ref = SourceRef(article: "a", sentence: "", offset: 0, block: 0)
        let at = texts.locate("정상회담 y", near: [ref])
        XCTAssertEqual(at?.block, 0)
        XCTAssertEqual(at?.offset, 2)
        XCTAssertEqual(texts.text(article: "a", block: 0, offset: 2, length: "정상회담".utf8.count), "정상회담")
        XCTAssertNil(texts.text(article: "a", block: 0, offset: 3, length: 3), "not at a character boundary")
        XCTAssertNil(texts.text(article: "a", block: 0, offset: 2, length: 100))
        XCTAssertEqual(texts.text(article: "a", block: 1, offset: 0, length: 1), "t", "the number after the last block is the title")
        XCTAssertNil(texts.text(article: "a", block: 2, offset: 0, length: 1))
        XCTAssertNil(texts.locate("absent text", near: [ref]))
        let titled = ArticleTexts([Article(id: "b", path: "/b", title: "Lund meets Berg as talks resume", blocks: article.blocks)])
        let inTitle = titled.locate("Lund meets Berg as talks resume", near: [SourceRef(article: "b", sentence: "", offset: 0, block: -1)])
        XCTAssertEqual(inTitle?.block, 1, "a sentence read from the title points to it")
    }
}
