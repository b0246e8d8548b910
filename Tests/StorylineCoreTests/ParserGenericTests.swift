import Foundation
import XCTest
@testable import StorylineCore

/// The parser on layouts it was not tuned on: wire stories, HTML pages, Markdown posts, odd encodings.
final class ParserGenericTests: XCTestCase {
    static let fixtures = ParserSeedTests.root.appendingPathComponent("Tests/fixtures/articles")

    func fixture(_ name: String) throws -> Article {
        let (article, _) = CorpusLoader.loadFile(Self.fixtures.appendingPathComponent(name).path)
        return try XCTUnwrap(article, name)
    }

    func parse(_ text: String, path: String = "story.txt") throws -> Article {
        try XCTUnwrap(ArticleParser.parse(text: text, path: path))
    }

    /// A three-word headline over a one-sentence story is the headline; the sentence stays body.
    func testShortHeadlineAboveOneSentenceStory() throws {
        let a = try parse("Tariff dispute deepens\nMinisters discussed steel and cars among other items.\n")
        XCTAssertEqual(a.title, "Tariff dispute deepens")
        XCTAssertEqual(a.paragraphs, ["Ministers discussed steel and cars among other items."])
    }

    /// After a short lede, a sentence that tells a date is the story's, not the page's stamp, in
    /// English and in Chinese (where a whole sentence is only thirty characters long).
    func testADatedSentenceAfterAShortLedeStaysInTheStory() throws {
        let en = try parse("Trade talks\n\nThe premier met the minister on Monday.\n\n"
                           + "Chinese President Xi Jinping met the Spanish prime minister in Beijing on March 5, 2025.\n\nEnd of story here.\n")
        XCTAssertEqual(en.paragraphs.count, 3, "\(en.paragraphs)")
        XCTAssertNil(en.published)
        let zh = try parse("Trade talks in Beijing\n\nThe premier met the minister on Monday.\n\n"
                           + "中国国家主席习近平于2025年3月5日在北京会见了西班牙首相。\n\nA final English paragraph.\n")
        XCTAssertEqual(zh.paragraphs.count, 3, "\(zh.paragraphs)")
        // A stamp line of its own still dates the page.
        let stamped = try parse("Trade talks\n\nMarch 5, 2025\n\nThe premier met the minister on Monday in the capital.\n")
        XCTAssertEqual(stamped.published?.day, Day(2025, 3, 5))
    }

    /// "EFE | 16 Mar 2026": a header line naming the agency also stamps the story with its date.
    func testAgencyLineWithItsDateStampsTheStory() throws {
        let a = try parse("Leaders close meeting in Brussels\n\nEFE | 16 Mar 2026\n\n"
                          + "Brussels (EFE).- The leaders closed their meeting on Saturday with a declaration.\n")
        XCTAssertEqual(a.published?.day, Day(2026, 3, 16))
        XCTAssertEqual(a.outlet, "EFE")
    }

    /// A Markdown link reads as its text, in the reader and for extraction; citation markers and
    /// brackets that open no link stay as written.
    func testMarkdownLinksReadAsTheirText() throws {
        let a = try parse("Talks in Rome\n\nMeloni met [Prime Minister Pedro Sanchez](https://example.com/s) on Tuesday, "
                          + "[the government said](https://gov.it/x).\n\nThe talks [1] covered migration [sic] and [broken](no close.\n",
                          path: "story.md")
        XCTAssertEqual(a.paragraphs, ["Meloni met Prime Minister Pedro Sanchez on Tuesday, the government said.",
                                      "The talks [1] covered migration [sic] and [broken](no close."])
        XCTAssertEqual(a.blocks.last?.citations, [1])
    }

    /// Markdown emphasis, inline code and block quote marks are not part of the text, so a
    /// bold name keeps its title and the meeting is found; arithmetic, list bullets and
    /// underscores inside words stay as written.
    func testMarkdownEmphasisAndQuotesReadAsPlainText() throws {
        let text = "Talks in Oslo\n\nPresident **Ana Costa** met _Prime Minister_ Jon Berg in Oslo on Monday, the *ministry* said. "
            + "They spoke about `trade` and __fish__ and ***energy***.\n\n> \"We agreed,\" Costa said.\n\n"
            + "* a bullet stays, as does 5 * 3 * 2, a file_name_here and a lone ** mark.\n"
        let a = try parse(text, path: "story.md")
        XCTAssertEqual(a.paragraphs, [
            "President Ana Costa met Prime Minister Jon Berg in Oslo on Monday, the ministry said. They spoke about trade and fish and energy.",
            "\"We agreed,\" Costa said.",
            "* a bullet stays, as does 5 * 3 * 2, a file_name_here and a lone ** mark."])
        XCTAssertEqual(a.blocks[1].offset, text.unicodeScalars.count - a.paragraphs[1].unicodeScalars.count - a.paragraphs[2].unicodeScalars.count - 3,
                       "the quote's text starts after its mark")
        let x = Extractor.extract(a)
        XCTAssertEqual(Set(x.people.filter(\.leader).map(\.name)), ["Ana Costa", "Jon Berg"])
        XCTAssertTrue(x.relations.contains { Set($0.people) == ["Ana Costa", "Jon Berg"] && $0.interactions.contains { $0.type == .meeting } },
                      "\(x.relations)")
    }

