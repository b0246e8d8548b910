import Foundation

/// Recognizes page furniture that is not article content: navigation and UI strings,
/// ranking-list headings, comment boxes, footer credits. Structural cues (list shapes,
/// position) do most of the work in ArticleParser; these are the line-level tests.
public enum Boilerplate {
    /// Whole-line UI strings (compared lower-cased, spaces normalized).
    static let uiLines: Set<String> = [
        "go to contents", "skip to main content", "skip to content", "skip navigation", "top headlines", "feeds",
        "menu", "search", "home", "share", "print", "email", "e-mail", "comments", "comment", "tweet", "facebook",
        "twitter", "whatsapp", "linkedin", "copy link", "link copied", "close", "닫기", "기사 이미지 확대 보기",
        "advertisement", "ad", "subscribe", "sign in", "log in", "login", "listen", "listen to this article",
        "font size", "back to top", "(end)", "end", "- end -", "-end-", "- ends -", "-ends-", "ends", "###", "read more", "loading...", "next", "previous", "reply",
        "scroll to top", "share this article", "sponsored", "related", "related articles", "photo", "video",
        "skip advertisement", "supported by", "share full article", "save", "gift this article", "see more",
        "newsletter", "daily newsletter", "follow", "continue reading", "continue reading below", "story continues below",
        "article continues below", "story continues below advertisement", "advertisement - scroll to continue",
        "(story continues below)", "(article continues below)", "story continues after advertisement",
    ]

    /// Length in bytes of the longest `uiLines` entry.
    private static let uiLinesLongest = uiLines.map(\.utf8.count).max() ?? 0

    /// Line prefixes of UI and comment-box strings.
    /// `uiPrefixes` by their first (ASCII) byte, so a line is compared only with the prefixes it could open
    /// with; a line opening with a non-ASCII byte is compared with them all.
    private static let uiPrefixesByFirstByte: [[String]] = (0..<128).map { b in
        uiPrefixes.filter { $0.utf8.first.map(Int.init) == b }
    }

    static let uiPrefixes: [String] = [
        "audio report:", "to write comments", "standards board policy", "please log in", "sign up for",
        "subscribe to", "follow us on", "click here", "share this", "listen to this article", "our standards:",
        "log in to", "you must be logged in", "all rights reserved", "reporting by ", "additional reporting by",
        "unauthorized reproduction", "this article has been translated", "read more:", "**read more", "read also:", "also read:",
        "reuse of this content", "reproduction of this content", "tags:", "view this email in your browser", "view in browser",
        "you are receiving this email", "you received this email", "unsubscribe", "also read ", "read more |", "related:",
        "see also:", "watch:", "watch |", "download our app", "download the app", "have a news tip", "got a news tip",
        "this story has been updated", "this article has been updated", "our journalism depends on", "support our journalism",
        "a version of this article appears in print", "a version of this article appeared in print", "see more on:",
        // "(ATTN: ADDS comments in paras 9-10)": a wire's note to editors on what an update changed.
        "(attn:",
    ]

    /// Phrases of newsletter and subscription promotions ("…, in your inbox at 7 a.m. Sign up now.").
    static let promoPhrases: [String] = ["in your inbox", "sign up now", "subscribe now", "sign up for our free", "forward it to a friend", "forward to a friend",
                                         "here's what you need to know", "here is what you need to know"]

    /// "Follow him on Bluesky." closing a writer's note; "supporters follow him on Telegram, where …" is prose.
    static let followPhrases: [String] = ["follow him on ", "follow her on ", "follow them on ", "follow us on "]

    /// Headings of ranking and "more stories" boxes ("POPULAR ARTICLE", "ACCESS RANKING", "Most read").
    static let rankingWords: [String] = ["popular", "ranking", "most read", "most viewed", "trending", "latest news",
                                         "top stories", "recommended", "you may also like", "more from", "more stories",
                                         "related stories", "editor's picks", "don't miss", "associated links", "related links",
                                         "related news", "related content", "related topics", "more on this story",
                                         "related internet links"]

