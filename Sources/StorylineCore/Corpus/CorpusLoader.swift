import Foundation

/// Finds article files under the given paths and parses them, in parallel.
/// A file that cannot be read or parsed becomes a warning; the rest still load.
public enum CorpusLoader {
    /// File extensions that are loaded: plain text, Markdown, HTML.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// The outcome of loading: articles sorted by (published, id), and per-file warnings.
    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [LoadWarning]
    }

    /// Every loadable file under `paths` (files given directly are taken whatever their
    /// extension), sorted so that output is stable from run to run.
    public static func discover(_ paths: [String]) -> (files: [String], warnings: [LoadWarning]) {
        var files: [String] = []
        var warnings: [LoadWarning] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                warnings.append(LoadWarning(path: path, reason: "no such file or folder", skipped: true))
                continue
            }
            if !isDir.boolValue { files.append(path); continue }
            guard let walker = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else {
                warnings.append(LoadWarning(path: path, reason: "folder cannot be read", skipped: true))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    found.append(url.path)
                }
            }
            files += found.sorted()
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, warnings)
    }

    /// Loads one file: read, decode, parse.
    public static func loadFile(_ path: String) -> (article: Article?, warnings: [LoadWarning]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return (nil, [LoadWarning(path: path, reason: "cannot be read (\(readableReason(error)))", skipped: true)])
        }
        switch SourceText.decode(data) {
        case .failure(let rejection):
            return (nil, [LoadWarning(path: path, reason: rejection.description, skipped: true)])
        case .success(let (text, repairs)):
            let article = ArticleParser.parse(text: text, path: path)
            var warnings = repairs.map { LoadWarning(path: path, reason: $0, skipped: false) }
            guard let article else {
                warnings.append(LoadWarning(path: path, reason: "no article text found", skipped: true))
                return (nil, warnings)
            }
            return (article, warnings)
        }
    }

    /// Loads every file under `paths`, using all cores, in a stable order.
    public static func load(_ paths: [String]) -> Result {
        let (files, discoveryWarnings) = discover(paths)
        let loaded = ParallelSlots.map(files.count) { loadFile(files[$0]) }
        var articles: [Article] = []
        var warnings = discoveryWarnings
        for case let (a, w)? in loaded {
            if let a { articles.append(a) }
            warnings += w
        }
        return Result(articles: sortedByDate(articles), warnings: warnings)
    }

    /// Oldest first; undated articles last; ties by id. Sort keys are computed once per article.
    public static func sortedByDate(_ articles: [Article]) -> [Article] {
        let keyed = articles.map { ($0.published?.iso, $0) }
        return keyed.sorted { a, b in
            switch (a.0, b.0) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.1.id < b.1.id
            }
        }.map(\.1)
    }

    private static func readableReason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
