import XCTest
import StorylineCore
@testable import StorylineTUI

/// Long deterministic random walks through every key and some resizes: nothing crashes,
/// selections stay in range, and every screen stays a well-formed grid.
final class RandomKeysTests: XCTestCase {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func testRandomWalks() {
        let keys = Array(Set(KeyMap.bindings.flatMap(\.keys))) + [.char("x"), .char("2"), .char("0"), .char("-"), .char("한")]
        let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 15), Size(width: 130, height: 40), Size(width: 30, height: 8)]
        for (seed, lib) in [(1, Fixtures.library), (2, Fixtures.articlesOnly), (3, Fixtures.library)] {
            var rng = Generator(state: UInt64(seed))
            var s = Fixtures.state(lib)
            for step in 0..<400 {
                let action: Action = Int.random(in: 0..<40, using: &rng) == 0
                    ? .resize(sizes.randomElement(using: &rng)!) : .key(keys.randomElement(using: &rng)!)
                let (next, effects) = update(s, action)
                s = next
                if effects.contains(.quit) { s = Fixtures.state(lib, width: s.size.width, height: s.size.height) }
                let b = Fixtures.screen(s)
                XCTAssertEqual(b.cells.count, s.size.width * s.size.height)
                for y in 0..<b.height {
                    XCTAssertEqual(DisplayWidth.of(b.line(y)), b.width, "seed \(seed) step \(step) row \(y)")
                }
                XCTAssertFalse(b.cells.contains { $0.text.unicodeScalars.contains { Sanitizer.isControl($0.value) } })
                XCTAssertTrue(s.articles.isEmpty || s.articles.indices.contains(s.view.articleSelection))
                XCTAssertTrue(s.view.readerScroll >= 0 && s.view.timelineScroll >= 0 && s.view.articleScroll >= 0)
            }
        }
    }
}
