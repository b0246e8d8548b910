import Foundation

/// Actions produced off the main loop (search answers), waiting for the run loop to take
/// them. Thread-safe; the only state shared between the loop and its workers.
public final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var queue: [Action] = []

    public init() {}

    /// Adds an action; safe from any thread.
    public func post(_ action: Action) { lock.lock(); queue.append(action); lock.unlock() }

    /// The oldest waiting action, if any.
    public func take() -> Action? {
        lock.lock(); defer { lock.unlock() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }
}
