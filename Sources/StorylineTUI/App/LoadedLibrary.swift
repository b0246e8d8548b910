import Foundation
import StorylineCore

/// A full library that arrives after the first screen (drawn from the cache's article list),
/// carried in an action. Compared by `generation` only: libraries are large.
public struct LoadedLibrary: Hashable, Sendable {
    public let generation: Int
    public let library: Library

    public init(generation: Int, library: Library) { self.generation = generation; self.library = library }

    public static func == (a: LoadedLibrary, b: LoadedLibrary) -> Bool { a.generation == b.generation }
    public func hash(into h: inout Hasher) { h.combine(generation) }
}

/// A search whose engine can be replaced while the browser runs: the cached index answers
/// first, the refreshed one (with people and events for `person:` and `type:`) after.
public final class SwappableSearch: ArticleSearching, @unchecked Sendable {
    private let lock = NSLock()
    private var current: any ArticleSearching

    /// Starts with `initial`.
    public init(_ initial: any ArticleSearching) { current = initial }

    /// Replaces the engine for the searches that start from now on.
    public func replace(with next: any ArticleSearching) { lock.lock(); current = next; lock.unlock() }

    /// Answers with the current engine.
    public func answer(_ text: String, limit: Int) -> SearchAnswer {
        lock.lock(); let engine = current; lock.unlock()
        return engine.answer(text, limit: limit)
    }
}
