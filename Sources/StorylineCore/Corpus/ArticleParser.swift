import Foundation

/// Parses the clean text of one scraped news page (plain text, Markdown or HTML) into an
/// Article: headline, outlet, publication stamp, byline, dateline, url, body paragraphs,
/// captions, timeline entries and page sections, with navigation and furniture removed.
public enum ArticleParser {
    /// Metadata known before the lines are read (HTML meta tags, front matter).
    struct Hints {
        var title: String?
        var outlet: String?
        var url: String?
        var byline: String?
        var published: Published?
        var captions: Set<String> = []
    }

    /// One non-empty line, trimmed, with the Unicode-scalar offset of its first character.
    struct Line {
        var text: String
        var offset: Int
        var lower: String
        var words: Int
        var length: Int

        /// The length as a line of Latin letters would have it: a Chinese or Japanese character says
        /// about as much as three letters, so "a short line" means the same in every script.
        var weight: Int {
            guard text.utf8.count != length else { return length }
            return length + 2 * text.unicodeScalars.reduce(0) { $0 + (ArticleParser.writtenWithoutSpaces($1) ? 1 : 0) }
        }
    }

    enum Role { case body, drop, meta, caption, timeline, section }

    /// The article, or nil when the text holds nothing readable.
    public static func parse(text: String, path: String) -> Article? {
        if HTMLText.looksLikeHTML(text, path: path) {
            let page = HTMLText.convert(text)
            var hints = Hints()
            hints.title = page.title
            hints.outlet = page.siteName
            hints.url = page.url
            hints.byline = page.author
            hints.published = page.publishedRaw.flatMap { DateLine.parse($0) }
            hints.captions = Set(page.captions.map(captionKey))
            return parse(lines: lines(of: page.text), path: path, hints: hints)
        }
        return parse(lines: unwrapped(lines(of: text)), path: path, hints: Hints())
    }

