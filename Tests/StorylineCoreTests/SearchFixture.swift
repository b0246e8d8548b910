import Foundation
import XCTest
@testable import StorylineCore

/// A temporary corpus folder and cache folder for search and cache tests.
final class SearchFixture {
    let root: URL
    let corpus: URL
    let cache: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-test-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        cache = root.appendingPathComponent("cache").path
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        setenv("XDG_CACHE_HOME", cache, 1)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes an article file: the first line is the title, the others paragraphs.
    @discardableResult
    func write(_ name: String, _ lines: [String]) throws -> URL {
        let url = corpus.appendingPathComponent(name)
        try lines.joined(separator: "\n\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Opens the fixture corpus through the cache.
    func open(useCache: Bool = true, rebuild: Bool = false) throws -> CorpusStore.Opened {
        try CorpusStore.open(paths: [corpus.path], useCache: useCache, rebuild: rebuild, cacheDirectory: cache)
    }

    /// The cache database of the fixture corpus.
    var cachePath: String { CorpusStore.cachePath(for: [corpus.path], directory: cache) }
}

extension CorpusStore.Opened {
    /// Article ids found by a query, best first.
    func ids(_ query: String, limit: Int = 20) throws -> [String] {
        try index.search(query, limit: limit).map(\.article)
    }
}
