import Foundation

/// Finds the bundled sample articles: `$STORYLINE_SEEDS`, then `PREFIX/share/storyline/seeds`
/// beside an installed binary, then the source tree's `seeds/` for a development build.
enum SeedLocator {
    static func find() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["STORYLINE_SEEDS"], !env.isEmpty { candidates.append(env) }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let exeURL = Bundle.main.executableURL?.resolvingSymlinksInPath() ?? exe
        let binDir = exeURL.deletingLastPathComponent()
        candidates.append(binDir.appendingPathComponent("../share/storyline/seeds").standardized.path)
        // .build/<config>/storyline → repository root
        candidates.append(binDir.appendingPathComponent("../../seeds").standardized.path)
        candidates.append(binDir.appendingPathComponent("../../../seeds").standardized.path)
        // The source tree this binary was built from.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("../../seeds").standardized.path)
        for c in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue { return c }
        }
        return nil
    }
}
