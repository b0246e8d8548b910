import Dispatch

/// One result slot per parallel work item: each item writes only its own slot, so
/// `DispatchQueue.concurrentPerform` can fill it without locks. Read with `values()` after.
final class ParallelSlots<T>: @unchecked Sendable {
    fileprivate let storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(i: Int) -> T? {
        get { storage[i] }
        set { storage[i] = newValue }
    }

    /// Every slot's value, in slot order; a slot never written is skipped.
    func values() -> [T] { storage.compactMap { $0 } }
}

extension ParallelSlots {
    /// `body(i)` for every `i` in `0..<count` on all cores, in index order (nil where `body` gave
    /// nil). Items are dealt round-robin to a few workers, so uneven items even out; the slots
    /// are released with their values when done.
    static func map(_ count: Int, _ body: (Int) -> T?) -> [T?] {
        let slots = ParallelSlots(count: count)
        let workers = max(1, min(count, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for i in stride(from: w, to: count, by: workers) { slots[i] = body(i) }
        }
        return Array(slots.storage)
    }
}
