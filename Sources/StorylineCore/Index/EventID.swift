import Foundation

/// How an event's id follows from its other fields, so a cached event need not store it: the
/// extractor hashes the source's article, a text offset and the expression; the merger hashes
/// date, type, first source, expression and summary (`EventMerger.stableID`). Both hashes are
/// recomputed here without building their key strings (reopens derive every id); an id that
/// follows neither (a "-2" suffix for a collision, a changed scheme) has no code and is stored.
enum EventID {
    /// A code (1 or more) from which `id(of:code:)` gives back `e.id`, or nil when there is none.
    static func code(_ e: Event) -> Int? {
        let length = e.id.utf8.count
        if length == 12, merged(e) == e.id { return 1 }
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
        if code == 1 { return merged(e) }
        guard code >= 2, let s = e.sources.first else { return nil }
        return extracted(s, code - 2, e.expression)
    }

    /// `EventMerger.stableID`: the first 12 hex digits of the hash of
    /// "start/end|type|article@offset|expression|summary".
    private static func merged(_ e: Event) -> String {
        var h = Hash()
        if let d = e.date { h.add(d.start.iso); h.add("/"); h.add(d.end.iso) } else { h.add("undated") }
        h.add("|"); h.add(e.type.rawValue); h.add("|")
        if let s = e.sources.first { h.add(s.article); h.add("@"); h.add(String(s.offset)) } else { h.add(e.summary) }
        h.add("|"); h.add(e.expression); h.add("|"); h.add(e.summary)
        return hex(h.value >> 16, digits: 12)
    }

    /// The extractor's id of an event read at `d` scalars into the sentence of `s`: the hash of
    /// "article|offset|expression".
    private static func extracted(_ s: SourceRef, _ d: Int, _ expression: String) -> String {
        var h = Hash()
        h.add(s.article); h.add("|"); h.add(String(s.offset + d)); h.add("|"); h.add(expression)
        return hex(h.value, digits: 16)
    }

    /// `StableHash.hex`'s FNV-1a, fed piece by piece.
    private struct Hash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ s: String) {
            var s = s
            s.withUTF8 { for b in $0 { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 } }
        }
    }

    /// The low `digits` hex digits of `v`, zero-padded, lowercase.
    private static func hex(_ v: UInt64, digits: Int) -> String {
        String(unsafeUninitializedCapacity: digits) { out in
            for i in 0..<digits {
                let nibble = UInt8((v >> (4 * UInt64(digits - 1 - i))) & 0xF)
                out[i] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return digits
        }
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
