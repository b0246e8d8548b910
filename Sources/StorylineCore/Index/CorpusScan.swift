import Foundation

/// Lists a corpus's article files with their size and modification time in one pass of
/// `readdir` + `stat`, with the same rules as `CorpusLoader.discover` (hidden entries
/// skipped, known extensions, files given directly always taken, sorted per root).
enum CorpusScan {
    /// One file found: the path as given (what the user sees), the absolute path (what the
    /// cache is keyed by, so another working directory finds the same rows), and the stamp
    /// used for the cache's quick "unchanged?" check.
    struct Entry { var path: String; var key: String; var size: Int64; var mtime: Double }

    /// Every loadable file under `paths`, and a warning for each path that cannot be read.
    static func scan(_ paths: [String]) -> (files: [Entry], warnings: [LoadWarning]) {
        var files: [Entry] = []
        var warnings: [LoadWarning] = []
        var seen = Set<String>()
        let cwd = FileManager.default.currentDirectoryPath
        for path in paths {
            // Files under a root share its absolute form as a prefix: one standardization per root.
            let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
            let keyRoot = URL(fileURLWithPath: absolute).standardizedFileURL.path
            var st = stat()
            guard stat(path, &st) == 0 else {
                warnings.append(LoadWarning(path: path, reason: "no such file or folder", skipped: true))
                continue
            }
            if (st.st_mode & S_IFMT) != S_IFDIR {
                if seen.insert(path).inserted { files.append(entry(path, key: keyRoot, st)) }
                continue
            }
            guard let dir = opendir(path) else {
                warnings.append(LoadWarning(path: path, reason: "folder cannot be read", skipped: true))
                continue
            }
            closedir(dir)
            var found: [Entry] = []
            let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            walk(root, into: &found)
            found.sort { $0.path < $1.path }
            let base = keyRoot == "/" ? "" : keyRoot
            for var f in found where seen.insert(f.path).inserted {
                f.key = base + f.path.dropFirst(root.count)
                files.append(f)
            }
        }
        return (files, warnings)
    }

    private static func walk(_ folder: String, into found: inout [Entry]) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let ent = readdir(dir) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &found)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                let ext = name.split(separator: ".", omittingEmptySubsequences: false).last.map { $0.lowercased() } ?? ""
                if name.contains("."), CorpusLoader.extensions.contains(ext) { found.append(entry(path, key: path, st)) }
            }
        }
    }

    private static func entry(_ path: String, key: String, _ st: stat) -> Entry {
        Entry(path: path, key: key, size: Int64(st.st_size), mtime: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }
}
