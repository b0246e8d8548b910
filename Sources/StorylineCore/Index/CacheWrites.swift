import Dispatch

/// Cache writes that run behind an open instead of before it returns: storing the assembled
/// library (and then related articles and stories) takes seconds on a large corpus, and the
/// browser shows the library without waiting for them. Writes run one after another, in the
/// order given. A process that quits before they finish loses nothing but the time the next
/// open spends assembling again (an unfinished write transaction is rolled back), so the
/// browser waits for them on quit with a notice.
public final class CacheWrites: @unchecked Sendable {
    private let queue = DispatchQueue(label: "storyline.cache-writes", qos: .utility)
    private let group = DispatchGroup()

    public init() {}

    /// Queues `work` after every write given before it.
    func add(_ work: @escaping @Sendable () -> Void) {
        queue.async(group: group, execute: work)
    }

    /// True while a queued write has not finished.
    public var pending: Bool { group.wait(timeout: .now()) == .timedOut }

    /// Blocks until every queued write has finished.
    public func wait() { group.wait() }

    /// Blocks until every queued write has finished or `seconds` have passed; true when finished.
    public func wait(seconds: Double) -> Bool { group.wait(timeout: .now() + seconds) == .success }
}
