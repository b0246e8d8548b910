/// Receives the content terms `BodyTerms` finds, in order. Passed `inout` rather than as a
/// closure so counting in a tight loop needs no captured mutable state (and no run-time
/// exclusivity checks).
protocol TermSink {
    /// One term: its hash and its lower-cased, plural-folded scalars.
    mutating func take(_ hash: UInt64, _ scalars: [UInt32])
}
