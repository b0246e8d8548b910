import XCTest
@testable import StorylineCore

/// "Hun Sen": an office written short ("Sen.", "Gen.") is also a family name; without its period after a
/// name word it ends that name. ", President of the Senate of …,": the office of a body, not a state's.
final class OfficeAbbreviationTests: XCTestCase {
    private func people(_ paras: [String]) -> [Person] {
        let article = Article(id: "oa", path: "oa.txt", title: "Visit", published: Published(day: Day(2026, 11, 18)!),
                              blocks: paras.enumerated().map { Block(kind: .paragraph, text: $1, offset: $0 * 300) })
        return PersonRecognizer.recognize(article).people
    }

    func testAShortOfficeWithoutItsPeriodEndsTheNameBeforeIt() {
        let found = people(["Samdech Techo Hun Sen, President of the Senate of the Kingdom of Cambodia, received Dara Vann on Monday."])
        let hun = found.first { $0.name == "Hun Sen" }
        XCTAssertNotNil(hun, "\(found.map(\.name))")
        XCTAssertEqual(hun?.roles.first?.title, "President of the Senate")
        XCTAssertEqual(hun?.leader, false)
        // With its period it is still the office: "Sen. Mark Kelly".
        XCTAssertEqual(people(["Sen. Mark Kelly met the delegation on Monday."]).first?.roles.first?.title, "Senator")
    }

    func testAnOfficeOfABodyInAppositionNamesItsHolder() {
        let found = people(["Marta Rinaldi, President of the National Assembly of the Republic of Korea, hosted the delegation on Friday."])
        XCTAssertEqual(found.map(\.name), ["Marta Rinaldi"])
        XCTAssertEqual(found.first?.roles.first?.title, "President of the National Assembly")
        XCTAssertEqual(found.first?.roles.first?.country, "South Korea")
        XCTAssertEqual(found.first?.leader, false)
        XCTAssertEqual(people(["Ana Duarte, President of the European Council, spoke to reporters."]).first?.roles.first?.title,
                       "President of the European Council")
    }
}

/// A wire paragraph dense with names and offices is still prose when a short verb is in lower case.
final class DenseParagraphTests: XCTestCase {
    func testAShortLowerCaseVerbMakesANameDenseParagraphProse() {
        let text = "Antonio Costa, President of the European Council, met Chinese Premier Li Qiang in Brussels."
        XCTAssertFalse(ScannedBlock(index: 0, text: text).titleCase)
        XCTAssertTrue(ScannedBlock(index: -1, text: "Costa Meets Li in Brussels as Trade Talks Resume").titleCase)
        let article = Article(id: "dp", path: "dp.txt", title: "Summit", published: Published(day: Day(2026, 11, 18)!),
                              blocks: [Block(kind: .paragraph, text: text, offset: 0)])
        let names = PersonRecognizer.recognize(article).people.map(\.name)
        XCTAssertTrue(names.contains("Antonio Costa"), "\(names)")
    }
}
