/// How far a cache update has got: files done of total, bytes read, and the rate so far.
public struct IndexProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    /// Seconds since the update started.
    public var elapsed: Double

    /// Files per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    /// Seconds left at the current rate, or nil before the rate is known.
    public var eta: Double? { rate > 0 ? Double(total - done) / rate : nil }

    /// One line for stderr: `indexing 1200/10000 files (12.1 MB), 850 files/s, ETA 10 s`.
    public var line: String {
        let mb = Double(bytes) / 1_048_576
        var s = "indexing \(done)/\(total) files (\(String(format: "%.1f", mb)) MB), \(Int(rate.rounded())) files/s"
        if let eta { s += ", ETA \(Int(eta.rounded())) s" }
        return s
    }
}