    /// A Markdown table reads row by row, its cells set apart by a middle dot, without pipes.
    func testMarkdownTableRowsReadAsCells() throws {
        let a = try parse("Summit results\n\nLeaders agreed on a plan on Tuesday in the capital after long talks.\n\n"
                          + "| Country | Leader |\n|---|---|\n| Kenya | William Ruto |\n\nA line | with a pipe stays.\n", path: "story.md")
        XCTAssertEqual(a.paragraphs, ["Leaders agreed on a plan on Tuesday in the capital after long talks.",
                                      "Country · Leader", "Kenya · William Ruto", "A line | with a pipe stays."])
    }

    func testWireStoryDatelineBylineAndFooter() throws {
        let a = try fixture("reuters_wire.txt")
        XCTAssertEqual(a.title, "Japan, Philippines agree to deepen coast guard cooperation")
        XCTAssertEqual(a.outlet, "Reuters")
        XCTAssertEqual(a.published?.iso, "2025-10-31T06:12+09:00")
        XCTAssertEqual(a.byline, "Tim Kelly and Karen Lema")
        XCTAssertEqual(a.dateline, "SEOUL, Oct 31 (Reuters)")
        XCTAssertEqual(a.paragraphs.count, 3)
        XCTAssertFalse(a.paragraphs.joined().contains("Editing by"))
        XCTAssertFalse(a.paragraphs.joined().contains("Skip to main content"))
    }

    func testAPStoryWithCopyrightFooter() throws {
        let a = try fixture("ap_story.txt")
        XCTAssertEqual(a.outlet, "The Associated Press")
        XCTAssertEqual(a.dateline, "MEXICO CITY (AP)")
        XCTAssertEqual(a.published?.day.iso, "2025-03-03")
        XCTAssertEqual(a.published?.utcOffsetMinutes, -240)
        XCTAssertFalse(a.paragraphs.joined().contains("All rights reserved"))
    }

    func testGuardianStampAndImageCreditRepeat() throws {
        let a = try fixture("guardian_page.txt")
        XCTAssertEqual(a.title, "Macron and Starmer pledge joint Channel patrols after Paris talks")
        XCTAssertEqual(a.published?.iso, "2025-06-11T07:27+01:00")
        XCTAssertEqual(a.outlet, "The Guardian")
        XCTAssertEqual(a.captions, ["Keir Starmer and Emmanuel Macron at the Élysée Palace on Tuesday."])
        XCTAssertFalse(a.paragraphs.joined().contains("Photograph:"))
        XCTAssertFalse(a.paragraphs.joined().contains("Heatwave warning"), "most-viewed box removed")
    }

    func testHTMLPage() throws {
        let a = try fixture("html_page.html")
        XCTAssertEqual(a.title, "Kenya and Ethiopia sign water-sharing pact")
        XCTAssertEqual(a.outlet, "The East Report")
        XCTAssertEqual(a.published?.iso, "2025-05-20T09:30+03:00")
        XCTAssertEqual(a.url, "https://www.eastreport.example/world/kenya-ethiopia-water-pact")
        XCTAssertEqual(a.byline, "Amina Odhiambo")
        XCTAssertEqual(a.captions.count, 1)
        XCTAssertEqual(a.paragraphs.count, 3)
        let body = a.paragraphs.joined(separator: "\n")
        XCTAssertTrue(body.contains("NAIROBI — Kenyan"), "entities decoded")
        XCTAssertTrue(body.contains("Lake Turkana & farms"))
        for furniture in ["analytics", "font-family", "Home", "Sports", "All rights reserved", "<"] {
            XCTAssertFalse(body.contains(furniture), furniture)
        }
    }

    func testMarkdownFrontMatter() throws {
        let a = try fixture("markdown_post.md")
        XCTAssertEqual(a.title, "Brazil and Argentina leaders meet at Mercosur summit")
        XCTAssertEqual(a.published?.iso, "2025-07-03")
        XCTAssertEqual(a.byline, "Lucas Ferreira")
        XCTAssertEqual(a.url, "https://www.southernwire.example/2025/07/03/mercosur-summit")
        XCTAssertEqual(a.blocks.filter { $0.kind == .heading }.map(\.text), ["A frosty start"])
        XCTAssertFalse(a.paragraphs.joined().contains("](http"), "link lists are navigation")
        XCTAssertFalse(a.paragraphs.contains { $0.hasPrefix("title:") || $0 == "---" })
    }

    /// "Source: Agency | date time" names the outlet and the publication time on one line.
    func testSourceLineWithOutletAndTime() throws {
        let a = try parse("Leaders hold talks in Lima\n\nSource: Andes Wire | 2025-05-13 21:40:12\n\n"
            + "LIMA, May 13 -- President Rosa Paz on Tuesday held talks with Chilean President Tomas Vidal.\n")
        XCTAssertEqual(a.outlet, "Andes Wire")
        XCTAssertEqual(a.published?.iso, "2025-05-13T21:40")
        let b = try parse("Leaders hold talks in Lima\n\nSource: Andes Wire\n\nPresident Rosa Paz held talks on Tuesday.\n")
        XCTAssertEqual(b.outlet, "Andes Wire")
        XCTAssertNil(b.published)
    }

