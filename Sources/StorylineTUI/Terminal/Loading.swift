import Foundation
import StorylineCore

/// Runs slow work (opening and indexing a corpus) off the main thread while the terminal
/// shows its progress; keys still work, so q or Ctrl-C leaves at once.
public enum Loading {
    /// The work's result, or nil when the user quit first. Nothing is drawn when the work
    /// finishes within `quietPeriod` seconds (a cached corpus), so its first screen appears at once.
    public static func run<T: Sendable>(on terminal: NcursesTerminal, quietPeriod: Double = 0.15,
                                        work: @escaping @Sendable (@escaping @Sendable (String, IndexProgress?) -> Void) throws -> T) throws -> T? {
        let box = ResultBox<T>()
        let thread = Thread {
            do { box.finish(.success(try work { step, p in box.report(step, p) })) } catch { box.finish(.failure(error)) }
        }
        thread.stackSize = 8 << 20
        thread.start()
        let start = Date()
        while true {
            if let r = box.result { return try r.get() }
            if Date().timeIntervalSince(start) >= quietPeriod {
                let (step, p) = box.progress
                terminal.draw(ProgressScreen.render(p, step: step, size: terminal.size))
            }
            switch terminal.poll() {
            case .interrupt?, .key(.char("q"))?, .key(.char("Q"))?, .key(.ctrl("c"))?: return nil
            default: break
            }
        }
    }
}

/// The latest progress report and the final result, shared between the worker and the loop.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var _result: Result<T, Error>?
    private var _step = "reading the corpus"
    private var _progress: IndexProgress?

    var result: Result<T, Error>? { lock.lock(); defer { lock.unlock() }; return _result }
    var progress: (String, IndexProgress?) { lock.lock(); defer { lock.unlock() }; return (_step, _progress) }
    func report(_ step: String, _ p: IndexProgress?) { lock.lock(); _step = step; if p != nil { _progress = p }; lock.unlock() }
    func finish(_ r: Result<T, Error>) { lock.lock(); _result = r; lock.unlock() }
}
