import GRDB
import XCTest
@testable import StorylineCore

/// What a user notices when searching: forgiving matches, CJK words, ranking, snippets.
final class SearchIndexTests: XCTestCase {
    func testPluralAndInflectionFindTheBaseWord() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Leaders meet", "The two leaders held a summit in Geneva and talked for hours."])
        try f.write("b.txt", ["Weather report", "Rain is expected over the weekend."])
        let s = try f.open()
        XCTAssertEqual(try s.ids("summits"), ["a"])
        XCTAssertEqual(try s.ids("talking"), ["a"])
        XCTAssertEqual(try s.ids("LEADER"), ["a"])
    }

    func testDiacriticsAreForgivenBothWays() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Morning meeting", "The ministers met at the Café Lefèvre near the station."])
        try f.write("b.txt", ["Other news", "Nothing about coffee here."])
        let s = try f.open()
        XCTAssertEqual(try s.ids("cafe"), ["a"])
        XCTAssertEqual(try s.ids("lefevre"), ["a"])
        XCTAssertEqual(try s.ids("CAFÉ"), ["a"])
    }

    /// Snippets fold accented letters through a table; it must agree with full Unicode folding
    /// for every letter, and a word with anything else still folds as a whole.
    func testAccentFoldingTableAgreesWithUnicodeFolding() {
        for v in UInt32(0x80)..<0x250 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(Matcher.key([scalar][...]), Array(Matcher.key(String(Character(scalar))).utf8), "U+\(String(v, radix: 16))")
        }
        for word in ["Zúñiga", "ŁÓDŹ", "Wiśniewski", "Œuvre", "straße", "İstanbul", "Ærø", "e\u{301}te", "Ελλάδα", "Nguyễn"] {
            XCTAssertEqual(Matcher.key(Array(word.unicodeScalars)[...]), Array(Matcher.key(word).utf8), word)
        }
        XCTAssertEqual(Matcher.key(Array("Lefèvre".unicodeScalars)[...]), Array("lefevre".utf8))
    }

    /// The quick pre-check that lets snippets skip paragraphs never says "no" where the full
    /// match finds something, in text with accents, typographic punctuation and other scripts;
    /// and on accented text it still says "no" to a word that is not there.
    func testQuickCheckNeverMissesAMatch() {
        let texts = ["Zúñiga met Łódź officials", "Café Lefèvre’s “summit” — talks", "ÉMILE ZOLA", "STRASSE straße",
                     "Øresund bridge", "µ-law and ª", "İstanbul talks", "e\u{301}te fête", "Nguyễn Phú Trọng", "北京 summit",
                     "Sjöberg\u{A0}said", "Ærø and Œuvre"]
        var words: Set<String> = ["harbour", "summits", "cafe", "zuniga", "lodz", "emile", "strasse", "oresund", "istanbul",
                                  "ete", "fete", "nguyen", "trong", "sjoberg", "aero", "oeuvre", "mu", "law"]
        for t in texts { for w in t.split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)) } }
        var checked = 0
        for text in texts {
            for w in words {
                for atom in [QueryAtom.word(w, prefix: false), .word(String(w.prefix(3)), prefix: true), .phrase(w + " " + w)] {
                    let m = Matcher(atoms: [atom])
                    if m.matches(in: Array(text.unicodeScalars)).distinct > 0 {
                        checked += 1
                        XCTAssertTrue(m.mayMatch(text), "\(atom) in \(text)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 30)
        XCTAssertFalse(Matcher(atoms: [.word("harbour", prefix: false)]).mayMatch("Zúñiga met Łódź officials — “talks”"))
        XCTAssertTrue(Matcher(atoms: [.word("zuniga", prefix: false)]).mayMatch("Zúñiga met Łódź officials"))
    }

    func testKoreanTwoSyllableWordsAreFound() throws {
        let f = try SearchFixture()
        try f.write("ko1.txt", ["대통령, 외교 일정 발표", "대통령은 다음 주 정상회담을 위해 일본을 방문한다고 밝혔다."])
        try f.write("ko2.txt", ["경제 소식", "외교부는 수출 규제에 대한 입장을 발표했다."])
        try f.write("en.txt", ["English only", "The summit was held in Seoul."])
        let s = try f.open()
        XCTAssertEqual(Set(try s.ids("외교")), ["ko1", "ko2"])
        XCTAssertEqual(try s.ids("정상"), ["ko1"])
        XCTAssertEqual(try s.ids("정상회담"), ["ko1"])
        XCTAssertEqual(try s.ids("일본을"), ["ko1"])
        XCTAssertEqual(try s.ids("\"외교부는 수출\""), ["ko2"])
        XCTAssertTrue(try s.ids("회담 경제").isEmpty)
    }

    func testChineseAndJapaneseWordsAreFound() throws {
        let f = try SearchFixture()
        try f.write("zh.txt", ["外交新闻", "中国外交部发言人今天表示双方将举行会谈。"])
        try f.write("ja.txt", ["首脳会談", "石破首相は東京で首脳会談を行った。"])
        let s = try f.open()
        XCTAssertEqual(try s.ids("外交"), ["zh"])
        XCTAssertEqual(try s.ids("会談"), ["ja"])
        XCTAssertEqual(try s.ids("首相"), ["ja"])
        XCTAssertEqual(Set(try s.ids("会")), ["zh", "ja"])
    }

    func testQueryOperators() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Phone call", "The president held a phone call with the premier."])
        try f.write("b.txt", ["Call for calm", "Officials call for calm after the phone lines went down."])
        try f.write("c.txt", ["Trade talks", "Negotiators discussed tariffs and trade."])
        let s = try f.open()
        XCTAssertEqual(try s.ids("\"phone call\""), ["a"])
        XCTAssertEqual(Set(try s.ids("phone call")), ["a", "b"])
        XCTAssertEqual(Set(try s.ids("premier OR tariffs")), ["a", "c"])
        XCTAssertEqual(try s.ids("phone -premier"), ["b"])
        XCTAssertEqual(Set(try s.ids("negotia*")), ["c"])
        XCTAssertEqual(Set(try s.ids("-phone")), ["c"])
    }

    func testTitleMatchRanksAboveBodyMatch() throws {
        let f = try SearchFixture()
        try f.write("body.txt", ["Weekly roundup", "Among other items, ministers discussed a tariff on steel and cars."])
        try f.write("title.txt", ["Tariff dispute deepens", "Ministers discussed steel and cars among other items."])
        let s = try f.open()
        XCTAssertEqual(try s.ids("tariff"), ["title", "body"])
    }

    func testTiesAreBrokenByDateNewestFirstAndAreStable() throws {
        let f = try SearchFixture()
        let body = "Officials reviewed the harbour project in detail."
        // The minimal parser reads no dates yet; ties then fall back to the article id.
        for name in ["m.txt", "k.txt", "z.txt", "a.txt"] { try f.write(name, ["Harbour project", body]) }
        let s = try f.open()
        let first = try s.ids("harbour")
        XCTAssertEqual(first, ["a", "k", "m", "z"])
        for _ in 0..<3 { XCTAssertEqual(try s.ids("harbour"), first) }
    }

    func testVeryCommonWordStillRanksTitleMatchesFirstAmongRecentArticles() throws {
        let f = try SearchFixture()
        let n = SearchIndex.candidateCap + 50
        for i in 0..<n {
            let title = i == n - 7 ? "Harbour reopens" : "Daily bulletin \(i)"
            try f.write(String(format: "d%04d.txt", i), [title, "Officials mentioned the harbour among \(i) other things."])
        }
        let s = try f.open()
        let hits = try s.ids("harbour", limit: 5)
        XCTAssertEqual(hits.first, String(format: "d%04d", n - 7))
        XCTAssertEqual(hits.count, 5)
        XCTAssertEqual(try s.ids("harbour bulletin", limit: 3).count, 3)
    }

    func testSnippetMarksEveryMatch() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Leaders plan a yearly meeting", "Nothing else was decided.", "The leaders agreed to hold summits every year; the next summit is in May."])
        let s = try f.open()
        let hit = try XCTUnwrap(s.index.search("summit").first)
        XCTAssertTrue(hit.snippet.contains("\u{1}summits\u{2}"), hit.snippet)
        XCTAssertTrue(hit.snippet.contains("\u{1}summit\u{2}"), hit.snippet)
        XCTAssertEqual(Snippet.bracketed(hit.snippet), Snippet.plain(hit.snippet)
            .replacingOccurrences(of: "summits", with: "[summits]").replacingOccurrences(of: "summit ", with: "[summit] "))
    }

    /// Common words ("the", "in", "a") are not indexed: a phrase matches with them skipped and
    /// marks them in its snippet; a query of only such words says why it is not run; a prefix
    /// keeps them; words that are names in news ("US", "who") are still found.
    func testCommonWordsAreSkippedAndExplained() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Ministry statement", "The ministry said in a statement on Monday that the talks would go on."])
        try f.write("b.txt", ["Theatre reopens", "The national theatre reopened; the US envoy and WHO officials attended."])
        try f.write("c.txt", ["Statement of intent", "Officials said they would issue a statement later."])
        let s = try f.open()
        XCTAssertEqual(try s.ids("\"said in a statement\""), ["a"])
        XCTAssertEqual(try s.ids("\"ministry said statement\""), ["a"])
        XCTAssertEqual(Set(try s.ids("the statement")), ["a", "c"])
        XCTAssertEqual(try s.ids("us"), ["b"])
        XCTAssertEqual(try s.ids("who"), ["b"])
        XCTAssertEqual(try s.ids("the*"), ["b"])
        for q in ["the", "\"of the\"", "the OR a", "-the"] {
            XCTAssertThrowsError(try s.index.search(q), q) { error in
                guard case .onlyCommonWords = error as? QueryError else { return XCTFail("\(q): \(error)") }
                XCTAssertTrue("\(error)".contains("too common"), "\(error)")
            }
        }
        let parsed = try SearchQuery.parse("the statement")
        XCTAssertEqual(parsed.clauses, [[.word("statement", prefix: false)]])
        XCTAssertTrue(parsed.notes.contains { $0.contains("\"the\" is too common") }, "\(parsed.notes)")
        let hit = try XCTUnwrap(s.index.search("\"said in a statement\"").first)
        XCTAssertTrue(hit.snippet.contains("\u{1}said in a statement\u{2}"), hit.snippet)
        // The index itself holds none of them.
        let db = try DatabaseQueue(path: f.cachePath, configuration: SearchIndex.configuration())
        let terms = Set(try db.write { db -> [String] in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, doc_fts, row)")
            return try String.fetchAll(db, sql: "SELECT term FROM temp.vocab")
        })
        XCTAssertTrue(terms.contains("ministri") && terms.contains("us") && terms.contains("who"), "\(terms.sorted())")
        XCTAssertTrue(terms.isDisjoint(with: ["the", "in", "a", "on", "that", "would", "and"]), "\(terms.sorted())")
    }

    func testDateFiltersNeedValidDates() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Title", "Body text."])
        let s = try f.open()
        XCTAssertThrowsError(try s.index.search("body from:2025-13")) { XCTAssertEqual($0 as? QueryError, .badDate(field: "from", value: "2025-13")) }
        // Undated articles fall outside any date range.
        XCTAssertEqual(try s.ids("body from:2025"), [])
    }

    func testHostileQueriesNeverCrashOrLeakSQL() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Phone call", "The president held a \"phone call\" (NEAR the border) with * officials."])
        let s = try f.open()
        let hostile = [
            "\"", "\"unbalanced phrase", "OR", "AND", "NOT", "-", "--", "*", "**", "OR OR phone", "phone OR",
            "NEAR(", "NEAR(phone call, 2)", "phone NEAR call", "^phone", "phone:call", "title:phone", "{title}: phone",
            "(", ")", "((phone", "phone)", "'; DROP TABLE doc; --", "\" OR 1=1 --", "!!!", "...", "😀", "phone 😀",
            "\u{0}\u{1}\u{7}phone\u{1B}[31m", String(repeating: "a", count: 10_000), String(repeating: "phone ", count: 300),
            "person:", "outlet:\"", "from:", "to:yesterday", "type:nonsense", "type:", "from:2025-02-30",
            "\u{202E}phone", "call*", "*call", "-phone -call", "\"\"", "\" \"", "phone\"call", "a\"b\"c\"",
        ]
        for q in hostile {
            do {
                _ = try s.index.search(q)
            } catch let error as QueryError {
                if case .storage = error { XCTFail("storage error for \(q.prefix(40)): \(error)") }
                XCTAssertFalse(error.description.isEmpty)
            }
        }
        XCTAssertEqual(try s.ids("'; DROP TABLE doc; --"), [])
        XCTAssertEqual(try s.ids("phone"), ["a"])
    }

    func testSearchWithoutCacheWorksTheSame() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Summit", "Leaders met."])
        let s = try f.open(useCache: false)
        XCTAssertEqual(try s.ids("summits"), ["a"])
        XCTAssertNil(s.cachePath)
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.cache))
    }
}

/// CJK runs become overlapping bigrams; other text is untouched.
final class CJKSegmenterTests: XCTestCase {
    func testRunsBecomeBigramsAndOtherTextIsKept() {
        XCTAssertEqual(CJKSegmenter.segment("Lee (이재명) met “Xi” — café"), "Lee ( 이재 재명 ) met “Xi” — café")
        XCTAssertEqual(CJKSegmenter.segment("外交部发言人"), " 外交 交部 部发 发言 言人 ")
        XCTAssertEqual(CJKSegmenter.segment("한 사람"), "한  사람 ")
        XCTAssertEqual(CJKSegmenter.segment("plain text"), "plain text")
        XCTAssertEqual(CJKSegmenter.segment("𠀀𠀁 ok"), " 𠀀𠀁  ok")
    }
}
