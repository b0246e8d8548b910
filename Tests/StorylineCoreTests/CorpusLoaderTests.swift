import Foundation
import XCTest
@testable import StorylineCore

/// Loading a folder where some files are broken: the broken ones are skipped or repaired with a warning
/// naming the file, and the rest loads.
final class CorpusLoaderTests: XCTestCase {
    func testBadFilesSkippedWithWarningsRestLoads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]).write(to: dir.appendingPathComponent("image.txt"))
        var bad = Data("Leaders agree on a new trade framework\n\nThe leaders — in Genève — agreed on a framework ".utf8)
        bad.append(contentsOf: [0xC3, 0x28, 0xFF])
        bad.append(Data(" for trade on Friday.\n".utf8))
        try bad.write(to: dir.appendingPathComponent("broken_utf8.txt"))
        try Data("Good story headline about the summit\n\nPublished 11 June 2025\n\nThe summit was held.\n".utf8)
            .write(to: dir.appendingPathComponent("good.md"))

        let result = CorpusLoader.load([dir.path])
        XCTAssertEqual(result.articles.map(\.id).sorted(), ["broken_utf8", "good"])
        let skipped = result.warnings.filter(\.skipped)
        XCTAssertEqual(Set(skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent }), ["empty.txt", "image.txt"])
        XCTAssertTrue(skipped.allSatisfy { $0.description.contains($0.path) })
        let repaired = result.warnings.filter { !$0.skipped }
        XCTAssertEqual(repaired.count, 1)
        XCTAssertTrue(repaired[0].path.hasSuffix("broken_utf8.txt"))
        XCTAssertTrue(repaired[0].reason.contains("invalid UTF-8"))
        let broken = try XCTUnwrap(result.articles.first { $0.id == "broken_utf8" })
        XCTAssertTrue(broken.paragraphs[0].contains("\u{FFFD}"))
        XCTAssertEqual(result.articles.first { $0.id == "good" }?.published?.iso, "2025-06-11")
    }

    func testBOMIsRemovedAndOffsetsStayExact() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("A headline with a byte order mark\n\nBody paragraph here.\n".utf8))
        guard case .success(let (text, _)) = SourceText.decode(data) else { return XCTFail("rejected") }
        let a = try XCTUnwrap(ArticleParser.parse(text: text, path: "bom.txt"))
        XCTAssertEqual(a.title, "A headline with a byte order mark")
        let b = try XCTUnwrap(a.blocks.first)
        XCTAssertEqual(String(String.UnicodeScalarView(Array(text.unicodeScalars)[b.offset..<(b.offset + b.text.unicodeScalars.count)])), b.text)
    }
}

/// Encodings other than UTF-8 that scraped files arrive in.
final class CorpusEncodingTests: XCTestCase {
    func decoded(_ data: Data) throws -> (String, [String]) {
        switch SourceText.decode(data) {
        case .success(let r): return (r.text, r.repairs)
        case .failure(let rejection):
            XCTFail("decoding rejected the file: \(rejection)")
            return ("", [])
        }
    }

    func testUTF16WithBOMIsConverted() throws {
        var data = Data([0xFF, 0xFE])
        for u in "Séoul summit headline\r\nBody.\r\n".utf16 { data.append(UInt8(u & 0xFF)); data.append(UInt8(u >> 8)) }
        let (text, repairs) = try decoded(data)
        XCTAssertEqual(text, "Séoul summit headline\nBody.\n")
        XCTAssertEqual(repairs, ["UTF-16 text converted to UTF-8"])
    }

    func testLatin1FileReadAsWindows1252() throws {
        let (text, repairs) = try decoded(Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x0A]))
        XCTAssertEqual(text, "Café “ok”\n")
        XCTAssertEqual(repairs.count, 1)
    }

    func testUnicodeLineSeparatorsBecomeNewlines() throws {
        let (text, _) = try decoded(Data("one\u{2028}two\u{2029}three".utf8))
        XCTAssertEqual(text, "one\ntwo\nthree")
    }
}
