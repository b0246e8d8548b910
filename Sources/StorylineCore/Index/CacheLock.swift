import Foundation

/// An exclusive advisory lock (flock) on a file beside the cache, held while a process checks,
/// creates or refreshes the cache. A second process (or thread) on the same corpus waits, then
/// finds the cache built and up to date instead of racing to create it.
final class CacheLock {
    private var fd: Int32

    /// Blocks until the lock on `path` is held. Throws when the lock file cannot be opened.
    init(path: String) throws {
        fd = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { break }
        }
    }

    /// Releases the lock; also done on deinit.
    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
