/// Keeps the `k` best (score, article) pairs seen, in a bounded min-heap, so choosing the
/// best candidates costs O(n log k) instead of sorting them all. Ties favour the lower id.
struct TopCandidates {
    private(set) var heap: [(article: Int32, score: Float)] = []
    let k: Int

    init(k: Int) { self.k = k; heap.reserveCapacity(k) }

    /// True when `a` ranks below `b`.
    @inline(__always)
    private static func worse(_ a: (article: Int32, score: Float), _ b: (article: Int32, score: Float)) -> Bool {
        a.score < b.score || (a.score == b.score && a.article > b.article)
    }

    /// Offers a candidate; kept only if it is among the best `k` so far.
    mutating func offer(_ article: Int32, _ score: Float) {
        let item = (article: article, score: score)
        if heap.count < k {
            heap.append(item)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard TopCandidates.worse(heap[i], heap[parent]) else { break }
                heap.swapAt(i, parent); i = parent
            }
        } else if k > 0, TopCandidates.worse(heap[0], item) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && TopCandidates.worse(heap[l], heap[m]) { m = l }
                if r < heap.count && TopCandidates.worse(heap[r], heap[m]) { m = r }
                if m == i { break }
                heap.swapAt(i, m); i = m
            }
        }
    }

    /// The kept candidates, best first.
    func best() -> [(article: Int32, score: Float)] {
        heap.sorted { TopCandidates.worse($1, $0) }
    }
}
