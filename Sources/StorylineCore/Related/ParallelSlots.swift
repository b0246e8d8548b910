/// One result slot per parallel work item: each item writes only its own slot, so
/// `DispatchQueue.concurrentPerform` can fill it without locks. Read with `values()` after.
final class ParallelSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T?>

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
