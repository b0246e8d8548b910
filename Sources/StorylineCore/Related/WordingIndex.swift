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

    /// Scans the text that counts as an article's wording: its title and body, not captions.
    static func scan<S: TermSink>(_ article: Article, into sink: inout S) {
        BodyTerms.scan(article.title, into: &sink)
        for b in article.blocks where b.kind != .caption { BodyTerms.scan(b.text, into: &sink) }
    }

    /// Builds the signatures of `articles` using all cores.
    public static func build(_ articles: [Article]) -> WordingIndex {
        let n = articles.count
        guard n > 0 else { return WordingIndex(terms: [], signatures: [], documentFrequency: []) }
        let chunks = Swift.min(n, 64)
        func range(_ c: Int) -> Range<Int> { (c * n / chunks)..<((c + 1) * n / chunks) }

        // Pass 1: each article's term counts, kept flat per chunk, and document frequencies
        // per chunk, merged.
        let partial = ParallelSlots<ChunkTerms>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var chunk = ChunkTerms()
            for i in range(c) {
                chunk.counts.clear()
                scan(articles[i], into: &chunk)
                chunk.endArticle()
            }
            partial[c] = chunk
        }
        let chunkTerms = partial.values()
        var df = TermTable(capacity: 1 << 16)
        var text: [UInt64: String] = [:]
        for chunk in chunkTerms {
            for (k, v) in chunk.df.pairs() where df.add(k, v) { text[k] = chunk.text[k] }
        }

        // Ids for terms that can link two articles, in hash order (stable from run to run);
        // per table slot, the term id (or -1) and its inverse document frequency.
        let logN = Float(log(Double(n)))
        var linking: [UInt64] = []
        var slotInfo = [(id: Int32, idf: Float)](repeating: (-1, 0), count: df.keys.count)
        for (k, d) in df.pairs() where d >= 2 { linking.append(k) }
        linking.sort()
        var frequency: [Int32] = []
        frequency.reserveCapacity(linking.count)
        for (id, k) in linking.enumerated() {
            guard let slot = df.index(of: k) else { continue }
            let d = df.values[slot]
            slotInfo[slot] = (Int32(id), logN - Float(log(Double(d))))
            frequency.append(d)
        }
        let terms = linking.map { text[$0] ?? "" }
        let tfWeight = (0..<64).map { $0 == 0 ? Float(0) : 1 + Float(log(Double($0))) }

        // Pass 2: weights, keeping each article's top terms.
        let sigs = ParallelSlots<[[TermWeight]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let chunk = chunkTerms[c]
            var out: [[TermWeight]] = []
            var kept: [TermWeight] = []
            var begin = 0
            for end in chunk.ends {
                kept.removeAll(keepingCapacity: true)
                for u in begin..<end {
                    guard let slot = df.index(of: chunk.hashes[u]) else { continue }
                    let info = slotInfo[slot]
                    guard info.id >= 0 else { continue }
                    let tf = Int(chunk.frequencies[u])
                    let w = (tf < 64 ? tfWeight[tf] : 1 + Float(log(Double(tf)))) * info.idf
                    if w > 0 { kept.append(TermWeight(term: info.id, weight: w)) }
                }
                begin = end
                kept.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
                var sig = Array(kept.prefix(signatureSize))
                let norm = sig.reduce(Float(0)) { $0 + $1.weight * $1.weight }
                let scale = norm > 0 ? 1 / norm.squareRoot() : 0
                for k in sig.indices { sig[k].weight *= scale }
                sig.sort { $0.term < $1.term }
                out.append(sig)
            }
            sigs[c] = out
        }
        return WordingIndex(terms: terms, signatures: sigs.values().flatMap { $0 }, documentFrequency: frequency)
    }

    /// One chunk's pass-one results: distinct terms and counts per article, flat, and the
    /// chunk's document frequencies with each term's text.
    struct ChunkTerms: TermSink {
        var hashes: [UInt64] = []
        var frequencies: [UInt16] = []
        /// End of each article's run in `hashes`.
        var ends: [Int] = []
        var df = TermTable(capacity: 1 << 14)
        var text: [UInt64: String] = [:]
        /// The current article's term counts.
        var counts = TermTable(capacity: 1024)

        mutating func take(_ hash: UInt64, _ scalars: [UInt32]) {
            guard counts.add(hash, 1) else { return }
            if df.add(hash, 1) { text[TermTable.key(hash)] = BodyTerms.string(scalars) }
        }

        /// Moves the current article's counts to the flat arrays.
        mutating func endArticle() {
            for u in counts.used {
                hashes.append(counts.keys[Int(u)])
                frequencies.append(UInt16(clamping: counts.values[Int(u)]))
            }
            ends.append(hashes.count)
            counts.clear()
        }
    }

    /// Dot product of two signatures (their cosine: signatures have unit length).
    static func dot(_ a: [TermWeight], _ b: [TermWeight]) -> Float {
        var i = 0, j = 0
        var score: Float = 0
        while i < a.count && j < b.count {
            let ta = a[i].term, tb = b[j].term
            if ta == tb { score += a[i].weight * b[j].weight; i += 1; j += 1 } else if ta < tb { i += 1 } else { j += 1 }
        }
        return score
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
