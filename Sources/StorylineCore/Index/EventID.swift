import Foundation

/// How an event's id follows from its other fields, so a cached event need not store it: the
/// extractor hashes the source's article, a text offset and the expression; the merger hashes
/// date, type, first source, expression and summary (`EventMerger.stableID`). An id of neither
/// form (a "-2" suffix for a collision) has no code and is stored as written.
enum EventID {
    /// A code (1 or more) from which `id(of:code:)` gives back `e.id`, or nil when there is none.
    static func code(_ e: Event) -> Int? {
        let length = e.id.utf8.count
        if length == 12, EventMerger.stableID(e) == e.id { return 1 }
        guard length == 16, let s = e.sources.first else { return nil }
        let likely = positions(of: e.expression, in: s.sentence)
        for d in likely where extracted(s, d, e.expression) == e.id { return 2 + d }
        // A clause start inside the sentence (a timeline entry's later clause): every position.
        for d in 0..<s.sentence.unicodeScalars.count where !likely.contains(d) && extracted(s, d, e.expression) == e.id {
            return 2 + d
        }
        return nil
    }

    /// The id that `code` derives from the other fields of `e`; nil for a code no id has.
    static func id(of e: Event, code: Int) -> String? {
        if code == 1 { return EventMerger.stableID(e) }
        guard code >= 2, let s = e.sources.first else { return nil }
        return extracted(s, code - 2, e.expression)
    }

    /// The extractor's id of an event read at `d` scalars into the sentence of `s`.
    private static func extracted(_ s: SourceRef, _ d: Int, _ expression: String) -> String {
        StableHash.hex("\(s.article)|\(s.offset + d)|\(expression)")
    }

    /// Where, in scalars from the sentence start, the extractor may have placed the event: the
    /// sentence start, then each occurrence of the expression in the sentence.
    private static func positions(of expression: String, in sentence: String) -> [Int] {
        var found = [0]
        var sentence = sentence, expression = expression
        sentence.withUTF8 { h in
            expression.withUTF8 { n in
                guard !n.isEmpty, n.count <= h.count else { return }
                var scalars = 0
                for i in 0...(h.count - n.count) {
                    if h[i] & 0xC0 != 0x80 {
                        if h[i] == n[0], memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0, scalars > 0 { found.append(scalars) }
                        scalars += 1
                    }
                }
            }
        }
        return found
    }
}
