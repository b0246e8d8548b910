import Foundation
import GRDB
import GRDBSQLite

/// The English function words the search index leaves out ("the", "of", "was" …): about a
/// quarter of the words of news text and a sixth of the index, and alone they find nothing
/// worth finding. A phrase matches with them skipped ("said in a statement" finds "said a
/// statement" too), and a query made only of them is explained, not run. Words that are names
/// in news ("us", "it", "who", "may", "will") are not among them.
enum CommonWords {
    /// Lowercase, longest five letters.
    static let words = ["a", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from",
                        "had", "has", "have", "her", "his", "if", "in", "into", "is", "its", "of", "on", "or", "such",
                        "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "were", "which",
                        "with", "would"]

    private static let longest = 5
    /// Each word's bytes packed into an integer with its length on top, sorted.
    private static let packed: [UInt64] = words.map { w in pack(Array(w.utf8)) { $0 } }.sorted()

    private static func pack<C: Collection>(_ bytes: C, _ lower: (UInt8) -> UInt8) -> UInt64 where C.Element == UInt8 {
        var v = UInt64(bytes.count) << 56
        for (i, b) in bytes.enumerated() { v |= UInt64(lower(b)) << (8 * UInt64(i)) }
        return v
    }

    /// True for a common word; `bytes` is a word's UTF-8 (ASCII letters of any case).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= longest else { return false }
        let key = pack(bytes) { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if packed[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < packed.count && packed[lo] == key
    }

    /// True for a common word, given as `Matcher.key` bytes.
    static func contains(key: [UInt8]) -> Bool { key.withUnsafeBufferPointer { contains($0) } }

    /// True when the text has words and every one is common (nothing of it is in the index).
    /// Text in scripts the index splits otherwise (CJK) never is.
    static func onlyCommon(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let words = Matcher.words(in: scalars)
        return !words.isEmpty && words.allSatisfy { contains(key: Matcher.key(scalars[$0])) }
    }
}

/// The index's tokenizer: another FTS5 tokenizer (named by its arguments, `unicode61 …`) with
/// `CommonWords` dropped from documents and queries, but kept in a prefix query ("the*" still
/// finds "theatre"). Porter stemming wraps it (`porter storyline_common unicode61 …`), so it
/// sees whole lowercase words. Registered on every connection (`SearchIndex.configuration`).
final class CommonWordsTokenizer: FTS5CustomTokenizer {
    static let name = "storyline_common"
    private let wrapped: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(FTS5TokenizerDescriptor(components: arguments.isEmpty ? ["unicode61"] : arguments))
    }

    /// What the filtering callback needs: where the tokens go.
    private struct Downstream {
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        if tokenization.contains(.prefix) {
            return wrapped.tokenize(context: context, tokenization: tokenization, pText: pText, nText: nText,
                                    tokenCallback: tokenCallback)
        }
        var downstream = Downstream(context: context, callback: tokenCallback)
        return withUnsafeMutablePointer(to: &downstream) { pointer in
            wrapped.tokenize(context: UnsafeMutableRawPointer(pointer), tokenization: tokenization, pText: pText,
                             nText: nText, tokenCallback: Self.filter)
        }
    }

    private static let filter: FTS5TokenCallback = { context, flags, token, count, start, end in
        guard let context else { return SQLITE_ERROR }
        let downstream = context.assumingMemoryBound(to: Downstream.self).pointee
        if let token, count > 0, count <= 5,
           CommonWords.contains(UnsafeBufferPointer(start: UnsafeRawPointer(token).assumingMemoryBound(to: UInt8.self), count: Int(count))) {
            return SQLITE_OK
        }
        return downstream.callback(downstream.context, flags, token, count, start, end)
    }
}
