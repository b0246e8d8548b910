import Foundation
import GRDB

/// How the cache's `doc` rows hold file paths: relative to the folder the corpus roots share
/// (stored once in `meta` as `base`), so a 100,000-file corpus does not store its folder's
/// absolute path 100,000 times. A path outside that folder stays absolute.
struct DocPaths {
    /// The shared folder, absolute, without a trailing slash; empty to keep every path as is.
    let base: String

    init(base: String) { self.base = base }

    /// The paths of the cache open on `db`.
    init(_ db: Database) throws {
        base = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'base'") ?? ""
    }

    /// The folder shared by the corpus roots `paths` as `CorpusScan` keys them (absolute,
    /// standardized; a file root stands for its folder); empty when they share only `/`.
    static func base(of paths: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        var common: [String]? = nil
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
            var parts = URL(fileURLWithPath: absolute).standardizedFileURL.path.split(separator: "/").map(String.init)
            var isDirectory: ObjCBool = false
            if !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
                parts = Array(parts.dropLast())
            }
            common = common.map { Array(zip($0, parts).prefix { $0.0 == $0.1 }.map(\.0)) } ?? parts
        }
        guard let common, !common.isEmpty else { return "" }
        return "/" + common.joined(separator: "/")
    }

    /// The form a row stores for an absolute path (`CorpusScan.Entry.key`).
    func stored(_ key: String) -> String {
        guard !base.isEmpty, key.count > base.count + 1, key.hasPrefix(base + "/") else { return key }
        return String(key.dropFirst(base.count + 1))
    }

    /// The absolute path a row's stored form stands for.
    func key(_ stored: String) -> String {
        base.isEmpty || stored.hasPrefix("/") ? stored : base + "/" + stored
    }
}