    /// A header line of a name and a newsroom job with no separator is the byline, so the
    /// reporter never becomes one of "the two leaders".
    func testBylineOfNameAndJobTitle() throws {
        let a = try parse("Leaders agree to keep talking\n\nMara Quist Foreign affairs and defence correspondent\n"
            + "Sat 22 Nov 2025 14.05 AEDT\n\nPrime Minister Ravi Menon spoke with President Tomas Vidal on Friday.\n")
        XCTAssertEqual(a.byline, "Mara Quist")
        XCTAssertFalse(a.paragraphs.contains { $0.contains("correspondent") })
        XCTAssertNil(ArticleParser.nameBeforeJobTitle("Foreign affairs correspondent"))
        XCTAssertNil(ArticleParser.nameBeforeJobTitle("Tokyo correspondent"))
    }

    /// A page whose <title> is its headline plus " | Site" is from that site.
    func testSiteNameFromTitleTagSuffix() throws {
        let html = "<html><head><title>Leaders agree to step up cooperation | The Harbor Times</title></head><body>"
            + "<h1>Leaders agree to step up cooperation</h1><p>Prime Minister Ravi Menon held phone talks with "
            + "President Tomas Vidal on Monday, and the two agreed to step up coordination on trade.</p></body></html>"
        XCTAssertEqual(try parse(html, path: "page.html").outlet, "The Harbor Times")
        let other = html.replacingOccurrences(of: "<h1>Leaders agree to step up cooperation</h1>", with: "<h1>Another headline entirely</h1>")
        XCTAssertNil(try parse(other, path: "page.html").outlet, "a suffix is a site name only when the rest is the headline")
    }

    func testPageWithNoDateHasNoPublication() throws {
        let a = try fixture("undated_story.txt")
        XCTAssertEqual(a.title, "Canadian prime minister visits Warsaw to discuss defence ties")
        XCTAssertNil(a.published)
        XCTAssertNil(a.outlet)
        XCTAssertEqual(a.paragraphs.count, 2)
    }

    func testDateInProseIsNotPublication() throws {
        let a = try parse("Leaders meet again in Vienna for talks\n\nThe talks, first held on June 4, 2025, resumed in Vienna with both delegations present and a long agenda ahead of them, officials said on the record.\n")
        XCTAssertNil(a.published)
    }

    func testCRLFFileLoads() throws {
        let a = try fixture("crlf_story.txt")
        XCTAssertEqual(a.title, "Reporters’ notebook: summit ends")
        XCTAssertEqual(a.published?.iso, "2025-06-11T14:03+09:00")
        XCTAssertEqual(a.paragraphs, ["The summit ended with a joint statement on trade.", "Leaders agreed to meet again next year."])
    }

    func testEscapeSequencesStripped() throws {
        let data = Data("Title of a \u{1B}[31mcolored\u{1B}[0m story here\n\nBody text \u{1B}]0;evil\u{07}with escapes in it.\n".utf8)
        guard case .success(let (text, repairs)) = SourceText.decode(data) else { return XCTFail("rejected") }
        let a = try parse(text)
        XCTAssertEqual(a.title, "Title of a colored story here")
        XCTAssertEqual(a.paragraphs, ["Body text with escapes in it."])
        XCTAssertFalse(repairs.isEmpty)
    }

