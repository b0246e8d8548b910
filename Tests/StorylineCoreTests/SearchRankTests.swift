import GRDB
import XCTest
@testable import StorylineCore

/// The search ranking: the same BM25 as FTS5's bm25() (title above body), at a bounded cost.
final class SearchRankTests: XCTestCase {
    /// With every match counted (a small corpus), scores equal FTS5's bm25() with the same
    /// column weights, for one word, several words, a phrase, OR and an outlet filter.
    func testScoresEqualFTS5BM25WhenEveryMatchIsCounted() throws {
        let f = try SearchFixture()
        try f.write("a.txt", ["Trade summit opens", "Leaders arrived for the trade summit. Trade talks lasted hours."])
        try f.write("b.txt", ["Weather report", "Rain is expected. The summit of the mountain is covered in snow."])
        try f.write("c.txt", ["Markets", "Trade figures rose. A new trade agreement was signed after a long summit with many delegates present."])
        try f.write("d.txt", ["Sports", "The team won the final on Sunday."])
        try f.write("e.txt", ["Trade agreement signed", "Officials said the trade agreement takes effect in May."])
        for i in 0..<12 { try f.write("f\(i).txt", ["Local news \(i)", "Nothing else happened in town on day \(i)."]) }
        let s = try f.open()
        let writer = try XCTUnwrap(s.writer)
        let queries = [("summit", "\"summit\""), ("trade summit", "\"trade\" AND \"summit\""),
                       ("\"trade agreement\"", "\"trade agreement\""), ("summit OR agreement", "(\"summit\" OR \"agreement\")"),
                       ("trade -snow", "(\"trade\") NOT (\"snow\")")]
        let w = SearchIndex.weights
        for (query, match) in queries {
            let expected = try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT d.id, -bm25(doc_fts, \(w.body), \(w.title), \(w.captions), \(w.outlet)) FROM doc_fts JOIN doc d ON d.docid = doc_fts.rowid WHERE doc_fts MATCH ?
                    """, arguments: [match]).map { ($0[0] as String, $0[1] as Double) }
            }
            XCTAssertFalse(expected.isEmpty, query)
            let hits = try s.index.search(query)
            XCTAssertEqual(Set(hits.map(\.article)), Set(expected.map(\.0)), query)
            for (id, score) in expected {
                let hit = try XCTUnwrap(hits.first { $0.article == id }, query)
                XCTAssertEqual(hit.score, score, accuracy: 1e-9 * abs(score), "\(query) \(id)")
            }
        }
    }

    /// A phrase's document frequency is exact below the cap and scaled from the density of its
    /// newest matches above it.
    func testDocumentFrequencyIsExactBelowTheCapAndScaledAbove() {
        XCTAssertEqual(SearchRank.documentFrequency(found: 12, limit: 300, lastDocid: 5, maxDocid: 1000, total: 1000), 12)
        // 300 matches among the newest 600 docids of 1,000: about half of all documents.
        XCTAssertEqual(SearchRank.documentFrequency(found: 300, limit: 300, lastDocid: 401, maxDocid: 1000, total: 1000), 500)
        // Never more documents than there are.
        XCTAssertEqual(SearchRank.documentFrequency(found: 300, limit: 300, lastDocid: 901, maxDocid: 1000, total: 250), 250)
        XCTAssertGreaterThan(SearchRank.idf(matching: 1, of: 1000), SearchRank.idf(matching: 500, of: 1000))
        XCTAssertGreaterThan(SearchRank.idf(matching: 999, of: 1000), 0)
    }
}
