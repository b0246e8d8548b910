/// A problem with one input file, reported to the user with the file's path.
/// `skipped` files were not loaded; the others loaded with the stated repair.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var skipped: Bool

    public init(path: String, reason: String, skipped: Bool) {
        self.path = path; self.reason = reason; self.skipped = skipped
    }

    public var description: String { "\(path): \(reason)\(skipped ? " (skipped)" : "")" }
}
