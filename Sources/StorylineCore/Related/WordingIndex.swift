import Foundation

/// One weighted term of an article's TF-IDF signature.
public struct TermWeight: Hashable, Codable, Sendable {
    /// Index into `WordingIndex.terms`.
    public var term: Int32
    /// The term's weight in the article's unit-length signature.
    public var weight: Float
}

/// TF-IDF signatures of every article: the top-weighted body terms of each (among terms
/// found in at least two articles), normalised to unit length, so the dot product of two
/// signatures is the cosine of the articles within their most telling terms. Built in two
/// parallel passes over the text.
public struct WordingIndex: Sendable {
    /// Term strings, by term id. Only terms seen in at least two articles get an id.
    public var terms: [String]
    /// Per article (in library order), the signature sorted by term id.
    public var signatures: [[TermWeight]]
    /// Number of articles containing each term, by term id.
    public var documentFrequency: [Int32]

    /// Terms kept per article.
    public static let signatureSize = 48

    /// The text that counts as an article's wording: its title and body, not captions.
    static func forEachText(of article: Article, _ body: (String) -> Void) {
        body(article.title)
        for b in article.blocks where b.kind != .caption { body(b.text) }
    }

    /// Builds the signatures of `articles` using all cores.
    public static func build(_ articles: [Article]) -> WordingIndex {
        let n = articles.count
        guard n > 0 else { return WordingIndex(terms: [], signatures: [], documentFrequency: []) }
        let chunks = Swift.min(n, 64)
        func range(_ c: Int) -> Range<Int> { (c * n / chunks)..<((c + 1) * n / chunks) }

        // Pass 1: document frequencies, one dictionary per chunk, merged.
        let partial = ParallelSlots<([UInt64: Int32], [UInt64: String])>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var df: [UInt64: Int32] = [:]
            var text: [UInt64: String] = [:]
            var seen: Set<UInt64> = []
            for i in range(c) {
                seen.removeAll(keepingCapacity: true)
                forEachText(of: articles[i]) { piece in
                    BodyTerms.scan(piece) { h, scalars in
                        guard seen.insert(h).inserted else { return }
                        df[h, default: 0] += 1
                        if text[h] == nil { text[h] = BodyTerms.string(scalars) }
                    }
                }
            }
            partial[c] = (df, text)
        }
        var df: [UInt64: Int32] = [:]
        var text: [UInt64: String] = [:]
        for (d, t) in partial.values() {
            df.merge(d, uniquingKeysWith: +)
            text.merge(t) { a, _ in a }
        }

        // Ids for terms that can link two articles, in a stable (alphabetical) order.
        var linking: [(text: String, hash: UInt64)] = []
        for (h, d) in df where d >= 2 { linking.append((text[h] ?? "", h)) }
        linking.sort { a, b in a.text != b.text ? a.text < b.text : a.hash < b.hash }
        var ids: [UInt64: Int32] = [:]
        ids.reserveCapacity(linking.count)
        for (i, t) in linking.enumerated() { ids[t.hash] = Int32(i) }
        let terms: [String] = linking.map { $0.text }
        let frequency: [Int32] = linking.map { df[$0.hash] ?? 0 }

        // Pass 2: weights, keeping each article's top terms.
        let logN = Float(log(Double(n)))
        let sigs = ParallelSlots<[[TermWeight]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var counts: [UInt64: Int32] = [:]
            var out: [[TermWeight]] = []
            for i in range(c) {
                counts.removeAll(keepingCapacity: true)
                forEachText(of: articles[i]) { piece in
                    BodyTerms.scan(piece) { h, _ in counts[h, default: 0] += 1 }
                }
                var kept: [TermWeight] = []
                for (h, tf) in counts {
                    let d = df[h] ?? 1
                    let idf = logN - Float(log(Double(d)))
                    let w = (1 + Float(log(Double(tf)))) * idf
                    if let id = ids[h], w > 0 { kept.append(TermWeight(term: id, weight: w)) }
                }
                kept.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
                if kept.count > signatureSize { kept.removeLast(kept.count - signatureSize) }
                let norm = kept.reduce(Float(0)) { $0 + $1.weight * $1.weight }
                let scale = norm > 0 ? 1 / norm.squareRoot() : 0
                for k in kept.indices { kept[k].weight *= scale }
                kept.sort { $0.term < $1.term }
                out.append(kept)
            }
            sigs[c] = out
        }
        return WordingIndex(terms: terms, signatures: sigs.values().flatMap { $0 }, documentFrequency: frequency)
    }

    /// Dot product of two signatures, and the shared terms by contribution (largest first).
    public static func overlap(_ a: [TermWeight], _ b: [TermWeight]) -> (score: Float, shared: [(term: Int32, product: Float)]) {
        var i = 0, j = 0
        var score: Float = 0
        var shared: [(term: Int32, product: Float)] = []
        while i < a.count && j < b.count {
            if a[i].term == b[j].term {
                let p = a[i].weight * b[j].weight
                score += p; shared.append((a[i].term, p)); i += 1; j += 1
            } else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        shared.sort { $0.product > $1.product || ($0.product == $1.product && $0.term < $1.term) }
        return (score, shared)
    }
}