    /// Every block's offset points at its exact text in the sanitized file (or, for HTML, the extracted text).
    func testBlockOffsetsAreExact() throws {
        let seeds = ParserSeedTests.root.appendingPathComponent("seeds")
        var files: [URL] = []
        for dir in [seeds, Self.fixtures] {
            files += try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.appendingPathComponent($0) }
        }
        XCTAssertGreaterThan(files.count, 10)
        for url in files {
            guard case .success(let (text, _)) = SourceText.decode(try Data(contentsOf: url)) else { continue }
            let source = HTMLText.looksLikeHTML(text, path: url.path) ? HTMLText.convert(text).text : text
            let scalars = Array(source.unicodeScalars)
            let a = try XCTUnwrap(ArticleParser.parse(text: text, path: url.path))
            XCTAssertFalse(a.blocks.isEmpty, url.lastPathComponent)
            for b in a.blocks {
                let n = b.text.unicodeScalars.count
                XCTAssertLessThanOrEqual(b.offset + n, scalars.count)
                guard b.offset + n <= scalars.count else { continue }
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[b.offset..<(b.offset + n)])), b.text, url.lastPathComponent)
            }
        }
    }

    func testOffsetsCountScalarsNotBytes() throws {
        let a = try parse("Título: 한국 대통령 발표 news headline here\n\n  Café — 서울 body paragraph with wide text.\n")
        XCTAssertEqual(a.blocks.first?.offset, Array("Título: 한국 대통령 발표 news headline here\n\n  ".unicodeScalars).count)
    }

    func testRankingListRemoved() throws {
        let a = try parse("""
        A headline about a ministerial meeting today
        The ministers met in Geneva on Monday to discuss the ceasefire and humanitarian access, a spokesperson said after the meeting ended late in the evening.
        Most Popular
        -
        First unrelated headline
        -
        Second unrelated headline
        -
        Third unrelated headline
        """)
        XCTAssertEqual(a.paragraphs.count, 1)
    }

    func testPublishedPreferredOverUpdated() throws {
        let a = try parse("Storm hits coastal towns across the region\nUpdated: June 12, 2025, 09:00\nPublished: June 11, 2025, 18:30\n\nThe storm hit on Tuesday.\n")
        XCTAssertEqual(a.published?.iso, "2025-06-11T18:30")
    }

    func testNavigationBylineLinesAndStandfirst() throws {
        let a = try fixture("nyt_style.txt")
        XCTAssertEqual(a.title, "Biden and Xi Agree to Resume Military Talks")
        XCTAssertEqual(a.byline, "Peter Baker and David E. Sanger")
        XCTAssertEqual(a.published?.iso, "2023-11-15")
        for s in ["Advertisement", "Supported by", "Share full article", "Reporting from", "Listen to this article"] {
            XCTAssertFalse(a.paragraphs.joined(separator: "\n").contains(s), s)
        }
    }

    func testCaptionWithAgencyCreditAndReporterEmail() throws {
        let a = try fixture("herald_style.txt")
        XCTAssertEqual(a.title, "Seoul, Tokyo agree to expand defense dialogue")
        XCTAssertEqual(a.published?.iso, "2025-06-11T14:03")
        XCTAssertEqual(a.byline, "Kim Arin")
        XCTAssertEqual(a.outlet, "The Korea Herald", "named by the reporter's e-mail domain")
        XCTAssertEqual(a.captions.count, 1)
        XCTAssertFalse(a.paragraphs.contains { $0.contains("@") })
    }

    func testJapaneseStoryWithoutSpaces() throws {
        let a = try fixture("japanese_story.txt")
        XCTAssertEqual(a.title, "石破首相、李在明大統領と初の首脳会談")
        XCTAssertEqual(a.published?.iso, "2025-06-17T21:30")
        XCTAssertEqual(a.paragraphs.count, 1)
    }

    func testWireEndMarkAndNamePlate() throws {
        let a = try fixture("yonhap_wire.txt")
        XCTAssertEqual(a.title, "Lee, Ishiba agree to continue shuttle diplomacy")
        XCTAssertEqual(a.outlet, "Yonhap")
        XCTAssertEqual(a.published?.iso, "2025-06-18T14:03")
        XCTAssertEqual(a.paragraphs.count, 2)
    }

    func testStampAboveHeadline() throws {
        let a = try parse("World\nJune 11, 2025\nParliament approves new budget after long debate\n\nLawmakers approved the budget on Tuesday after a debate that lasted three days and nights.\n")
        XCTAssertEqual(a.title, "Parliament approves new budget after long debate")
        XCTAssertEqual(a.published?.iso, "2025-06-11")
        XCTAssertEqual(a.paragraphs.count, 1)
    }

    func testTextWithoutHeadlineKeepsItsFirstParagraph() throws {
        let lead = "The foreign ministers of three countries met in Jakarta on Monday to discuss maritime security. " +
            "They agreed to hold joint exercises next year and to share information about vessels in the region, officials said."
        let a = try parse(lead + "\n\nA second paragraph follows here.\n")
        XCTAssertEqual(a.title, "The foreign ministers of three countries met in Jakarta on Monday to discuss maritime security.")
        XCTAssertEqual(a.paragraphs.first, lead)
    }

    func testSummaryBulletsAboveDatelineAreNotCaptions() throws {
        let a = try fixture("wire_with_summary.txt")
        XCTAssertEqual(a.captions, [])
        XCTAssertEqual(a.outlet, "The Associated Press")
        XCTAssertEqual(a.dateline, "BRUSSELS (AP)")
        XCTAssertEqual(a.published?.iso, "2025-10-23T18:05+02:00")
        XCTAssertTrue(a.paragraphs.contains("- Hungary drops objection after talks"))
    }

    func testABareStampAfterTheLedeIsThePublicationDate() throws {
        let text = "Two leaders agree to upgrade ties\n\nJAKARTA -- The two presidents on Tuesday agreed to lift their countries' relationship to a comprehensive strategic partnership, during a first state visit that both sides hailed as a turning point for the region and for trade.\n\nOctober 14, 2026 19:05 JST\n\nThe leaders also witnessed the signing of agreements.\n"
        let a = try XCTUnwrap(ArticleParser.parse(text: text, path: "x.txt"))
        XCTAssertEqual(a.published?.day.iso, "2026-10-14")
        XCTAssertFalse(a.paragraphs.contains { $0.hasPrefix("October 14") })
    }

    /// A transcript's first line "Briefing – Date" is its headline, not a stamp to skip.
    func testAFirstLineWithItsDateIsTheHeadline() throws {
        let a = try parse("Department Press Briefing – February 24, 2026\n\nJane Roe, Spokesperson\nFebruary 24, 2026\n\n"
                          + "MS ROE: Good afternoon. The Secretary will travel to Tokyo on March 5 for talks with the foreign minister there.\n")
        XCTAssertEqual(a.title, "Department Press Briefing – February 24, 2026")
        XCTAssertEqual(a.published?.day.iso, "2026-02-24")
    }

    /// Bylines without "By": reporters filing from places, a bare name over a place and the stamp,
    /// a "WRITER:" label; an agency after a bar names the outlet; a job line under a byline is no body.
    func testBylinesWithoutBy() throws {
        let ft = try parse("Steelmaker chief meets minister after ruling\n\nRachel Hoffmann in Pittsburgh and Kenji Morita in Tokyo\n\n"
                           + "April 21 2026\n\nThe chief met the minister in Washington on Monday, hours after a judge threw out the suit.\n")
        XCTAssertEqual(ft.byline, "Rachel Hoffmann and Kenji Morita")
        XCTAssertEqual(ft.paragraphs.count, 1)
        let globe = try parse("Prime minister to attend World Cup opener\n\nMarie Woolf\nOttawa\nPublished June 10, 2026\n\n"
                              + "The Prime Minister will attend the opening match in Mexico City on Thursday, his office said.\n")
        XCTAssertEqual(globe.byline, "Marie Woolf")
        XCTAssertEqual(globe.paragraphs, ["The Prime Minister will attend the opening match in Mexico City on Thursday, his office said."])
        let post = try parse("Leaders agree to reopen two border checkpoints\n\nPUBLISHED : 2 Jan 2026 at 17:45\n\n"
                             + "NEWSPAPER SECTION: News\n\nWRITER: Wassana Nanuam\n\nThe two prime ministers agreed in a phone call on Dec. 30.\n")
        XCTAssertEqual(post.byline, "Wassana Nanuam")
        XCTAssertEqual(post.paragraphs, ["The two prime ministers agreed in a phone call on Dec. 30."])
        let live = try parse("LIVE: Arab leaders gather in Riyadh\n\nLive updates | AFP\n\nLast updated: 18/08/2026 - 21:40 (Paris)\n\n"
                             + "21:40 — The crown prince signed a reconstruction package at the close of the conference.\n")
        XCTAssertEqual(live.outlet, "AFP")
        XCTAssertEqual(live.paragraphs.count, 1)
        let column = try parse("Opinion | The left is running out of road\n\nBy Daniela Ortega Ruiz\nColumnist\nMay 12, 2026\n\n"
                               + "Colombia votes on May 31 to choose the president's successor.\n")
        XCTAssertEqual(column.paragraphs, ["Colombia votes on May 31 to choose the president's successor."])
    }

    /// A live page over two days: a clock time alone on a line heads the entry below it, and a day
    /// heading ("Tuesday 7 July") dates the entries under it, not the day the page was last updated.
    func testLivePageWithClockLinesAndDayHeadings() throws {
        let live = try parse("Summit live: leaders meet in Ankara\n\nLast updated: 8 July 2026, 16:45 BST\n\nWednesday 8 July\n\n"
                             + "15:40 GMT\nThe secretary general closed the summit with a statement to reporters in the hall.\n\n"
                             + "11:20 GMT\nTwo prime ministers held a short bilateral meeting before the morning session.\n\n"
                             + "Tuesday 7 July\n\n18:30 GMT\nThe two presidents spoke for about 40 minutes at the airport.\n")
        XCTAssertEqual(live.published?.day.iso, "2026-07-08")
        XCTAssertEqual(live.blocks.map(\.dateLabel), ["2026-07-08 15:40", "2026-07-08 11:20", "2026-07-07 18:30"])
        XCTAssertEqual(live.blocks.first?.text, "The secretary general closed the summit with a statement to reporters in the hall.")
        XCTAssertEqual(LiveBlog.dayHeading("Thursday, December 31", published: Day(2027, 1, 1)!)?.iso, "2026-12-31")
        XCTAssertNil(LiveBlog.dayHeading("Leaders meet 8 July", published: Day(2026, 7, 8)!))
        XCTAssertNil(LiveBlog.clockLine("15:40 GMT the summit"))
    }

    /// "ABU DHABI, 12th May, 2026 (WAM) --": a news agency's dateline with its year dates a page that
    /// prints no other stamp.
    func testDatelineWithOrdinalDayDatesThePage() throws {
        let a = try parse("President receives Amir\n\nABU DHABI, 12th May, 2026 (WAM) -- The President today received the Amir of "
                          + "the State of Qatar, who is on a fraternal visit to the country, at the palace in the capital.\n")
        XCTAssertEqual(a.published?.day.iso, "2026-05-12")
        XCTAssertEqual(DateLine.parse("1st June, 2026")?.day.iso, "2026-06-01")
    }

    /// Share buttons, a "Read more:" line, an "Associated links" box and emphasis marks are no body;
    /// a copyright line names the outlet without its company form and year.
    func testShareRowsLinkBoxesEmphasisAndCompanyForms() throws {
        let a = try parse("Leaders meet in Manila\n\nFacebook X WhatsApp Email\n\n*The president wants a code of conduct this year*\n\n"
                          + "Southeast Asian leaders opened their summit in Manila on Tuesday with a call for a sea code.\n\n"
                          + "**What to watch:**\n\n**Read more:** [Leaders gather](https://example.com/a) – Example.com\n\n"
                          + "Associated links\nPrime Minister meets leaders (October 31, 2025)\nIndo-Pacific Strategy\n\n"
                          + "Copyright The Financial Times Limited 2026. All rights reserved.\n")
        XCTAssertEqual(a.paragraphs, ["The president wants a code of conduct this year",
                                      "Southeast Asian leaders opened their summit in Manila on Tuesday with a call for a sea code.",
                                      "What to watch:"])
        XCTAssertEqual(a.outlet, "The Financial Times")
    }

    /// A live blog's clock-timed entries are entries posted on the page's day, the clock time off their text.
    func testLiveBlogEntriesArePostedOnThePagesDay() throws {
        let a = try parse("LIVE: Leaders gather in Riyadh\n\nLast updated: 18/08/2026 - 21:40 (Paris)\n\n"
                          + "21:40 — The crown prince and the president signed a package at the close of the conference.\n\n"
                          + "19:15 — The prime minister held talks with the president on the sidelines, his office said.\n\n"
                          + "09:05 — Welcome to our live coverage. Delegations arrived in Riyadh on Monday.\n")
        XCTAssertEqual(a.blocks.map(\.kind), [.timelineEntry, .timelineEntry, .timelineEntry])
        XCTAssertEqual(a.blocks.first?.dateLabel, "2026-08-18 21:40")
        XCTAssertEqual(a.blocks.first?.text, "The crown prince and the president signed a package at the close of the conference.")
        XCTAssertTrue(LiveBlog.isPosting(a.blocks.first?.dateLabel))
        XCTAssertFalse(LiveBlog.isPosting("Dec 4, 2025"))
    }

    /// A place line beside the stamp, a bare clock time and a masthead right under the headline are
    /// header lines: the place is the dateline, the masthead the outlet; none of them is a paragraph.
    func testPlaceClockAndMastheadLinesAreHeader() throws {
        let lede = "The minister opened the meeting with a call for calm after a week of protests in the capital, and "
            + "said the talks with the unions would go on until an agreement on wages and pensions was reached this spring."
        let a = try parse("Ministers meet unions over pension reform\n\nJane Roe, Senior Spokesperson\nLisbon, Portugal\n"
                          + "March 3, 2026\n\n10:05 a.m. WET\n\n" + lede + "\n")
        XCTAssertEqual(a.paragraphs, ["Jane Roe, Senior Spokesperson", lede])
        XCTAssertEqual(a.dateline, "Lisbon, Portugal")
        let b = try parse("Leaders open the regional summit in Nairobi\n\nEastwire\n\nMonday, March 2, 2026 | 09:00 GMT\n\n" + lede + "\n")
        XCTAssertEqual(b.outlet, "Eastwire")
        XCTAssertEqual(b.paragraphs, [lede])
        let c = try parse("Leaders open the regional summit in Nairobi\n\nAnalysis\n\nMonday, March 2, 2026\n\n" + lede + "\n")
        XCTAssertNil(c.outlet, "a kicker word names no outlet")
        XCTAssertTrue(HeaderLine.isClock("2:14 p.m. EST"))
        XCTAssertTrue(HeaderLine.isClock("19:05"))
        XCTAssertFalse(HeaderLine.isClock("2:14 p.m. EST, the talks began"))
        XCTAssertFalse(HeaderLine.isPlace("Tommy Pigott, Principal Deputy Spokesperson"))
    }

    /// Wire tags, newsroom bylines, follow buttons and contributor credits are no part of the story.
    func testWireTagsNewsroomBylinesAndContributorCreditsLeaveTheBody() throws {
        let a = try parse("""
            Ministers agree on grid safeguards

            KYODO

            MEE staff

            Apr 15, 2026

            The foreign minister met her counterpart in Lisbon on Tuesday to discuss the power grid, officials said, adding that talks would continue next month in Madrid.

            The two sides agreed to set up a joint working group on interconnectors and to share outage data within hours, according to a statement issued after the talks.

            (FRANCE 24 with AFP)

            Daily newsletter
            Receive essential international news every morning

            Associated Press writer Ana Lima contributed to this report.

            Translation: Rui Costa

            Follow AP's coverage of Europe at https://apnews.com/hub/europe

            Reuse of this content without permission is prohibited.
            """)
        XCTAssertEqual(a.paragraphs, ["The foreign minister met her counterpart in Lisbon on Tuesday to discuss the power grid, officials said, adding that talks would continue next month in Madrid.", "The two sides agreed to set up a joint working group on interconnectors and to share outage data within hours, according to a statement issued after the talks."])
        XCTAssertEqual(a.outlet, "FRANCE 24", "the outlet that relayed the wire copy, named in its tag")
        XCTAssertEqual(a.byline, "MEE staff")
        let relayed = try parse("Leaders meet in Paris\n\nIssued on: 03/12/2026 - 19:42\n\n"
                                + "The president received the prime minister at the palace on Thursday for talks on security guarantees, officials said after the meeting ended.\n\n"
                                + "(FRANCE 24 with AFP)\n")
        XCTAssertEqual(relayed.outlet, "FRANCE 24")
        XCTAssertEqual(a.published?.day.iso, "2026-04-15")
    }

    /// A page whose only publication date is schema.org JSON-LD `datePublished` is dated by it;
    /// a publication meta tag still wins over it.
    func testJSONLDDatePublishedDatesAPage() throws {
        let body = "<p>" + String(repeating: "The council voted on the budget after a long debate in the chamber. ", count: 4) + "</p>"
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2026-04-02T09:00:00Z\","
            + "\"datePublished\": \"2026-04-01T18:30:00+01:00\"}</script>"
        let a = try parse("<html><head><title>Council passes budget | The Valley Herald</title>" + ld
                          + "</head><body><article><h1>Council passes budget</h1>" + body + "</article></body></html>", path: "p.html")
        XCTAssertEqual(a.published?.iso, "2026-04-01T18:30+01:00")
        let b = try parse("<html><head><meta property=\"article:published_time\" content=\"2026-03-30T08:00:00Z\">" + ld
                          + "</head><body><article><h1>Council passes budget</h1>" + body + "</article></body></html>", path: "p.html")
        XCTAssertEqual(b.published?.day.iso, "2026-03-30")
        // With no publication stamp at all, the last modification dates the page rather than nothing.
        let c = try parse("<html><head><meta property=\"article:modified_time\" content=\"2026-03-31T08:00:00Z\">"
                          + "</head><body><article><h1>Council passes budget</h1>" + body + "</article></body></html>", path: "p.html")
        XCTAssertEqual(c.published?.day.iso, "2026-03-31")
    }

    /// Around a headline named by the page's metadata: a kicker above it, a byline with a
    /// relative age ("3 hours ago") and a row of "Share on …" buttons are no body.
    func testKickerRelativeAgeAndShareRowAroundAnHTMLHeadline() throws {
        let a = try parse("""
            <html><head><meta property="og:title" content="Port strike ends after nine days"></head><body><article>
            <div>Business · Shipping</div><h1>Port strike ends after nine days</h1>
            <div>By Lena Marsh · <time>3 hours ago</time></div>
            <div>Share on Facebook Share on X Share on WhatsApp Share on Email</div>
            <p>Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.</p>
            </article></body></html>
            """, path: "p.html")
        XCTAssertEqual(a.byline, "Lena Marsh")
        XCTAssertEqual(a.paragraphs.count, 1)
        XCTAssertTrue(a.paragraphs[0].hasPrefix("Dock workers"))
    }

    /// An e-mail newsletter: the subject is the headline, the sender the outlet; the web-view
    /// link, masthead, greeting, forwarding and unsubscribe footer are no body.
    func testNewsletterSubjectSenderAndFooter() throws {
        let a = try parse("""
            From: Harbour Notes <news@harbournotes.example>
            Subject: Evening digest: ferry fares, the new bridge
            View this email in your browser

            HARBOUR NOTES | EVENING DIGEST
            Published: 2026-02-10T18:00:00Z

            Good evening. Here is what you need to know tonight.

            The regional council approved a ten percent rise in ferry fares on Tuesday, citing fuel costs and a shortage of crew on the northern routes.

            Enjoying the digest? Forward it to a friend.
            You are receiving this email because you subscribed at harbournotes.example.
            Unsubscribe | Manage preferences
            (c) 2026 Harbour Notes, 2 Quay Street, Portsmouth
            """)
        XCTAssertEqual(a.title, "Evening digest: ferry fares, the new bridge")
        XCTAssertEqual(a.outlet, "Harbour Notes")
        XCTAssertEqual(a.published?.day.iso, "2026-02-10")
        XCTAssertEqual(a.paragraphs.count, 1)
        XCTAssertTrue(a.paragraphs[0].hasPrefix("The regional council"))
    }

    /// Promotions and page furniture at the foot of a story: a newsletter box with its heading,
    /// a writer's "follow her on" line, tags, a radio plug and a "Share:" row.
    func testPromotionsTagsAndShareRowAtTheFootAreNoBody() throws {
        let a = try parse("""
            Port strike ends after nine days

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.

            Get the Evening Digest
            The day's top stories, in your inbox every evening. Sign up now.
            Lena Marsh covers labour for the Valley Herald. Follow her on Mastodon.
            Tags: strikes, shipping, unions
            Listen to Valley Radio on 98.1FM or stream it live online
            Share: Facebook | X | WhatsApp | Email
            """)
        XCTAssertEqual(a.paragraphs.count, 1)
        XCTAssertTrue(a.paragraphs[0].hasPrefix("Dock workers"))
        XCTAssertFalse(Boilerplate.isPromo("millions of supporters follow him on telegram, where he posts daily videos."))
    }

    /// "*Analysis* | By Jane Roe | 4 May 2026 | 5 min read": the byline is one part of the line.
    func testBylineInsideAPipeSeparatedHeaderLine() throws {
        let a = try parse("""
            # Why the port strike ended

            *Analysis* | By Lena Marsh | 4 May 2026 | 5 min read

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.
            """, path: "a.md")
        XCTAssertEqual(a.byline, "Lena Marsh")
        XCTAssertEqual(a.published?.day.iso, "2026-05-04")
    }

    /// A copyright line names the outlet without its postal address, also when "(c)" follows "Copyright";
    /// a short masthead alone on the first line above the headline names it too.
    func testCopyrightAndFirstLineMastheadNameTheOutlet() throws {
        XCTAssertEqual(OutletDetector.credit("(c) 2026 Harbour Notes, 2 Quay Street, Portsmouth"), "Harbour Notes")
        XCTAssertEqual(OutletDetector.credit("Copyright (c) Valley Herald. All rights reserved."), "Valley Herald")
        let a = try parse("""
            Valley Radio

            Port strike ends after nine days as union accepts offer

            Tuesday 3 March 2026 6:10pm

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.
            """)
        XCTAssertEqual(a.outlet, "Valley Radio")
        XCTAssertEqual(a.title, "Port strike ends after nine days as union accepts offer")
    }

    /// "Valley Herald staff · 5 min read" is a byline with a reading time; "4 min read" alone and
    /// "Continue reading below" are furniture.
    func testReadingTimeAndContinueReadingAreNoBody() throws {
        let a = try parse("""
            Port strike ends after nine days

            Valley Herald staff · 5 min read

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.

            Continue reading below

            The port authority said traffic would return to normal by the weekend.
            """)
        XCTAssertEqual(a.byline, "Valley Herald staff")
        XCTAssertEqual(a.paragraphs.count, 2)
        XCTAssertEqual(ArticleParser.withoutReadingTime("4 min read"), "")
        XCTAssertEqual(ArticleParser.withoutReadingTime("Jane Doe | 12 minutes read"), "Jane Doe")
        XCTAssertNil(ArticleParser.withoutReadingTime("The letter was widely read"))
    }

    /// Cross-promotion lines inside a story ("ALSO READ | …", "RELATED: …", "WATCH: …", "(Story continues
    /// below)") and the app, tip and donation pleas at its foot are no body: their dates would make events.
    func testCrossPromotionAndPleasAreNoBody() throws {
        let a = try parse("""
            Port strike ends after nine days

            March 4, 2026

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.

            ALSO READ | Union leader to step down on Friday
            RELATED: Why the port matters for trade
            SEE ALSO: Ferry workers to strike next week
            WATCH: Dockers march through the city on Monday
            (Story continues below)

            The port authority said traffic would return to normal by the weekend.

            Download our app for breaking news alerts.
            Have a news tip? Email us at tips@example.com.
            This story has been updated with additional details.
            Our journalism depends on your support. Donate today.
            """)
        XCTAssertEqual(a.paragraphs.count, 2)
    }

    /// A broadcaster's page: a name over "Newsroom, Place" is the byline; "Image caption, …" is a caption
    /// (its date makes no body event), "Image source, …" its credit; a "Related topics" list is furniture.
    func testNewsroomBylineLabelledCaptionsAndRelatedTopics() throws {
        let a = try parse("""
            Port strike ends after nine days

            4 March 2026

            Lena Marsh
            Valley News, Portsmouth

            Image source, Harbour Photos
            Image caption, Dockers marched through the city on Monday

            Dock workers returned to work on Tuesday after the union accepted a pay offer that ends a strike which had halted most container traffic.

            Related topics
            Shipping
            Unions
            """)
        XCTAssertEqual(a.byline, "Lena Marsh")
        XCTAssertEqual(a.outlet, "Valley News")
        XCTAssertEqual(a.captions, ["Dockers marched through the city on Monday"])
        XCTAssertEqual(a.paragraphs.count, 1)
    }

    /// A short explainer's "Key dates" list: each "DATE – what happened" line is a dated entry, not the
    /// page's stamp (no paragraph is long enough to end the header), and the list is a timeline.
    func testKeyDatesOfAShortStoryAreEntriesNotStamps() throws {
        let a = try parse("""
            Explainer: the long road to a port deal

            July 9, 2026

            The union and the port authority will meet on Monday, the mediator said.

            Key dates

            1998 – Dockers strike for the first time in a generation.
            Feb. 17, 2008 – The port is privatised.
            April 19, 2013 – The union signs its first national contract.
            """)
        XCTAssertEqual(a.published?.day.iso, "2026-07-09")
        XCTAssertEqual(a.blocks.filter { $0.kind == .timelineEntry }.compactMap(\.dateLabel), ["1998", "Feb. 17, 2008", "April 19, 2013"])
        let events = EventExtractor.extract(article: a, mentions: [])
        XCTAssertEqual(events.compactMap { $0.date?.start.iso }, ["2026-07-13", "1998-01-01", "2008-02-17", "2013-04-19"])
        XCTAssertFalse(ArticleParser.isDatedEntry("Mar 4, 2026 — 10:00 AM"))
    }

    /// The writer's biography, the print-edition note (whose date made a "planned" event) and "See more on:"
    /// links at the foot are no body.
    func testWriterBiographyAndPrintEditionNoteAreNoBody() throws {
        let a = try parse("""
            Port strike ends after nine days

            By Lena Marsh
            March 4, 2026

            Dock workers returned to work on Monday after the union accepted a pay offer that ends a strike which had halted most container traffic.

            Lena Marsh is the labour correspondent for the Valley Herald, based in Portsmouth.

            A version of this article appears in print on March 5, 2026, Section A, Page 9 with the headline: Strike Ends.

            See more on: Shipping, Unions
            """)
        XCTAssertEqual(a.byline, "Lena Marsh")
        XCTAssertEqual(a.paragraphs.count, 1)
    }
}