    /// Short credit-only lines ("Photo: Reuters", "Image: AFP").
    static let creditPrefixes: [String] = ["photo:", "photo by", "photos:", "image:", "credit:", "file photo", "photograph:"]

    /// Words of a row of share buttons ("Facebook X WhatsApp Email").
    static let shareWords: Set<String> = ["facebook", "x", "twitter", "whatsapp", "email", "e-mail", "linkedin", "telegram",
                                          "reddit", "print", "share", "copy", "link", "messenger", "pinterest", "threads",
                                          "bluesky", "line", "wechat", "weibo", "kakaotalk", "mail", "|", "·"]

    /// Each share word and a space: a row of share buttons opens with one.
    private static let sharePrefixes = shareWords.map { $0 + " " }

    /// True for a line that is a UI string, navigation or comment-box furniture.
    public static func isUILine(_ lower: String) -> Bool {
        // An ASCII line longer than every UI string cannot be one (ASCII compares byte for byte).
        let long = lower.utf8.count > uiLinesLongest && TextScan.isASCII(lower)
        if !long && uiLines.contains(lower) { return true }
        if lower.utf8.count <= 100, sharePrefixes.contains(where: { TextScan.hasPrefix(lower, $0) }) || TextScan.hasPrefix(lower, "share: ") {
            // "Share on Facebook Share on X", "Share: Facebook | X | Email": a row of share buttons.
            let words = lower.split(separator: " ")
            if words.count >= 3, words.count <= 16,
               words.allSatisfy({ shareWords.contains(String($0)) || $0 == "on" || $0 == "share:" }) { return true }
        }
        if lower.utf8.count <= 240, isPromo(lower) { return true }
        if lower.utf8.count <= 48, creditPrefixes.contains(where: { TextScan.hasPrefix(lower, $0) }) { return true }
        if isContactLine(lower) || isContactFooter(lower) { return true }
        let first = lower.utf8.first.map(Int.init) ?? 0
        for p in first < 0x80 ? uiPrefixesByFirstByte[first] : uiPrefixes where TextScan.hasPrefix(lower, p) { return true }
        if lower.hasSuffix(" standards board policy") { return true }
        // "FRANCE 24 Follow": a follow button after an outlet's or a writer's name.
        if lower.utf8.count <= 40, lower.hasSuffix(" follow") { return true }
        // "Follow AP's coverage of Latin America at https://…": a link to more coverage.
        if lower.utf8.count <= 200, TextScan.hasPrefix(lower, "follow "), TextScan.contains(lower, "http") { return true }
        return !lower.unicodeScalars.contains { $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) }
            && !isSeparator(lower)
    }

    /// True for a short newsletter or follow promotion: "The day's top stories in your inbox. Sign up now.",
    /// "Follow him on Bluesky.", "Good morning. Here is what you need to know today.", "Listen to X on 101.7FM or stream it".
    static func isPromo(_ lower: String) -> Bool {
        if TextScan.containsAny(lower, promoPhrases) { return true }
        if TextScan.containsAny(lower, followPhrases) {
            // Only at the very end: at most three words after the phrase.
            for p in followPhrases {
                guard let r = lower.range(of: p) else { continue }
                return lower[r.upperBound...].split(separator: " ").count <= 3
            }
        }
        if TextScan.hasPrefix(lower, "good morning") || TextScan.hasPrefix(lower, "good evening") { return lower.utf8.count <= 120 }
        if TextScan.hasPrefix(lower, "listen to ") {
            return TextScan.contains(lower, "stream") || TextScan.contains(lower, "podcast") || TextScan.contains(lower, "http")
        }
        return false
    }

    /// True for a reporter's e-mail address on a line of its own ("abc@yna.co.kr").
    public static func isContactLine(_ lower: String) -> Bool {
        guard lower.utf8.count <= 64, TextScan.containsByte(lower, UInt8(ascii: "@")) else { return false }
        let words = lower.split(separator: " ")
        return words.count <= 3 && words.contains { $0.contains("@") && $0.contains(".") }
    }

    /// True for a press office's contact footer: a labelled e-mail address with a web address or a phone
    /// number ("Information and Communication Directorate … I E-mail: dic@… I Web: www.au.int").
    static func isContactFooter(_ lower: String) -> Bool {
        guard lower.utf8.count <= 300, TextScan.containsByte(lower, UInt8(ascii: "@")),
              TextScan.contains(lower, "e-mail:") || TextScan.contains(lower, "email:") else { return false }
        return TextScan.contains(lower, "web:") || TextScan.contains(lower, "www.") || TextScan.contains(lower, "tel:")
            || TextScan.contains(lower, "phone:")
    }

    /// True for a list separator line ("-", "•", "·").
    public static func isSeparator(_ line: String) -> Bool {
        line == "-" || line == "–" || line == "—" || line == "•" || line == "·" || line == "*" || line == "|"
    }

    /// True for a short heading that opens a ranking or more-stories box.
    public static func isRankingHeading(_ lower: String) -> Bool {
        lower.utf8.count <= 64 && rankingWords.contains { TextScan.contains(lower, $0) }
    }

    /// True for the heading of a box of links to other stories ("Related Articles", "Related").
    public static func isRelatedHeading(_ lower: String) -> Bool {
        lower == "related" || lower == "related articles" || lower == "related stories" || lower == "related news"
    }

    /// True for a footer credit or copyright line ("Translated from … edited by … staff", "© 2025 The X").
    public static func isCredit(_ lower: String) -> Bool {
        lower.hasPrefix("©") || TextScan.hasPrefix(lower, "(c) ") || TextScan.hasPrefix(lower, "copyright")
            || TextScan.hasPrefix(lower, "translated from")
            || TextScan.contains(lower, "all rights reserved")
            || (lower.utf8.count < 300 && TextScan.contains(lower, "edited by ") && TextScan.contains(lower, " staff"))
            || TextScan.hasPrefix(lower, "reporting by ") || TextScan.hasPrefix(lower, "editing by ")
            // "(Reporting by A in Geneva; Editing by B)": the wire's credit in parentheses closing the story.
            || lower.hasPrefix("(") && lower.utf8.count < 400 && (TextScan.hasPrefix(lower, "(reporting by ")
                || TextScan.hasPrefix(lower, "(writing by ") || TextScan.hasPrefix(lower, "(editing by ")
                || TextScan.hasPrefix(lower, "(additional reporting by "))
            || TextScan.hasPrefix(lower, "written by ") && lower.utf8.count < 160
            || lower.utf8.count < 200 && (TextScan.contains(lower, "contributed to this report")
                                          || TextScan.contains(lower, "contributed reporting")
                                          || TextScan.contains(lower, "contributed to this story"))
            || lower.utf8.count < 80 && (TextScan.hasPrefix(lower, "translation:") || TextScan.hasPrefix(lower, "edition:")
                                         || TextScan.hasPrefix(lower, "editing:"))
            || isAgencyTag(lower) || isAssistanceCredit(lower)
    }

    /// "— With assistance from Jane Roe": a wire's closing line crediting other reporters.
    static func isAssistanceCredit(_ lower: String) -> Bool {
        guard lower.utf8.count < 160 else { return false }
        let rest = lower.drop { $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" || $0 == " " }
        return rest.hasPrefix("with assistance from ")
    }

    /// "(Kyodo)", "(FRANCE 24 with AFP)": a short line in parentheses naming the wire the story came from.
    static func isAgencyTag(_ lower: String) -> Bool {
        guard lower.utf8.count <= 48, lower.hasPrefix("("), lower.hasSuffix(")") else { return false }
        let inner = lower.dropFirst().dropLast()
        let tail = inner.range(of: " with ").map { inner[$0.upperBound...] } ?? inner
        return tail.split(separator: ",").allSatisfy { OutletDetector.agency(String($0)) != nil }
    }

    /// True for a markdown link list item or a bare link line ("- [Headline](https://…)"), which is navigation.
    public static func isLinkLine(_ line: String) -> Bool {
        var t = Substring(line)
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("+ ") { t = t.dropFirst(2) }
        guard t.hasPrefix("["), t.hasSuffix(")"), let mid = t.range(of: "](") else { return false }
        return !t[t.index(after: t.startIndex)..<mid.lowerBound].contains("]")
    }
}
