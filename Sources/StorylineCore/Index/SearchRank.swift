import Foundation
import GRDB
import GRDBSQLite

/// The ranking functions of the search index, registered on every cache connection as FTS5
/// auxiliary functions:
/// - `storyline_rank(doc_fts, w1, w2, …, idf1, idf2, …)`: one weight per column (in the index's
///   column order), then BM25 (k1 1.2, b 0.75, the formula of FTS5's bm25()) but with each phrase's IDF given by the caller (a
///   missing or NULL IDF counts as 1), so no query pays for a scan of every match of every
///   phrase, which is what FTS5's bm25() does to count them. Higher is better.
/// - `storyline_rows(doc_fts)`: the number of indexed documents.
enum SearchRank {
    static let rankName = "storyline_rank"
    static let rowsName = "storyline_rows"

    /// Registers both functions on a connection; call it from `Configuration.prepareDatabase`.
    static func register(_ db: Database) throws {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        for (name, function) in [(rankName, rank), (rowsName, rows)] {
            let rc = name.withCString { api.pointee.xCreateFunction(api, $0, nil, function, nil) }
            guard rc == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register \(name)")
            }
        }
    }

    /// BM25's inverse document frequency, as FTS5 computes it: never below a small positive value.
    static func idf(matching: Double, of total: Double) -> Double {
        let value = log((total - matching + 0.5) / (matching + 0.5))
        return value > 0 ? value : 1e-6
    }

    /// How many documents a phrase occurs in, from its newest matches: exact when fewer than
    /// `limit` matched; otherwise scaled from how densely the `limit` newest matches fill the
    /// docids from `lastDocid` to `maxDocid` (docids are assigned in indexing order).
    static func documentFrequency(found: Int, limit: Int, lastDocid: Int64, maxDocid: Int64, total: Double) -> Double {
        guard found >= limit, maxDocid >= lastDocid else { return Double(found) }
        let span = Double(maxDocid - lastDocid + 1)
        return min(total, max(Double(found), Double(found) * total / span))
    }

    private static let rank: fts5_extension_function = { api, fts, ctx, count, values in
        // `values` holds the arguments after the table: the column weights, then one IDF per phrase.
        guard let api = api?.pointee, let values else { return }
        let k1 = 1.2, b = 0.75
        let columns = Int(api.xColumnCount(fts))
        let phrases = Int(api.xPhraseCount(fts))
        var rows: Int64 = 0
        var tokens: Int64 = 0
        var length: Int32 = 0
        var instances: Int32 = 0
        var rc = api.xRowCount(fts, &rows)
        if rc == SQLITE_OK { rc = api.xColumnTotalSize(fts, -1, &tokens) }
        if rc == SQLITE_OK { rc = api.xColumnSize(fts, -1, &length) }
        if rc == SQLITE_OK { rc = api.xInstCount(fts, &instances) }
        guard rc == SQLITE_OK else { sqlite3_result_error_code(ctx, rc); return }
        let score = withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, phrases)) { freq -> Double? in
            freq.initialize(repeating: 0)
            for i in 0..<instances {
                var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
                guard api.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK else { return nil }
                let weightIndex = Int(column)
                let weight = column >= 0 && Int(column) < columns && weightIndex < Int(count)
                    ? sqlite3_value_double(values[weightIndex]) : 1
                if Int(phrase) < phrases { freq[Int(phrase)] += weight }
            }
            let average = rows > 0 ? max(1, Double(tokens) / Double(rows)) : 1
            let norm = k1 * (1 - b + b * Double(length) / average)
            var score = 0.0
            for p in 0..<phrases where freq[p] > 0 {
                let argument = columns + p
                let idf = argument < Int(count) && sqlite3_value_type(values[argument]) != SQLITE_NULL
                    ? sqlite3_value_double(values[argument]) : 1
                score += idf * freq[p] * (k1 + 1) / (freq[p] + norm)
            }
            return score
        }
        guard let score else { sqlite3_result_error_code(ctx, SQLITE_ERROR); return }
        sqlite3_result_double(ctx, score)
    }

    private static let rows: fts5_extension_function = { api, fts, ctx, _, _ in
        guard let api = api?.pointee else { return }
        var rows: Int64 = 0
        let rc = api.xRowCount(fts, &rows)
        guard rc == SQLITE_OK else { sqlite3_result_error_code(ctx, rc); return }
        sqlite3_result_int64(ctx, rows)
    }
}
