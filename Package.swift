// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "storyline", targets: ["storyline"]),
        .library(name: "StorylineCore", targets: ["StorylineCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The only module that knows ncurses exists; imported by StorylineTUI's NcursesTerminal.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // zstd: compresses cache blobs (with dictionaries trained on the corpus) so the cache
        // stays smaller than the corpus.
        .systemLibrary(name: "CZstd", path: "Sources/CZstd"),
        // Loading, parsing, extraction and indexing. No terminal code.
        .target(
            name: "StorylineCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), "CZstd"]
        ),
        // Pure update/render over a screen buffer, plus the terminal back ends.
        .target(name: "StorylineTUI", dependencies: ["StorylineCore", "CNcursesw"]),
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StorylineCore", "StorylineTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: cold build, cached open and query latency on a generated corpus.
        .executableTarget(name: "storyline-bench", dependencies: ["StorylineCore", "StorylineTUI"]),
        .testTarget(name: "StorylineCoreTests", dependencies: ["StorylineCore"]),
        .testTarget(name: "StorylineTUITests", dependencies: ["StorylineTUI", "StorylineCore"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v5]
)
