/// Byte-level substring tests over UTF-8, for the parser's hot paths: Foundation's
/// `contains`/`range(of:)` go through locale-aware CFString search, which is far slower.
enum TextScan {
    /// True when `needle` occurs in `hay` (exact bytes; both are expected lower-cased already).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        var hay = hay, needle = needle
        return hay.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
