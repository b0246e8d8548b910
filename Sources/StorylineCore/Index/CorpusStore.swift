import Dispatch
import Foundation
import GRDB

/// Opens a corpus through its persistent cache: unchanged files come from the cache without
/// parsing, changed/added/removed files are re-read, and the search index is kept in step.
/// The one entry point the TUI and the CLI share.
public enum CorpusStore {
    /// Everything a command needs from an opened corpus.
    public struct Opened: Sendable {
        public var library: Library
        public var index: SearchIndex
        /// Per-file problems, as `CorpusLoader` reports them.
        public var warnings: [LoadWarning]
        /// One-line notices about the cache itself ("cache damaged; rebuilt").
        public var notices: [String]
        /// What this open had to do.
        public var stats: Stats
        /// The cache database, or nil with `useCache: false`.
        public var cachePath: String?
        /// Where computed links are stored, and the corpus state they belong to.
        var writer: (any DatabaseWriter)?
        var linkKey: String?
        /// Where this open's cache writes run when they run behind it (see `open`).
        var writes: CacheWrites?

        /// This corpus with related articles and stories computed, and stored in the cache (when
        /// there is one) so the next open of the same corpus state decodes them: behind the
        /// return when the open was given `CacheWrites`. `report` gets each step's seconds.
        public func linking(report: ((String, Double) -> Void)? = nil) -> Opened {
            let started = DispatchTime.now().uptimeNanoseconds
            var copy = self
            copy.library = library.linked(report: report)
            copy.stats.linkSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            copy.stats.linkedFromCache = false
            if cachePath != nil, let writer, let linkKey {
                // A cache that cannot be written only costs the next open a recomputation.
                let library = copy.library
                let store: @Sendable () -> Void = {
                    try? writer.write { try CachedLinks(library).store($0, fingerprint: linkKey, library: library) }
                }
                if let writes { writes.add(store) } else { store() }
            }
            return copy
        }
    }

    /// Counts of work done by one open: `parsed` is 0 when an unchanged corpus is reopened.
    public struct Stats: Sendable, Equatable {
        public var parsed = 0
        public var reused = 0
        public var touched = 0
        public var removed = 0
        public var bytesRead = 0
        /// True when related articles and stories were decoded from the cache.
        public var linkedFromCache = false
        /// True when events, people and relations were decoded from the cache, not assembled.
        public var assembledFromCache = false
        /// Seconds spent computing related articles and stories, when this open computed them.
        public var linkSeconds: Double?
    }