    /// The file name without its extension.
    public static func articleID(forPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    // MARK: - The pipeline

    /// The whole pipeline over trimmed lines: each line gets a role (body, caption, metadata, furniture,
    /// section, timeline entry), then the blocks are emitted in file order.
    static func parse(lines L: [Line], path: String, hints initial: Hints) -> Article? {
        var hints = initial
        var role = [Role](repeating: .body, count: L.count)
        var stamps: [DateLine.Stamp] = []
        var outlets: [(rank: Int, name: String)] = []
        var captionText: [Int: (String, Int)] = [:]
        var timelineLabel: [Int: String] = [:]
        var sections: [PageSection] = []
        if let o = hints.outlet { outlets.append((0, o)) }

        // Front matter ("---" … "---") and "Key: value" metadata lines near the top.
        var k = 0
        if L.first?.text == "---", let end = L.indices.dropFirst().prefix(40).first(where: { L[$0].text == "---" }) {
            for j in 0...end { role[j] = .drop; _ = readKeyValue(L[j], into: &hints) }
            k = end + 1
        }
        for j in k..<min(L.count, k + 12) where readKeyValue(L[j], into: &hints) { role[j] = .meta }
        if let o = hints.outlet, !outlets.contains(where: { $0.rank == 0 }) { outlets.append((0, o)) }
        for j in L.indices where role[j] == .body && L[j].lower.hasPrefix("source: http") {
            hints.url = hints.url ?? String(L[j].text.dropFirst(8)).trimmingCharacters(in: .whitespaces)
            role[j] = .meta
        }

        // Navigation and UI strings, furniture that names the site, reporters' e-mail domains.
        var mailDomain: String? = nil
        for j in L.indices where role[j] == .body {
            if mailDomain == nil, Boilerplate.isContactLine(L[j].lower),
               let word = L[j].lower.split(separator: " ").first(where: { $0.contains("@") }), let at = word.firstIndex(of: "@") {
                mailDomain = "https://" + word[word.index(after: at)...].trimmingCharacters(in: .punctuationCharacters)
            }
            if Boilerplate.isUILine(L[j].lower) || Boilerplate.isLinkLine(L[j].text) {
                role[j] = .drop
                // "Get the Morning Briefing" over "…in your inbox. Sign up now.": the promotion's heading.
                if j > 0, role[j - 1] == .body, L[j - 1].length <= 40, !endsLikeSentence(L[j - 1].text),
                   TextScan.contains(L[j].lower, "in your inbox") || TextScan.contains(L[j].lower, "sign up") {
                    role[j - 1] = .drop
                }
            }
            if L[j].length <= 4 * OutletDetector.furnitureLongest, let f = OutletDetector.furnitureOutlet(L[j].lower) {
                outlets.append((2, f)); role[j] = .drop
            }
        }

        // Headline: the first line that reads like one; short lines above it are navigation.
        var title = hints.title.map { stripHeadingMarks($0) }
        var titleIdx = -1
        if title == nil {
            let candidates = L.indices.filter { role[$0] == .body }.prefix(15)
            // "ECONOMIC COMMUNITY OF WEST AFRICAN STATES" over "Press Release N° 219/2026": the sender's letterhead.
            func letterhead(_ j: Int) -> Bool {
                !L[j].text.unicodeScalars.contains(where: { $0.properties.isLowercase })
                    && L.indices.dropFirst(j + 1).prefix(2).contains { L[$0].lower.hasPrefix("press release") }
            }
            titleIdx = candidates.first(where: { isTitleCandidate(L[$0]) && !letterhead($0) })
                ?? candidates.first(where: { markdownImage(L[$0]) == nil }) ?? -1
            // "Department Press Briefing – February 24, 2026": a first line naming something, then its date, heads the page.
            if let first = candidates.first, first < titleIdx, isDatedHeadline(L[first]) { titleIdx = first }
            // A short headline ("Markets tumble again") sits right above prose that reads as sentences.
            if titleIdx >= 0, endsLikeSentence(L[titleIdx].text),
               let prev = candidates.last(where: { $0 < titleIdx }), isShortHeadline(L[prev]) {
                titleIdx = prev
            }
            if titleIdx >= 0 {
                // "Pacific Wire" alone on the first line, above the headline: the masthead.
                if titleIdx > 0, role[0] == .body, let o = HeaderLine.masthead(L[0].text) { outlets.append((5, o)) }
                for j in 0..<titleIdx where role[j] == .body {
                    let found = L[j].weight <= 90 ? DateLine.stamps(in: L[j].text) : []
                    if !found.isEmpty { stamps += found; role[j] = .meta } else if L[j].length <= 60 { role[j] = .drop }
                }
                if L[titleIdx].length > 200 {
                    // No headline: name the article by its first sentence and keep the paragraph as body.
                    title = firstSentence(L[titleIdx].text)
                    titleIdx -= 1
                } else {
                    title = stripHeadingMarks(L[titleIdx].text)
                }
            }
        }
        guard let headline = title, !headline.isEmpty else { return nil }
        let headlineKey = captionKey(headline)
        let headlineLength = headline.unicodeScalars.count
        for j in L.indices where role[j] == .body && abs(L[j].length - headlineLength) <= 16 {
            if sameCaption(captionKey(stripHeadingMarks(L[j].text)), headlineKey) {
                role[j] = .drop
                if titleIdx < 0 { titleIdx = j }
            }
        }
        // Above a headline the page's metadata named, with no paragraph before it: a kicker
        // ("World · Arctic"), section names and navigation; a stamp there still dates the page.
        if hints.title != nil, titleIdx > 0, !(0..<titleIdx).contains(where: { role[$0] == .body && L[$0].length > 200 }) {
            for j in 0..<titleIdx where role[j] == .body {
                let found = L[j].weight <= 90 ? DateLine.stamps(in: L[j].text) : []
                if !found.isEmpty { stamps += found; role[j] = .meta } else if L[j].length <= 60 { role[j] = .drop }
            }
        }

        // Header zone: metadata lines (byline, stamps) between the headline and the first long paragraph.
        let start = titleIdx + 1
        var headerEnd = start
        while headerEnd < L.count, headerEnd < start + 15, !(role[headerEnd] == .body && L[headerEnd].length > 200) { headerEnd += 1 }
        var byline = hints.byline
        var bylineAt = -1
        for j in start..<headerEnd where role[j] == .body {
            var line = L[j]
            // "5 min read" alone, or after a byline or stamp ("Jane Doe · 5 min read"): the reading time is furniture.
            if let cut = withoutReadingTime(line.text) {
                if cut.isEmpty { role[j] = .drop; continue }
                var lower: [UInt8] = []
                for u in cut.unicodeScalars { appendLowered(u, to: &lower) }
                line = Line(text: cut, offset: line.offset, lower: String(decoding: lower, as: UTF8.self),
                            words: cut.split(separator: " ").count, length: cut.unicodeScalars.count)
            }
            if let b = bylineOf(line.text) {
                byline = byline ?? b.name
                bylineAt = j
                if let a = b.agency { outlets.append((5, a)) }
                stamps += DateLine.stamps(in: line.text)
                role[j] = .meta
                continue
            }
            if line.lower.hasPrefix("reporting from ") && line.length <= 80 { role[j] = .meta; continue }
            // "2 hours ago", "Just now": a page's relative age, which dates nothing once scraped.
            if line.length <= 24, HeaderLine.isRelativeAge(line.lower) { role[j] = .drop; continue }
            // "THE SAHEL DISPATCH | MORNING BRIEF": an all-capitals masthead with its edition.
            if line.length <= 60, TextScan.contains(line.text, " | "), !line.text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
                role[j] = .drop; continue
            }
            // "KYODO" on a line of its own: the wire the story came from.
            if line.length <= 24, let a = OutletDetector.agency(line.text) { outlets.append((5, a)); role[j] = .meta; continue }
            // "MEE staff", "Reuters Staff": a byline naming the newsroom.
            if line.words <= 3, line.length <= 30, line.lower.hasSuffix(" staff") {
                byline = byline ?? line.text; role[j] = .meta; continue
            }
            // "Columnist", "Staff writer": the byline's job on a line of its own.
            if byline != nil, line.words <= 3, newsroomJobs.contains(line.lower) { role[j] = .meta; continue }
            // "By Jane Doe" over "Jane Doe was ambassador to China from 2016 to 2019.": the author's biography.
            if let name = byline, bylineAt >= 0, j <= bylineAt + 2, line.length < 300, isBiography(line.lower, of: name) {
                role[j] = .meta; continue
            }
            // "Rachel Hoffmann in Pittsburgh and Kenji Morita in Tokyo": reporters and where they file from.
            if byline == nil, let names = reportersFiling(line.text) { byline = names; role[j] = .meta; continue }
            // "Live updates | AFP": a header label naming an agency; "EFE | 16 Mar 2026" also stamps the story.
            if line.length <= 48, TextScan.contains(line.text, " | "),
               let agency = line.text.components(separatedBy: " | ").lazy.compactMap({ OutletDetector.agency($0) }).first {
                outlets.append((5, agency)); role[j] = .meta
                stamps += DateLine.stamps(in: line.text)
                continue
            }
            // "Jane Doe" over "BBC News, Nairobi": a bare name over the newsroom and the place it files from.
            if byline == nil, (2...3).contains(line.words), line.length <= 40, isName(line.text), !line.text.contains(","),
               j + 1 < headerEnd, role[j + 1] == .body, L[j + 1].length <= 40, let newsroom = newsroomAndPlace(L[j + 1].text) {
                byline = line.text
                role[j] = .meta; role[j + 1] = .meta
                if let o = newsroom { outlets.append((5, o)) }
                continue
            }
            // "Marie Woolf" / "Ottawa" / "Published June 10, 2026": a bare name (and a place) right above the stamp.
            if byline == nil, (2...3).contains(line.words), line.length <= 40, isName(line.text), !line.text.contains(","),
               line.text.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }),
               let stampAt = ((j + 1)..<min(headerEnd, j + 3)).first(where: { role[$0] == .body && !DateLine.stamps(in: L[$0].text).isEmpty
                   && L[$0].length <= 90 }),
               ((j + 1)..<stampAt).allSatisfy({ L[$0].words <= 3 && L[$0].length <= 30 }) {
                byline = line.text
                role[j] = .meta
                for m in (j + 1)..<stampAt { role[m] = .meta }
                continue
            }
            let labelled = DateLine.startsWithLabel(line.text)
            let found = line.weight <= 120 || labelled ? DateLine.stamps(in: line.text) : []
            // "Feb. 17, 2008 – Kosovo declares independence.": a dated entry of a short story, not the page's stamp;
            // "Xi met Sánchez in Beijing on March 5, 2025." after a short lede: a sentence of the story.
            if !found.isEmpty && (line.weight <= 90 || labelled) && (labelled || !isDatedEntry(line.text) && !readsAsProse(line)) {
                stamps += found; role[j] = .meta; continue
            }
            if labelled && line.length <= 40 { role[j] = .drop }
        }
        // A bare stamp with a time just after the lede ("October 14, 2026 19:05 JST"), as some sites print it.
        if stamps.isEmpty {
            for j in start..<min(L.count, start + 15) where role[j] == .body && L[j].weight <= 40 {
                let found = DateLine.stamps(in: L[j].text).filter { $0.published.minutes != nil }
                if !found.isEmpty { stamps += found; role[j] = .meta; break }
            }
        }
        // "2:14 p.m. EST" anywhere in the header; "Washington, DC" beside a stamp or byline; "Africanews"
        // right under the headline and above its stamp: header lines, not prose.
        var placeLine: String? = nil
        for j in start..<headerEnd where role[j] == .body && L[j].length <= 40 {
            if HeaderLine.isClock(L[j].text) { role[j] = .meta; continue }
            let metaBelow = j + 1 < L.count && role[j + 1] == .meta
            guard metaBelow || (j > start && role[j - 1] == .meta) else { continue }
            if HeaderLine.isPlace(L[j].text) { placeLine = placeLine ?? L[j].text; role[j] = .meta; continue }
            if titleIdx >= 0, j == start, metaBelow, let o = HeaderLine.masthead(L[j].text) { outlets.append((5, o)); role[j] = .meta }
        }
        // Explicitly labelled stamps elsewhere ("Published 11 June 2025" at the foot of a page).
        for j in L.indices where role[j] == .body && L[j].length <= 100 && DateLine.startsWithLabel(L[j].text) && L[j].weight <= 100 {
            let found = DateLine.stamps(in: L[j].text)
            if !found.isEmpty { stamps += found; role[j] = .meta } else if L[j].length <= 40 { role[j] = .drop }
        }

        // Dateline: one of the first body lines opens with "PLACE —" or "PLACE, Date (AGENCY) -".
        var datelineIdx: Int? = nil
        var dateline: String? = nil
        var datelineStamp: Published? = nil
        var seen = 0
        for j in start..<L.count where role[j] == .body {
            if markdownImage(L[j]) != nil { continue }
            if let d = datelineOf(L[j].text) {
                datelineIdx = j; dateline = d.place
                // "ABU DHABI, 12th May, 2026 (WAM) --": a dateline stating its year dates a page with no other stamp.
                datelineStamp = DateLine.parse(d.place)
                if let tag = d.agency { outlets.append((4, OutletDetector.agency(tag) ?? tag)) }
                break
            }
            seen += 1
            if seen >= 4 { break }
        }

        // Captions: markdown images (alt text), photo lines above the dateline, repeats, credited lines.
        var captionKeys: [String] = []
        var imageURLs: [String] = []
        func isRepeat(_ key: String) -> Bool { captionKeys.contains { sameCaption($0, key) } }
        for j in L.indices where role[j] == .body {
            if let img = markdownImage(L[j]) {
                imageURLs.append(img.url)
                if img.alt.isEmpty { role[j] = .drop; continue }
                let key = captionKey(img.alt)
                if isRepeat(key) { role[j] = .drop; continue }
                role[j] = .caption
                captionText[j] = (img.alt, img.altOffset)
                captionKeys.append(key)
                continue
            }
            // "Image caption, Ministers arrive …" (a labelled caption); "Image source, Getty Images" (its credit).
            if L[j].length <= 400, let label = ["image caption, ", "media caption, ", "caption, "].first(where: { TextScan.hasPrefix(L[j].lower, $0) }) {
                let n = label.unicodeScalars.count
                let text = String(String.UnicodeScalarView(L[j].text.unicodeScalars.dropFirst(n)))
                role[j] = .caption
                captionText[j] = (text, L[j].offset + n)
                captionKeys.append(captionKey(text))
            } else if L[j].length <= 80, TextScan.hasPrefix(L[j].lower, "image source, ") || TextScan.hasPrefix(L[j].lower, "media source, ") {
                role[j] = .drop
            }
        }
        // A photo line sits above the stamp of a datelined story (a standfirst above the stamp of an
        // undated-lead story stays body), or is marked by a photo credit or an immediate repeat.
        let headerCaptionEnd = datelineIdx ?? headerEnd
        let lastMeta = datelineIdx == nil ? -1 : (start..<min(headerCaptionEnd, L.count)).last { role[$0] == .meta } ?? -1
        for j in start..<min(headerCaptionEnd, L.count) where role[j] == .body {
            if L[j].text.hasPrefix("- ") || L[j].text.hasPrefix("• ") || L[j].text.hasPrefix("* ") { continue }
            let key = captionKey(L[j].text)
            if isRepeat(key) { role[j] = .drop; continue }
            let nextBody = ((j + 1)..<min(headerCaptionEnd, L.count)).first { role[$0] == .body }
            let repeated = nextBody.map { sameCaption(captionKey(L[$0].text), key) } ?? false
            if L[j].length <= 300 && L[j].words >= 3 && (j < lastMeta || repeated || hasCreditSuffix(L[j].text, lower: L[j].lower, trailingCaps: true)) {
                role[j] = .caption
                captionKeys.append(key)
            }
        }
        let keyed = !captionKeys.isEmpty || !hints.captions.isEmpty
        for j in L.indices where role[j] == .body && L[j].length <= 400 {
            let credited = j != datelineIdx && hasCreditSuffix(L[j].text, lower: L[j].lower, trailingCaps: false)
            guard keyed || credited else { continue }
            let key = captionKey(L[j].text)
            if isRepeat(key) { role[j] = .drop } else if hints.captions.contains(key) || credited {
                role[j] = .caption
                captionKeys.append(key)
            }
        }

        // Ranking lists, "more stories" boxes, footer credits.
        var j = 0
        while j < L.count {
            defer { j += 1 }
            // "Related Articles" is a UI string dropped above, yet it heads a box of other stories' headlines.
            let relatedHead = role[j] == .drop && j > titleIdx && Boilerplate.isRelatedHeading(L[j].lower)
            guard role[j] == .body || relatedHead else { continue }
            let line = L[j]
            if Boilerplate.isSeparator(line.text) {
                let window = ((j + 1)..<min(L.count, j + 5)).contains { Boilerplate.isSeparator(L[$0].text) }
                role[j] = .drop
                guard window else { continue }
                if j > 0, role[j - 1] == .body, L[j - 1].length < 250 { role[j - 1] = .drop }
                if j > 1, role[j - 2] == .body, Boilerplate.isRankingHeading(L[j - 2].lower) { role[j - 2] = .drop }
                var m = j + 1
                while m < L.count, Boilerplate.isSeparator(L[m].text) || L[m].length < 250 || role[m] != .body {
                    if role[m] == .body { role[m] = .drop }
                    m += 1
                }
                j = m - 1
                continue
            }
            if j > titleIdx, relatedHead || Boilerplate.isRankingHeading(line.lower), !line.text.hasSuffix("."),
               let next = ((j + 1)..<L.count).first(where: { role[$0] == .body }), L[next].length < 200 {
                role[j] = .drop
                var m = next
                // The box ends at a long paragraph, or at a footer credit, which still names the outlet.
                while m < L.count, role[m] != .body || L[m].length < 200, role[m] != .body || !Boilerplate.isCredit(L[m].lower) {
                    if role[m] == .body { role[m] = .drop }
                    m += 1
                }
                j = m - 1
                continue
            }
            if Boilerplate.isCredit(line.lower) {
                if let o = OutletDetector.credit(line.text) { outlets.append((1, o)) }
                role[j] = .drop
                if j >= L.count / 2 {
                    var m = j + 1
                    while m < L.count, role[m] != .body || L[m].length < 120 {
                        if role[m] == .body { role[m] = .drop }
                        m += 1
                    }
                }
            }
        }

        // "Jane Doe is the bureau chief for …", "Jane Doe covers labour for …": the byline's own biography.
        if let name = byline, !name.isEmpty {
            let key = name.lowercased()
            // After the story has begun (a first full paragraph), never in the header.
            let begun = L.indices.first { role[$0] == .body && L[$0].length >= 120 } ?? L.count
            for j in L.indices where j > begun && role[j] == .body && L[j].length < 300 && TextScan.hasPrefix(L[j].lower, key + " ") {
                if isBiography(L[j].lower, of: name) { role[j] = .drop }
            }
        }

        // Structured sections: "Sources (1 articles)", "Timeline" with dated entries.
        j = 0
        while j < L.count {
            defer { j += 1 }
            guard role[j] == .body else { continue }
            if let sec = sectionHeading(L[j].text) {
                role[j] = .section
                sections.append(sec)
                continue
            }
            let lower = L[j].lower
            guard lower == "timeline" || lower.hasPrefix("timeline (") || lower == "timeline:" || lower == "chronology"
                    || timelineHeadings.contains(lower) else { continue }
            role[j] = .section
            var count = 0
            var m = j + 1
            while m < L.count {
                if role[m] == .body, let label = timelineLabelOf(L[m].text) {
                    role[m] = .timeline; timelineLabel[m] = label; count += 1
                } else if role[m] == .body { break }
                m += 1
            }
            sections.append(PageSection(kind: .timeline, title: L[j].text, count: count))
            j = m - 1
        }

        let published = hints.published ?? stamps.enumerated().max { a, b in
            a.element.label != b.element.label ? a.element.label < b.element.label : a.offset > b.offset
        }?.element.published ?? datelineStamp
            ?? dateline.flatMap { d in DateLine.yearlessDay(d, body: L.indices.filter { role[$0] == .body }.map { L[$0].text })
                ?? DateLine.yearlessDay(d, copyright: L.suffix(6).map(\.text)) }
                .map { Published(day: $0) }
        // A live blog: entries opening on a clock time ("21:40 — …") are dated entries of the day published.
        let clockEntries = L.indices.filter { role[$0] == .body && LiveBlog.clockStamp(L[$0].text) != nil }
        // "15:40 GMT" on a line of its own above the entry's text.
        let clockLines = L.indices.filter { j in
            role[j] != .timeline && role[j] != .section && j + 1 < L.count && role[j + 1] == .body
                && L[j].length <= 16 && LiveBlog.clockLine(L[j].text) != nil
        }
        let liveDay = clockEntries.count + clockLines.count >= 3 ? published?.day.iso : nil
        // "Tuesday 7 July" above a live page's entries: the day of the entries up to the next such heading.
        var postingDay = liveDay
        var pendingClock: String?
        func postingLabel(_ text: String, cut: Int) -> String? {
            guard let liveDay else { return nil }
            let clock = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut))).prefix { $0.isNumber || $0 == ":" || $0 == "." }
            return (postingDay ?? liveDay) + " " + clock.replacingOccurrences(of: ".", with: ":")
        }

        // Blocks in file order.
        var blocks: [Block] = []
        // Under a "Week of Nov. 10" heading, the first day of that week, which dates the items opening on a weekday.
        var week: Day?
        for j in L.indices {
            if liveDay != nil, let day = published?.day, role[j] != .timeline, role[j] != .section, L[j].length <= 32,
               let heading = LiveBlog.dayHeading(L[j].text, published: day) {
                postingDay = heading.iso
                continue
            }
            if liveDay != nil, role[j] != .timeline, role[j] != .section, L[j].length <= 16, let clock = LiveBlog.clockLine(L[j].text),
               j + 1 < L.count, role[j + 1] == .body {
                pendingClock = clock
                continue
            }
            if role[j] == .body, let clock = pendingClock, let day = postingDay {
                pendingClock = nil
                blocks.append(Block(kind: .timelineEntry, text: L[j].text, offset: L[j].offset, dateLabel: day + " " + clock,
                                    citations: citations(in: L[j].text)))
                continue
            }
            pendingClock = nil
            switch role[j] {
            case .body where liveDay != nil && LiveBlog.clockStamp(L[j].text) != nil:
                let cut = LiveBlog.clockStamp(L[j].text)!
                let text = String(String.UnicodeScalarView(L[j].text.unicodeScalars.dropFirst(cut)))
                blocks.append(Block(kind: .timelineEntry, text: text, offset: L[j].offset + cut, dateLabel: postingLabel(L[j].text, cut: cut),
                                    citations: citations(in: text)))
            case .body:
                let heading = L[j].text.hasPrefix("#")
                var text = heading ? stripHeadingMarks(L[j].text) : L[j].text
                var offset = L[j].offset + (heading ? L[j].length - text.unicodeScalars.count : 0)
                // "*A standfirst in italics*", "**What to watch:**": emphasis marks around the whole line.
                if !heading, let (inner, cut) = InlineMarkup.withoutQuoteMarks(text) { offset += cut; text = inner }
                if !heading, let (inner, marks) = withoutEmphasis(text) { offset += marks; text = inner }
                text = InlineMarkup.plain(withoutLinkTargets(text))
                if let cells = tableCells(text) {
                    text = cells.joined(separator: " · ")
                    offset += 1
                }
                if let start = WeekDigest.weekStart(text, published: published?.day) {
                    week = start
                    blocks.append(Block(kind: .heading, text: text, offset: offset))
                    continue
                }
                if let start = week, let (weekday, cut) = WeekDigest.weekdayLabel(text) {
                    let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(cut)))
                    blocks.append(Block(kind: .timelineEntry, text: rest, offset: offset + cut,
                                        dateLabel: WeekDigest.day(weekday, inWeekOf: start).iso, citations: citations(in: rest)))
                    continue
                }
                if heading { week = nil }
                blocks.append(Block(kind: heading ? .heading : .paragraph, text: text, offset: offset, citations: citations(in: text)))
            case .caption:
                let (text, offset) = captionText[j] ?? (L[j].text, L[j].offset)
                blocks.append(Block(kind: .caption, text: text, offset: offset, citations: citations(in: text)))
            case .timeline:
                let text = InlineMarkup.plain(withoutLinkTargets(L[j].text))
                blocks.append(Block(kind: .timelineEntry, text: text, offset: L[j].offset,
                                    dateLabel: timelineLabel[j], citations: citations(in: text)))
            case .drop, .meta, .section:
                break
            }
        }

        if let u = hints.url, let o = OutletDetector.outlet(forURL: u) { outlets.append((3, o)) }
        for u in imageURLs { if let o = OutletDetector.outlet(forURL: u) { outlets.append((6, o)); break } }
        if let m = mailDomain, let o = OutletDetector.outlet(forURL: m) { outlets.append((7, o)) }
        let outlet = outlets.enumerated().min { a, b in
            a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset
        }?.element.name

        return Article(id: articleID(forPath: path), path: path, title: headline, outlet: outlet, published: published,
                       byline: byline, dateline: dateline ?? placeLine, url: hints.url, blocks: blocks, sections: sections)
    }

    // MARK: - Lines

    /// The cells of a Markdown table row ("| Kenya | William Ruto | $2 billion |"), or nil for any
    /// other line; the row then reads "Kenya · William Ruto · $2 billion".
    static func tableCells(_ text: String) -> [String]? {
        guard text.hasPrefix("|"), text.hasSuffix("|"), text.count > 2 else { return nil }
        let cells = text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 2 else { return nil }
        let filled = cells.filter { !$0.isEmpty }
        return filled.isEmpty ? nil : filled
    }

    /// "[the ministry said](https://…)" → "the ministry said": a Markdown link reads as its text
    /// (an image "![alt](url)" as its alt text). A bracket not closed by "](url)" with no space in
    /// the url, as in "[27]" or "[sic]", is left alone.
    static func withoutLinkTargets(_ text: String) -> String {
        guard TextScan.contains(text, "](") else { return text }
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var changed = false
        while i < u.count {
            let image = u[i] == "!" && i + 1 < u.count && u[i + 1] == "["
            if u[i] == "[" || image {
                let open = image ? i + 1 : i
                // The matching "]" (brackets may nest in the text), then "(url)" right after it.
                var depth = 0, close = -1, k = open
                while k < u.count, k - open < 400 {
                    if u[k] == "[" { depth += 1 } else if u[k] == "]" { depth -= 1; if depth == 0 { close = k; break } }
                    if u[k] == "\n" { break }
                    k += 1
                }
                if close > open + 1, close + 1 < u.count, u[close + 1] == "(" {
                    var e = close + 2
                    while e < u.count, u[e] != ")", !u[e].properties.isWhitespace { e += 1 }
                    if e < u.count, u[e] == ")", e > close + 2 {
                        out.append(contentsOf: withoutLinkTargets(String(String.UnicodeScalarView(u[(open + 1)..<close]))).unicodeScalars)
                        i = e + 1
                        changed = true
                        continue
                    }
                }
            }
            out.append(u[i])
            i += 1
        }
        return changed ? String(out) : text
    }

    /// True for a Han ideograph or a kana: scripts written without spaces between words.
    static func writtenWithoutSpaces(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
    }

    /// Non-empty lines, trimmed of Unicode whitespace, each with its exact scalar offset in `text`.
    static func lines(of text: String) -> [Line] {
        var result: [Line] = []
        result.reserveCapacity(64)
        func add(_ start: String.Index, _ end: String.Index, _ lineScalar: Int) {
            let raw = text[start..<end].unicodeScalars
            var lo = raw.startIndex, hi = raw.endIndex
            var lead = 0
            while lo < hi, isSpace(raw[lo]) { lo = raw.index(after: lo); lead += 1 }
            while hi > lo, isSpace(raw[raw.index(before: hi)]) { hi = raw.index(before: hi) }
            guard lo < hi else { return }
            let t = String(text[lo..<hi])
            var words = 0, length = 0, inWord = false, ideographs = 0
            var lower: [UInt8] = []
            lower.reserveCapacity(t.utf8.count)
            for s in t.unicodeScalars {
                length += 1
                let sp = isSpace(s)
                if !sp && !inWord { words += 1 }
                inWord = !sp
                if Self.writtenWithoutSpaces(s) { ideographs += 1 }
                appendLowered(s, to: &lower)
            }
            // Chinese and Japanese put no spaces between words: about two characters make one,
            // so a sentence there counts as many words as its translation ("2025年3月5日…会见了…").
            words = max(words, ideographs / 2)
            result.append(Line(text: t, offset: lineScalar + lead, lower: String(decoding: lower, as: UTF8.self), words: words, length: length))
        }
        /// `add` for an ASCII line, the common case: bytes read directly.
        func addASCII(_ line: UnsafeBufferPointer<UInt8>, _ lineScalar: Int) {
            var lo = 0, hi = line.count
            while lo < hi, line[lo] == 0x20 || line[lo] == 0x09 { lo += 1 }
            while hi > lo, line[hi - 1] == 0x20 || line[hi - 1] == 0x09 { hi -= 1 }
            guard lo < hi else { return }
            let trimmed = UnsafeBufferPointer(rebasing: line[lo..<hi])
            var words = 0, inWord = false, upper = false
            for c in trimmed {
                let sp = c == 0x20 || c == 0x09
                if !sp && !inWord { words += 1 }
                inWord = !sp
                if c >= 0x41 && c <= 0x5A { upper = true }
            }
            let t = String(decoding: trimmed, as: UTF8.self)
            var lower = t
            if upper { lower = TextScan.asciiLowercased(trimmed) }
            result.append(Line(text: t, offset: lineScalar + lo, lower: lower, words: words, length: trimmed.count))
        }
        var copy = text
        copy.withUTF8 { b in
            let utf8 = text.utf8
            var lineStart = 0, lineScalar = 0, scalars = 0, ascii = true
            func flush(_ end: Int) {
                if ascii {
                    addASCII(UnsafeBufferPointer(rebasing: b[lineStart..<end]), lineScalar)
                } else {
                    add(utf8.index(utf8.startIndex, offsetBy: lineStart), utf8.index(utf8.startIndex, offsetBy: end), lineScalar)
                }
            }
            for i in 0..<b.count {
                let c = b[i]
                if c == 10 {
                    flush(i)
                    lineStart = i + 1
                    scalars += 1
                    lineScalar = scalars
                    ascii = true
                } else if c & 0xC0 != 0x80 {
                    scalars += 1
                    if c >= 0x80 { ascii = false }
                }
            }
            flush(b.count)
        }
        return result
    }

    /// Appends the UTF-8 of a scalar normalized for matching (MatchText) and lower-cased.
    @inline(__always)
    static func appendLowered(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        var v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
            return
        }
        let m = MatchText.map(scalar)
        v = m.value
        if v < 0x80 { out.append(UInt8(v)); return }
        if m.properties.changesWhenLowercased {
            out.append(contentsOf: m.properties.lowercaseMapping.utf8)
            return
        }
        if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x20 || s.value == 0x09 || s.value == 0x200B || s.value == 0xFEFF || (s.value > 0x7F && s.properties.isWhitespace)
    }

    // MARK: - Line tests

    /// A line that reads like a headline: four or more words (or a long space-less CJK line), not a stamp,
    /// byline, link or image.
    static func isTitleCandidate(_ l: Line) -> Bool {
        if markdownImage(l) != nil || l.lower.hasPrefix("by ") || l.lower.hasPrefix("http") { return false }
        if l.weight <= 90, !DateLine.stamps(in: l.text).isEmpty, l.words <= 8 { return false }
        // "Press Release N° 412/2026", "PRESS RELEASE 18 November 2026": the document's kind and number.
        if l.words <= 5, l.lower.hasPrefix("press release") { return false }
        // "MINISTRY OF FOREIGN AFFAIRS", "OFFICE OF THE PRESIDENT": a letterhead in capitals names the sender.
        if l.words <= 6, !l.text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            let words = l.lower.split(separator: " ")
            if words.count >= 3, words[1] == "of", letterheadNouns.contains(String(words[0])) { return false }
        }
        let spaceless = l.words <= 2 && l.text.unicodeScalars.contains { $0.value >= 0x2E80 }
        return l.words >= 4 || (spaceless && l.length >= 8)
    }

    /// Senders that open a letterhead ("MINISTRY OF …", "EMBASSY OF …").
    static let letterheadNouns: Set<String> = ["ministry", "office", "embassy", "department", "republic", "government",
                                               "presidency", "secretariat", "commission", "council", "kingdom", "state"]

    /// True for a first line "Some Headline – Date": three or more words, then a dash and a stamp,
    /// not a labelled stamp ("Updated – …").
    static func isDatedHeadline(_ l: Line) -> Bool {
        guard l.weight <= 120, !DateLine.startsWithLabel(l.text), !DateLine.stamps(in: l.text).isEmpty else { return false }
        for dash in [" – ", " — ", " - ", " | "] {
            guard let r = l.text.range(of: dash) else { continue }
            let head = l.text[..<r.lowerBound]
            return head.split(separator: " ").count >= 3 && DateLine.stamps(in: String(head)).isEmpty
                && head.first?.isUppercase == true
        }
        return false
    }

    /// True for a 2–8 word line shaped like a headline: capitalized, mixed case, no closing full stop.
    static func isShortHeadline(_ l: Line) -> Bool {
        guard (2...8).contains(l.words), l.length <= 90, markdownImage(l) == nil, !endsLikeSentence(l.text),
              let first = l.text.unicodeScalars.first, first.properties.isUppercase,
              l.text.unicodeScalars.contains(where: { $0.properties.isLowercase }),
              !l.text.hasSuffix(":"), !l.text.contains("|"), DateLine.stamps(in: l.text).isEmpty else { return false }
        return true
    }

    /// True when text ends as a sentence does: ".", or a closing quote after one.
    /// True for a sentence of prose: it ends like one and has at least four lower-case words
    /// ("met the Spanish prime minister in Beijing on March 5, 2025."), or is a Chinese or Japanese
    /// sentence of some length. A page's stamp line is neither.
    static func readsAsProse(_ l: Line) -> Bool {
        if l.text.hasSuffix("。") { return l.words >= 6 }
        guard endsLikeSentence(l.text) else { return false }
        var lower = 0
        for w in l.text.split(separator: " ") where w.first?.isLowercase == true {
            lower += 1
            if lower >= 4 { return true }
        }
        return false
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let c = t.last, c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" { t = t.dropLast() }
        return t.hasSuffix(".")
    }

    /// The first sentence of a paragraph, clipped at a word boundary to about 120 characters.
    static func firstSentence(_ text: String) -> String {
        var end = text.endIndex
        if let r = text.range(of: ". ") { end = text.index(after: r.lowerBound) }
        let sentence = text[..<end]
        guard sentence.count > 120 else { return String(sentence) }
        let clipped = sentence.prefix(120)
        let cut = clipped.lastIndex(of: " ") ?? clipped.endIndex
        return String(clipped[..<cut]) + "…"
    }

    /// "BBC News, Nairobi", "Reuters, Washington": a newsroom (an agency, or words ending in "News")
    /// and a capitalized place after one comma. The outer nil: no such line; the inner: no outlet named.
    static func newsroomAndPlace(_ text: String) -> String?? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let head = parts[0].trimmingCharacters(in: .whitespaces), place = parts[1].trimmingCharacters(in: .whitespaces)
        let placeWords = place.split(separator: " ")
        guard (1...3).contains(placeWords.count), placeWords.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        if let a = OutletDetector.agency(head) { return .some(a) }
        if head.hasSuffix(" News"), isName(head) { return .some(head) }
        return nil
    }

    /// The line without a closing reading time ("Jane Doe · 5 min read" → "Jane Doe", "4 min read" → ""),
    /// or nil when it has none.
    static func withoutReadingTime(_ text: String) -> String? {
        guard text.utf8.count <= 100, text.hasSuffix(" read") else { return nil }
        var head = text.dropLast(5)
        for unit in [" minutes", " minute", " mins", " min"] where head.hasSuffix(unit) { head = head.dropLast(unit.count); break }
        guard head.count < text.count - 5, let last = head.last, last.isASCII, last.isNumber else { return nil }
        while let l = head.last, l.isASCII, l.isNumber { head = head.dropLast() }
        for sep in [" · ", " | ", " • ", " - ", " — "] where head.hasSuffix(sep) { return String(head.dropLast(sep.count)) }
        return head.isEmpty ? "" : nil
    }

    /// "*Text*" → ("Text", 1), "**Label:**" → ("Label:", 2): a line wrapped whole in markdown emphasis,
    /// with the number of leading marks; nil for anything else (a "* " list item, inner emphasis).
    static func withoutEmphasis(_ s: String) -> (String, Int)? {
        for mark in ["**", "__", "*", "_"] where s.hasPrefix(mark) && s.hasSuffix(mark) && s.count > 2 * mark.count + 1 {
            let inner = s.dropFirst(mark.count).dropLast(mark.count)
            guard let f = inner.first, let l = inner.last, f != " ", l != " ", !inner.contains(mark) else { return nil }
            return (String(inner), mark.count)
        }
        return nil
    }

    /// "## Heading" → "Heading".
    static func stripHeadingMarks(_ s: String) -> String {
        guard s.hasPrefix("#") else { return s }
        return String(s.drop { $0 == "#" }.drop { $0 == " " })
    }

    /// "Key: value" metadata (front matter or labelled lines): title, date, author, source url, outlet.
    static func readKeyValue(_ l: Line, into hints: inout Hints) -> Bool {
        guard let colon = l.text.utf8.prefix(19).firstIndex(of: 58) else { return false }
        let key = l.text[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
        var value = String(l.text[l.text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
        guard !value.isEmpty else { return false }
        switch key {
        case "title", "headline", "subject": if hints.title == nil { hints.title = value }
        // "From: The Sahel Dispatch <briefing@…>": a newsletter's sender names the outlet.
        case "from":
            guard let lt = value.firstIndex(of: "<"), value.contains("@") else { return false }
            let name = value[..<lt].trimmingCharacters(in: .whitespaces)
            if hints.outlet == nil, !name.isEmpty { hints.outlet = name }
        case "date", "published", "pubdate", "published_at", "date_published", "datepublished":
            guard let p = DateLine.parse(value) else { return false }
            if hints.published == nil { hints.published = p }
        case "author", "authors", "byline", "writer", "reporter": if hints.byline == nil { hints.byline = value }
        case "section", "newspaper section", "category", "tags": break
        case "url", "link", "canonical", "canonical_url", "source_url":
            guard value.hasPrefix("http") else { return false }
            if hints.url == nil { hints.url = value }
        case "source", "outlet", "publisher", "site", "site_name", "publication":
            if value.hasPrefix("http") { if hints.url == nil { hints.url = value }; return true }
            // "Source: Xinhua | 2025-05-13 21:40:12": the outlet and the publication time on one line.
            var name = value
            for separator in [" | ", " · ", " – ", " — "] where TextScan.contains(name, separator) {
                let parts = name.components(separatedBy: separator).map { part -> (String, Published?) in
                    let text = part.trimmingCharacters(in: .whitespaces)
                    return (text, DateLine.parse(text))
                }
                guard let date = parts.lazy.compactMap(\.1).first else { continue }
                if hints.published == nil { hints.published = date }
                name = parts.first { !$0.0.isEmpty && $0.1 == nil }?.0 ?? ""
            }
            if hints.outlet == nil, !name.isEmpty { hints.outlet = name }
        default: return false
        }
        return true
    }

    /// A markdown image line `![alt](url)`: alt text with its offset, and the url. Alt may contain brackets.
    static func markdownImage(_ l: Line) -> (alt: String, altOffset: Int, url: String)? {
        guard l.text.hasPrefix("![") else { return nil }
        let s = Array(l.text.unicodeScalars)
        var depth = 1, i = 2
        while i < s.count {
            if s[i] == "[" { depth += 1 } else if s[i] == "]" { depth -= 1; if depth == 0 { break } }
            i += 1
        }
        guard i + 1 < s.count, s[i + 1] == "(" else { return nil }
        let alt = String(String.UnicodeScalarView(s[2..<i])).trimmingCharacters(in: .whitespaces)
        let leading = s[2..<i].prefix { $0 == " " }.count
        var e = i + 2
        while e < s.count, s[e] != ")", s[e] != " " { e += 1 }
        return (alt, l.offset + 2 + leading, String(String.UnicodeScalarView(s[(i + 2)..<e])))
    }

    /// A byline: "By Jane Doe", "By Park Sae-jin Posted : …", "By Jane Doe, Reuters", "Jane Doe | Staff writer".
    /// "Daniel Hurst Foreign affairs and defence correspondent": a name and a job title with no
    /// separator (a header line that ends in a newsroom job, or in the city filed from: "… reporter Ottawa").
    /// The name is taken as its first two words.
    static func nameBeforeJobTitle(_ text: String) -> String? {
        var words = text.split(separator: " ")
        let jobs = ["correspondent", "editor", "reporter", "writer", "columnist", "journalist"]
        if words.count >= 4, let city = words.last, city.first?.isUppercase == true, jobs.contains(words[words.count - 2].lowercased()) {
            words.removeLast()
        }
        guard (3...10).contains(words.count), let last = words.last, jobs.contains(last.lowercased()) else { return nil }
        let name = words.prefix(2).joined(separator: " ")
        return words.prefix(2).allSatisfy({ $0.first?.isUppercase == true }) && isName(name) ? name : nil
    }

    /// "jane doe was ambassador to …", "jane doe covers labour for …": a lower-cased line opening with the
    /// author's name and a verb of a biography.
    static func isBiography(_ lower: String, of name: String) -> Bool {
        let key = name.lowercased()
        guard TextScan.hasPrefix(lower, key + " ") else { return false }
        let rest = lower.dropFirst(key.count + 1)
        return ["is ", "was ", "covers ", "reports ", "writes ", "has been "].contains(where: { rest.hasPrefix($0) })
    }

    static func bylineOf(_ text: String) -> (name: String, agency: String?)? {
        let lower = text.lowercased()
        // "*Analysis* | By Jane Doe | 18 May 2026 | 6 min read": the byline is one part of the line.
        if !lower.hasPrefix("by "), TextScan.contains(text, " | "),
           let part = text.components(separatedBy: " | ").first(where: { $0.lowercased().hasPrefix("by ") }) {
            return bylineOf(part)
        }
        var rest: Substring
        if lower.hasPrefix("by ") { rest = text.dropFirst(3) }
        else if lower.hasPrefix("written by ") { rest = text.dropFirst(11) }
        else if TextScan.contains(text, " | "), let bar = text.range(of: " | "), ["writer", "reporter", "correspondent", "editor", "staff", "columnist"]
                    .contains(where: { text[bar.upperBound...].lowercased().contains($0) }) {
            let name = String(text[..<bar.lowerBound])
            return isName(name) ? (name, nil) : nil
        } else if let name = nameBeforeJobTitle(text) {
            return (name, nil)
        } else { return nil }
        for stop in [" Posted", " Published", " Updated", " |", " - ", " — ", " – ", " ·", " •", "  ", " on "] {
            if let r = rest.range(of: stop) { rest = rest[..<r.lowerBound] }
        }
        var agency: String? = nil
        if let comma = rest.firstIndex(of: ",") {
            let tail = rest[rest.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            agency = OutletDetector.agency(tail)
            rest = rest[..<comma]
        }
        let name = rest.trimmingCharacters(in: .whitespaces)
        return isName(name) ? (name, agency) : nil
    }

    /// Newsroom jobs printed on a line under a byline.
    static let newsroomJobs: Set<String> = ["columnist", "contributing columnist", "staff writer", "correspondent",
                                            "senior correspondent", "foreign correspondent", "reporter", "staff reporter",
                                            "editor", "opinion columnist", "contributor", "opinion writer"]

    /// "Rachel Hoffmann in Pittsburgh and Kenji Morita in Tokyo": each part a two- or three-word
    /// name, "in", and a capitalized place; the names joined by "and".
    static func reportersFiling(_ text: String) -> String? {
        guard text.count <= 100, !text.hasSuffix(".") else { return nil }
        var names: [String] = []
        for part in text.components(separatedBy: " and ") {
            let words = part.split(separator: " ")
            guard let at = words.firstIndex(of: "in"), (2...3).contains(at), at + 1 < words.count, words.count - at <= 4,
                  words[(at + 1)...].allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            let name = words[..<at].joined(separator: " ")
            guard words[..<at].allSatisfy({ $0.first?.isUppercase == true }), isName(name) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names.joined(separator: " and ")
    }

    /// One to seven capitalized words (joiners such as "and", "de", "van" allowed): a person's name or names.
    static func isName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...7).contains(words.count), s.count <= 70 else { return false }
        let joiners: Set<String> = ["and", "de", "van", "von", "der", "bin", "al", "da", "del", "la", "le"]
        return words.allSatisfy { w in w.first?.isUppercase == true || joiners.contains(String(w)) || w.first?.isLetter == true && !w.first!.isCased }
    }

    /// "SEOUL —", "SEOUL, September 16 (AJP) -", "WASHINGTON (AP) —": the place part and the agency tag.
    static func datelineOf(_ text: String) -> (place: String, agency: String?)? {
        let s = Array(text.unicodeScalars.prefix(90))
        var sep: Int? = nil
        for i in s.indices where i > 0 {
            let c = s[i]
            if c == "—" || c == "–" || c == "―" { sep = i; break }
            if c == "-", s[i - 1] == " ", i + 1 < s.count, s[i + 1] == " " || s[i + 1] == "-" { sep = i; break }
        }
        // "MOSCOW, October 14. /TASS/.": the agency between slashes closes the dateline.
        var slashAgency: String? = nil
        if sep == nil, let open = s.indices.first(where: { $0 > 1 && s[$0] == "/" && s[$0 - 1] == " " && s[$0 - 2] == "." }),
           let close = s.indices.first(where: { $0 > open + 1 && s[$0] == "/" }), close - open <= 12,
           s[(open + 1)..<close].allSatisfy({ $0.properties.isUppercase }) {
            sep = open - 2
            slashAgency = String(String.UnicodeScalarView(s[(open + 1)..<close]))
        }
        guard let cut = sep else { return nil }
        let prefix = String(String.UnicodeScalarView(s[0..<cut])).trimmingCharacters(in: .whitespaces)
        let words = prefix.split(separator: " ")
        guard !prefix.isEmpty, prefix.count <= 70, words.count <= 9 else { return nil }
        var agency: String? = slashAgency
        if let open = prefix.lastIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
            agency = String(prefix[prefix.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            if agency?.isEmpty == true || (agency?.count ?? 0) > 30 { agency = nil }
        }
        // "Riyadh, November 22, 2026, SPA --": an agency's capitals after the last comma close the dateline.
        if agency == nil, let comma = prefix.lastIndex(of: ","), words.count >= 2 {
            let tag = prefix[prefix.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if (2...8).contains(tag.count), tag.allSatisfy({ $0.isUppercase && $0.isLetter }) { agency = tag }
        }
        let first = words[0].filter { $0.isLetter }
        let caps = first.count >= 3 && first.allSatisfy { $0.isUppercase } && !words[0].contains(".")
        // "Addis Ababa, Ethiopia, 20 November 2026 –": a place in title case, then a comma and a full date.
        let place = prefix.prefix { $0 != "," }.split(separator: " ")
        let placeAndDate = place.count <= 3 && place.count < words.count && place.allSatisfy { $0.first?.isUppercase == true }
            && DateLine.month(words[0].lowercased()) == nil && !notPlaces.contains(words[0].lowercased()) && DateLine.parse(prefix) != nil
        guard (caps && (words.count <= 4 || agency != nil)) || (agency != nil && words[0].first?.isUppercase == true) || placeAndDate else { return nil }
        return (prefix, agency)
    }

    /// Words opening a sentence's date, not a place: "On Tuesday, 3 March 2026 – …".
    static let notPlaces: Set<String> = ["on", "in", "at", "from", "since", "by", "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday", "today", "yesterday"]

    /// "Sources (1 articles)", "Stories about this story (16 stories)", "All related articles (27 articles)".
    static func sectionHeading(_ text: String) -> PageSection? {
        guard text.hasSuffix(")"), text.count <= 80, let open = text.range(of: " (", options: .backwards) else { return nil }
        let inner = text[open.upperBound..<text.index(before: text.endIndex)].split(separator: " ")
        guard inner.count == 2, let n = Int(inner[0]) else { return nil }
        let unit = inner[1].lowercased()
        guard ["article", "articles", "story", "stories", "source", "sources", "comment", "comments", "item", "items",
               "update", "updates", "post", "posts"].contains(unit) else { return nil }
        let heading = String(text[..<open.lowerBound])
        let h = heading.lowercased()
        let kind: PageSection.Kind = h.hasPrefix("source") ? .sources : h.contains("stor") ? .relatedStories
            : h.contains("article") ? .relatedArticles : .other
        return PageSection(kind: kind, title: heading, count: n)
    }

    /// The leading date label of a timeline entry ("Dec 4, 2025 – text"), spaces normalized, or nil.
    static func timelineLabelOf(_ text: String) -> String? {
        let s = Array(MatchText.normalize(text).unicodeScalars.prefix(48))
        for i in s.indices where i > 0 && i + 1 < s.count {
            let c = s[i]
            let dash = (c == "–" || c == "—" || c == "-") && s[i - 1] == " " && s[i + 1] == " "
            let colon = c == ":" && s[i + 1] == " "
            guard dash || colon else { continue }
            let label = String(String.UnicodeScalarView(s[0..<i])).trimmingCharacters(in: .whitespaces)
            let tokens = DateLine.tokenize(label)
            let hasMonth = tokens.contains { $0.kind == .word && DateLine.month($0.text) != nil }
            let hasYear = tokens.contains { $0.kind == .num && $0.text.count == 4 }
            let words = tokens.filter { $0.kind == .word }.count
            if (hasMonth || hasYear) && tokens.contains(where: { $0.kind == .num }) && words <= 3 { return label }
            return nil
        }
        return nil
    }

    /// Headings over a list of dated entries besides "Timeline" and "Chronology".
    static let timelineHeadings: Set<String> = ["key dates", "key dates:", "key events", "key events:", "key moments",
                                                "timeline of events", "a timeline", "how we got here", "how we got here:"]

    /// True for "DATE – what happened" with prose after the dash ("Feb. 17, 2008 – Kosovo declares
    /// independence."), not a stamp with a clock ("Mar 4, 2026 — 10:00 AM").
    static func isDatedEntry(_ text: String) -> Bool {
        guard let label = timelineLabelOf(text) else { return false }
        let rest = text.unicodeScalars.dropFirst(label.unicodeScalars.count).drop { $0 == " " || $0 == "–" || $0 == "—" || $0 == "-" || $0 == ":" }
        let words = String(String.UnicodeScalarView(rest)).split(separator: " ")
        return words.count >= 3 && words.contains { $0.first?.isLowercase == true }
    }

    /// Citation markers "[27]" in a block, in order, without repeats.
    static func citations(in text: String) -> [Int] {
        guard TextScan.containsByte(text, 91) else { return [] }
        var out: [Int] = []
        let s = Array(text.utf8)
        var i = 0
        while i < s.count {
            if s[i] == 91 {
                var j = i + 1, n = 0
                while j < s.count, j - i <= 4, s[j] >= 48, s[j] <= 57 { n = n * 10 + Int(s[j] - 48); j += 1 }
                if j > i + 1, j < s.count, s[j] == 93 { if !out.contains(n) { out.append(n) }; i = j }
            }
            i += 1
        }
        return out
    }

    // MARK: - Captions

    /// A comparison key for captions and headlines: credits at the end removed, letters and digits only, lower case.
    static func captionKey(_ text: String) -> String {
        if let key = asciiCaptionKey(text) { return key }
        var t = Substring(text)
        if t.hasSuffix("]"), let open = t.lastIndex(of: "["), t.distance(from: open, to: t.endIndex) > 3,
           !t[t.index(after: open)...].dropLast().allSatisfy({ $0.isNumber }) {
            t = t[..<open]
        }
        var key: [UInt8] = []
        key.reserveCapacity(t.utf8.count)
        if lastWordIsNoCredit(t) {
            // No credit word to drop: the key reads every scalar (the separating spaces add nothing).
            appendKey(of: t.unicodeScalars, to: &key)
        } else {
            var words = t.split(separator: " ")
            while words.count > 3, let last = words.last, isCreditWord(last) { words.removeLast() }
            for w in words { appendKey(of: w.unicodeScalars, to: &key) }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Appends the caption-key UTF-8 of `scalars`: letters and digits, lower-cased.
    private static func appendKey(of scalars: Substring.UnicodeScalarView, to key: inout [UInt8]) {
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                if v >= 65 && v <= 90 { key.append(UInt8(v + 32)) }
                else if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { key.append(UInt8(v)) }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                key.append(contentsOf: s.properties.lowercaseMapping.utf8)
            }
        }
    }

    /// True when the last space-separated word of `t` holds an ASCII byte other than an upper-case
    /// letter, "/" or "-": then the last word (as `split` cuts it, by characters) is no credit word.
    private static func lastWordIsNoCredit(_ t: Substring) -> Bool {
        let bytes = t.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        var k = end
        while k > bytes.startIndex {
            let c = bytes[bytes.index(before: k)]
            if c == 0x20 { break }
            if c < 0x80 && !((c >= 0x41 && c <= 0x5A) || c == 0x2F || c == 0x2D) { return true }
            k = bytes.index(before: k)
        }
        return false
    }

    /// `captionKey` for ASCII text without carriage returns, where every character is one byte;
    /// nil for other text.
    private static func asciiCaptionKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            var n = b.count
            if n > 0, b[n - 1] == 0x5D, let open = b[..<n].lastIndex(of: 0x5B), n - open > 3,
               !b[(open + 1)..<(n - 1)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                n = open
            }
            var words: [Range<Int>] = []
            var k = 0
            while k < n {
                if b[k] == 0x20 { k += 1; continue }
                let s = k
                while k < n, b[k] != 0x20 { k += 1 }
                words.append(s..<k)
            }
            while words.count > 3, let last = words.last, isASCIICreditWord(UnsafeBufferPointer(rebasing: b[last])) { words.removeLast() }
            var key: [UInt8] = []
            key.reserveCapacity(n)
            for w in words {
                for c in b[w] {
                    if c >= 65 && c <= 90 { key.append(c + 32) } else if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) { key.append(c) }
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// `isCreditWord` for an ASCII word.
    private static func isASCIICreditWord(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for c in w {
            if c >= 0x41 && c <= 0x5A { letters += 1 } else if c >= 0x61 && c <= 0x7A { return false } else if c != 0x2F && c != 0x2D { return false }
        }
        return letters >= 2 && w.last != 0x2E
    }

    /// An all-capitals credit word at the end of a caption ("YONHAP", "AP/YONHAP").
    static func isCreditWord(_ w: Substring) -> Bool {
        let letters = w.filter { $0.isLetter }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase } && !w.hasSuffix(".")
            && w.allSatisfy { $0.isLetter || $0 == "/" || $0 == "-" }
    }

    /// Two caption keys name the same caption: equal, or one a long prefix of the other.
    static func sameCaption(_ a: String, _ b: String) -> Bool {
        if a == b { return !a.isEmpty }
        guard min(a.count, b.count) >= 24 else { return false }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// True when the line ends with a photo credit: "[AP/YONHAP]", "Photo: X", "(Getty Images)", and with
    /// `trailingCaps` also a bare agency word ("… in Sejong on September 16 YONHAP").
    static func hasCreditSuffix(_ text: String, lower: String, trailingCaps: Bool) -> Bool {
        if TextScan.contains(lower, "photo") && (TextScan.contains(lower, "photo: ") || TextScan.contains(lower, "photo by ")
            || TextScan.contains(lower, "(photo") || TextScan.contains(lower, "photograph:")) { return true }
        if TextScan.contains(lower, "getty images") || lower.hasSuffix("/afp") || lower.hasSuffix("/ reuters") { return true }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), OutletDetector.agency(String(text[text.index(after: open)..<text.index(before: text.endIndex)])) != nil,
           text.split(separator: " ").count >= 6 { return true }
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let letters = inner.filter { $0.isLetter }
            return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
        }
        guard trailingCaps else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 6, let last = words.last, isCreditWord(last), last.count >= 3 else { return false }
        let prev = words[words.count - 2]
        return prev.hasSuffix(".") || prev.first?.isLowercase == true || prev.first?.isNumber == true
    }
}
