/// Inverted index from term id to the articles whose signature holds the term, heaviest
/// first and capped, so a term common to many articles costs at most `cap` steps.
struct TermPostings: Sendable {
    /// One article holding a term, with the term's weight in that article.
    struct Posting: Sendable {
        var article: Int32
        var weight: Float
    }

    /// Start of each term's list in `postings`; `offsets[t + 1]` ends it.
    private var offsets: [Int]
    private var postings: [Posting]

    init(_ wording: WordingIndex, cap: Int) {
        let terms = wording.terms.count
        var counts = [Int](repeating: 0, count: terms + 1)
        for sig in wording.signatures { for tw in sig { counts[Int(tw.term) + 1] += 1 } }
        for t in 0..<terms { counts[t + 1] += counts[t] }
        var fill = counts
        var all = [Posting](repeating: Posting(article: 0, weight: 0), count: counts[terms])
        for (a, sig) in wording.signatures.enumerated() {
            for tw in sig {
                all[fill[Int(tw.term)]] = Posting(article: Int32(a), weight: tw.weight)
                fill[Int(tw.term)] += 1
            }
        }
        // Keep the heaviest `cap` of each list, compacted.
        var offsets = [0]
        offsets.reserveCapacity(terms + 1)
        var kept: [Posting] = []
        kept.reserveCapacity(all.count)
        for t in 0..<terms {
            let list = all[counts[t]..<counts[t + 1]]
            if list.count <= cap {
                kept.append(contentsOf: list)
            } else {
                kept.append(contentsOf: list.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.article < $1.article) }.prefix(cap))
            }
            offsets.append(kept.count)
        }
        self.offsets = offsets
        self.postings = kept
    }

    /// Runs `body` with a function giving each term's (capped) posting list as a buffer,
    /// without retaining the shared storage on every look-up.
    func withLists<R>(_ body: ((Int32) -> UnsafeBufferPointer<Posting>) -> R) -> R {
        offsets.withUnsafeBufferPointer { offsets in
            postings.withUnsafeBufferPointer { all in
                body { t in UnsafeBufferPointer(rebasing: all[offsets[Int(t)]..<offsets[Int(t) + 1]]) }
            }
        }
    }

    /// The (capped) posting list of term `t`.
    func list(_ t: Int32) -> ArraySlice<Posting> { postings[offsets[Int(t)]..<offsets[Int(t) + 1]] }
}
