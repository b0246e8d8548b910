import Dispatch
import Foundation

/// Runs searches on a background thread, one at a time, and posts each answer to the inbox.
/// Requests that arrive while one runs replace each other: only the newest waits, so typing
/// fast never queues up stale queries.
public final class SearchWorker: @unchecked Sendable {
    private let searcher: any ArticleSearching
    private let inbox: Inbox
    private let limit: Int
    private let lock = NSLock()
    private var waiting: (generation: Int, text: String)? = nil
    private var running = false

    /// A worker answering with `searcher` (at most `limit` hits) into `inbox`.
    public init(_ searcher: any ArticleSearching, inbox: Inbox, limit: Int = 50) {
        self.searcher = searcher; self.inbox = inbox; self.limit = limit
    }

    /// Queues a request, replacing any that has not started.
    public func submit(generation: Int, text: String) {
        lock.lock()
        waiting = (generation, text)
        let start = !running
        running = true
        lock.unlock()
        if start { DispatchQueue.global(qos: .userInitiated).async { self.drain() } }
    }

    private func drain() {
        while true {
            lock.lock()
            guard let next = waiting else { running = false; lock.unlock(); return }
            waiting = nil
            lock.unlock()
            let answer = searcher.answer(next.text, limit: limit)
            inbox.post(.searchAnswer(generation: next.generation, text: next.text, answer: answer))
        }
    }
}