    /// The folder holding cache databases: `$XDG_CACHE_HOME/storyline`, else `~/.cache/storyline`.
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/storyline" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/storyline"
    }

    /// The cache database for a set of corpus roots: named by a hash of their canonical paths.
    public static func cachePath(for paths: [String], directory: String) -> String {
        let canonical = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        let name = ContentHash.hex(Array(Set(canonical)).sorted().joined(separator: "\n"))
        return directory + "/corpus-\(name).sqlite"
    }

    /// Opens the corpus under `paths`. With `useCache` the cache in `cacheDirectory` (default:
    /// `cacheDirectory()`) is reused and updated; `rebuild` discards it first. A damaged or
    /// outdated cache is rebuilt with a notice. `progress` is called as files are read.
    /// Related articles and stories cached for the same corpus state are always attached; with
    /// `link` they are computed (and cached) when missing, `linkReport` getting each step's seconds.
    /// With `writes`, what the open stores for the next one (the assembled library, then related
    /// articles and stories when linking) is stored behind the return, in `writes`; without,
    /// before it returns.
    public static func open(paths: [String], useCache: Bool = true, rebuild: Bool = false,
                            cacheDirectory: String? = nil, link: Bool = false,
                            progress: ((IndexProgress) -> Void)? = nil,
                            linkReport: ((String, Double) -> Void)? = nil,
                            writes: CacheWrites? = nil) throws -> Opened {
        let (files, discoveryWarnings) = CorpusScan.scan(paths)
        guard useCache else {
            let queue = try DatabaseQueue(configuration: SearchIndex.configuration())
            try queue.write { try CacheSchema.create($0, engine: CacheSchema.engineFingerprint(), base: DocPaths.base(of: paths)) }
            let stats = try update(writer: queue, files: files, progress: progress)
            var opened = try load(writer: queue, files: files, stats: stats)
            opened.warnings = discoveryWarnings + opened.warnings
            return link ? opened.linking(report: linkReport) : opened
        }
        var opened = try withCache(paths: paths, rebuild: rebuild, directory: cacheDirectory) { pool, path in
            let stats = try update(writer: pool, files: files, progress: progress)
            var opened = try load(writer: pool, files: files, stats: stats, writes: writes)
            opened.cachePath = path
            return opened
        }
        opened.value.warnings = discoveryWarnings + opened.value.warnings
        opened.value.notices = opened.notices + opened.value.notices
        return link && !opened.value.stats.linkedFromCache ? opened.value.linking(report: linkReport) : opened.value
    }

    /// What `index` did: the work counts, notices about the cache itself, and the cache file.
    public struct Indexed: Sendable {
        public var stats: Stats
        public var notices: [String]
        public var cachePath: String
        /// Files that could not be read while scanning the roots.
        public var warnings: [LoadWarning]
    }

    /// Brings the cache of the corpus under `paths` in step with its files (parse, extract and
    /// index what changed) without assembling the library: memory stays bounded by one batch of
    /// articles however large the corpus, so this is the cold build. `open` afterwards decodes.
    public static func index(paths: [String], rebuild: Bool = false, cacheDirectory: String? = nil,
                             progress: ((IndexProgress) -> Void)? = nil) throws -> Indexed {
        let (files, discoveryWarnings) = CorpusScan.scan(paths)
        let done = try withCache(paths: paths, rebuild: rebuild, directory: cacheDirectory) { pool, path in
            (try update(writer: pool, files: files, progress: progress), path)
        }
        return Indexed(stats: done.value.0, notices: done.notices, cachePath: done.value.1, warnings: discoveryWarnings)
    }

    /// The search index of a corpus, its cache first brought in step with the files (parse,
    /// extract and index what changed) but nothing decoded or assembled: a query is answered at
    /// once however large the corpus. It knows no events or people (no `type:`, no `person:`
    /// through extracted names, no matched events). Also returns what `index` did, the warnings
    /// of problem files (as `open` reports them), and how many articles are searchable.
    public static func searchIndex(paths: [String], cacheDirectory: String? = nil,
                                   progress: ((IndexProgress) -> Void)? = nil) throws
        -> (index: SearchIndex, indexed: Indexed, warnings: [LoadWarning], articles: Int) {
        let (files, discoveryWarnings) = CorpusScan.scan(paths)
        // Warnings name a file as it was given this time, as `open` does.
        let given = Dictionary(files.map { ($0.key, $0.path) }, uniquingKeysWith: { a, _ in a })
        let done = try withCache(paths: paths, rebuild: false, directory: cacheDirectory) { pool, path in
            let stats = try update(writer: pool, files: files, progress: progress)
            let (warnings, articles) = try pool.read { db -> ([LoadWarning], Int) in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT d.path, b.warnings FROM doc d JOIN blob b ON b.docid = d.docid WHERE d.warned = 1
                    """)
                let paths = try DocPaths(db)
                let warnings = try rows.flatMap { row -> [LoadWarning] in
                    let key = paths.key(row[0])
                    let file = given[key] ?? key
                    guard let blob = row[1] as Data? else { return [] }
                    return try JSONDecoder().decode([StoredWarning].self, from: blob)
                        .map { LoadWarning(path: file, reason: $0.reason, skipped: $0.skipped) }
                }
                return (warnings, try Int.fetchOne(db, sql: "SELECT count(*) FROM doc WHERE parsed = 1") ?? 0)
            }
            return (SearchIndex(reader: pool, library: Library(articles: [])), stats, path, warnings, articles)
        }
        let v = done.value
        return (v.0, Indexed(stats: v.1, notices: done.notices, cachePath: v.2, warnings: discoveryWarnings), v.3, v.4)
    }

    /// Runs `body` on the cache database of `paths` under the cache lock, creating it when
    /// missing and rebuilding it (with a notice) when it is truncated, damaged or outdated.
    private static func withCache<T>(paths: [String], rebuild: Bool, directory: String?,
                                     _ body: (DatabasePool, String) throws -> T) throws -> (value: T, notices: [String]) {
        let directory = directory ?? Self.cacheDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = cachePath(for: paths, directory: directory)
        let lock = try CacheLock(path: path + ".lock")
        defer { lock.release() }
        if rebuild { removeDatabase(at: path) }
        var notices: [String] = []
        if CacheSchema.looksTruncated(path: path) {
            notices.append("storyline: the cache \(path) is truncated; rebuilding it")
            removeDatabase(at: path)
        }
        do {
            let pool = try openCached(path: path, base: DocPaths.base(of: paths), notices: &notices)
            return (try body(pool, path), notices)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            notices.append("storyline: the cache \(path) is damaged (\(error.message ?? "corrupt")); rebuilding it")
            removeDatabase(at: path)
            let pool = try openCached(path: path, base: DocPaths.base(of: paths), notices: &notices)
            return (try body(pool, path), notices)
        }
    }

    /// The last cached state of a corpus, without looking at its files or decoding any article:
    /// for drawing a first screen at once (then call `open` in the background to refresh).
    /// The articles hold only what a list row shows (id, path, title, outlet, publication time),
    /// oldest first, undated last, ties by id. Nil when there is no usable cache. Events, people
    /// and `type:`/`person:` filters need the full `open`.
    public static func snapshot(paths: [String], cacheDirectory: String? = nil) -> (articles: [Article], index: SearchIndex)? {
        let path = cachePath(for: paths, directory: cacheDirectory ?? Self.cacheDirectory())
        guard FileManager.default.fileExists(atPath: path), !CacheSchema.looksTruncated(path: path),
              let pool = try? openPool(path: path, engine: CacheSchema.engineFingerprint(), create: false),
              let articles = try? pool.read(listArticles)
        else { return nil }
        return (articles, SearchIndex(reader: pool, library: Library(articles: [])))
    }

    /// Every parsed document as a list-row article, in list order. Read in table order and sorted
    /// here on one integer per row (an SQL `ORDER BY` on these text columns sorts whole rows);
    /// articles are built once, in their final order.
    private static func listArticles(_ db: Database) throws -> [Article] {
        var keys: [Int] = [], ids: [String] = [], paths: [String] = [], titles: [String] = []
        var outlets: [String?] = [], stamps: [Published?] = []
        let docPaths = try DocPaths(db)
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, path, title, outlet, published FROM doc WHERE parsed = 1")
        while let row = try cursor.next() {
            let published = (row[4] as String?).flatMap(Published.init(iso:))
            keys.append(listKey(published))
            ids.append(row[0]); paths.append(docPaths.key(row[1])); titles.append(row[2]); outlets.append(row[3]); stamps.append(published)
        }
        var order = Array(keys.indices)
        keys.withUnsafeBufferPointer { k in
            ids.withUnsafeBufferPointer { id in
                order.sort { k[$0] != k[$1] ? k[$0] < k[$1] : id[$0] < id[$1] }
            }
        }
        return order.map { Article(id: ids[$0], path: paths[$0], title: titles[$0], outlet: outlets[$0], published: stamps[$0]) }
    }

    /// Articles oldest first, undated last, ties by id: `CorpusLoader.sortedByDate`'s order, sorted
    /// on one integer per article instead of timestamp text.
    static func listOrder(_ articles: [Article]) -> [Article] {
        var keys: [Int] = []
        keys.reserveCapacity(articles.count)
        for i in articles.indices { keys.append(listKey(articles[i].published)) }
        var order = Array(articles.indices)
        keys.withUnsafeBufferPointer { k in
            articles.withUnsafeBufferPointer { a in
                order.sort { k[$0] != k[$1] ? k[$0] < k[$1] : a[$0].id < a[$1].id }
            }
        }
        return order.map { articles[$0] }
    }

    /// One integer ordering timestamps as their ISO text does (day, then time, no time first,
    /// then the zone as written: none, "+HH:MM" rising, "-HH:MM" rising); undated after all.
    static func listKey(_ published: Published?) -> Int {
        guard let p = published else { return 1 << 60 }
        let day = min(max(p.day.ordinal + (1 << 21), 0), (1 << 24) - 1)
        let minutes = min((p.minutes ?? -1) + 1, (1 << 16) - 1)
        let zone = p.utcOffsetMinutes.map { $0 >= 0 ? 1 + min($0, 8190) : 8192 + min(-$0, 8191) } ?? 0
        return day << 30 | minutes << 14 | zone
    }

    /// Why an existing cache cannot be used as is.
    private enum Staleness: Error { case outdated(String) }

    /// The cache pool at `path`, recreated (with a notice) when its schema or engine is outdated.
    private static func openCached(path: String, base: String, notices: inout [String]) throws -> DatabasePool {
        let engine = CacheSchema.engineFingerprint()
        do {
            return try openPool(path: path, engine: engine, base: base)
        } catch let Staleness.outdated(reason) {
            notices.append("storyline: the cache \(path) \(reason); rebuilding it")
            removeDatabase(at: path)
            return try openPool(path: path, engine: engine, base: base)
        }
    }

    private static func openPool(path: String, engine: String, base: String = "", create: Bool = true) throws -> DatabasePool {
        var config = SearchIndex.configuration()
        config.busyMode = .timeout(30)
        // Only takes effect when the file is created (before WAL is switched on): large pages
        // hold several article rows each instead of one row and a half-empty remainder.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = \(CacheSchema.pageSize)") }
        let pool = try DatabasePool(path: path, configuration: config)
        let check = { (db: Database) throws in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version == 0 {
                guard create else { throw Staleness.outdated("is empty") }
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                guard tables == 0 else { throw Staleness.outdated("has no schema version") }
                try CacheSchema.create(db, engine: engine, base: base)
                return
            }
            guard version == CacheSchema.version else {
                throw Staleness.outdated("has schema version \(version), this storyline uses \(CacheSchema.version)")
            }
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'engine'")
            guard stored == engine else { throw Staleness.outdated("was written by another build of storyline") }
        }
        if create { try pool.write(check) } else { try pool.read(check) }
        // Blobs name the dictionary they were packed with; decoding finds it registered.
        _ = try pool.read(CacheDictionaries.load)
        return pool
    }

    private static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    // MARK: refreshing

    /// A cached file row.
    private struct Known { var docid: Int64; var size: Int64; var mtime: Double; var hash: Int64; var hasArticle: Bool }

    /// The outcome of reading one changed or new file, prepared off the writer thread.
    private struct Prepared {
        var path: String
        /// The absolute path the cache row is keyed by.
        var key: String
        var size: Int64
        var mtime: Double
        var hash: Int64
        var known: Known?
        /// True when the bytes are the same as cached: only size/mtime need updating.
        var unchanged = false
        var article: Article?
        var articleBlob: Data?
        var extractionBlob: Data?
        var warnings: [LoadWarning] = []
        var bytes = 0
        /// True when a checked blob was not kept in its fast form (a round trip failed).
        var fellBack = false
    }

    /// Brings the database in step with `files`: new and changed files are parsed, extracted and
    /// written batch by batch (nothing is kept once written), removed files are dropped.
    static func update(writer: any DatabaseWriter, files entries: [CorpusScan.Entry],
                       progress: ((IndexProgress) -> Void)?) throws -> Stats {
        let started = Date()
        // The writer reads through the page cache, not the memory map the readers use: FTS5
        // merges touch the whole index, and mapped pages would count as this process's memory.
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA mmap_size = 0") }
        var known: [String: Known] = [:]
        try writer.read { db in
            let paths = try DocPaths(db)
            let rows = try Row.fetchCursor(db, sql: "SELECT docid, path, size, mtime, hash, parsed FROM doc")
            while let row = try rows.next() {
                known[paths.key(row[1])] = Known(docid: row[0], size: row[2], mtime: row[3], hash: row[4], hasArticle: row[5])
            }
        }
        var stats = Stats()
        var candidates: [CorpusScan.Entry] = []
        var present = Set<String>()
        for entry in entries {
            present.insert(entry.key)
            if let k = known[entry.key], k.size == entry.size, k.mtime == entry.mtime, k.hasArticle {
                stats.reused += 1
            } else {
                candidates.append(entry)
            }
        }
        let removed = known.filter { !present.contains($0.key) }.map(\.value.docid)
        // The files parsed for the dictionaries count as done as they are parsed (they are not
        // parsed again): a first build shows progress from the start.
        var (dictionaries, sampled) = try packing(writer: writer, candidates: candidates) { done, bytes in
            progress?(IndexProgress(done: done, total: candidates.count, bytes: bytes, elapsed: Date().timeIntervalSince(started)))
        }
        let counted = Set(sampled.keys)

        // Parse in parallel, batch by batch; one writer applies each batch while the next parses.
        let writerQueue = DispatchQueue(label: "storyline.cache.writer")
        let inFlight = DispatchSemaphore(value: 2)
        let failure = FailureBox()
        let batchSize = 512
        var done = counted.count
        var bytes = sampled.values.reduce(0) { $0 + $1.bytes }
        var checkAll = true, failedCheck = false
        for start in stride(from: 0, to: candidates.count, by: batchSize) {
            if failure.error != nil { break }
            let batch = Array(candidates[start..<min(start + batchSize, candidates.count)])
            let prepared = prepare(batch, known: known, dictionaries: dictionaries, sampled: sampled, checkAll: checkAll)
            // Every blob of the first batch is checked, then a sample (`checked`), and all again
            // from the first check that finds a blob the fast form could not carry.
            failedCheck = failedCheck || prepared.contains(where: \.fellBack)
            checkAll = Self.checksEveryBlob || failedCheck
            if !sampled.isEmpty { for f in batch { sampled[f.key] = nil } }
            for p in prepared {
                stats.bytesRead += p.bytes
                if !counted.contains(p.key) { bytes += p.bytes }
                if p.unchanged { stats.touched += 1 } else { stats.parsed += 1 }
            }
            inFlight.wait()
            writerQueue.async {
                defer { inFlight.signal() }
                guard failure.error == nil else { return }
                do { try write(prepared, to: writer) } catch { failure.error = error }
            }
            done += batch.reduce(0) { $0 + (counted.contains($1.key) ? 0 : 1) }
            progress?(IndexProgress(done: done, total: candidates.count, bytes: bytes, elapsed: Date().timeIntervalSince(started)))
        }
        writerQueue.sync {}
        if let error = failure.error { throw error }
        if !removed.isEmpty {
            try writer.write { db in for docid in removed { try deleteDoc(docid, db: db) } }
            stats.removed = removed.count
        }
        return stats
    }

    /// A file parsed to train the dictionaries, kept so that it is not parsed again.
    private struct Sampled {
        var hash: Int64; var bytes: Int; var article: Article; var extraction: ArticleExtraction; var warnings: [LoadWarning]
    }

    /// The dictionaries to pack new blobs with: the cache's own, or, when it has none and many
    /// files are new, ones trained on a sample of them (`CacheDictionaries.sampleCount`), with
    /// those files' parses by key. `progress` gets the files and bytes parsed so far.
    private static func packing(writer: any DatabaseWriter, candidates: [CorpusScan.Entry],
                                progress: (Int, Int) -> Void) throws -> (CacheDictionaries, [String: Sampled]) {
        let current = try writer.read(CacheDictionaries.load)
        guard current.article == nil, writer.path != ":memory:", candidates.count >= CacheDictionaries.minimumFiles else {
            return (current, [:])
        }
        let n = CacheDictionaries.sampleCount(newFiles: candidates.count)
        var parsed: [(String, Sampled)] = []
        var bytes = 0
        // In steps, so that progress is reported while a large sample is parsed.
        for first in stride(from: 0, to: n, by: 256) {
            let step = ParallelSlots.map(min(256, n - first)) { j -> (String, Sampled)? in
                let f = candidates[(first + j) * candidates.count / n]
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: f.path)) else { return nil }
                let (article, warnings) = parse(data: data, path: f.path)
                guard let article else { return nil }
                return (f.key, Sampled(hash: ContentHash.of(data), bytes: data.count, article: article,
                                       extraction: Extractor.extract(article), warnings: warnings))
            }.compactMap { $0 }
            parsed += step
            bytes += step.reduce(0) { $0 + $1.1.bytes }
            progress(parsed.count, bytes)
        }
        let trained = CacheDictionaries.train(parsed.map { ($0.1.article, $0.1.extraction) })
        try writer.write { try trained.store($0) }
        // Another process may have stored its own first: use what the cache holds.
        return (try writer.read(CacheDictionaries.load), Dictionary(parsed, uniquingKeysWith: { a, _ in a }))
    }

    /// True when every blob written is checked by decoding it back (debug builds, so tests
    /// check them all); release builds check `checked` files.
    #if DEBUG
    private static let checksEveryBlob = true
    #else
    private static let checksEveryBlob = false
    #endif

    /// Whether the blobs of a file with this content hash are checked by decoding them back
    /// when not all are: one file in 32, the same files on every build.
    private static func checked(hash: Int64) -> Bool { hash & 31 == 0 }

    /// Reads, hashes and (when the content changed) parses and extracts a batch, on all cores.
    /// With `checkAll` every blob is checked by a round trip, else those of `checked` files.
    private static func prepare(_ batch: [CorpusScan.Entry], known: [String: Known], dictionaries: CacheDictionaries,
                                sampled: [String: Sampled], checkAll: Bool) -> [Prepared] {
        ParallelSlots.map(batch.count) {
            prepareFile(batch[$0], known: known[batch[$0].key], dictionaries: dictionaries, sampled: sampled[batch[$0].key],
                        checkAll: checkAll)
        }.map { $0! }
    }

    /// `sampled`: the file as parsed for the dictionaries, used when its content is still the same.
    private static func prepareFile(_ f: CorpusScan.Entry, known: Known?, dictionaries: CacheDictionaries, sampled: Sampled?,
                                    checkAll: Bool) -> Prepared {
        var p = Prepared(path: f.path, key: f.key, size: f.size, mtime: f.mtime, hash: 0, known: known)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: f.path))
        } catch {
            p.warnings = [LoadWarning(path: f.path, reason: "cannot be read", skipped: true)]
            return p
        }
        p.bytes = data.count
        p.hash = ContentHash.of(data)
        if let known, known.hasArticle, known.hash == p.hash {
            p.unchanged = true
            return p
        }
        let reused = sampled.flatMap { $0.hash == p.hash ? $0 : nil }
        let (article, warnings) = reused.map { ($0.article, $0.warnings) } ?? parse(data: data, path: f.path)
        p.warnings = warnings
        if let article {
            let extraction = reused?.extraction ?? Extractor.extract(article)
            p.article = article
            // The round trips checking the fast forms cost as much as writing them: sampled.
            let verify = checkAll || checked(hash: p.hash)
            p.articleBlob = try? BlobCodec.encode(stored(article), dictionary: dictionaries.article, verify: verify)
            p.extractionBlob = ExtractionCodec.encode(extraction, article: article, dictionary: dictionaries.extraction,
                                                      verify: verify)
            let articleFast = p.articleBlob.map(BlobCodec.isBinary) ?? false
            let extractionFast = p.extractionBlob.map(AssemblyCodec.isTagged) ?? false
            p.fellBack = verify && !(articleFast && extractionFast)
        }
        return p
    }

    /// An article as its blob holds it: without its path, which the `doc` row has (and which
    /// `load` sets as given each time).
    static func stored(_ article: Article) -> Article {
        var a = article
        a.path = ""
        return a
    }

    private static func write(_ batch: [Prepared], to writer: any DatabaseWriter) throws {
        try writer.write { db in
            let paths = try DocPaths(db)
            let insertDoc = try db.cachedStatement(sql: """
                INSERT INTO doc(path, pathkey, size, mtime, hash, id, day, title, outlet, published, parsed, warned)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertBlob = try db.cachedStatement(sql: "INSERT INTO blob(docid, article, extraction, warnings) VALUES (?, ?, ?, ?)")
            let touch = try db.cachedStatement(sql: "UPDATE doc SET size = ?, mtime = ? WHERE docid = ?")
            let findPath = try db.cachedStatement(sql: "SELECT docid FROM doc WHERE pathkey = ? AND path = ?")
            for p in batch {
                if p.unchanged, let k = p.known {
                    try touch.execute(arguments: [p.size, p.mtime, k.docid])
                    continue
                }
                // Another process may have indexed this path since we looked: replace its row.
                let row = paths.stored(p.key)
                let current = try Int64.fetchOne(findPath, arguments: [CacheSchema.pathKey(row), row])
                if let docid = current { try deleteDoc(docid, db: db) }
                let warnings = p.warnings.isEmpty ? nil
                    : try JSONEncoder().encode(p.warnings.map { StoredWarning(reason: $0.reason, skipped: $0.skipped) })
                try insertDoc.execute(arguments: [row, CacheSchema.pathKey(row), p.size, p.mtime, p.hash, p.article?.id,
                                                  p.article?.published?.day.iso, p.article?.title, p.article?.outlet,
                                                  p.article?.published?.iso, p.article == nil ? 0 : 1, warnings == nil ? 0 : 1])
                let docid = db.lastInsertedRowID
                try insertBlob.execute(arguments: [docid, p.articleBlob, p.extractionBlob, warnings])
                if let article = p.article { try SearchIndex.insert(article, docid: docid, db: db) }
            }
        }
    }

    /// Removes a document and its index entries.
    private static func deleteDoc(_ docid: Int64, db: Database) throws {
        if let blob = try Data.fetchOne(db, sql: "SELECT article FROM blob WHERE docid = ?", arguments: [docid]),
           let article = try? BlobCodec.decode(Article.self, from: blob) {
            try SearchIndex.delete(article, docid: docid, db: db)
        }
        try db.execute(sql: "DELETE FROM doc WHERE docid = ?", arguments: [docid])
        try db.execute(sql: "DELETE FROM blob WHERE docid = ?", arguments: [docid])
    }

    /// Assembles the library from the articles and extractions decoded from the cache.
    /// When the cache holds the assembled events, people and relations of this very corpus state,
    /// they are decoded instead of merged again (and extractions are not read at all).
    private static func load(writer: any DatabaseWriter, files: [CorpusScan.Entry], stats: Stats,
                             writes: CacheWrites? = nil) throws -> Opened {
        let engine = CacheSchema.engineFingerprint()
        // An in-memory database (no cache) never holds an assembled library worth storing.
        let persistent = writer.path != ":memory:"
        let (key, assembled, links) = try writer.read { db in
            let key = try CachedLinks.fingerprint(db, engine: engine)
            return (key, persistent ? try CachedLibrary.fetch(db, fingerprint: key) : nil, try CachedLinks.fetchBlob(db, fingerprint: key))
        }
        var blobs: [String: (Data?, Data?, Data?)] = [:]
        try writer.read { db in
            let paths = try DocPaths(db)
            let extraction = assembled == nil ? "b.extraction" : "NULL"
            let rows = try Row.fetchCursor(db, sql: "SELECT d.path, b.article, \(extraction), b.warnings FROM doc d JOIN blob b ON b.docid = d.docid")
            while let row = try rows.next() {
                blobs[paths.key(row[0])] = (row[1], row[2], row[3])
            }
        }
        let damaged = FailureBox()
        var decoded = ParallelSlots<(Article?, ArticleExtraction?, [LoadWarning])>.map(files.count) { i in
            let path = files[i].path
            guard let (a, e, w) = blobs[files[i].key] else { return nil }
            do {
                // The path as given this time: the same file may have been indexed from another folder.
                let article = try a.map { blob -> Article in
                    var article = try BlobCodec.decode(Article.self, from: blob)
                    if article.path != path { article.path = path }
                    return article
                }
                let extraction = try article.flatMap { article in try e.map { try ExtractionCodec.decode($0, article: article) } }
                let warnings = try w.map { try JSONDecoder().decode([StoredWarning].self, from: $0) } ?? []
                return (article, extraction, warnings.map { LoadWarning(path: path, reason: $0.reason, skipped: $0.skipped) })
            } catch {
                damaged.error = error
                return nil
            }
        }
        // What is no longer needed is let go as soon as possible: on 100,000 articles the raw
        // blobs, the extractions and the assembled library are each hundreds of megabytes.
        blobs.removeAll()
        if damaged.error != nil {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a cached article cannot be decoded")
        }
        var pairs: [(Article, ArticleExtraction)] = []
        var warnings: [LoadWarning] = []
        for case let (a, e, w)? in decoded {
            warnings += w
            if let a { pairs.append((a, e ?? ArticleExtraction(article: a.id))) }
        }
        decoded.removeAll()
        let articles = listOrder(pairs.map(\.0))
        var stats = stats
        var library: Library
        if let assembled {
            library = try assembled.decoded(articles: articles).library(articles: articles)
            stats.assembledFromCache = true
        } else {
            var extractionByID = Dictionary(pairs.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
            pairs.removeAll()
            let extractions = articles.compactMap { extractionByID[$0.id] }
            extractionByID.removeAll()
            library = Library.assemble(articles: articles, extractions: consume extractions)
            // A cache that cannot be written only costs the next open an assembly.
            if persistent {
                let assembled = library
                let store: @Sendable () -> Void = {
                    let encoded = CachedLibrary(assembled).encoded(articles: assembled.articles)
                    try? writer.write { try CachedLibrary.store(encoded, $0, fingerprint: key) }
                }
                if let writes { writes.add(store) } else { store() }
            }
        }
        if let links {
            library = try CachedLinks.decode(links, library: library).attached(to: library)
            stats.linkedFromCache = true
        }
        return Opened(library: library, index: SearchIndex(reader: writer, library: library), warnings: warnings,
                      notices: [], stats: stats, cachePath: nil, writer: writer, linkKey: key, writes: writes)
    }

    /// Decodes and parses file bytes exactly as `CorpusLoader.loadFile` does after reading.
    private static func parse(data: Data, path: String) -> (Article?, [LoadWarning]) {
        switch SourceText.decode(data) {
        case .failure(let rejection):
            return (nil, [LoadWarning(path: path, reason: rejection.description, skipped: true)])
        case .success(let (text, repairs)):
            var warnings = repairs.map { LoadWarning(path: path, reason: $0, skipped: false) }
            guard let article = ArticleParser.parse(text: text, path: path) else {
                warnings.append(LoadWarning(path: path, reason: "no article text found", skipped: true))
                return (nil, warnings)
            }
            return (article, warnings)
        }
    }

}

/// A load warning as stored in the cache.
private struct StoredWarning: Codable { var reason: String; var skipped: Bool }

/// The first error raised by one of several threads.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); defer { lock.unlock() }; if stored == nil { stored = newValue } }
    }
}
