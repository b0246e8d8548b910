import Foundation
import GRDB

/// The layout of the cache database. Bump `version` whenever the layout or the meaning of a
/// stored blob changes: an older cache is then detected and rebuilt, never misread.
enum CacheSchema {
    /// Stored in `PRAGMA user_version`.
    static let version = 16
    /// Bytes per database page for new caches (see `CorpusStore.openPool`).
    static let pageSize = 65536

    /// Creates every table of an empty cache and stamps it with the version, the engine and the
    /// folder `doc` paths are relative to (`DocPaths`).
    /// `doc_fts` lists the body first: FTS5 marks each position list of any other column with
    /// two extra bytes, so this order makes the index about a quarter smaller than title first.
    /// Its tokenizer leaves out `CommonWords` (`CommonWordsTokenizer`), a sixth of the index.
    /// `dictionary` holds the zstd dictionaries blobs are packed with (`CacheDictionaries`).
    /// A row is found by its path through `pathkey` (`pathKey`): an index of 64-bit hashes is
    /// a quarter the size of one of the paths themselves.
    static func create(_ db: Database, engine: String, base: String) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE doc(
                docid INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                pathkey INTEGER NOT NULL,
                size INTEGER NOT NULL,
                mtime REAL NOT NULL,
                hash INTEGER NOT NULL,
                id TEXT,
                day TEXT,
                title TEXT,
                outlet TEXT,
                published TEXT,
                parsed INTEGER NOT NULL,
                warned INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE blob(
                docid INTEGER PRIMARY KEY,
                article BLOB,
                extraction BLOB,
                warnings BLOB);
            CREATE TABLE linked(
                fingerprint TEXT PRIMARY KEY,
                value BLOB NOT NULL);
            CREATE TABLE assembled(
                fingerprint TEXT NOT NULL,
                kind INTEGER NOT NULL,
                chunk INTEGER NOT NULL,
                value BLOB NOT NULL,
                PRIMARY KEY(fingerprint, kind, chunk));
            CREATE TABLE dictionary(
                purpose TEXT PRIMARY KEY,
                data BLOB NOT NULL);
            CREATE INDEX doc_day ON doc(day);
            CREATE INDEX doc_pathkey ON doc(pathkey);
            CREATE VIRTUAL TABLE doc_fts USING fts5(
                body, title, captions, outlet,
                content='', tokenize='porter storyline_common unicode61 remove_diacritics 2');
            INSERT INTO doc_fts(doc_fts, rank) VALUES('pgsz', 4050);
            """)
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('engine', ?)", arguments: [engine])
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('base', ?)", arguments: [base])
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// The `pathkey` of a row for `path`: its hash (rows are found by pathkey and path both).
    static func pathKey(_ path: String) -> Int64 { ContentHash.of(Data(path.utf8)) }

    /// True when the database file is shorter than its own header says (a cut-off copy or
    /// a full disk): SQLite would only notice when it reaches a missing page.
    static func looksTruncated(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size > 0 else { return false }
        guard size >= 100 else { return true }
        try? handle.seek(toOffset: 0)
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return true }
        let b = [UInt8](header)
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? UInt64) ?? 0
        guard walSize == 0 else { return false }
        let rawPageSize = Int(b[16]) << 8 | Int(b[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = Int(b[28]) << 24 | Int(b[29]) << 16 | Int(b[30]) << 8 | Int(b[31])
        return pages > 0 && UInt64(pages * pageSize) > size
    }

    /// Identifies the program that wrote a cache: extraction rules live in the binary, so a
    /// cache written by another build may hold stale extractions and is rebuilt.
    static func engineFingerprint() -> String {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "v\(version)" }
        return "v\(version)-\(st.st_size)-\(st.st_mtim.tv_sec)-\(st.st_mtim.tv_nsec)"
    }
}
