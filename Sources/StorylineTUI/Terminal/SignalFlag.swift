import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the run loop polls, via dispatch signal
/// sources (no global state, nothing unsafe runs inside a signal handler).
final class SignalFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised: Int32? = nil
    private var sources: [DispatchSourceSignal] = []

    init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        for sig in signals {
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler { [weak self] in self?.raise(sig) }
            src.resume()
            sources.append(src)
        }
    }

    /// The first signal received, if any.
    var received: Int32? { lock.lock(); defer { lock.unlock() }; return raised }

    private func raise(_ sig: Int32) { lock.lock(); if raised == nil { raised = sig }; lock.unlock() }

    deinit { sources.forEach { $0.cancel() } }
}
