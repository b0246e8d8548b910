/// Finds the events of one article: clauses with a time expression and a predicate, each
/// with its date, type, participants (from the article's person mentions), places, status
/// and source sentence. Pure: the same article and mentions give the same events.
public enum EventExtractor {
    /// Events of `article`, one source each, in text order; `mentions` are the article's
    /// resolved person mentions (their canonical names become participants).
    /// `leaders` (heads of state or government named in the article) are who "the two leaders" prefer.
    public static func extract(article: Article, mentions: [Mention], leaders: Set<String> = []) -> [Event] {
        extract(article: article, mentions: mentions, leaders: leaders, times: BlockTimes(article: article))
    }

    /// `extract` with the article's shared block taggings (`times`, also used by `ClauseDates`).
    static func extract(article: Article, mentions: [Mention], leaders: Set<String>, times: BlockTimes) -> [Event] {
        let published = article.published?.day
        var byBlock: [Int: [Mention]] = [:]
        for m in mentions where m.article == article.id { byBlock[m.block, default: []].append(m) }
        var events: [Event] = []
        let majesty = namedAfterMajesty(article, mentions: mentions)
        // An interview laid out as questions and answers, whose headline names one person: "I" in an answer and
        // "you" in a question are that person.
        let titled = Set(mentions.filter { $0.article == article.id && $0.block == -1 }.map(\.person))
        let interviewee = titled.count == 1 ? titled.first : nil
        let asks = interviewee == nil ? [] : article.blocks.map { $0.text.utf8.contains(0x3F) }
        let questionLayout = asks.filter { $0 }.count >= 2
        let labelled = interviewee == nil ? transcriptSpeakers(article, byBlock: byBlock, times: times) : []
        let readoutLead = ClauseDates.readoutLead(article)
        // A press service's page of the day's encounters: two or more paragraphs open "X had a telephone conversation
        // with Y" or "X received Y" (one such lead under an ordinary headline is no such page).
        let readoutPage = article.blocks.indices.lazy.filter { article.blocks[$0].kind == .paragraph && opensReadoutItem(times.tokens(block: $0).tokens) }
            .prefix(2).count == 2
        // "The two leaders" are the article's two most mentioned people among those of the last three blocks.
        var counts: [String: Int] = [:]
        var lastBlock: [String: Int] = [:]
        var order: [String] = []
        // A leader's posts quoted one by one ("Quote from Zelensky's Telegram: "I had a call with …""): the author
        // writes as "I", and an undated post tells what happened on the day it is reported.
        var postAuthor: String? = nil
        // A day's schedule, one line per appointment ("9:30 a.m. Meets X"): the owner and the day of its heading.
        var agenda: (owner: String, day: TimeSpan)? = nil
        // A program listed line by line ("- Meeting with President X") is the one the release is about, the first
        // person the body names; a short line before the lines ("Sunday, November 8 – Taipei") gives their day.
        let principal = mentions.filter { $0.article == article.id && $0.block >= 0 }
            .min { ($0.block, $0.offsetInBlock) < ($1.block, $1.offsetInBlock) }?.person
        let clauseDates = ClauseDates(article: article, times: times)
        for (index, block) in article.blocks.enumerated() where block.kind != .heading && !isCorrectionNote(block.text) {
            let blockMentions = (byBlock[index] ?? []).sorted { $0.offsetInBlock < $1.offsetInBlock }
            let author = quotedPostAuthor(block.text, mentions: blockMentions, previous: postAuthor)
            if author != nil { postAuthor = author }
            let listLine = startsWithBullet(block.text) && InteractionExtractor.listLineVerb(TextToken.tokenize(String(block.text.prefix(60)))) != nil
            if listLine {
                if agenda == nil, index > 0, article.blocks[index - 1].text.utf8.count <= 60, let owner = principal,
                   let day = times.tag(block: index - 1, anchor: published, told: nil).lazy.compactMap(\.span).first(where: { $0.granularity == .day }) {
                    agenda = (owner, day)
                }
            } else if !opensOnClockTime(block.text) || InteractionExtractor.clockLineVerb(TextToken.tokenize(String(block.text.prefix(40)))) == nil {
                agenda = nil
            } else if agenda == nil, index > 0, article.blocks[index - 1].text.hasSuffix(":"),
                      let heading = events.last(where: { $0.sources.first?.block == index - 1 && $0.date?.granularity == .day }),
                      let owner = heading.participants.first ?? order.last.flatMap({ lastBlock[$0] == index - 1 ? $0 : nil }) {
                // "The prime minister's schedule on Wednesday was as follows:": the heading dates the lines; it is no event.
                agenda = (owner, heading.date!)
                events.removeAll { $0.sources.first?.block == index - 1 }
            }
            var recent = order.filter { lastBlock[$0]! >= index - 3 }
            // "The two defence ministers …" beside two leaders: the two others named lately, when there are exactly two.
            let others = recent.filter { !leaders.contains($0) }
            let ministers = others.count == 2 ? others : []
            if recent.filter(leaders.contains).count >= 2 { recent = recent.filter(leaders.contains) }
            // "Rabuka met Fakafanua … Rabuka also met Schmidt … The leaders' retreat will be held on Wednesday": with three
            // or more leaders named lately, "the leaders" (not "the two") are all of them, no pair.
            let crowd = recent.filter(leaders.contains).count >= 3
            let group = recent.count >= 2
                ? Array(recent.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }.prefix(2).map(\.element))
                : []
            // The last day the previous paragraph told, for "the day before" at the start of this one.
            // A statement dated by its saying ("…, the office said on Friday") tells less than an event beside it.
            // Paragraphs that tell no dated event ("The talks lasted two hours.") carry the story's day on,
            // up to five paragraphs back: "Earlier in the day, …" after them is still that day.
            // Events are in block order: the last one tells which earlier paragraph told events.
            var told: TimeSpan? = nil
            if let last = events.last?.sources.first?.block, last >= index - 5 {
                var previous = events.reversed().prefix { $0.sources.first?.block == last }.filter { $0.date?.granularity == .day }
                // "X on Wednesday received Y, standing in for Z, who left for Paris on Monday": the day of a "who" part
                // is background; the story stays on the day the paragraph's own clauses tell.
                if Set(previous.compactMap(\.date)).count > 1,
                   case let background = ClauseDates(article: article, times: times).backgroundDays(block: last), !background.isEmpty {
                    let own = previous.filter { e in !background.contains { $0 == e.date } }
                    if !own.isEmpty { previous = own }
                }
                told = (previous.first { $0.type != .statement } ?? previous.first)?.date
                // "The Sultan arrived on Monday evening …" after a lead on Tuesday's talks: an arrival before a day
                // an earlier paragraph told sets the visit up; the story stays on that later day.
                if let day = told,
                   let later = events.last(where: { e in
                       (e.sources.first?.block).map { $0 < last && $0 >= index - 5 } == true
                           && e.date?.granularity == .day && e.date!.start > day.end
                   })?.date, ClauseDates.tellsArrival(article.blocks[last].text) {
                    told = later
                }
                // "Two weeks later, the ministers met … ¶ The following month …": a week counted from the
                // paragraph's day is where the story went on, when it comes after that day.
                if let day = told, let week = events.last, week.sources.first?.block == last, week.date?.granularity == .week,
                   week.type != .statement, let w = week.date, w.start > day.end {
                    told = w
                }
            }
            // "In 2000 he met Putin. ¶ The following spring, …": with no day told, the year or month the paragraph
            // just before dated its last event by, from which a season is counted.
            var coarse: TimeSpan? = nil
            if told == nil, let last = events.last, last.sources.first?.block == index - 1, let d = last.date,
               d.granularity == .year || d.granularity == .month || d.granularity == .season {
                coarse = d
            }
            // "Q: You are due in Brussels next week": an interviewer's question tells no event.
            if !isInterviewerQuestion(block.text) {
                let question = questionLayout && asks[index]
                let answer = questionLayout && index > 0 && asks[index - 1] && !question || block.text.utf8.starts(with: "A: ".utf8)
                events += extract(block: block, index: index, article: article.id, published: published,
                                  mentions: byBlock[index] ?? [], earlier: events, group: group, lonePair: recent.count == 2 ? recent : [],
                                  eve: { clauseDates.eveDay(block: index, token: $0) },
                                  crowd: crowd, ministers: ministers,
                                  before: index > 0 ? order.filter { lastBlock[$0]! == index - 1 } : [], told: told, coarseTold: coarse, times: times,
                                  majesty: majesty, speaker: answer || question ? interviewee : labelled.isEmpty ? author : labelled[index],
                                  addressed: question,
                                  readoutLead: index == readoutLead, readoutPage: readoutPage, owner: agenda?.owner,
                                  ownDay: agenda?.day ?? (author != nil ? published.map { TimeSpan(day: $0) } : nil))
            }
            for m in blockMentions {
                if counts[m.person] == nil { order.append(m.person) }
                counts[m.person, default: 0] += 1
                lastBlock[m.person] = index
            }
        }
        if !labelled.isEmpty, let day = published, let e = titleEncounter(article, day: day, mentions: mentions, times: times),
           !events.contains(where: { $0.date == e.date && Set(e.participants).isSubset(of: $0.participants) }) {
            events.append(e)
        }
        return withoutCoarserRestatements(withoutRestatedSummaries(events, article: article).filter { !tellsTransition($0) && !reportsUnnamedPlan($0) })
    }

    /// "The people, who asked not to be identified, said officials were looking at the second half of February": a
    /// saying by no one named, dated only by a time inside what was said, tells no event of its own (the date is the
    /// reported plan's, which the story tells elsewhere).
    static func reportsUnnamedPlan(_ e: Event) -> Bool {
        guard e.type == .statement, e.participants.isEmpty, !e.expression.isEmpty, let sentence = e.sources.first?.sentence,
              let at = sentence.range(of: e.expression) else { return false }
        let head = sentence[..<at.lowerBound]
        guard head.contains(" said ") || head.contains(" told ") else { return false }
        let words = TextToken.tokenize(String(head))
        guard let k = words.lastIndex(where: { $0.lower == "said" || $0.lower == "told" }) else { return false }
        // Something reported after the saying: a verb of its own ("were looking", "are considering").
        return words[(k + 1)...].contains { unnamedPlanVerbs.contains($0.lower) }
    }

    private static let unnamedPlanVerbs: Set<String> = ["looking", "considering", "eyeing", "weighing", "exploring", "discussing", "planning"]

    /// "she returned the visit in the autumn, travelling to Seoul in November": a season (or year) and a month inside it
    /// in one sentence tell one encounter; the coarser reading is dropped when the finer one holds all its people.
    static func withoutCoarserRestatements(_ events: [Event]) -> [Event] {
        guard events.count >= 2 else { return events }
        return events.filter { e in
            guard let d = e.date, d.granularity == .season || d.granularity == .year, let src = e.sources.first else { return true }
            return !events.contains { o in
                guard let od = o.date, od.granularity == .month || od.granularity == .day, od != d,
                      d.start <= od.start, od.end <= d.end, let os = o.sources.first,
                      os.block == src.block, os.sentence == src.sentence else { return false }
                return Set(e.participants).isSubset(of: o.participants)
            }
        }
    }

    /// "On Wednesday the focus shifted to Downing Street", "In the autumn, attention turned to China": a sentence moving
    /// the story on, naming nobody, tells no event (its day still dates the sentences after it).
    static func tellsTransition(_ e: Event) -> Bool {
        guard e.participants.isEmpty, let sentence = e.sources.first?.sentence, sentence.utf8.count < 120 else { return false }
        let words = TextToken.tokenize(sentence)
        guard let k = words.prefix(8).firstIndex(where: { transitionSubjects.contains($0.lower) }) else { return false }
        return words[(k + 1)...].prefix(2).contains { transitionVerbs.contains($0.lower) }
    }

    private static let transitionSubjects: Set<String> = ["focus", "attention", "spotlight"]
    private static let transitionVerbs: Set<String> = ["shifted", "turned", "returned", "moved", "switched", "swung", "shifts", "turns", "moves"]

    /// A cheap first check for a schedule line ("9:30 a.m. Meets …"): a digit then a colon among the
    /// first 40 characters (bytes), before the line is cut into tokens.
    static func opensOnClockTime(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for b in bytes.prefix(40) {
                // (A byte of a multi-byte character may end another script's digit.)
                if b == 0x3A, (previous >= 0x30 && previous <= 0x39) || previous >= 0x80 { return true }
                previous = b
            }
            return false
        }
    }

    /// The author of a quoted post: a paragraph whose label of at most 100 scalars ends in a colon and a quote mark
    /// ("Quote from Zelensky's Telegram, 11:42: "I …""). The last person the label names; for a label of at most
    /// three words naming no one ("Quote:"), `previous`; otherwise nil.
    static func quotedPostAuthor(_ text: String, mentions: [Mention], previous: String?) -> String? {
        // (A byte scan first: most paragraphs have no colon near their start.)
        guard TextScan.containsByte(text, 0x3A, within: 400) else { return nil }
        let head = Array(text.unicodeScalars.prefix(100))
        guard let colon = head.indices.dropLast(2).first(where: { k in
            head[k] == ":" && head[k + 1] == " " && (head[k + 2] == "\"" || head[k + 2] == "\u{201C}")
        }) else { return nil }
        if let named = mentions.last(where: { $0.offsetInBlock < colon }) { return named.person }
        return head[..<colon].split(separator: " ").count <= 3 ? previous : nil
    }

    /// "Remarks by President Trump and Prime Minister Albanese Before Bilateral Meeting": a transcript's title
    /// naming two people and an encounter tells that encounter, on the day published; nil otherwise.
    static func titleEncounter(_ article: Article, day: Day, mentions: [Mention], times: BlockTimes) -> Event? {
        var people: [String] = []
        for m in mentions where m.article == article.id && m.block == -1 && !people.contains(m.person) { people.append(m.person) }
        let title = times.tokens(block: -1).tokens
        guard people.count >= 2, let type = title.indices.lazy.compactMap({ cue(title, $0, 0..<title.count) })
                .first(where: { $0 == .meeting || $0 == .summit || $0 == .phoneCall }) else { return nil }
        return Event(id: StableHash.hex("\(article.id)|title|\(article.title)"), date: TimeSpan(day: day), expression: "",
                     type: type, status: .occurred, summary: article.title, participants: people,
                     sources: [SourceRef(article: article.id, sentence: article.title, offset: 0, block: -1)])
    }

    /// "ended a tense two-day summit on Friday": the days the summit took, ending (or, after "opened",
    /// "began", starting) on the day told; nil unless the clause tells such a length before its day.
    private static func stretched(_ e: TemporalExpression, _ c: Clause, _ t: [TimeToken]) -> TimeSpan? {
        guard let span = e.span, span.granularity == .day else { return nil }
        var k = e.tokens.lowerBound - 1
        var direction = 0, days = 0
        while k >= c.tokens.lowerBound, k >= e.tokens.lowerBound - 12 {
            // "two-day", "2-day", "three-day"
            if k >= c.tokens.lowerBound + 2, t[k].lower == "day", !t[k].spaced, t[k - 1].isDash, !t[k - 1].spaced, days == 0 {
                let n = t[k - 2].kind == .number ? t[k - 2].number : TimeVocabulary.numberWords[t[k - 2].lower]
                if let n, (2...14).contains(n) { days = n }
            }
            if days > 0, t[k].kind == .word {
                if spanEnders.contains(t[k].lower) { direction = -1; break }
                if spanOpeners.contains(t[k].lower) { direction = 1; break }
            }
            k -= 1
        }
        guard days > 0, direction != 0 else { return nil }
        let d = span.start
        return direction < 0 ? TimeSpan(start: d.adding(days: 1 - days), end: d, granularity: .range)
            : TimeSpan(start: d, end: d.adding(days: days - 1), granularity: .range)
    }

    /// Verbs that close an event of several days on the day told, and verbs that open one.
    private static let spanEnders: Set<String> = ["ended", "ends", "concluded", "concludes", "closed", "closes", "wrapped", "wraps"]
    private static let spanOpeners: Set<String> = ["opened", "opens", "began", "begins", "started", "starts", "kicked", "kicks"]

    /// A transcript's speakers ("PRESIDENT TRUMP: … I spoke with President Xi"): the person an upper-case label
    /// names speaks as "I" in that paragraph and the unlabelled ones after it, until the next label or a
    /// reporter's question. Empty unless two paragraphs open on a label.
    static func transcriptSpeakers(_ article: Article, byBlock: [Int: [Mention]], times: BlockTimes) -> [String?] {
        var speakers = [String?](repeating: nil, count: article.blocks.count)
        var current: String? = nil
        var labels = 0
        for index in article.blocks.indices {
            let tokens = times.tokens(block: index).tokens
            if let colon = tokens.prefix(5).firstIndex(where: { $0.text == ":" }), colon > 0,
               tokens[..<colon].allSatisfy({ (t: TimeToken) in t.kind == .word && t.isCapitalized && t.text == t.text.uppercased() }),
               let m = byBlock[index]?.first(where: { $0.offsetInBlock < tokens[colon].start }) {
                current = m.person
                labels += 1
            } else if isInterviewerQuestion(article.blocks[index].text) {
                current = nil
            }
            speakers[index] = current
        }
        return labels >= 2 ? speakers : []
    }

    /// True for an interviewer's question in a Q&A ("Q: You are due in Brussels next week?",
    /// "Q. Will you run?", "Question: …"): it asks, it tells no event.
    static func isInterviewerQuestion(_ text: String) -> Bool {
        var u = text.utf8.makeIterator()
        guard let b0 = u.next(), b0 == 0x51 else { return false }  // "Q"
        if let b1 = u.next() {
            if b1 == 0x3A || b1 == 0x2E { return u.next() == 0x20 }  // "Q: ", "Q. "
            if b1 == 0x20 { return text.utf8.contains(0x3F) }  // "Q Mr. President, will you …?"
            return b1 == 0x75 && text.utf8.starts(with: "Question:".utf8)
        }
        return false
    }

    /// True for an editor's note on the story itself ("Correction, May 19: An earlier version of this
    /// story misstated …", "Clarification: …"): it restates or amends the story's facts, it tells no event.
    static func isCorrectionNote(_ text: String) -> Bool {
        // The first byte rules out almost every paragraph before anything is copied.
        guard let b0 = text.utf8.first, b0 | 0x20 == 0x61 || b0 | 0x20 == 0x63 || b0 | 0x20 == 0x65 else { return false }
        var head: [UInt8] = []
        head.reserveCapacity(16)
        for b in text.utf8.prefix(16) { head.append(b >= 0x41 && b <= 0x5A ? b + 32 : b) }
        func opens(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard head.count > w.count, head.starts(with: w) else { return false }
            let next = head[w.count]
            return next == 0x3A || next == 0x2C || next == 0x20 && (head.count > w.count + 1 && head[w.count + 1] == 0x28)
        }
        return opens("correction") || opens("corrections") || opens("clarification") || opens("editor's note")
            || opens("editor\u{2019}s note") || head.starts(with: Array("an earlier versi".utf8))
    }

    /// "late Thursday Washington time, early Friday in Seoul", "Friday morning Seoul time (Thursday
    /// evening in Washington)": one moment told on two days in two time zones is one event spanning both.
    static func mergedAcrossTimeZones(_ exprs: [TemporalExpression], _ t: [TimeToken]) -> [TemporalExpression] {
        func zoned(_ e: TemporalExpression) -> Bool {
            let lo = max(0, e.tokens.lowerBound - 3), hi = min(t.count, e.tokens.upperBound + 4)
            for k in lo..<hi where t[k].kind == .word {
                let w = t[k].lower
                if w == "time" || w == "gmt" || w == "utc" { return true }
                // "(Thursday evening in Washington)"
                if w == "in", k > e.tokens.upperBound - 1, k + 1 < t.count, t[k + 1].isCapitalized,
                   e.tokens.lowerBound > 0, t[e.tokens.lowerBound - 1].text == "(" { return true }
            }
            return false
        }
        var out: [TemporalExpression] = []
        var i = 0
        while i < exprs.count {
            var e = exprs[i]
            if i + 1 < exprs.count, let a = e.span, let b = exprs[i + 1].span, a.granularity == .day, b.granularity == .day,
               abs(a.start.ordinal - b.start.ordinal) == 1, exprs[i + 1].tokens.lowerBound - e.tokens.upperBound <= 8,
               zoned(e) || zoned(exprs[i + 1]) {
                e.span = TimeSpan(start: min(a.start, b.start), end: max(a.start, b.start), granularity: .range)
                out.append(e)
                i += 2
                continue
            }
            out.append(e)
            i += 1
        }
        return out
    }

    /// "Key points" bullets over the story restate it: an event read from a bullet placed before
    /// the first prose paragraph is dropped when a later event of the article overlaps its date
    /// and shares one of its people.
    static func withoutRestatedSummaries(_ events: [Event], article: Article) -> [Event] {
        var summaryBlocks = Set<Int>()
        for (index, block) in article.blocks.enumerated() where block.kind == .paragraph {
            guard let first = block.text.unicodeScalars.first, first == "-" || first == "\u{2022}" || first == "*" else {
                if block.text.utf8.count >= 120 { break }
                // "Talks with Premier Li could follow at the G-20 summit in December": a deck line under the headline,
                // with no closing stop, sums up what the body tells.
                if let last = block.text.unicodeScalars.last, last != ".", last != "\"", last != "\u{201D}", last != ":" {
                    summaryBlocks.insert(index)
                }
                continue
            }
            summaryBlocks.insert(index)
        }
        guard !summaryBlocks.isEmpty else { return events }
        return events.filter { e in
            guard let block = e.sources.first?.block, summaryBlocks.contains(block), let d = e.date else { return true }
            return !events.contains { o in
                guard let ob = o.sources.first?.block, ob > block, !summaryBlocks.contains(ob), let od = o.date else { return false }
                return od.start <= d.end && d.start <= od.end && !Set(o.participants).isDisjoint(with: e.participants)
            }
        }
    }

    /// One clause of a sentence: its token range, named people and time expressions.
    private struct Clause {
        var tokens: Range<Int>
        var people: [String]
        var expressions: [TemporalExpression]
        var label: TemporalExpression?
        /// The event type each token of the block points to, computed once per block.
        var cues: [EventType?]
    }

    /// Events of one block; `mentions` are the block's person mentions.
    /// `earlier` holds the article's events from previous blocks, which "one day after …" may refer to.
    /// `group` holds the people of a recent paragraph that named several, which "the two leaders" may mean.
    /// `crowd` is true when three or more leaders were named lately: a bare "the leaders" then means no pair.
    /// `before` holds the people of the paragraph just before, whom "The call …" opening this one may mean.
    /// `coarseTold` is a year or month the paragraph before told, read only by a season counted from it.
    static func extract(block: Block, index: Int, article: String, published: Day?, mentions: [Mention],
                        earlier: [Event] = [], group: [String] = [], lonePair: [String] = [],
                        eve: (Int) -> (span: TimeSpan, phrase: Range<Int>)? = { _ in nil }, crowd: Bool = false, ministers: [String] = [], before: [String] = [], told: TimeSpan? = nil, coarseTold: TimeSpan? = nil, times: BlockTimes,
                        majesty: String? = nil, speaker: String? = nil, addressed: Bool = false,
                        readoutLead: Bool = false, readoutPage: Bool = false, owner: String? = nil, ownDay: TimeSpan? = nil) -> [Event] {
        let cut = times.tokens(block: index)
        let scalars = cut.text
        let tokens = cut.tokens
        guard !tokens.isEmpty else { return [] }
        // A timeline entry resolves against its own date: from the parser's label, or a
        // leading full date followed by a dash ("Dec 4, 2025 – …").
        var entryDate: TimeSpan? = nil
        var entryLabel: String? = nil
        if block.kind == .timelineEntry, let label = block.dateLabel {
            if let first = TemporalTagger.tag(label, anchor: published).first, let s = first.span {
                entryDate = s; entryLabel = first.text
            } else if label.utf8.count == 4, let y = Int(label), y >= 1000, let a = Day(y, 1, 1), let b = Day(y, 12, 31) {
                // "1998 – Fighting breaks out": a bare year labels the entry.
                entryDate = TimeSpan(start: a, end: b, granularity: .year); entryLabel = label
            }
        }
        var anchor = entryDate?.start ?? published
        let sentences = cut.sentences
        var tagged = times.tag(block: index, anchor: anchor, told: block.kind == .timelineEntry ? nil : told ?? coarseTold)
        var labelInText: TemporalExpression? = nil
        if let first = tagged.first, first.tokens.lowerBound == 0, first.explicitYear, let s = first.span,
           s.granularity == .day, first.tokens.upperBound < tokens.count, tokens[first.tokens.upperBound].isDash {
            labelInText = first
            if entryDate == nil {
                entryDate = s; entryLabel = first.text
                anchor = s.start
                tagged = times.tag(block: index, anchor: anchor, told: nil)
                labelInText = tagged.first
            }
        }
        let isEntry = entryDate != nil
        // "Mr Albanese also held talks with Rabuka" after a paragraph on his Wednesday meeting: the event
        // the paragraph before told last may date an undated "also" encounter; so may the one before that, when the
        // paragraph between tells none ("During the call, they also discussed …").
        let carryFrom = earlier.last.flatMap { e in e.sources.first.map { $0.block >= index - 2 && $0.block < index } == true && e.date != nil ? e : nil }
        // "On the sidelines of the summit, X held talks with Y": the gathering the article opened with dates it.
        // "Separately, X called on Y": another item of the dispatch, on the day the story last told.
        var gathering = !isEntry && tagged.isEmpty ? earlier.first { $0.date?.granularity == .day && $0.status == .occurred } : nil
        // "held separate talks with Y on the sidelines, focusing on …": bare, after the encounter, the gathering's too.
        var sidelines = gathering != nil && tokens.indices.contains { k in
            sidelineNouns.contains(tokens[k].lower) && (k + 1 < tokens.count && tokens[k + 1].lower == "of"
                || k >= 3 && tokens[k - 1].lower == "the" && (tokens[k].lower.hasPrefix("sideline") || tokens[k].lower.hasPrefix("margin"))
                    && (k + 1 == tokens.count || tokens[k + 1].kind != .word))
        }
        if !sidelines, !isEntry, tagged.isEmpty, tokens.count > 1, opensOnTheDayTold(tokens),
           let day = told ?? earlier.last(where: { $0.date?.granularity == .day && ($0.sources.first?.block ?? -9) >= index - 4 })?.date,
           day.granularity == .day {
            gathering = Event(id: "", date: day, expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
        }
        var statementOfTheLead = false
        // "\"…,\" Kim Yo Jong said in a press statement carried by KCNA.": right after the lead, a statement with no day
        // of its own is the one the lead told, on its day.
        if !sidelines, !isEntry, tagged.isEmpty, index >= 1, let day = told, day.granularity == .day, !earlier.isEmpty,
           earlier.allSatisfy({ $0.sources.first?.block == index - 1 }), saidInAStatement(tokens) {
            gathering = Event(id: "", date: day, expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
            statementOfTheLead = true
        }
        // The lead of a readout titled by its encounter ("Telephone conversation with …") is on the day published.
        if !sidelines, !isEntry, tagged.isEmpty, readoutLead, let day = published {
            gathering = Event(id: "", date: TimeSpan(day: day), expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
        }
        // "Kassym-Jomart Tokayev had a telephone conversation with …" on a press service's page: the day published.
        if !sidelines, !isEntry, readoutPage, let day = published, opensReadoutItem(tokens) {
            gathering = Event(id: "", date: TimeSpan(day: day), expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
        }
        // "Details: At 16:05 Zelensky wrote that he had spoken with Starmer": a paragraph opening on a clock time and
        // giving no day tells the day it is reported.
        if !sidelines, !isEntry, tagged.isEmpty, let day = published, tokens.count > 4, (0..<min(4, tokens.count - 3)).contains(where: { k in
            tokens[k].kind == .word && tokens[k].lower == "at" && tokens[k + 1].kind == .number && tokens[k + 2].text == ":"
                && tokens[k + 3].kind == .number
        }) {
            gathering = Event(id: "", date: TimeSpan(day: day), expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
        }
        // A quoted post or a schedule's line tells its day's encounters where it gives no date of its own.
        if !sidelines, !isEntry, let day = ownDay {
            gathering = Event(id: "", date: day, expression: "", type: .other, status: .occurred, summary: "")
            sidelines = true
        }
        // Outside a dated entry only time expressions date events: a block without one has none.
        // "Before the leaders' meeting, Chancellor X held talks with Y": the encounter of the leaders told before dates it.
        let besideLeaders = group.count >= 2 && opensBesideLeadersEncounter(tokens) ? earlier.last { e in
            e.date != nil && (e.type == .meeting || e.type == .summit || e.type == .visit) && group.allSatisfy(e.participants.contains)
        } : nil
        guard isEntry || !tagged.isEmpty || sidelines || besideLeaders != nil
                || (carryFrom != nil && tokens.contains { $0.lower == "also" || $0.lower == "then" }) else { return [] }
        var cues = tokens.indices.map { cue(tokens, $0, 0..<tokens.count) }
        // "- Briefing by Minister X" in a program of the owner's encounters: the line's noun tells a meeting.
        if owner != nil, tokens.count > 2, startsWithBullet(block.text), InteractionExtractor.programNouns.contains(tokens[1].lower) {
            cues[1] = .meeting
        }
        var events: [Event] = []
        var firstClause = true
        var recentGroup = group
        var crowdGroup = crowd
        // The first person the previous sentence of the block named: who a sentence-opening "He" is.
        var lastSubject: String? = nil
        // Everyone the previous sentence of the block named.
        var lastSentencePeople: [String] = []
        for sentence in sentences {
            // "Done at Abuja, this 14th day of December 2026": the closing formula dates the document, no event.
            if sentence.count >= 3, tokens[sentence.lowerBound].text == "Done", tokens[sentence.lowerBound + 1].lower == "at"
                || tokens[sentence.lowerBound + 1].lower == "in", tokens[sentence.lowerBound + 2].isCapitalized { continue }
            let clauses = splitClauses(tokens, sentence).map { r -> Clause in
                let lo = tokens[r.lowerBound].start, hi = tokens[r.upperBound - 1].end
                let inClause = mentions.filter { $0.offsetInBlock >= lo && $0.offsetInBlock < hi }.sorted { $0.offsetInBlock < $1.offsetInBlock }
                var people: [String] = []
                for m in inClause where !people.contains(m.person) && !isPossessor(m, of: inClause, tokens: tokens)
                    && !describesAfterComma(m, tokens, r)
                    && !isApposedPossessor(m, of: inClause, tokens: tokens)
                    && !(m.offsetInBlock == inClause[0].offsetInBlock && subjectsKin(m, tokens, r))
                    && (m.offsetInBlock == inClause[0].offsetInBlock
                        || (!inPossessiveAside(m, tokens, r) && !isTrailingSpeaker(m, tokens, r) && !namesAKinOf(m, tokens, r)
                            && !deniedEncounter(m, tokens, r) && !briefedOnOwn(m, tokens, r) && !carriedLetter(m, tokens, r))) {
                    people.append(m.person)
                }
                // "Peskov said Putin and Erdogan had agreed to meet": a speaker whose saying opens on two other
                // people reports what they did and takes no part in it.
                if people.count >= 3, let first = inClause.first, first.person == people[0], leadsAReport(first, inClause, tokens, r) {
                    people.removeFirst()
                }
                // "He held talks with President Ouattara the same evening": the subject of the sentence before joins.
                // "His Majesty also met Sheikh Tamim" opening a paragraph: the first person of the event just told.
                let addressed = r.lowerBound + 1 < r.upperBound && (tokens[r.lowerBound].lower == "his" || tokens[r.lowerBound].lower == "her")
                    && formsOfAddress.contains(tokens[r.lowerBound + 1].lower)
                // "The Secretary-General has not spoken with Zelenskyy this week. He last spoke with him on 28 October":
                // "he" is the subject told before and "him" the one other person the sentence before named.
                if people.isEmpty, let who = lastSubject, r.lowerBound == sentence.lowerBound, r.count > 3,
                   tokens[r.lowerBound].lower == "he" || tokens[r.lowerBound].lower == "she",
                   case let told = Set(lastSentencePeople), told.count == 2, told.contains(who), let other = told.first(where: { $0 != who }),
                   let k = (r.lowerBound + 1..<min(r.upperBound - 2, r.lowerBound + 5)).first(where: { cues[$0] != nil }),
                   tokens[k + 1].lower == "with" || tokens[k + 1].lower == "to", tokens[k + 2].lower == "him" || tokens[k + 2].lower == "her" {
                    people = [who, other]
                }
                // "Later on Monday, His Majesty received X": the one the article styled "His Majesty" before.
                let majestyAt = majesty == nil ? nil : (r.lowerBound..<min(r.upperBound - 2, r.lowerBound + 8)).first { k in
                    (tokens[k].lower == "his" || tokens[k].lower == "her") && tokens[k + 1].lower == "majesty" && !tokens[k + 2].isCapitalized
                }
                if let who = majesty, let k = majestyAt, !people.isEmpty, !people.contains(who),
                   inClause.first.map({ $0.offsetInBlock > tokens[k].start }) ?? true {
                    people.insert(who, at: 0)
                }
                // "When I met the Chancellor in Berlin": in an interview's answer "I" (in its question "you"), before
                // any name, is the person interviewed; so is a transcript's speaker opening on "We had a call".
                if let who = speaker, !people.contains(who), let k = r.first(where: { k in
                    addressed ? tokens[k].kind == .word && tokens[k].lower == "you" : tokens[k].text == "I" || tokens[k].text == "We" }),
                   inClause.first.map({ $0.offsetInBlock > tokens[k].start }) ?? true {
                    people.insert(who, at: 0)
                    // "I had a call with Macron. … We agreed to meet next week": "we" naming no one are the speaker
                    // and whom the paragraph's last encounter joined the speaker with.
                    if tokens[k].text == "We", inClause.isEmpty, let last = events.last, last.participants.contains(who) {
                        people = last.participants
                    }
                }
                // "9:30 a.m. Meets Chief Cabinet Secretary X": the schedule's owner meets whom its line names.
                // A line naming only its owner ("Arrives at the prime minister's office") tells no encounter.
                if let who = owner, !people.isEmpty { people = people.contains(where: { $0 != who }) ? [who] + people.filter { $0 != who } : [] }
                // "Lee met Trump on Wednesday. In between, he hosted a dinner on Friday": a sentence opening on "he" or
                // "she" goes on with the subject before, whether or not it names anyone else.
                if let subject = lastSubject ?? (sentence.lowerBound == 0 ? carryFrom?.participants.first : nil),
                   !people.contains(subject), r.lowerBound == sentence.lowerBound,
                   tokens[r.lowerBound].lower == "he" || tokens[r.lowerBound].lower == "she" || addressed
                       || frontedPronoun(tokens, r, before: inClause.first?.offsetInBlock) {
                    people.insert(subject, at: 0)
                }
                // "He flies home on Saturday", "Her first, last February, was overshadowed by …": a sentence opening on a
                // pronoun and naming nobody is about the subject told before.
                if people.isEmpty, !addressed, let subject = lastSubject, r.lowerBound == sentence.lowerBound, r.count > 3,
                   openingPronouns.contains(tokens[r.lowerBound].lower) {
                    people = [subject]
                }
                // "since December 2023" starts a state ("governed since …"), it does not date an event.
                // "double trade by 2030" sets a target year; it dates no event either.
                var exprs = tagged.filter { r.contains($0.tokens.lowerBound) && TemporalTagger.datesAnEvent($0, tokens: tokens) }
                // "Oct. 11, 2019 - X meets Y, a year after their first talks": a shift set off after the encounter measures
                // back from the line's date, which is then no wire dateline.
                if !isEntry, exprs.count - exprs.filter({ setOffShift($0, tokens) }).count > 1, let first = exprs.first,
                   isDateline(first, tokens) { exprs.removeFirst() }
                exprs.removeAll { isQuotedDayWord($0, tokens) || datesAPhoto($0, tokens) }
                // "received a call from X, during which they reviewed the conference, which the Kingdom and France will
                // co-chair next month": a time in a ", which" part with a subject of its own, after the encounter's word, tells
                // what that subject does ("the forum, which opens on 19 January" may still date the trip to it).
                if let firstCue = r.first(where: { cues[$0] != nil }),
                   let rel = (firstCue + 1..<r.upperBound).first(where: { tokens[$0 - 1].text == "," && (tokens[$0].lower == "which" || tokens[$0].lower == "whose") }),
                   // "…, whose summit Brazil will host next year": after "whose" and its noun.
                   case let subject = tokens[rel].lower == "whose" ? rel + 2 : rel + 1,
                   subject < r.upperBound, tokens[subject].isCapitalized || relativeSubjects.contains(tokens[subject].lower),
                   // "a meeting between A and B, which both governments have said could take place … in December": a part
                   // placing the encounter itself in time dates it.
                   !(rel + 1..<min(r.upperBound, rel + 12)).contains(where: { k in
                       tokens[k].lower == "take" && k + 1 < r.upperBound && tokens[k + 1].lower == "place"
                           || tokens[k].lower == "held" && tokens[k - 1].lower == "be" }) {
                    // "The meeting …, which a spokesperson described as constructive, came as the board prepares to meet on
                    // Nov. 13": the part ends at a comma the main verb follows; a time after it is the clause's again.
                    let close = (subject + 1..<max(subject + 1, r.upperBound - 1)).first { c in
                        tokens[c].text == "," && tokens[c + 1].kind == .word && tokens[c + 1].classes.contains(.lowercaseInitial)
                            && tokens[c + 1].classes.contains(.pastCue)
                    } ?? r.upperBound
                    exprs.removeAll { $0.tokens.lowerBound > rel && $0.tokens.lowerBound < close }
                }
                if exprs.count > 1 { exprs = mergedAcrossTimeZones(exprs, tokens) }
                // "Sánchez travels to Rabat next month for the summit. … The summit is scheduled for December 10": an
                // encounter opening a sentence on "The", naming no one, is the one told just before whose time holds its day.
                if people.isEmpty, r.lowerBound == sentence.lowerBound, r.lowerBound + 1 < r.upperBound, tokens[r.lowerBound].lower == "the",
                   definiteEncounters.contains(tokens[r.lowerBound + 1].lower), let span = exprs.first?.span,
                   let prev = earlier.last(where: { e in
                       guard let d = e.date, let b = e.sources.first?.block else { return false }
                       return !e.participants.isEmpty && b >= index - 4 && d.start <= span.start && span.end <= d.end
                   }) {
                    people = prev.participants
                } else if people.isEmpty, r.lowerBound == 0, before.count == 2, tokens.count > 2, tokens[0].lower == "the",
                          tokens[1].lower == "call" || tokens[1].lower == "meeting" || tokens[1].lower == "talks", !exprs.isEmpty,
                          // "The meeting … came as the supervisory board prepares to meet on Nov. 13": a date of the "as" part
                          // is another body's, not the encounter's.
                          !exprs.allSatisfy({ Self.comesAs(tokens, r, before: $0.tokens.lowerBound) }) {
                    // "Merz is preparing to speak with Xi by phone. ¶ The call could happen next week": a paragraph opening
                    // on "The call", naming no one, tells the encounter of the two the paragraph before named.
                    // So does "The talks on Sunday focused on …" after "X has held talks with Y".
                    people = before
                } else if r.lowerBound == sentence.lowerBound, r.lowerBound + 1 < r.upperBound, tokens[r.lowerBound].lower == "that",
                          definiteEncounters.contains(tokens[r.lowerBound + 1].lower), !exprs.isEmpty, recentGroup.count == 2,
                          people.allSatisfy(recentGroup.contains) {
                    // "… when the two leaders meet. ¶ That meeting is expected next month, when Xi is tipped to visit Seoul":
                    // the encounter "that" points back to is the two leaders'.
                    people = recentGroup
                }
                // "Castro told reporters that PBBM will travel to Jakarta on Dec. 3 upon Prabowo's invitation": when every
                // date stands after "that", the event is the one reported, and the speaker takes no part in it.
                if people.count >= 2, !exprs.isEmpty, let first = inClause.first, first.person == people[0],
                   let that = reportsThat(first, tokens, r), exprs.allSatisfy({ $0.tokens.lowerBound > that }) {
                    people.removeFirst()
                } else if people.count == 2, let first = inClause.first, first.person == people[0],
                          reportsEncounterOf(people[1], speaker: first, inClause, tokens, r, cues: cues) != nil {
                    // "Tom Little KC, for the prosecution, told the jury that Keane met a man …", "X said Y visited Rome":
                    // one who tells of another's encounter with someone unnamed takes no part in it.
                    people.removeFirst()
                }
                let label = exprs.first { labelInText != nil && $0.tokens == labelInText!.tokens }
                return Clause(tokens: r, people: people, expressions: exprs.filter { $0.tokens != label?.tokens }, label: label,
                              cues: cues)
            }
            var recentPeople: [String] = []
            let sentenceRange = tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end
            var sentenceSource: SourceRef? = nil
            for clause in clauses {
                let isFirst = firstClause
                firstClause = false
                // "Vieira will travel to Buenos Aires next week. Vieira is also expected to be received by Milei":
                // an undated "also" encounter of someone in the event just told shares its date.
                let carried: Event? = !isEntry && clause.expressions.isEmpty ? (events.last ?? carryFrom).flatMap { prev in
                    prev.date != nil && clause.people.count >= 2 && clause.people.contains(where: prev.participants.contains)
                        && ((saysAlso(tokens, clause) || saysThen(tokens, clause)) && speaksOfFuture(tokens, clause) == (prev.status == .planned)
                            || prev.type == .visit && opensOnTheVisit(tokens, sentence)) ? prev : nil
                } ?? (sidelines && !clause.people.isEmpty && !speaksOfFuture(tokens, clause) ? gathering : nil)
                    ?? (clause.people.count >= 2 && sentence.lowerBound == 0 ? besideLeaders : nil) : nil
                // Outside a dated entry a clause without a time expression dates nothing: only its people carry on.
                guard hasPredicate(tokens, clause), isEntry || !clause.expressions.isEmpty || carried != nil,
                      isEntry || !clause.people.isEmpty || !isFigure(tokens, clause) && !countsACrowd(tokens, clause) else {
                    if !clause.people.isEmpty { recentPeople = clause.people }
                    else if recentGroup.count >= 2, refersToGroup(tokens, clause, crowd: crowdGroup) { recentPeople = recentGroup }
                    continue
                }
                let source = sentenceSource ?? SourceRef(article: article, sentence: scalars.slice(sentenceRange),
                                                         offset: block.offset + sentenceRange.lowerBound, block: index)
                sentenceSource = source
                let anaphoric = clause.people.isEmpty && clause.tokens.contains { tokens[$0].kind == .word && tokens[$0].classes.contains(.anaphora) }
                var people = clause.people.isEmpty && anaphoric ? recentPeople : clause.people
                if recentGroup.count >= 2, refersToGroup(tokens, clause, crowd: crowdGroup) {
                    // "The two presidents will attend …, an aide said": the group acts, the one named only reports.
                    // "The two defence ministers …": the two who are no leaders, not the leaders' pair.
                    if people.isEmpty, ministers.count == 2, saysTheTwoMinisters(tokens, clause) {
                        people = ministers
                    } else if people.isEmpty {
                        people = saysTheTwo(tokens, clause) ? Array(recentGroup.prefix(2)) : recentGroup
                    } else if onlySpeakers(tokens, clause, mentions: mentions) {
                        // "The two leaders will meet again in November, Stubb told reporters": one of them reports, both act.
                        people = recentGroup + people.filter { !recentGroup.contains($0) }
                    } else if people.allSatisfy(recentGroup.contains), ["the", "both"].contains(tokens[clause.tokens.lowerBound].lower),
                              let first = clause.expressions.first, let e0 = first.tokens.last,
                              let comma = (e0 + 1..<clause.tokens.upperBound).first(where: { tokens[$0].text == "," }),
                              clause.expressions.contains(where: { $0.tokens.lowerBound == comma + 1 }),
                              !mentions.contains(where: { m in people.contains(m.person) && m.offsetInBlock >= tokens[clause.tokens.lowerBound].start
                                  && m.offsetInBlock < tokens[comma].start }) {
                        // "The two leaders had held phone talks on Oct. 22, the day after Takaichi was elected": the group
                        // opening the clause acts, whichever of them an aside after its date names.
                        people = recentGroup
                    }
                }
                // "The two leaders met for 90 minutes. ¶ It was their second summit after they met in Gyeongju on Nov. 1":
                // "they" naming no one, with just two people named lately, are those two.
                if people.isEmpty, lonePair.count == 2, anaphoric, saysThey(tokens, clause) { people = lonePair }
                let summary = summaryText(tokens, scalars, clause)
                // Cues just before a clause's own date belong to that date's event ("their previous summit (Oct 30)").
                var owned = Set<Int>()
                // "After the Doha meeting, X spoke by phone with Y": the encounter the opener looks back to is not this one.
                if clause.tokens.lowerBound == 0, tokens.count > 4, tokens[0].lower == "after",
                   InteractionExtractor.opensAfterTheEncounter(tokens.prefix(6).map(\.lower)),
                   let comma = tokens.prefix(6).firstIndex(where: { $0.text == "," }) {
                    owned.formUnion(0..<comma)
                }
                for e in clause.expressions {
                    owned.formUnion(e.tokens)
                    if let k = stride(from: e.tokens.lowerBound - 1, through: max(clause.tokens.lowerBound, e.tokens.lowerBound - 8), by: -1)
                        .first(where: { cues[$0] != nil }) { owned.insert(k) }
                }
                let mainType = cueType(tokens, clause, near: clause.tokens.lowerBound, skipping: owned)
                func make(_ expr: String, _ span: TimeSpan?, _ t: EventType, _ tense: Tense, _ at: Int,
                          only: TemporalExpression? = nil, several: Bool = true) -> Event {
                    let status: EventStatus
                    // "is due to address parliament on Wednesday", published that Wednesday: still ahead.
                    let sameDayAhead = tense == .future && span?.end == anchor && isDayWord(expr)
                    if let span, let anchor, span.start > anchor || (tense == .future && span.end > anchor) || sameDayAhead {
                        status = .planned
                    } else {
                        status = tense == .future && span == nil ? .planned : .occurred
                    }
                    let id = StableHash.hex("\(article)|\(block.offset + at)|\(expr)")
                    // A date naming what the clause refers to ("from the 1942 mine disaster",
                    // "following last December's crisis") is that thing's event: it is told by
                    // its own words, with only the people named in them.
                    if let only, let thing = TemporalTagger.namedThing(only, tokens: tokens) {
                        let range = tokens[thing.lowerBound].start..<tokens[thing.upperBound - 1].end
                        var named: [String] = []
                        for m in mentions where range.contains(m.offsetInBlock) && !named.contains(m.person) { named.append(m.person) }
                        return Event(id: id, date: span, expression: expr, type: t, status: status, summary: scalars.slice(range),
                                     participants: named, places: [], sources: [source])
                    }
                    return Event(id: id, date: span, expression: expr, type: t, status: status, summary: summary,
                                 participants: only.flatMap { segmentPeople($0, clause, tokens, mentions, several: several) } ?? people,
                                 places: places(tokens, clause, mentions: mentions),
                                 sources: [source])
                }
                if isEntry, let entryDate {
                    // The entry's own date dates its first clause, and any later clause that names
                    // its actors or refers back to them with a predicate of its own.
                    let own = mainType != .other && mainType != .statement
                    // A live blog's posting time dates only what an entry tells without a date of its own.
                    let posting = LiveBlog.isPosting(block.dateLabel)
                    let negated = clause.tokens.contains { tokens[$0].lower == "not" || tokens[$0].lower == "never" }
                    if posting ? (own && !clause.people.isEmpty && clause.expressions.isEmpty && !negated)
                        : isFirst || !clause.people.isEmpty || (anaphoric && own && !recentPeople.isEmpty && clause.expressions.isEmpty) {
                        let t = isFirst ? cueType(tokens, clause, near: (clause.label?.tokens.upperBound ?? clause.tokens.lowerBound), skipping: owned) : mainType
                        events.append(make(entryLabel ?? entryDate.start.iso, entryDate, t, .unknown, tokens[clause.tokens.lowerBound].start))
                    }
                    for e in clause.expressions where posting || e.span != entryDate {
                        events.append(make(e.text, e.span, expressionType(tokens, clause, e, limit: 8), e.tense, e.range.lowerBound, only: e))
                    }
                } else if let carried {
                    if [.meeting, .phoneCall, .visit].contains(mainType) || statementOfTheLead && mainType == .statement {
                        events.append(make(carried.expression, carried.date, mainType, .unknown, tokens[clause.tokens.lowerBound].start))
                    }
                } else {
                    var seen: [TimeSpan?] = []
                    for e in clause.expressions where !seen.contains(e.span) || e.daysFromReference != nil {
                        seen.append(e.span)
                        // "The talks came about a week after Lee spoke with Trump on March 30": the span after
                        // "a week after" is the article's own talks, told already; only the call is new.
                        if e.span != nil, restatesOwnEvent(tokens, clause, e, mentions: mentions) { continue }
                        if e.span != nil, measuresToAnUnnamedEvent(tokens, clause, e, mentions: mentions) { continue }
                        if deniedBefore(tokens, clause, e) { continue }
                        // "agreed to wrap up the details by the end of October, … after the two leaders met on Monday":
                        // a deadline is no day of the event when the clause tells another ("the pact, which is due by
                        // July 1" still dates the thing the part is about).
                        if e.span != nil, clause.expressions.count > 1, e.tokens.lowerBound > clause.tokens.lowerBound,
                           tokens[e.tokens.lowerBound - 1].lower == "by" || tokens[e.tokens.lowerBound].lower == "by",
                           !(max(clause.tokens.lowerBound, e.tokens.lowerBound - 6)..<e.tokens.lowerBound).contains(where: {
                               tokens[$0].lower == "which" || tokens[$0].lower == "that" }) { continue }
                        if e.span != nil, clause.expressions.count > 1, datesAnotherThing(tokens, clause, e) { continue }
                        if e.span == nil, let days = e.daysFromReference,
                           var anchored = relativeEvent(e, days: days, clause: clause, tokens: tokens, mentions: mentions,
                                                        known: earlier + events) {
                            let base = make(e.text, anchored.date, anchored.type, .past, e.range.lowerBound)
                            anchored.id = base.id; anchored.summary = base.summary; anchored.sources = base.sources
                            anchored.status = .occurred; anchored.expression = e.text
                            events.append(anchored)
                            continue
                        }
                        // "came about a week after Lee spoke with Trump on March 30": the stated date dates it.
                        if e.span == nil, e.daysFromReference != nil, clause.expressions.contains(where: { $0.span != nil }) { continue }
                        // "days after …" with nothing to measure from dates nothing.
                        if e.span == nil, e.daysFromReference != nil, tokens[e.tokens.lowerBound].lower == "days" { continue }
                        // "The debate came a week after early voting began": a span measured from an event no day dates,
                        // in a clause that names no one and tells no encounter, is no event of the timeline ("The call came
                        // one day after …" still tells a call).
                        if e.span == nil, e.daysFromReference != nil, clause.people.isEmpty,
                           ![.meeting, .phoneCall, .visit, .summit].contains(mainType) { continue }
                        // "The day before the summit, X met Y": the day counted from the encounter the article told; the
                        // phrase's noun sets no type.
                        if e.span == nil, let (span, phrase) = eve(e.tokens.lowerBound), phrase.contains(e.tokens.lowerBound) {
                            let type = cueType(tokens, clause, near: phrase.upperBound, skipping: owned.union(phrase))
                            events.append(make(e.text, span, type, e.tense, e.range.lowerBound))
                            continue
                        }
                        // "On the eve of the election, X phoned Y" with no day told for the election: still the call.
                        if e.span == nil, let last = e.tokens.last, ["of", "before", "after"].contains(tokens[last].lower),
                           last + 2 < clause.tokens.upperBound, cues[last + 2] != nil {
                            let noun = e.tokens.lowerBound..<(last + 3)
                            let type = cueType(tokens, clause, near: noun.upperBound, skipping: owned.union(noun))
                            events.append(make(e.text, nil, type, e.tense, e.range.lowerBound))
                            continue
                        }
                        var made = make(e.text, stretched(e, clause, tokens) ?? e.span, expressionType(tokens, clause, e, limit: nil),
                                        e.tense, e.range.lowerBound, only: e, several: clause.expressions.count > 1)
                        // "Lee's talks with Xi last Saturday yielded results, officials said on Tuesday": unnamed officials say
                        // it; whom their words are about does not speak.
                        if made.type == .statement, TemporalTagger.datesASaying(tokens, e.tokens.lowerBound), saidByUnnamed(tokens, e.tokens.lowerBound) {
                            made.participants = []
                        }
                        // "X spoke with Y by phone on Wednesday …, the presidential office said Thursday": an office's saying
                        // of the event its sentence just told names no one and tells no event of its own.
                        if made.type == .statement, made.participants.isEmpty, TemporalTagger.datesASaying(tokens, e.tokens.lowerBound),
                           let last = events.last, last.type != .statement, last.sources == made.sources { continue }
                        events.append(made)
                    }
                }
                if !clause.people.isEmpty { recentPeople = clause.people }
                else if recentGroup.count >= 2, refersToGroup(tokens, clause, crowd: crowdGroup) { recentPeople = recentGroup }
            }
            if let first = clauses.lazy.compactMap(\.people.first).first { lastSubject = first }
            lastSentencePeople = mentions.filter { $0.offsetInBlock >= tokens[sentence.lowerBound].start
                && $0.offsetInBlock < tokens[sentence.upperBound - 1].end }.map(\.person)
            let named = Set(clauses.flatMap(\.people))
            if named.count >= 2 { crowdGroup = false; recentGroup = clauses.flatMap(\.people).reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        }
        // "X, right, speaks with Y at the Department of Commerce": a photo shows the two together, so speaking
        // with someone in a caption is meeting them unless the caption names a phone or a screen.
        if block.kind == .caption, events.contains(where: { $0.type == .phoneCall }),
           !tokens.contains(where: { Self.remoteWords.contains($0.lower) }) {
            for i in events.indices where events[i].type == .phoneCall { events[i].type = .meeting }
        }
        return events
    }

    /// "Putin has not spoken about the talks this year", "did not meet him on Monday": a date after
    /// a denied verb dates nothing that happened. A saying between them reports ("did not say on
    /// Monday …" is no exception worth keeping apart), and "not only" denies nothing.
    private static func deniedBefore(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression) -> Bool {
        guard e.tokens.lowerBound > c.tokens.lowerBound + 1 else { return false }
        for k in (c.tokens.lowerBound + 1)..<e.tokens.lowerBound where t[k].lower == "not" || t[k].lower == "never" {
            guard k + 1 < e.tokens.lowerBound, t[k + 1].lower != "only",
                  auxiliaries.contains(t[k - 1].lower) else { continue }
            // "have not met since the summit last June": the date after "since" is the summit's;
            // "has not responded, but his sister dismissed it on Tuesday": another clause's.
            // "would not be put to a vote before December": the date's own "before" opens no other clause.
            let own = t[e.tokens.lowerBound - 1].lower == "before" || t[e.tokens.lowerBound - 1].lower == "until"
            return !(k..<(own ? e.tokens.lowerBound - 1 : e.tokens.lowerBound)).contains {
                TimeVocabulary.sayings.contains(t[$0].lower) || TimeVocabulary.clauseBreaks.contains(t[$0].lower)
                    || t[$0].text == "," || t[$0].lower == "since"
            }
        }
        return false
    }

    /// True when a paragraph opens on a dash or bullet and a space: a line of a list.
    static func startsWithBullet(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let f = u.first, f == "-" || f == "•" || f == "*" || f == "–" else { return false }
        return u.dropFirst().first == " "
    }

    /// True when a date in a clause telling another names something else: a day between "the" and a noun
    /// ("joined the Sunday session and met Greer on Saturday": the session told before), or the act of a
    /// relative part with a pronoun and a verb that is no event cue ("kept up the diplomacy they revived last year").
    private static func datesAnotherThing(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression) -> Bool {
        let lo = e.tokens.lowerBound, hi = e.tokens.upperBound
        guard lo >= c.tokens.lowerBound + 2 else { return false }
        if t[lo - 1].lower == "the", hi - lo == 1, TimeVocabulary.weekdays[t[lo].lower] != nil,
           hi < c.tokens.upperBound, t[hi].kind == .word, !t[hi].isCapitalized { return true }
        // "met Y on Wednesday, their first meeting since a dispute over exhumations strained ties last year": a later date
        // in a "since" part whose subject is a thing, with no event word, dates that thing.
        if let part = subordinatePart(t, c, around: lo), t[part.lowerBound].lower == "since", part.lowerBound + 1 < lo,
           ["a", "an"].contains(t[part.lowerBound + 1].lower), !part.contains(where: { c.cues[$0] != nil }),
           c.expressions.contains(where: { $0.tokens.upperBound <= part.lowerBound }) { return true }
        // "to meet Modi on Tuesday to discuss India's own 2036 ambitions": a year after a possessive (or "own") and
        // before a lower-case noun names that thing, which the clause's other date is not.
        if hi - lo == 1, e.span?.granularity == .year, hi < c.tokens.upperBound, t[hi].kind == .word, !t[hi].isCapitalized,
           t[lo - 1].lower == "own" || t[lo - 1].lower == "s" && ["\u{2019}", "'"].contains(t[lo - 2].text) { return true }
        let verb = t[lo - 1]
        // "On Wednesday, X spoke with Y about the swap line agreed last year": a later date right after a participle
        // that follows its noun dates that noun.
        // "…, state media reported Thursday": a saying is the clause's own verb.
        if verb.kind == .word, verb.lower.hasSuffix("ed"), !TimeVocabulary.sayings.contains(verb.lower), t[lo - 2].kind == .word, !t[lo - 2].isCapitalized,
           !participleOpeners.contains(t[lo - 2].lower), c.expressions.contains(where: { $0.tokens.upperBound <= lo - 2 }) { return true }
        guard verb.kind == .word, !verb.classes.contains(.eventCue), verb.lower.hasSuffix("ed") else { return false }
        switch t[lo - 2].lower {
        case "they", "he", "she", "we": return true
        default: return false
        }
    }

    /// Words before a participle that make it the clause's verb ("had agreed", "who signed"), not a noun's modifier.
    private static let participleOpeners: Set<String> = ["was", "were", "is", "are", "be", "been", "had", "has", "have", "and", "or",
                                                         "who", "which", "that", "he", "she", "they", "it", "we", "i", "also", "then"]

    /// True when the clause says "also" and opens no "who" aside ("who arrived on Monday, also called on": a trip of days).
    private static func saysAlso(_ t: [TimeToken], _ c: Clause) -> Bool {
        guard let also = c.tokens.first(where: { t[$0].lower == "also" }) else { return false }
        return !(c.tokens.lowerBound..<also).contains { t[$0].lower == "who" }
    }

    /// "The Secretary-General then met with X": "then" right before an encounter word goes on with the day just told.
    private static func saysThen(_ t: [TimeToken], _ c: Clause) -> Bool {
        c.tokens.contains { k in k + 1 < c.tokens.upperBound && t[k].lower == "then" && c.cues[k + 1] != nil && k > c.tokens.lowerBound }
    }

    /// True when the sentence opens with "During the visit", "During his trip": what it tells happens on the visit just told.
    static func opensOnTheVisit(_ t: [TimeToken], _ sentence: Range<Int>) -> Bool {
        let k = sentence.lowerBound
        return k + 2 < sentence.upperBound && duringTheVisit(t[k].lower, t[k + 1].lower, t[k + 2].lower)
    }

    /// "during the visit", "during his trip", "during their stay" (three lowercased words): the
    /// opening both the event and the interaction extractors read as "on the visit just told".
    static func duringTheVisit(_ first: String, _ det: String, _ noun: String) -> Bool {
        first == "during" && (det == "the" || det == "his" || det == "her" || det == "their" || det == "this")
            && (noun == "visit" || noun == "trip" || noun == "stay" || noun == "tour")
    }

    /// True when the block opens as a press service's item: a titled name, then "had a telephone conversation with",
    /// "spoke by phone with" or "received" someone. A page of such items tells the day's encounters without a date.
    static func opensReadoutItem(_ t: [TimeToken]) -> Bool {
        var k = 0
        while k < min(t.count, 12), t[k].isCapitalized || t[k].isDash || t[k].lower == "of" || t[k].lower == "the" || k > 0 && t[k].lower == "also" {
            k += 1
        }
        guard k >= 2, k + 1 < t.count, t[k - 1].isCapitalized || t[k - 1].lower == "also" && t[k - 2].isCapitalized else { return false }
        switch t[k].lower {
        case "received": return t[k + 1].isCapitalized
        case "had", "held":
            guard k + 4 < t.count, t[k + 1].lower == "a" else { return false }
            return (t[k + 2].lower == "telephone" || t[k + 2].lower == "phone")
                && (t[k + 3].lower == "conversation" || t[k + 3].lower == "call") && t[k + 4].lower == "with"
        case "spoke":
            return k + 3 < t.count && t[k + 1].lower == "by" && (t[k + 2].lower == "phone" || t[k + 2].lower == "telephone")
                && t[k + 3].lower == "with"
        default: return false
        }
    }

    /// True when the block opens "Separately," / "Later," / "Later in the afternoon,": what it tells happened on the
    /// day the story last told.
    private static func opensOnTheDayTold(_ t: [TimeToken]) -> Bool {
        // "Hours later, …", "Minutes later, …": a few hours on is still the day told.
        if t.count > 2, t[0].lower == "hours" || t[0].lower == "minutes", t[1].lower == "later", t[2].text == "," { return true }
        // "After the Doha meeting, X spoke by phone with Y": what followed the encounter just told, on its day.
        // A paragraph of that one sentence only: the sentences after it ("Cai Qi and Wang Yi attended the events") may
        // tell what went on at the encounter itself.
        if t.count > 4, t[0].lower == "after", t[1].lower == "the", InteractionExtractor.opensAfterTheEncounter(t.prefix(6).map(\.lower)),
           !t.dropLast().contains(where: { $0.text == "." }) { return true }
        guard t.count > 1, ["separately", "later", "afterwards"].contains(t[0].lower) else { return false }
        if t[1].text == "," { return true }
        return t.count > 4 && t[1].lower == "in" && t[2].lower == "the" && ["day", "morning", "afternoon", "evening"].contains(t[3].lower)
            && t[4].text == ","
    }

    /// True when the tokens say "said in a statement" or "said in a press statement".
    static func saidInAStatement(_ t: [TimeToken]) -> Bool {
        guard t.count > 4 else { return false }
        for k in 0..<(t.count - 3) where t[k].lower == "said" && t[k + 1].lower == "in" && t[k + 2].lower == "a" {
            if t[k + 3].lower == "statement" || k + 4 < t.count && t[k + 3].lower == "press" && t[k + 4].lower == "statement" { return true }
        }
        return false
    }

    /// Nouns of the edge of a gathering ("on the sidelines of", "on the margins of"), where side meetings happen.
    private static let sidelineNouns: Set<String> = ["sidelines", "sideline", "margins", "margin", "fringes", "fringe"]

    /// True when the block opens "Before the leaders' meeting," / "After the presidents' talks,": what it tells happened
    /// beside the leaders' encounter told before.
    static func opensBesideLeadersEncounter(_ t: [TimeToken]) -> Bool {
        guard t.count > 5, t[0].lower == "before" || t[0].lower == "after" || t[0].lower == "ahead" else { return false }
        var k = t[0].lower == "ahead" ? 2 : 1
        guard k + 2 < t.count, t[k].lower == "the" else { return false }
        k += 1
        let noun = t[k].lower.hasSuffix("'") || t[k].lower.hasSuffix("\u{2019}") ? String(t[k].lower.dropLast()) : t[k].lower
        guard ["leaders", "presidents", "premiers", "heads"].contains(noun) else { return false }
        k += 1
        while k < t.count, t[k].kind == .punct, t[k].text == "'" || t[k].text == "\u{2019}" { k += 1 }
        return k < t.count && ["meeting", "talks", "summit"].contains(t[k].lower)
    }

    /// Words opening the subject of a relative part after "which" ("which the two will co-chair", "which they signed").
    /// Words before "welcome" that make it a noun: a reception.
    private static let welcomeNounLeads: Set<String> = ["a", "the", "ceremonial", "warm", "official", "formal", "royal", "red-carpet", "rousing"]

    /// Pronouns that open a sentence about the subject told before.
    private static let openingPronouns: Set<String> = ["he", "she", "his", "her"]

    private static let relativeSubjects: Set<String> = ["the", "a", "an", "they", "he", "she", "we", "both", "their", "his", "her"]

    /// True when the clause tells a plan ("will", "is expected to", "is likely to"): it takes no past day.
    private static func speaksOfFuture(_ t: [TimeToken], _ c: Clause) -> Bool {
        // "…, which the Kingdom and France will co-chair next month": a relative part's future is its subject's, not the clause's.
        let end = c.tokens.first { k in k > c.tokens.lowerBound && k + 1 < c.tokens.upperBound && t[k - 1].text == "," && t[k].lower == "which"
            && (t[k + 1].isCapitalized || relativeSubjects.contains(t[k + 1].lower)) } ?? c.tokens.upperBound
        return (c.tokens.lowerBound..<end).contains { k in
            let w = t[k].lower
            return w == "will" || w == "expected" || w == "likely" || w == "due" || w == "set" || w == "plans"
        }
    }

    /// Auxiliaries a denial follows: "has not", "did not", "have never", "would not be put to a vote before December".
    private static let auxiliaries: Set<String> = ["has", "have", "had", "did", "does", "do", "would"]

    /// "the call with Xi just one day after speaking with Japan's leader": when the phrase
    /// before the expression names an event this article already dated (a call with Xi on
    /// June 10), the event after "after" is dated from it (June 9), with that event's other
    /// participants and the people named after the expression. Nil when nothing fits.
    private static func relativeEvent(_ e: TemporalExpression, days: Int, clause: Clause, tokens t: [TimeToken],
                                      mentions: [Mention], known: [Event]) -> Event? {
        let lo = max(clause.tokens.lowerBound, e.tokens.lowerBound - 8)
        guard let k = stride(from: e.tokens.lowerBound - 1, through: lo, by: -1).first(where: { clause.cues[$0] != nil }),
              let type = clause.cues[k] else { return nil }
        let head = Set(mentions.filter { $0.offsetInBlock >= t[k].start && $0.offsetInBlock < e.range.lowerBound }.map(\.person))
        var end = e.tokens.upperBound
        while end < clause.tokens.upperBound, !t[end].isDash, t[end].text != ",", t[end].text != ";" { end += 1 }
        // "a week after Tinubu spoke with the President of Côte d'Ivoire, Alassane Ouattara, on …": the name in
        // apposition after an office's comma belongs to the part.
        if end + 1 < clause.tokens.upperBound, t[end].text == ",", t[end - 1].isCapitalized,
           let m = mentions.first(where: { $0.offsetInBlock == t[end + 1].start }) {
            var next = end + 1
            while next < clause.tokens.upperBound, t[next].start < m.offsetInBlock + m.surface.unicodeScalars.count { next += 1 }
            if next >= clause.tokens.upperBound || t[next].kind != .word || !PersonLexicon.speakerVerbs.contains(t[next].lower) {
                end = next
                while end < clause.tokens.upperBound, !t[end].isDash, t[end].text != ",", t[end].text != ";" { end += 1 }
            }
        }
        let stop = end < clause.tokens.upperBound ? t[end].start : Int.max
        if head.isEmpty {
            // "The visit came a week after Modi spoke by phone with Putin": the article's own event,
            // named by a definite noun opening the clause, dates what happened after "after"
            // (unless the clause states its own date).
            guard !clause.expressions.contains(where: { $0.span != nil }), k >= 1, k - 1 >= clause.tokens.lowerBound, t[k - 1].lower == "the",
                  k - 1 == clause.tokens.lowerBound || !(clause.tokens.lowerBound..<(k - 1)).contains(where: { t[$0].kind == .word }),
                  let ref = known.first(where: { $0.type == type && $0.date?.granularity == .day })
                      ?? known.first(where: { $0.date?.granularity == .day && $0.type != .statement }),
                  let day = ref.date?.start else { return nil }
            let after = (e.tokens.upperBound..<end).first { clause.cues[$0] != nil }.flatMap { clause.cues[$0] } ?? type
            var people: [String] = []
            for m in mentions.sorted(by: { $0.offsetInBlock < $1.offsetInBlock })
            where m.offsetInBlock >= e.range.upperBound && m.offsetInBlock < stop && !people.contains(m.person) {
                people.append(m.person)
            }
            guard !people.isEmpty else { return nil }
            // "days after": some day in the week before the reference, not one stated day.
            let vague = t[e.tokens.lowerBound].lower == "days"
            let span = !vague ? TimeSpan(day: day.adding(days: days))
                : days < 0 ? TimeSpan(start: day.adding(days: 2 * days), end: day.adding(days: -1), granularity: .range)
                : TimeSpan(start: day.adding(days: 1), end: day.adding(days: 2 * days), granularity: .range)
            return Event(id: "", date: span, expression: e.text, type: after, status: .occurred,
                         summary: "", participants: people)
        }
        guard let ref = known.last(where: { $0.type == type && $0.date?.granularity == .day && head.isSubset(of: $0.participants) }),
              let day = ref.date?.start else { return nil }
        var people = ref.participants.filter { !head.contains($0) }
        for m in mentions.sorted(by: { $0.offsetInBlock < $1.offsetInBlock })
        where m.offsetInBlock >= e.range.upperBound && m.offsetInBlock < stop && !people.contains(m.person) {
            people.append(m.person)
        }
        return Event(id: "", date: TimeSpan(day: day.adding(days: days)), expression: e.text, type: type, status: .occurred,
                     summary: "", participants: people)
    }

    /// True when `e` ends in "after"/"before" and dates a definite event noun opening the clause
    /// with nobody named before it ("The visit came a week after …"): the article's own event.
    private static func restatesOwnEvent(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression, mentions: [Mention]) -> Bool {
        guard let last = e.tokens.last, t[last].kind == .word, t[last].lower == "after" || t[last].lower == "before" else { return false }
        guard let first = c.tokens.first(where: { t[$0].kind == .word }), t[first].lower == "the", first + 1 < e.tokens.lowerBound,
              c.cues[first + 1] != nil else { return false }
        let lo = t[c.tokens.lowerBound].start
        return !mentions.contains { $0.offsetInBlock >= lo && $0.offsetInBlock < e.range.lowerBound }
    }

    /// True when `e` ends in "after"/"before", follows another date of the clause, and names nobody after it:
    /// "received Merz on Wednesday, June 3, two weeks before the European Council": the date is the
    /// council's, an event no one of the clause takes part in (the people before it met on June 3).
    /// "Oct. 11, 2019 - Xi arrives for a summit with Modi, a year after their first one": set off by a comma
    /// after the clause's encounter, it measures back from the sentence's date to an earlier event too.
    private static func measuresToAnUnnamedEvent(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression, mentions: [Mention]) -> Bool {
        guard let last = e.tokens.last, t[last].kind == .word, t[last].lower == "after" || t[last].lower == "before",
              c.expressions.contains(where: { $0.span != nil && $0.range.upperBound <= e.range.lowerBound })
                  || e.tokens.lowerBound > c.tokens.lowerBound && t[e.tokens.lowerBound - 1].text == ","
                  && (c.tokens.lowerBound..<e.tokens.lowerBound).contains(where: { c.cues[$0] != nil }) else { return false }
        let hi = t[c.tokens.upperBound - 1].end
        return !mentions.contains { $0.offsetInBlock >= e.range.upperBound && $0.offsetInBlock < hi }
    }

    /// True when every person named in the clause is followed by a verb of saying ("…, aide
    /// Yury Ushakov said"): they report the clause, they do not act in it.
    private static func onlySpeakers(_ t: [TimeToken], _ c: Clause, mentions: [Mention]) -> Bool {
        let lo = t[c.tokens.lowerBound].start, hi = t[c.tokens.upperBound - 1].end
        var any = false
        for m in mentions where m.offsetInBlock >= lo && m.offsetInBlock < hi {
            let end = m.offsetInBlock + m.surface.unicodeScalars.count
            var a = c.tokens.lowerBound, b = c.tokens.upperBound
            while a < b { let mid = (a + b) / 2; if t[mid].start < end { a = mid + 1 } else { b = mid } }
            // "Ruto's spokesman Hussein Mohamed told reporters": up to three more words of the reporter's name and office.
            var k = a
            while k < c.tokens.upperBound, k < a + 6, t[k].kind == .word || t[k].text == "'" || t[k].text == "’",
                  !PersonLexicon.speakerVerbs.contains(t[k].lower) { k += 1 }
            guard k < c.tokens.upperBound, t[k].kind == .word, PersonLexicon.speakerVerbs.contains(t[k].lower) else { return false }
            any = true
        }
        return any
    }

    /// True when `m` is followed by "said"/"says" and the next words are the name of another person of the clause.
    private static func leadsAReport(_ m: Mention, _ all: [Mention], _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let last = r.first(where: { t[$0].end == end }), last + 2 < r.upperBound, t[last + 1].kind == .word,
              t[last + 1].lower == "said" || t[last + 1].lower == "says" else { return false }
        let next = t[last + 2].start
        return all.contains { $0.offsetInBlock == next && $0.person != m.person }
    }

    /// True for "…, Communications Minister Fahmi Fadzil said at the press conference": a name set off by a
    /// comma (with only its title before it) and followed by a verb of saying reports the clause, and takes
    /// no part in what someone named before it did.
    /// The index of "that" when `m` is followed by a verb of saying and, within three words (or past lower-case
    /// words only), "that" opening a part
    /// with no "he", "she", "I" or "we" in it ("Castro told reporters that the President will …"); nil otherwise.
    /// The saying verb when `speaker` speaks (within eight tokens after the name) before `other` is named, and an
    /// encounter word follows `other` with no one named after it: "X, for the prosecution, told the jury that Y met a man".
    private static func reportsEncounterOf(_ other: String, speaker m: Mention, _ inClause: [Mention], _ t: [TimeToken],
                                           _ r: Range<Int>, cues: [EventType?]) -> Int? {
        func index(_ x: Mention) -> Int? { r.first { t[$0].start >= x.offsetInBlock } }
        guard let a = index(m),
              let s = (a + 1..<min(r.upperBound, a + 10)).first(where: { t[$0].kind == .word && Self.tellingVerbs.contains(t[$0].lower) }),
              let o = inClause.first(where: { $0.person == other }), let b = index(o), b > s,
              !inClause.contains(where: { x in x.person == m.person && x.offsetInBlock > m.offsetInBlock }),
              // The other is the encounter's subject: its word follows the name closely ("Keane met", "Keane had met").
              let end = (b..<r.upperBound).first(where: { t[$0].end >= o.offsetInBlock + o.surface.unicodeScalars.count }),
              let cue = (end + 1..<min(r.upperBound, end + 4)).first(where: { k in
                  guard let c = cues[k] else { return false }
                  return c == .meeting || c == .phoneCall || c == .visit
              }),
              cue + 1 < r.upperBound, t[cue + 1].kind == .word, t[cue + 1].classes.contains(.lowercaseInitial),
              // "a day after hosting Zelensky for talks": a noun after a preposition is no verb of the other's.
              !["for", "of", "in", "on", "at", "to", "the", "a", "an", "and"].contains(t[cue - 1].lower),
              !inClause.contains(where: { x in (index(x) ?? 0) > cue }),
              !(s + 1..<cue).contains(where: { k in ["he", "she", "i", "we", "they"].contains(t[k].lower) }) else { return nil }
        return s
    }

    /// Verbs by which one tells of what another did: "said", "told the jury that", "alleged".
    private static let tellingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "alleged", "alleges", "claimed",
                                                    "claims", "testified", "argued", "argues"]

    private static func reportsThat(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Int? {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let last = r.first(where: { t[$0].end == end }), last + 2 < r.upperBound, t[last + 1].kind == .word,
              PersonLexicon.speakerVerbs.contains(t[last + 1].lower),
              let that = (last + 2..<min(r.upperBound, last + 5)).first(where: { t[$0].lower == "that" })
                  // "told reporters after the meeting that …": lower-case words of an adjunct may stand before "that".
                  ?? (last + 2..<min(r.upperBound, last + 9)).first(where: { t[$0].lower == "that" }).flatMap({ k in
                      (last + 2..<k).allSatisfy { t[$0].kind == .word && t[$0].classes.contains(.lowercaseInitial) } ? k : nil })
        else { return nil }
        let selfReport = (that + 1..<r.upperBound).contains { k in
            t[k].kind == .word && (t[k].lower == "he" || t[k].lower == "she" || t[k].lower == "i" || t[k].lower == "we")
        }
        return selfReport ? nil : that
    }

    /// True for "the North's leader" in "Kim Yo-jong, the younger sister of the North's leader, issued …": a
    /// person named only to tell whose relative the subject is takes no part in what the subject did.
    private static func namesAKinOf(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        guard let first = r.first(where: { t[$0].start >= m.offsetInBlock }), first >= r.lowerBound + 2,
              t[first - 1].lower == "of", t[first - 2].kind == .word else { return false }
        return kinNouns.contains(t[first - 2].lower)
    }

    /// "The powerful sister of North Korean leader Kim Jong Un rejected …": a name opening the clause after "the … <kin> of"
    /// and its office names whose relative the subject is; the relative acts, not the one named.
    private static func subjectsKin(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        guard var k = r.first(where: { t[$0].start >= m.offsetInBlock }), k >= r.lowerBound + 3 else { return false }
        var skipped = 0
        while k - 1 > r.lowerBound, skipped < 5, t[k - 1].kind == .word, t[k - 1].isCapitalized || t[k - 1].lower == "leader" {
            k -= 1; skipped += 1
        }
        guard k - 2 >= r.lowerBound, t[k - 1].lower == "of", kinNouns.contains(t[k - 2].lower) else { return false }
        // "The (powerful) (younger) sister of …" opening the clause (past a dateline), not "met the sister of …".
        guard let the = (max(r.lowerBound, k - 5)..<(k - 2)).last(where: { t[$0].lower == "the" }), t[the].isCapitalized else { return false }
        return true
    }

    /// Nouns of kinship that introduce whose relative someone is.
    private static let kinNouns: Set<String> = ["sister", "brother", "wife", "husband", "son", "daughter", "widow",
                                                "widower", "mother", "father", "niece", "nephew", "cousin", "grandson",
                                                "granddaughter", "son-in-law", "daughter-in-law"]

    /// "…, Whitmer's office said": so is a possessive name whose office, aides or spokesperson speak.
    /// True when the encounter with the person is denied right before the name: "visited the hospital but did
    /// not meet Lee", "has never met with President X". The person takes no part in the clause's event.
    private static func deniedEncounter(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        guard let at = r.first(where: { t[$0].start >= m.offsetInBlock }) else { return false }
        var k = at - 1
        while k > r.lowerBound, k >= at - 4 {
            if t[k].classes.contains(.cueTrigger) { return t[k - 1].lower == "not" || t[k - 1].lower == "never" || t[k - 1].lower == "n't" }
            k -= 1
        }
        return false
    }

    /// True when the clause says "they" or "their" before its first event cue, with no other group ("officials said
    /// they …") named before it.
    private static func saysThey(_ t: [TimeToken], _ c: Clause) -> Bool {
        guard let k = c.tokens.first(where: { t[$0].lower == "they" || t[$0].lower == "their" }),
              (k + 1..<min(c.tokens.upperBound, k + 5)).contains(where: { t[$0].classes.contains(.eventCue) }) else { return false }
        // "The allies plan to hold their annual meeting": a plural noun after "the" before "their" is whom it means.
        return !(c.tokens.lowerBound..<k).contains { j in
            t[j].kind == .word && (InteractionExtractor.otherGroups.contains(t[j].lower)
                || j > c.tokens.lowerBound && groupOpeners.contains(t[j - 1].lower) && t[j].lower.hasSuffix("s")
                    && t[j].classes.contains(.lowercaseInitial) && !pluralPersonNouns.contains(t[j].lower))
        }
    }

    private static let groupOpeners: Set<String> = ["the", "both", "two", "all"]

    /// "Yun will meet Lavrov and deliver a letter from Lee to President Putin": the writer and the addressee of what a
    /// messenger carries take no part in the messenger's encounter.
    private static func carriedLetter(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        guard let at = r.first(where: { t[$0].start >= m.offsetInBlock }) else { return false }
        var k = at - 1
        while k > r.lowerBound, k >= at - 4, t[k].kind == .word, !t[k].classes.contains(.lowercaseInitial) { k -= 1 }
        guard k > r.lowerBound, t[k].lower == "from" || t[k].lower == "to" else { return false }
        guard let noun = stride(from: k - 1, through: max(r.lowerBound, k - 10), by: -1)
                .first(where: { InteractionExtractor.correspondence.contains(t[$0].lower) }),
              (noun + 1...k).contains(where: { t[$0].lower == "from" }) else { return false }
        guard let verb = stride(from: noun - 1, through: max(r.lowerBound, noun - 4), by: -1).first(where: { InteractionExtractor.messengerVerbs.contains(t[$0].lower) })
        else { return false }
        // Only beside the messenger's own meeting told before the verb ("will meet X and deliver …"): what the letter
        // asks for ("an invitation for Y to visit") is the writer's and the addressee's.
        return (r.lowerBound..<verb).contains { t[$0].classes.contains(.eventCue) && EventCues.words[t[$0].lower] == .meeting }
    }

    /// The clause's first two people when they open it joined by "and" ("Trump and Kim met …", "President A and Prime
    /// Minister B held …"); nil otherwise.
    private static func coordinatedSubject(_ c: Clause, _ t: [TimeToken], _ mentions: [Mention]) -> [String]? {
        let lo = t[c.tokens.lowerBound].start, hi = t[c.tokens.upperBound - 1].end
        let inClause = mentions.filter { $0.offsetInBlock >= lo && $0.offsetInBlock < hi }.sorted { $0.offsetInBlock < $1.offsetInBlock }
        guard inClause.count >= 2, inClause[0].person != inClause[1].person else { return nil }
        let end = inClause[0].offsetInBlock + inClause[0].surface.unicodeScalars.count
        guard let k = c.tokens.first(where: { t[$0].start >= end }), t[k].lower == "and",
              (c.tokens.lowerBound..<k).allSatisfy({ t[$0].start >= inClause[0].offsetInBlock || t[$0].kind == .word && t[$0].isCapitalized })
        else { return nil }
        var j = k + 1
        while j < c.tokens.upperBound, t[j].start < inClause[1].offsetInBlock {
            guard t[j].kind == .word, t[j].isCapitalized else { return nil }
            j += 1
        }
        return [inClause[0].person, inClause[1].person]
    }

    /// True when the saying that the date at `i` dates has an unnamed speaker: "officials said on Tuesday", "the
    /// ministry said Friday".
    private static func saidByUnnamed(_ t: [TimeToken], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, t[k].lower == "on" { k -= 1 }
        if k >= 0, t[k].lower == "reporters" || t[k].lower == "journalists" { k -= 1 }
        guard k >= 1, TimeVocabulary.sayings.contains(t[k].lower) else { return false }
        return t[k - 1].kind == .word && unnamedSayers.contains(t[k - 1].lower)
    }

    private static let unnamedSayers: Set<String> = ["officials", "office", "ministry", "sources", "aides", "diplomats", "government",
                                                     "agency", "analysts", "experts", "observers", "people", "statement", "spokesperson",
                                                     "spokesman", "spokeswoman", "department", "embassy", "military", "police"]

    /// "Lee briefed Takaichi on his trip to Beijing": the one briefed on someone's own encounter takes no part in it.
    private static func briefedOnOwn(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        guard let at = r.first(where: { t[$0].start >= m.offsetInBlock }) else { return false }
        var k = at - 1
        while k > r.lowerBound, k >= at - 4, t[k].kind == .word, !t[k].classes.contains(.lowercaseInitial) { k -= 1 }
        guard k >= r.lowerBound, t[k].kind == .word, InteractionExtractor.briefingVerbs.contains(t[k].lower) else { return false }
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let after = r.first(where: { t[$0].start >= end }), after + 1 < r.upperBound,
              ["on", "about", "of"].contains(t[after].lower) else { return false }
        return ["his", "her", "their"].contains(t[after + 1].lower)
    }

    /// "The two last met in October, a session Ushakov described as useful": one who characterizes the encounter
    /// after a comma only tells of it.
    private static func describesAfterComma(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let last = r.first(where: { t[$0].end == end }), last + 1 < r.upperBound,
              ["described", "termed", "characterized", "characterised"].contains(t[last + 1].lower) else { return false }
        var k = last
        while k > 0, t[k].start >= m.offsetInBlock { k -= 1 }
        return (max(0, k - 3)...k).contains { t[$0].text == "," }
    }

    private static func isTrailingSpeaker(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let last = r.first(where: { t[$0].end == end }) else { return false }
        var verb = last + 1
        if verb + 2 < r.upperBound, ["\u{2019}", "'"].contains(t[verb].text), t[verb + 1].lower == "s",
           t[verb + 2].kind == .word, attributionNouns.contains(t[verb + 2].lower) { verb += 3 }
        guard verb < r.upperBound, t[verb].kind == .word, PersonLexicon.speakerVerbs.contains(t[verb].lower) else { return false }
        var k = last
        while k > r.lowerBound, t[k].start >= m.offsetInBlock { k -= 1 }
        // Only title words between the comma and the name: capitalized ones, or an aide's lower-case office
        // (", presidential spokesperson Kang Yu-jung told reporters").
        var steps = 0
        while k > r.lowerBound, steps < 5, t[k].kind == .word,
              !t[k].classes.contains(.lowercaseInitial) || aideOffices.contains(t[k].lower) { k -= 1; steps += 1 }
        return t[k].text == ","
    }

    /// Lower-case words of an aide's office before a name: "presidential spokesperson", "deputy press secretary".
    private static let aideOffices: Set<String> = ["presidential", "spokesperson", "spokesman", "spokeswoman", "press", "secretary",
                                                   "deputy", "senior", "chief", "adviser", "advisor", "aide", "official", "government",
                                                   "ministry", "foreign", "national", "security", "principal", "first", "vice"]

    /// Who speaks for a person in an attribution ("his office said", "Katz's spokesperson said").
    private static let attributionNouns: Set<String> = ["office", "spokesperson", "spokesman", "spokeswoman", "aides",
                                                        "aide", "camp", "campaign", "team", "ministry", "press"]

    /// True for "Lee's" in "Lee's security adviser Wi Sung-lac": a possessor whose role noun
    /// introduces another person is not a participant of the clause.
    private static func isPossessor(_ m: Mention, of all: [Mention], tokens t: [TimeToken]) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        var lo = 0, hi = t.count
        while lo < hi { let mid = (lo + hi) / 2; if t[mid].start < end { lo = mid + 1 } else { hi = mid } }
        let k = lo
        guard k < t.count, t[k].start == end, k + 1 < t.count,
              ["\u{2019}", "'"].contains(t[k].text), t[k + 1].lower == "s" else { return false }
        // "held a session with Greer's deputy": one whose aide or deputy acts takes no part.
        if k + 2 < t.count, t[k + 2].kind == .word, InteractionExtractor.standIns.contains(t[k + 2].lower) { return true }
        var j = k + 2
        while j < min(t.count, k + 8) {
            if all.contains(where: { $0.offsetInBlock == t[j].start && $0.person != m.person }) { return true }
            guard t[j].kind == .word, t[j].classes.contains(.lowercaseInitial) || t[j].isDash else { return false }
            j += 1
        }
        return false
    }

    /// True for "Netanyahu's" in "Ron Dermer, Netanyahu's longtime confidant, is expected to meet …": a possessive
    /// name opening an aside set off by a comma right after another person's name tells whose the first one is,
    /// and takes no part in the clause's event.
    private static func isApposedPossessor(_ m: Mention, of all: [Mention], tokens t: [TimeToken]) -> Bool {
        var lo = 0, hi = t.count
        while lo < hi { let mid = (lo + hi) / 2; if t[mid].start < m.offsetInBlock { lo = mid + 1 } else { hi = mid } }
        let k = lo
        guard k >= 2, k < t.count, t[k].start == m.offsetInBlock, t[k - 1].text == "," else { return false }
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let after = t[k...].firstIndex(where: { $0.start >= end }), after + 1 < t.count,
              ["\u{2019}", "'"].contains(t[after].text), t[after + 1].lower == "s" else { return false }
        return all.contains { $0.person != m.person && $0.offsetInBlock + $0.surface.unicodeScalars.count == t[k - 2].end }
    }

    /// Clauses split at ";" and at ", while" / ", whereas".
    private static func splitClauses(_ t: [TimeToken], _ s: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var begin = s.lowerBound
        var i = s.lowerBound
        while i < s.upperBound {
            if t[i].text == ";" {
                if i > begin { out.append(begin..<i) }
                begin = i + 1
            } else if t[i].text == ",", i + 1 < s.upperBound, t[i + 1].lower == "while" || t[i + 1].lower == "whereas" {
                if i > begin { out.append(begin..<i) }
                begin = i + 1
            } else if i > begin, t[i].kind == .word, t[i].lower == "since", possessiveAside(t, opener: i, end: s.upperBound) != nil {
                // "to visit China since her predecessor Cho's trip in 2024": the earlier event is a part of its own.
                out.append(begin..<i)
                begin = i
            }
            i += 1
        }
        if begin < s.upperBound { out.append(begin..<s.upperBound) }
        return out
    }

    /// "since her predecessor Cho's trip", "before Xi's visit": the token of the possessive name ending a
    /// short noun phrase after an aside opener at `opener`, with no comma between, or nil.
    private static func possessiveAside(_ t: [TimeToken], opener: Int, end: Int) -> Int? {
        var k = opener + 1
        while k + 2 < end, k <= opener + 7 {
            if t[k].text == "," || t[k].text == ";" { return nil }
            // "Cho Tae-yul's trip": a capitalized word names the possessor.
            if ["\u{2019}", "'"].contains(t[k].text), t[k + 1].lower == "s", k > opener + 1, t[k - 1].kind == .word,
               ((opener + 1)..<k).contains(where: { t[$0].kind == .word && !t[$0].classes.contains(.lowercaseInitial) }),
               t[k + 2].kind == .word, t[k + 2].classes.contains(.lowercaseInitial) {
                return k - 1
            }
            k += 1
        }
        return nil
    }

    /// Words opening an aside about another time ("before Xi's visit"), whose people take no part in the clause.
    private static let asideOpeners: Set<String> = ["since", "until", "before", "after"]

    /// True when mention `m` is the possessive name of an aside about another time in clause `r`
    /// ("met Bessent before Xi's visit on Friday").
    private static func inPossessiveAside(_ m: Mention, _ t: [TimeToken], _ r: Range<Int>) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        guard let last = r.first(where: { t[$0].end == end }) else { return false }
        for o in stride(from: last - 1, through: max(r.lowerBound, last - 7), by: -1) {
            if t[o].text == "," { return false }
            if t[o].kind == .word, asideOpeners.contains(t[o].lower) {
                return possessiveAside(t, opener: o, end: r.upperBound) == last
            }
        }
        return false
    }

    /// A clause has a predicate when it holds a cue word or at least two lower-case words
    /// besides its time expressions (metadata stamps like "Posted June. 11, 2025 07:27" have none).
    private static func hasPredicate(_ t: [TimeToken], _ c: Clause) -> Bool {
        var lower = 0
        for k in c.tokens where t[k].kind == .word {
            if c.expressions.contains(where: { $0.tokens.contains(k) }) || c.label?.tokens.contains(k) == true { continue }
            let classes = t[k].classes
            if classes.contains(.eventCue) { return true }
            if classes.contains(.lowercaseInitial) { lower += 1 }
        }
        return lower >= 2
    }

    /// True for a statistic: "Trade between the two countries fell by about a third last year" —
    /// a trend verb with a quantity (a number or a size word), and no event cue in the clause.
    /// True for a clause whose subject is a head count, "Around 3.5 lakh Indian tourists visited the island
    /// last year", "Two million pilgrims visited Mecca": a statistic, not an event of anyone's.
    private static func countsACrowd(_ t: [TimeToken], _ c: Clause) -> Bool {
        guard let cue = c.tokens.first(where: { c.cues[$0] != nil }) else { return false }
        guard cue - 1 > c.tokens.lowerBound else { return false }
        for k in c.tokens.lowerBound..<(cue - 1) where t[k + 1].kind == .word && EventCues.crowdCounts.contains(t[k + 1].lower) {
            if t[k].kind == .number || t[k].kind == .word && EventCues.smallCounts.contains(t[k].lower) { return true }
        }
        return false
    }

    private static func isFigure(_ t: [TimeToken], _ c: Clause) -> Bool {
        var trend = -1
        for k in c.tokens {
            if c.cues[k] != nil { return false }
            if trend < 0, t[k].classes.contains(.trend) { trend = k }
        }
        guard trend >= 0 else { return false }
        for k in c.tokens where k != trend && !c.expressions.contains(where: { $0.tokens.contains(k) }) {
            if t[k].kind == .number || t[k].text == "%" { return true }
            if t[k].kind == .word, k > trend, EventCues.magnitudes.contains(t[k].lower) { return true }
        }
        return false
    }

    /// The type of the cue nearest to token `near` in the clause (ties: the more specific type).
    /// With `preferBefore`, a cue before `near` wins over any after it: the predicate usually
    /// precedes its time adjunct ("met Xi on Saturday and agreed to …").
    private static func cueType(_ t: [TimeToken], _ c: Clause, near: Int, limit: Int? = nil, skipping: Set<Int> = [],
                                preferBefore: Bool = false) -> EventType {
        var best: (Int, Int, EventType)? = nil
        for k in c.tokens where t[k].kind == .word && !skipping.contains(k) {
            guard let ty = c.cues[k] else { continue }
            // "met the visiting leader": after a determiner, "visiting" describes the guest; the verb types it.
            if ty == .visit, k > c.tokens.lowerBound, t[k].lower == "visiting", attributiveOpeners.contains(t[k - 1].lower),
               c.tokens.contains(where: { c.cues[$0] != nil && c.cues[$0] != .visit }) { continue }
            var d = abs(k - near)
            if let limit, d > limit { continue }
            if preferBefore, k > near {
                // "His feud with Trump in January 2025 cost …, and his visit on Feb. 3 …": a cue after
                // ", and" belongs to the next coordinated clause, not to this date.
                if (near..<k).contains(where: { t[$0].text == "," && t[$0 + 1].classes.contains(.conjunction) }) { continue }
                d += 1000
            }
            // "Ms Boateng, who won the election in 2024, is due to address …": a comma parts the clauses.
            if preferBefore, (min(k, near)..<max(k, near)).contains(where: { t[$0].text == "," }) { d += 2000 }
            let rank = EventCues.priority.firstIndex(of: ty) ?? 99
            if best == nil || (d, rank) < (best!.0, best!.1) { best = (d, rank, ty) }
        }
        return best?.2 ?? .other
    }

    /// The one person the article names right after "His Majesty" or "Her Majesty" ("His Majesty King Abdullah II"),
    /// whom a later "His Majesty" without a name means; nil when none or several.
    static func namedAfterMajesty(_ article: Article, mentions: [Mention]) -> String? {
        var found: String? = nil
        // Most blocks never say "Majesty": a byte scan rules them out before any scalar counting.
        var hasMajesty: [Int: Bool] = [:]
        for m in mentions where m.article == article.id && m.block >= 0 && m.block < article.blocks.count {
            let says = hasMajesty[m.block] ?? TextScan.contains(article.blocks[m.block].text, "Majesty ")
            hasMajesty[m.block] = says
            guard says else { continue }
            let text = article.blocks[m.block].text.unicodeScalars
            guard m.offsetInBlock <= text.count, m.offsetInBlock >= 8 else { continue }
            let end = text.index(text.startIndex, offsetBy: m.offsetInBlock)
            let before = String(text[text.index(end, offsetBy: -min(m.offsetInBlock, 20))..<end])
            guard before.hasSuffix("Majesty ") || before.hasSuffix("Majesty King ") || before.hasSuffix("Majesty Queen ")
                    || before.hasSuffix("Majesty Sultan ") else { continue }
            if let f = found, f != m.person { return nil }
            found = m.person
        }
        return found
    }

    /// "His Majesty", "Her Highness": a form of address standing for a person named before.
    private static let formsOfAddress: Set<String> = ["majesty", "highness", "excellency"]

    /// Matters one raises by saying them: "raised the prospect of …", "raised concerns".
    private static let raisedMatters: Set<String> = ["prospect", "possibility", "issue", "issues", "question", "questions",
                                                      "concern", "concerns", "idea", "matter", "subject", "alarm", "objections"]

    /// Weapons one fires or launches: "fired a ballistic missile", "launched drones".
    private static let launchedWeapons: Set<String> = ["missile", "missiles", "rocket", "rockets", "drone", "drones", "shells", "salvo"]

    /// "follow up on the summit": the verb of a follow-up.
    private static let followVerbs: Set<String> = ["follow", "follows", "followed", "following"]

    /// Nouns of a proposal whose object after "of" or "for" is only proposed: "offers of dialogue", "calls for talks".
    private static let offeredThings: Set<String> = ["offer", "offers", "overture", "overtures", "proposal", "proposals",
                                                      "call", "calls", "request", "requests", "demand", "demands", "appeal", "appeals"]

    /// Verbs whose object is a topic of talks, not their outcome.
    private static let topicVerbs: Set<String> = ["discuss", "discussed", "discussing", "review", "reviewed", "reviewing",
                                                  "negotiate", "negotiating", "debate"]

    /// Determiners after which "visiting" is an adjective ("the visiting leader", "a visiting delegation").
    private static let attributiveOpeners: Set<String> = ["the", "a", "an", "his", "her", "their", "its"]

    /// The type for an event dated by one expression: the nearest cue; a year or date used
    /// as a modifier ("last December's crisis", "the 1942 disaster") only looks just after it.
    /// Prepositions after which a year tells when ("in 2018", "since 2019"), not what kind ("the 1942 disaster").
    private static let yearPrepositions: Set<String> = ["in", "since", "during", "until", "till", "through", "throughout", "by", "from"]

    private static func expressionType(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression, limit: Int?) -> EventType {
        let after = e.tokens.upperBound
        let possessive = after + 1 < c.tokens.upperBound && ["\u{2019}", "'"].contains(t[after].text) && t[after + 1].lower == "s"
        // "In 2018 Vázquez held his first meeting with Bolsonaro": a year after a preposition is when, not a modifier.
        let opener = e.tokens.lowerBound < c.tokens.upperBound && yearPrepositions.contains(t[e.tokens.lowerBound].lower)
            || e.tokens.lowerBound > c.tokens.lowerBound && yearPrepositions.contains(t[e.tokens.lowerBound - 1].lower)
        // "under a December 2024 agreement": a month after an article, before a noun, modifies that noun too.
        let attributiveMonth = e.span?.granularity == .month && e.tokens.lowerBound > c.tokens.lowerBound
            && ["a", "an", "the"].contains(t[e.tokens.lowerBound - 1].lower) && after < c.tokens.upperBound && t[after].kind == .word
            && t[after].classes.contains(.lowercaseInitial)
        let modifier = possessive || attributiveMonth || (e.span?.granularity == .year && !opener && after < c.tokens.upperBound && t[after].kind == .word)
        if modifier {
            for k in after..<min(c.tokens.upperBound, after + 6) where t[k].kind == .word {
                if let ty = c.cues[k] { return ty }
            }
            return .other
        }
        // "the border dispute that disrupted trade earlier this year": the relative part's own words type it.
        if let part = TemporalTagger.namedByRelative(e.tokens.lowerBound, e.tokens.upperBound, t), part.lowerBound >= c.tokens.lowerBound {
            let outside = Set(c.tokens.filter { !part.contains($0) })
            return cueType(t, c, near: e.tokens.lowerBound, limit: limit, skipping: outside, preferBefore: true)
        }
        // "Takaichi, who took office last October, spoke by phone with Trump on Monday", "their second
        // meeting since Carney took office in March": a date in a ", who …," or "since/when …" part
        // is typed by that part's own predicate, never by the main clause's.
        if let part = personRelativePart(t, c, around: e.tokens.lowerBound) ?? subordinatePart(t, c, around: e.tokens.lowerBound) {
            let outside = Set(c.tokens.filter { !part.contains($0) })
            return cueType(t, c, near: e.tokens.lowerBound, limit: limit, skipping: outside, preferBefore: true)
        }
        // "held a breakfast meeting before the summit opened on Thursday": the date is the main clause's
        // bound; the "before …" part, telling only when a thing opened or ended, does not type it.
        var b = e.tokens.lowerBound - 1
        while b > c.tokens.lowerBound, b >= e.tokens.lowerBound - 8, t[b].text != ",", t[b].lower != "before", t[b].lower != "after" { b -= 1 }
        if b > c.tokens.lowerBound, b >= e.tokens.lowerBound - 8, t[b].lower == "before" || t[b].lower == "after",
           b + 1 < e.tokens.lowerBound, t[b + 1].lower == "the",
           (b + 2..<e.tokens.lowerBound).contains(where: { c.cues[$0] != nil }),
           // Only a part telling when a thing opened or ended: "after the two leaders spoke on Thursday" is an event itself.
           (b + 2..<e.tokens.lowerBound).contains(where: { spanOpeners.contains(t[$0].lower) || spanEnders.contains(t[$0].lower) }),
           let main = (c.tokens.lowerBound..<b).last(where: { c.cues[$0] != nil && c.cues[$0] != .statement }) {
            return c.cues[main] ?? .other
        }
        let type = cueType(t, c, near: e.tokens.lowerBound, limit: limit, preferBefore: true)
        // "pledged on Tuesday to double trade, as the two leaders met in Brasilia": what was said
        // happened at the encounter the ", as …" part tells.
        if type == .statement, let setting = encounterAfterAs(t, c) { return setting }
        if type == .statement, c.people.count >= 2, namedGatheringSetting(t, c) { return .summit }
        if type == .statement, reportsUntypedEvent(t, c, e) { return .other }
        return type
    }

    /// True when the date belongs to something the clause reports rather than to the saying:
    /// "The cyclone made landfall late on Wednesday, the emergency office said" (the only cues
    /// are in a closing attribution after the date) or "Peters said a Hercules would leave
    /// Auckland on Saturday" (a "will"/"would" between the saying verb and the date).
    private static func reportsUntypedEvent(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression) -> Bool {
        // The parts after the date, comma to comma: one short part holding a verb of saying is the attribution.
        var from = e.tokens.upperBound
        while let comma = (from..<c.tokens.upperBound).first(where: { t[$0].text == "," }) {
            let next = ((comma + 1)..<c.tokens.upperBound).first { t[$0].text == "," } ?? c.tokens.upperBound
            var words = 0, saying = false
            for j in (comma + 1)..<next where t[j].kind == .word {
                words += 1
                if TimeVocabulary.sayings.contains(t[j].lower) { saying = true }
            }
            if saying, words <= 8 {
                return !(c.tokens.lowerBound..<comma).contains { c.cues[$0] != nil }
            }
            from = next
        }
        guard e.tense == .future,
              let k = stride(from: e.tokens.lowerBound - 1, through: c.tokens.lowerBound, by: -1).first(where: { c.cues[$0] != nil }),
              c.cues[k] == .statement, PersonLexicon.speakerVerbs.contains(t[k].lower) else { return false }
        return ((k + 1)..<e.tokens.lowerBound).contains { t[$0].lower == "would" || t[$0].lower == "will" }
    }

    /// The meeting, summit, visit or call a ", as …" part of the clause tells, if any.
    private static func encounterAfterAs(_ t: [TimeToken], _ c: Clause) -> EventType? {
        for k in c.tokens where t[k].text == "," && k + 2 < c.tokens.upperBound && t[k + 1].lower == "as" {
            for j in (k + 2)..<min(c.tokens.upperBound, k + 8) {
                if let ty = c.cues[j], ty == .meeting || ty == .summit || ty == .visit || ty == .phoneCall { return ty }
            }
        }
        return nil
    }

    /// "X and Y on Tuesday reaffirmed the pact at the annual Leaders' Retreat": two people acting together
    /// "at" a named summit (a capitalized "Summit" or "Retreat") did so at the summit.
    private static func namedGatheringSetting(_ t: [TimeToken], _ c: Clause) -> Bool {
        for k in c.tokens where t[k].lower == "at" && k + 1 < c.tokens.upperBound && (t[k + 1].lower == "the" || t[k + 1].lower == "a") {
            for j in (k + 2)..<min(c.tokens.upperBound, k + 7) {
                if c.cues[j] == .summit, t[j].isCapitalized { return true }
                if t[j].text == "," { break }
            }
        }
        return false
    }

    /// The "since …" or "when …" part of the clause holding token `k` (up to the next comma), when
    /// the subordinator opens a clause of its own: "since 2019" alone is a date, not a part.
    private static func subordinatePart(_ t: [TimeToken], _ c: Clause, around k: Int) -> Range<Int>? {
        var lo = k - 1
        while lo >= c.tokens.lowerBound, t[lo].text != ",", !subordinators.contains(t[lo].lower) { lo -= 1 }
        guard lo >= c.tokens.lowerBound, lo + 1 < k, subordinators.contains(t[lo].lower),
              (lo + 1..<k).contains(where: { t[$0].kind == .word }) else { return nil }
        var hi = k
        while hi < c.tokens.upperBound, t[hi].text != "," { hi += 1 }
        return lo..<hi
    }

    private static let subordinators: Set<String> = ["since", "when"]

    /// The ", who …," (or ", whose …,") part of the clause holding token `k`, if any. Only parts
    /// about a person: in "the summit, which opens on Monday," the date is the summit's.
    /// Also after a lower-case apposition: "Eduardo Bolsonaro, a federal lawmaker who moved … in March 2025,".
    private static func personRelativePart(_ t: [TimeToken], _ c: Clause, around k: Int) -> Range<Int>? {
        var lo = k
        while lo > c.tokens.lowerBound, t[lo - 1].text != "," { lo -= 1 }
        guard lo > c.tokens.lowerBound, lo < k else { return nil }
        if ["a", "an", "the"].contains(t[lo].lower) {
            var w = lo + 1
            // ", a former Samsung Electronics executive who took office in July,": the noun may carry a name of its own.
            while w < min(k, lo + 8), t[w].kind == .word, !["who", "whose"].contains(t[w].lower) { w += 1 }
            guard w < k, ["who", "whose"].contains(t[w].lower) else { return nil }
        } else if !["who", "whose"].contains(t[lo].lower) { return nil }
        var hi = k
        while hi < c.tokens.upperBound, t[hi].text != "," { hi += 1 }
        return lo..<hi
    }

    /// True when the word at k opens a stay in a named place: "spent two days in Washington",
    /// "spend the weekend at Camp David".
    static func staysIn(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        var p = k + 1
        while p < min(r.upperBound, k + 4), !EventCues.stayUnits.contains(t[p].lower) { p += 1 }
        guard p < min(r.upperBound, k + 4), p + 2 < r.upperBound, t[p + 1].lower == "in" || t[p + 1].lower == "at" else { return false }
        return t[p + 2].kind == .word && t[p + 2].isCapitalized
    }

    /// True when the word at k follows "the sidelines of (the G20)": back over "the" and up to two
    /// capitalized or numeric words to "of" and a side-setting noun.
    private static func onTheSidelines(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        var p = k - 1
        var skipped = 0
        while p > r.lowerBound, skipped < 3, t[p].lower == "the" || t[p].kind == .number || (t[p].kind == .word && t[p].isCapitalized) {
            p -= 1
            skipped += 1
        }
        return p > r.lowerBound && t[p].lower == "of" && EventCues.sideSettings.contains(t[p - 1].lower)
    }

    /// True for "called" with a person right after it ("Guterres called Sheikh Mohammed to offer support"):
    /// a phone call; "called Lula a communist" names him, "was called", "so-called" call no one.
    private static func directCall(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        if k > r.lowerBound, t[k - 1].text == "-" || TimeVocabulary.beForms.contains(t[k - 1].lower) { return false }
        guard k + 1 < r.upperBound, t[k + 1].kind == .word, t[k + 1].isCapitalized else { return false }
        var p = k + 1
        while p < r.upperBound, p < k + 8, t[p].kind == .word, t[p].isCapitalized || t[p].lower == "of" || t[p].lower == "bin" || t[p].lower == "al" { p += 1 }
        guard p < r.upperBound else { return true }
        let next = t[p].lower
        return next != "a" && next != "an" && next != "the" && next != "\u{201C}" && next != "\"" && next != "for" && next != "it"
    }

    /// True when "came as" / "comes as" opens a part of the clause `r` before token `end`: "The meeting came as
    /// the board prepares to meet on Nov. 13" sets the encounter beside what another subject does.
    static func comesAs(_ t: [TimeToken], _ r: Range<Int>, before end: Int) -> Bool {
        guard end > r.lowerBound + 1 else { return false }
        for k in (r.lowerBound + 1)..<end where t[k].lower == "as" {
            let v = t[k - 1].lower
            if v == "came" || v == "comes" || v == "come" { return true }
        }
        return false
    }

    /// Words before "call" that make it a briefing: "media call", "earnings call", "conference call".
    static let briefingCallers: Set<String> = ["media", "earnings", "analyst", "analysts", "investor", "investors", "conference",
                                               "press", "results"]
    /// The audience of a briefing call: "a call with analysts".
    static let briefingAudiences: Set<String> = ["analysts", "investors", "reporters", "journalists", "shareholders", "media"]

    /// Who one speaks to in an interview or a briefing ("speaking to state television", "spoke to reporters").
    static let broadcastAudiences: Set<String> = ["television", "tv", "radio", "reporters", "journalists", "media", "press", "broadcaster"]

    /// The event type a word at k points to, reading two-word cues ("press conference").
    private static func cue(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> EventType? {
        // Only a trigger word is a cue by itself; any word after "phone" is a call ("phone talks").
        guard t[k].classes.contains(.cueTrigger) else {
            return k > r.lowerBound && t[k - 1].classes.contains(.phone) ? .phoneCall : nil
        }
        let w = t[k].lower
        // "Asked whether he would meet Trump", "if they meet in Rome": a question or a condition tells no event;
        // "skipped the summit", "boycotted the talks": staying away is no part in one.
        var d = k - 1
        while d >= max(r.lowerBound, k - 4), !t[d].classes.contains(.doubt) { d -= 1 }
        if d >= max(r.lowerBound, k - 4), !(d..<k).contains(where: { t[$0].text == "," }) { return nil }
        // "boycotted the summit, which was hosted by Y": a passive part about a thing tells no encounter of the subject.
        if k >= r.lowerBound + 2, t[k - 2].lower == "which", t[k - 1].lower == "was" || t[k - 1].lower == "is" || t[k - 1].lower == "were" { return nil }
        // "On the sidelines of the EU summit on Thursday, X met Y": the summit is the setting; the
        // side meeting is the event.
        if w == "summit" || w == "summits", onTheSidelines(t, k, r) { return nil }
        // "spent two days in Washington": a stay in a named place is a trip; "spent billions" is none.
        if w.hasPrefix("spen") { return staysIn(t, k, r) ? .visit : nil }
        // "to the United States": a capitalized "States" after a name word is a name, not "states" as in "says".
        if w == "states", k > r.lowerBound, t[k].isCapitalized, t[k - 1].isCapitalized { return nil }
        if w == "call" || w == "calls", k > r.lowerBound, t[k - 1].lower == "courtesy" { return .meeting }
        // "told reporters on a separate media call", "speaking on a call with analysts": a call with the press or the
        // market is a briefing, not a call between two people.
        if w == "call" || w == "calls" {
            if k > r.lowerBound, Self.briefingCallers.contains(t[k - 1].lower) { return .pressConference }
            if k + 2 < r.upperBound, t[k + 1].lower == "with", Self.briefingAudiences.contains(t[k + 2].lower) { return .pressConference }
        }
        // "Greer, speaking to CNBC on Saturday, said …", "speaking to state television": talking to a broadcaster or the
        // press is a statement, not a call.
        if w == "speaking" || w == "spoke" || w == "speaks", k + 2 < r.upperBound, t[k + 1].lower == "to" {
            let q = t[k + 2].lower == "state" || t[k + 2].lower == "the" ? k + 3 : k + 2
            if q < r.upperBound, t[q].kind == .word,
               Self.broadcastAudiences.contains(t[q].lower) || t[q].text.utf8.count >= 2 && t[q].text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
                return .statement
            }
        }
        // "I will see the President on Monday", "we will see each other again", "to see Albares again": seeing someone
        // ahead is meeting them; "we will see" and "to see Russia pay" are none.
        if w == "see" || w == "seeing" { return seesSomeone(t, k, r) ? .meeting : nil }
        // "met X to discuss the modernised global agreement": an agreement that is a topic of talks was not reached.
        if w == "agreement" || w == "agreements" || w == "accord" || w == "pact" || w == "deal",
           (max(r.lowerBound, k - 4)..<k).contains(where: { topicVerbs.contains(t[$0].lower) }) { return nil }
        // "called on Chancellor Stocker": a courtesy call on a person is a meeting; "called on Tokyo to act" urges.
        // "called on the Sultan at his hotel": a capitalized office after "the" is a person too.
        if w == "called", k + 1 < r.upperBound, t[k + 1].lower != "on" { return directCall(t, k, r) ? .phoneCall : nil }
        // "presented a revised plan to President Lula": handing something to an office holder is meeting them.
        if w == "presented" || w == "handed" {
            guard let q = (k + 1..<min(r.upperBound, k + 10)).first(where: { t[$0].lower == "to" }), q + 1 < r.upperBound else { return nil }
            let one = PersonLexicon.titles[[t[q + 1].lower]] != nil
            let two = q + 2 < r.upperBound && PersonLexicon.titles[[t[q + 1].lower, t[q + 2].lower]] != nil
            return t[q + 1].isCapitalized && (one || two) ? .meeting : nil
        }
        if w == "called" {
            let q = k + 3 < r.upperBound && t[k + 2].lower == "the" ? k + 3 : k + 2
            // "called on the prime minister and apprised him …": an office in lower case after "the" is a person too.
            if q == k + 3, t[k + 1].lower == "on", t[q].kind == .word, !t[q].isCapitalized {
                let two = q + 1 < r.upperBound && PersonLexicon.titles[[t[q].lower, t[q + 1].lower]] != nil
                guard two || PersonLexicon.titles[[t[q].lower]] != nil else { return nil }
                let after = q + (two ? 2 : 1)
                return after < r.upperBound && t[after].lower == "to" ? nil : .meeting
            }
            guard q < r.upperBound, t[k + 1].lower == "on", t[q].kind == .word, t[q].isCapitalized else { return nil }
            var p = q
            while p < r.upperBound, p < k + 8, t[p].kind == .word, t[p].isCapitalized { p += 1 }
            return p < r.upperBound && t[p].lower == "to" ? nil : .meeting
        }
        // "raised the prospect of new levies", "raised the issue with Tokyo": raising a matter is saying it; "raised
        // $5 billion" and "raised tariffs" are none.
        if w == "raised" || w == "raises" || w == "raising" {
            var p = k + 1
            if p < r.upperBound, determiners.contains(t[p].lower) { p += 1 }
            return p < r.upperBound && raisedMatters.contains(t[p].lower) ? .statement : nil
        }
        // "Mr. Lee's stop in Japan", "a stopover in Doha", "stopped in Hanoi": a halt in a named place is a trip;
        // "a stop to the fighting" and "stopped short" are none.
        if w == "stop" || w == "stops" || w == "stopover" || w == "stopped" {
            var p = k + 1
            if p < r.upperBound, t[p].lower == "over" { p += 1 }
            guard p + 1 < r.upperBound, t[p].lower == "in" || t[p].lower == "at" else { return nil }
            return t[p + 1].kind == .word && t[p + 1].isCapitalized ? .visit : nil
        }
        // "won the election on 3 June and was sworn in the following day": taking the oath is no election of its own day.
        if w == "sworn" { return k + 1 < r.upperBound && t[k + 1].lower == "in" ? .other : nil }
        // "fired a ballistic missile into the sea on Sunday": a launch is an event of its own, no trip or meeting told
        // after it; "fired the minister" and "launched a plan" are none.
        if w == "fired" || w == "fires" || w == "launched" || w == "launches" {
            return (k + 1..<min(r.upperBound, k + 5)).contains { launchedWeapons.contains(t[$0].lower) } ? .other : nil
        }
        // "met Wang on Tuesday to follow up on the summit": an encounter followed up on is an earlier one, not this one.
        if EventCues.words[w] == .summit || EventCues.words[w] == .meeting, k >= r.lowerBound + 3 {
            var p = k - 1
            if determiners.contains(t[p].lower) { p -= 1 }
            if p >= r.lowerBound + 2, t[p].lower == "on", t[p - 1].lower == "up", followVerbs.contains(t[p - 2].lower) { return nil }
        }
        // "dismissed Seoul's offers of dialogue", "renewed calls for talks": talks offered or called for are a topic
        // of what is said, not an encounter.
        if EventCues.words[w] == .meeting || EventCues.words[w] == .summit, k >= r.lowerBound + 2,
           t[k - 1].lower == "of" || t[k - 1].lower == "for", offeredThings.contains(t[k - 2].lower) { return nil }
        // "will leave for Washington on Friday": leaving for a named place is a trip; "left the party" is none.
        if w == "leave" || w == "leaves" || w == "leaving" || w == "left" {
            return k + 2 < r.upperBound && t[k + 1].lower == "for" && t[k + 2].kind == .word && t[k + 2].isCapitalized ? .visit : nil
        }
        // "welcomed Ghanaian President Boateng": welcoming a person is receiving them.
        if w == "welcomed" || w == "welcomes" || w == "welcome", k + 1 < r.upperBound, t[k + 1].kind == .word, t[k + 1].isCapitalized,
           !(k + 2 < r.upperBound && (t[k + 2].text == "\u{2019}" || t[k + 2].text == "'")) { return .meeting }
        // "at a ceremonial welcome on Horse Guards Parade", "a warm welcome": the noun is a reception, not words said.
        if w == "welcome", k > r.lowerBound, welcomeNounLeads.contains(t[k - 1].lower) { return .meeting }
        // "X (left) is greeted by Latvian Prime Minister Y", "greets President Z": greeting a person in person is meeting them.
        if w == "greeted" || w == "greets", k + 1 < r.upperBound {
            var q = t[k + 1].lower == "by" ? k + 2 : k + 1
            // "was greeted by the King and Queen Camilla": an office after "the" is a person too.
            if q + 1 < r.upperBound, t[q].lower == "the", t[q + 1].kind == .word, t[q + 1].isCapitalized { q += 1 }
            return q < r.upperBound && t[q].kind == .word && t[q].isCapitalized ? .meeting : nil
        }
        // "Merz was welcomed by President Herzog": being welcomed by a person is being received.
        if w == "welcomed", k + 2 < r.upperBound, t[k + 1].lower == "by", t[k + 2].kind == .word, t[k + 2].isCapitalized { return .meeting }
        // "was welcomed by the King at Horse Guards Parade": an office after "the", capitalized, is a person too.
        if w == "welcomed", k + 3 < r.upperBound, t[k + 1].lower == "by", t[k + 2].lower == "the", t[k + 3].kind == .word, t[k + 3].isCapitalized,
           PersonLexicon.titles[[t[k + 3].lower]] != nil { return .meeting }
        // "And Chile in December chose José Antonio Kast", "voters picked …": a country or its voters
        // choosing someone is an election; anyone else choosing is no event word.
        if w == "chose" || w == "chooses" || w == "picked" {
            for p in stride(from: k - 1, through: max(r.lowerBound, k - 5), by: -1) where t[p].kind == .word {
                if electorates.contains(t[p].lower) || (t[p].isCapitalized && PersonLexicon.countries[t[p].lower] != nil) { return .election }
            }
            return nil
        }
        // "will lead a business mission to Beijing": a mission to a named place is a trip; a
        // peacekeeping mission in a country is none.
        if w == "mission" || w == "missions" {
            var p = k + 1
            // "the mediation mission he led to Conakry": a short relative part may stand before "to".
            while p < k + 4, p + 1 < r.upperBound, t[p].kind == .word, !t[p].isCapitalized, t[p].lower != "to",
                  t[p].lower != "in" { p += 1 }
            guard p + 1 < r.upperBound, t[p].lower == "to" else { return nil }
            p += 1
            if t[p].lower == "the", p + 1 < r.upperBound { p += 1 }
            return t[p].kind == .word && t[p].isCapitalized ? .visit : nil
        }
        // "Traoré is expected in Bamako later this month": a person expected in a named place travels there;
        // "growth is expected in the region" is none.
        if w == "expected" {
            guard k > r.lowerBound, TimeVocabulary.beForms.contains(t[k - 1].lower), k + 2 < r.upperBound,
                  t[k + 1].lower == "in" || t[k + 1].lower == "at" else { return nil }
            return t[k + 2].kind == .word && t[k + 2].isCapitalized ? .visit : nil
        }
        // "sat down with Trump", "the two leaders sat down together": a meeting; "sat in parliament" is none.
        if w == "sat" || w == "sit" || w == "sits" || w == "sitting" {
            return k + 2 < r.upperBound && t[k + 1].lower == "down" && (t[k + 2].lower == "with" || t[k + 2].lower == "together") ? .meeting : nil
        }
        // "heads to Lisbon", "headed for Beijing": a trip; "heads the delegation" is none.
        if w == "heads" || w == "headed" || w == "heading" {
            guard k + 2 < r.upperBound, t[k + 1].lower == "to" || t[k + 1].lower == "for" else { return nil }
            return t[k + 2].kind == .word && t[k + 2].isCapitalized ? .visit : nil
        }
        // "accepted an EU plan", "accepts the ceasefire terms": accepting a proposal is agreeing; "accepted
        // the resignation" is none.
        if w == "accepted" || w == "accept" || w == "accepts" {
            return (k + 1..<min(r.upperBound, k + 5)).contains { acceptedProposals.contains(t[$0].lower) } ? .agreement : nil
        }
        // "received his Ghanaian counterpart", "receives Turkish President Erdogan", "received a
        // delegation", "will receive the Indonesian leader": receiving a person is a meeting; "received a
        // letter", "received support" is none.
        if w == "received" || w == "receives" || w == "receive" || w == "receiving" {
            var p = k + 1
            while p < r.upperBound, p <= k + 3, t[p].kind == .word, !t[p].isCapitalized, receivingDeterminers.contains(t[p].lower) { p += 1 }
            guard p < r.upperBound, t[p].kind == .word else { return nil }
            // "Mitsotakis was later received at the Quirinale by Head of State Mattarella", "is to be received by Milei": received by a name.
            if k - 1 > r.lowerBound, ["was", "were", "be", "been", "being", "later"].contains(t[k - 1].lower),
               let by = (k + 1..<max(k + 1, min(r.upperBound - 1, k + 8))).first(where: { t[$0].lower == "by" }),
               t[by + 1].kind == .word, t[by + 1].isCapitalized { return .meeting }
            // "received today at the AU Headquarters H.E. Mr. Ronald Lamola": a formal style opens the one received
            // after the time and the place.
            let styled = (p..<max(p, min(r.upperBound - 2, k + 12))).prefix { t[$0].text != "," }.contains { q in
                t[q].lower == "excellency" || t[q].text == "H" && t[q + 1].text == "." && t[q + 2].text == "E"
            }
            // "received the governor of Amazonas, Wilson Lima": an office received is its holder.
            return t[p].isCapitalized || receivedVisitors.contains(t[p].lower) || PersonLexicon.titles[[t[p].lower]] != nil || styled
                ? .meeting : nil
        }
        // "told Zelenskiy by phone that …": what was told by phone was a call.
        if w == "told" || w == "tells", (k + 1..<max(k + 1, min(r.upperBound - 1, k + 7))).contains(where: {
            t[$0].lower == "by" && (t[$0 + 1].lower == "phone" || t[$0 + 1].lower == "telephone") }) {
            return .phoneCall
        }
        // "spoke by phone with", "talked on the phone", "spoke by video link with"
        if spokeWords.contains(w),
           (k + 1..<min(r.upperBound, k + 4)).contains(where: { t[$0].lower == "phone" || t[$0].lower == "telephone"
               || t[$0].lower == "video" && t[$0 - 1].lower == "by" }) {
            return .phoneCall
        }
        // "spoke with Sybiha", "had spoken to both leaders": a conversation with someone, not a statement.
        // "had spoken on Tuesday, June 2, with Tusk": a date set off after the verb comes before "with".
        var with = k + 1
        if conversationVerbs.contains(w) {
            while with < min(r.upperBound, k + 9), t[with].lower == "on" || t[with].text == "," || t[with].kind == .number
                    || TimeVocabulary.weekdays[t[with].lower] != nil || TimeVocabulary.months[t[with].lower] != nil { with += 1 }
            if with >= r.upperBound || (t[with].lower != "with" && t[with].lower != "to") { with = k + 1 }
        }
        if conversationVerbs.contains(w), with + 1 < r.upperBound, t[with].lower == "with" || t[with].lower == "to" {
            var p = with + 1
            while p < r.upperBound, conversationDeterminers.contains(t[p].lower) { p += 1 }
            if p < r.upperBound, t[p].kind == .word, t[p].isCapitalized || conversationPartners.contains(t[p].lower) { return .phoneCall }
        }
        if w == "conference", k > r.lowerBound, t[k - 1].lower == "press" || t[k - 1].lower == "news" { return .pressConference }
        if k > r.lowerBound, t[k - 1].lower == "phone" || t[k - 1].lower == "telephone" { return .phoneCall }  // "phone talks"
        // "calls for restraint", "his call on Tokyo to act" urge; "during a call on May 2" and "a call on trade"
        // are calls: after a determiner, "call on" urges only a name or a country (as the interaction extractor reads it).
        if (w == "call" || w == "calls"), k + 1 < r.upperBound, t[k + 1].lower == "for" || t[k + 1].lower == "on",
           !(t[k + 1].lower == "on" && k > r.lowerBound && determiners.contains(t[k - 1].lower) && k + 2 < r.upperBound
             && !(t[k + 2].kind == .word && t[k + 2].isCapitalized
                  && TimeVocabulary.weekdays[t[k + 2].lower] == nil && TimeVocabulary.months[t[k + 2].lower] == nil)) { return .statement }
        // "criticised the deal on Friday": an event that is the object of an opinion is talked
        // about, not taking place; the opinion verb (a statement cue) types the clause.
        var v = k - 1
        while v > r.lowerBound, determiners.contains(t[v].lower) { v -= 1 }
        if v >= r.lowerBound, t[v].kind == .word, opinionVerbs.contains(t[v].lower) { return nil }
        let type = EventCues.words[w]
        // "Mexico City hosts the World Cup opener", "will attend Canada's first match": hosting or
        // attending a match or a show is no meeting.
        if type == .meeting, let f = w.utf8.first, f == 0x68 || f == 0x61, hostingWords.contains(w), showsAfter(t, k, r) { return nil }
        // "held talks with the envoy by video link": a meeting on screen is a call.
        if type == .meeting, (k + 1..<min(r.upperBound, k + 8)).contains(where: { j in
            guard t[j].lower == "video", j + 1 < r.upperBound else { return false }
            let next = t[j + 1].lower
            return next == "link" || next == "call" || next == "conference"
        }) { return .phoneCall }
        // "Parliament voted to ratify", "lost a confidence vote", "will vote on the budget": a legislature's
        // vote, not an election.
        if type == .election, w.hasPrefix("vot"), isLegislativeVote(t, k, r) { return nil }
        // "signed the bill into law": enacting a law is no agreement between parties.
        if type == .agreement, w.hasPrefix("sign"),
           (k + 1..<min(r.upperBound, k + 6)).contains(where: { t[$0].lower == "into" && $0 + 1 < r.upperBound && t[$0 + 1].lower == "law" }) {
            return nil
        }
        return type
    }

    /// True for the vote at `k` of a legislature or on a motion: "confidence vote", "impeachment vote",
    /// "vote of no confidence", or voted by lawmakers or parliament ("Voters voted to leave" stays a vote of the people).
    private static func isLegislativeVote(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        if k > r.lowerBound {
            let before = t[k - 1].lower
            // "a parliamentary vote" is an election of a parliament.
            if before == "parliamentary" { return false }
            if before == "confidence" || before == "no-confidence" || before == "impeachment" { return true }
            // "the bill would not be put to a vote before December": a text brought to a vote.
            if before == "a", k - 1 > r.lowerBound, t[k - 2].lower == "to" { return true }
        }
        if k + 2 < r.upperBound, t[k + 1].lower == "of", t[k + 2].lower == "confidence" || t[k + 2].lower == "no" { return true }
        for p in stride(from: k - 1, through: max(r.lowerBound, k - 4), by: -1) where t[p].kind == .word {
            if legislatures.contains(t[p].lower) { return true }
        }
        return false
    }

    /// Bodies whose votes are no elections.
    private static let legislatures: Set<String> = ["parliament", "lawmakers", "legislators", "senators", "senate", "congress",
                                                    "assembly", "deputies", "mps", "legislature", "council", "house"]

    /// Who chooses in an election ("voters picked …").
    private static let electorates: Set<String> = ["voters", "electorate", "electors", "citizens"]

    /// Words between "received" and the person received ("his", "the").
    private static let receivingDeterminers: Set<String> = ["his", "her", "their", "the", "visiting", "a", "an"]

    /// What one accepts when agreeing: "accepted an EU plan", "accepted the terms".
    private static let acceptedProposals: Set<String> = ["plan", "proposal", "proposals", "deal", "offer", "terms", "ceasefire",
                                                         "truce", "agreement", "framework", "roadmap", "compromise"]

    /// Visitors one receives without a name: "received a delegation", "receives the envoy".
    private static let receivedVisitors: Set<String> = ["delegation", "delegations", "envoy", "envoys", "counterpart",
                                                        "counterparts", "ambassador", "ambassadors", "visitors"]

    /// Meeting cues whose object may be a spectacle instead of a meeting.
    private static let hostingWords: Set<String> = ["host", "hosts", "hosted", "hosting", "attend", "attends", "attended", "attending"]

    /// True when the object right after `k` (up to a preposition or punctuation) names a match,
    /// a tournament or a show (`EventCues.spectacles`).
    private static func showsAfter(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        var j = k + 1
        while j < min(r.upperBound, k + 8) {
            if t[j].kind == .word {
                if EventCues.spectacles.contains(t[j].lower) { return true }
                if objectStops.contains(t[j].lower) { return false }
            } else if t[j].text != "\u{2019}" && t[j].text != "'" && !t[j].isDash {
                return false
            }
            j += 1
        }
        return false
    }

    /// Words that end the object noun phrase after a verb.
    private static let objectStops: Set<String> = ["in", "on", "at", "for", "with", "by", "to", "of", "from", "and", "as",
                                                   "when", "where", "while", "after", "before", "during", "that", "which"]

    /// Verbs of judging something ("criticised", "hailed"), whose object is an event talked about.
    static let opinionVerbs: Set<String> = [
        "criticized", "criticised", "criticizes", "criticises", "criticize", "criticise", "praised", "praises", "praise",
        "condemned", "condemns", "condemn", "rejected", "rejects", "reject", "denied", "denies", "deny", "dismissed",
        "dismisses", "dismiss", "hailed", "hails", "hail", "slammed", "slams", "slam", "defended", "defends", "defend",
        "opposed", "opposes", "oppose", "questioned", "questions", "question",
    ]

    /// Words between a verb and its object noun ("the", "this", "their").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "new", "proposed", "planned"]

    /// The people of the part of a clause that holds `e`, when the clause dates several events:
    /// the part runs between commas, or starts at "that"; a ", who …," part adds the person it
    /// describes. "Peskov said on Friday that Putin will visit Jakarta next year": next year's
    /// visit is Putin's. Nil when the part names nobody (the whole clause's people apply).
    /// With a single date in the clause (`several` false), only a ", who …," part narrows the people.
    /// "He is scheduled to meet Lutnick on Monday and Greer the following day": in a part with two dates, each
    /// date goes with the subject and the people named after the date before it, when an "and" joins the two.
    private static func datedObjects(_ e: TemporalExpression, _ c: Clause, _ t: [TimeToken], _ mentions: [Mention],
                                     part: Range<Int>) -> [String]? {
        let dates = c.expressions.filter { part.contains($0.tokens.lowerBound) }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard dates.count == 2, let i = dates.firstIndex(where: { $0.tokens == e.tokens }), let subject = c.people.first else { return nil }
        let (a, b) = (dates[0].tokens.upperBound, dates[1].tokens.lowerBound)
        guard a < b, t[a].lower == "and", !(a..<b).contains(where: { t[$0].text == "," }) else { return nil }
        let from = i == 0 ? t[part.lowerBound].start : t[a].start
        let to = t[dates[i].tokens.lowerBound].start
        var people = [subject]
        for m in mentions.sorted(by: { $0.offsetInBlock < $1.offsetInBlock })
        where m.offsetInBlock >= from && m.offsetInBlock < to && c.people.contains(m.person) && !people.contains(m.person) {
            people.append(m.person)
        }
        return people.count >= 2 ? people : nil
    }

    private static func segmentPeople(_ e: TemporalExpression, _ c: Clause, _ t: [TimeToken], _ mentions: [Mention],
                                      several: Bool) -> [String]? {
        func isBound(_ k: Int) -> Bool { t[k].text == "," || t[k].lower == "that" }
        var lo = e.tokens.lowerBound
        while lo > c.tokens.lowerBound, !isBound(lo - 1) { lo -= 1 }
        var hi = e.tokens.upperBound
        while hi < c.tokens.upperBound, !isBound(hi) { hi += 1 }
        // "spoke on Tuesday with his Spanish counterpart, Pedro Sánchez, about …": the name in
        // apposition belongs to the part that introduces it.
        // "received the Prime Minister of Senegal, Mr Ousmane Sonko, at …": so does one after an office of a named place.
        if hi < c.tokens.upperBound, t[hi].text == ",", hi > e.tokens.upperBound,
           appositionIntroducers.contains(t[hi - 1].lower) || introducesAfterItsPlace(t, before: hi, from: e.tokens.upperBound) {
            var next = hi + 1
            while next < c.tokens.upperBound, !isBound(next) { next += 1 }
            let (a, b) = (t[hi].end, next < t.count ? t[next].start : Int.max)
            if mentions.contains(where: { $0.offsetInBlock >= a && $0.offsetInBlock < b }) { hi = next }
        }
        // "received Sergei Shoigu, secretary of Russia's Security Council, in Pyongyang on Saturday, …
        // reported Sunday": a description set off by commas after a name does not end the part.
        if several, lo > c.tokens.lowerBound + 2, t[lo - 1].text == "," {
            var p = lo - 2
            while p > c.tokens.lowerBound, !isBound(p) { p -= 1 }
            let named = { (k: Int) in mentions.contains { $0.offsetInBlock <= t[k].start && t[k].start < $0.offsetInBlock + $0.surface.unicodeScalars.count } }
            // "met the French president, Paul Morel, in Paris on Monday", "held talks with Myanmar's military leader, Senior
            // General Aung Kyaw Thein, in Vientiane on Thursday": the name set off after an office is the one met there.
            let appositiveName = p > c.tokens.lowerBound && t[p].text == "," && p + 1 < lo - 1 && t[p - 1].kind == .word
                && t[p - 1].classes.contains(.lowercaseInitial) && (p + 1..<(lo - 1)).allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized })
                && (p + 1..<(lo - 1)).contains(where: named)
            let description = p > c.tokens.lowerBound && t[p].text == "," && p + 1 < lo - 1 && t[p + 1].kind == .word
                && !t[p + 1].isCapitalized && !(p + 1..<(lo - 1)).contains(where: named) && named(p - 1)
            if description || appositiveName {
                var q = p
                while q > c.tokens.lowerBound, !isBound(q - 1) { q -= 1 }
                lo = q
            }
        }
        // "met Lutnick on Monday before Xi Jinping's visit next week": a date inside an aside about another
        // time dates the aside's event, whose people are the aside's.
        let first = e.tokens.lowerBound
        if several, let o = stride(from: first - 1, through: max(c.tokens.lowerBound + 1, first - 10), by: -1)
            .first(where: { t[$0].kind == .word && asideOpeners.contains(t[$0].lower) || t[$0].text == "," }),
           t[o].kind == .word, let p = possessiveAside(t, opener: o, end: first), p < first {
            let (a, b) = (t[o].start, t[first].start)
            let named = mentions.filter { $0.offsetInBlock >= a && $0.offsetInBlock < b }.map(\.person)
            if !named.isEmpty { return named }
        }
        guard lo > c.tokens.lowerBound || hi < c.tokens.upperBound else { return nil }
        let from = t[lo].start, to = hi < t.count ? t[hi].start : Int.max
        var people: [String] = []
        let relative = lo > c.tokens.lowerBound && t[lo - 1].text == "," && (["who", "whose"].contains(t[lo].lower)
            || personRelativePart(t, c, around: e.tokens.lowerBound)?.lowerBound == lo)
        // "the two leaders agreed that their trade ministers would meet in the coming weeks": a "that" part whose
        // subject is an unnamed group acts without the clause's people.
        if lo > c.tokens.lowerBound, t[lo - 1].lower == "that", groupSubject(t, lo, hi),
           !mentions.contains(where: { $0.offsetInBlock >= from && $0.offsetInBlock < to }) {
            return []
        }
        guard several || relative else { return nil }
        if several, let split = datedObjects(e, c, t, mentions, part: lo..<hi) { return split }
        // "…about the Agreement, which is due by July 1": a part about a thing names nobody of the clause;
        // "…, Government House said on Friday": a saying by an office names only who is in the part.
        // "…, the foreign ministry said Tuesday": an office's saying, as well.
        if lo > c.tokens.lowerBound, t[lo - 1].text == ",",
           t[lo].lower == "which" || (TemporalTagger.datesASaying(t, e.tokens.lowerBound)
                                      && (!t[lo].classes.contains(.lowercaseInitial) || t[lo].lower == "the")) {
            return mentions.filter { $0.offsetInBlock >= from && $0.offsetInBlock < to }.map(\.person)
        }
        // "said Monday that she told Trump …": a pronoun in the part stands for the person named just before it.
        // "…, and Zhao Leji is to meet him on Thursday": a part opening on "and" with a name of its own has its own subject.
        // "…, and held a working breakfast with Peña on Thursday": a verb right after "and" goes on with the clause's subject.
        // "…, and top legislator Zhao Leji is to meet him": a name within the part's first words is its own subject.
        let verbAfterAnd = lo + 4 < hi && t[lo + 1].kind == .word && t[lo + 1].classes.contains(.lowercaseInitial)
            && !openersOfANewSubject.contains(t[lo + 1].lower) && !["he", "she", "they", "we", "i"].contains(t[lo + 1].lower)
            // "…, and in April Foreign Minister Cho met Rubio": a fronted time before the part's own subject.
            && !["in", "on", "at", "during", "last", "later", "earlier", "then"].contains(t[lo + 1].lower)
            && !mentions.contains { $0.offsetInBlock >= from && $0.offsetInBlock < t[lo + 4].start }
        let ownSubject = lo > c.tokens.lowerBound && (t[lo].lower == "and" || t[lo].lower == "but") && !verbAfterAnd
            && mentions.contains { $0.offsetInBlock >= from && $0.offsetInBlock < to }
        let pronoun = !ownSubject && (lo..<hi).contains { ["he", "she", "his", "her", "they", "their"].contains(t[$0].lower) }
        if relative, lo > c.tokens.lowerBound {
            let before = t[lo - 1].start
            if let m = mentions.last(where: { $0.offsetInBlock < before && $0.offsetInBlock >= t[c.tokens.lowerBound].start }) {
                people.append(m.person)
            }
        } else if pronoun, lo > c.tokens.lowerBound, let subject = c.people.first {
            // "Trump told reporters that the Japanese leader … and that he planned to visit Tokyo": the speaker.
            people.append(subject)
        }
        // "Berg, who arrived on Tuesday, is set to fly on Saturday": a part opening on its verb shares the clause's subject.
        if !relative, !ownSubject, lo > c.tokens.lowerBound, t[lo - 1].text == ",", t[lo].kind == .word,
           t[lo].classes.contains(.lowercaseInitial), !openersOfANewSubject.contains(t[lo].lower),
           let subject = c.people.first {
            // "…, the EU's foreign policy chief, Kaja Kallas, announced on Wednesday": a saying's subject is the
            // name set off just before it.
            let comma = t[lo - 1].start
            if TimeVocabulary.sayings.contains(t[lo].lower),
               let named = mentions.first(where: { $0.offsetInBlock < comma && $0.offsetInBlock + $0.surface.unicodeScalars.count == comma }) {
                people.append(named.person)
            } else {
                // "Trump and Kim met three times, in Singapore in 2018, in Hanoi in 2019 …": a subject of two joined
                // by "and" goes on, both of them.
                people += coordinatedSubject(c, t, mentions) ?? [subject]
            }
        }
        // There "him"/"her" is the one the first part met, not its subject.
        if ownSubject, (lo..<hi).contains(where: { t[$0].lower == "him" || t[$0].lower == "her" }),
           let object = mentions.last(where: { $0.offsetInBlock >= t[c.tokens.lowerBound].start && $0.offsetInBlock < t[lo].start
                                               && $0.person != c.people.first }) {
            people.append(object.person)
        }
        for m in mentions.sorted(by: { $0.offsetInBlock < $1.offsetInBlock })
        where m.offsetInBlock >= from && m.offsetInBlock < to && c.people.contains(m.person) && !people.contains(m.person) {
            people.append(m.person)
        }
        // "In April 2013 the two governments signed …, and in March 2023 Vučić and Kurti accepted …": the
        // people named only after ", and" act in the later part, not in this one.
        if people.isEmpty, several, lo == c.tokens.lowerBound, hi + 1 < c.tokens.upperBound, t[hi].text == ",",
           t[hi + 1].lower == "and" || t[hi + 1].lower == "but",
           !mentions.contains(where: { $0.offsetInBlock >= t[c.tokens.lowerBound].start && $0.offsetInBlock < to }) {
            return []
        }
        return people.isEmpty ? nil : people
    }

    /// True when the part `lo..<hi` opens on a lower-case plural noun phrase before a verb ("their trade
    /// ministers would", "the negotiators will"): a group, not anyone the sentence names.
    private static func groupSubject(_ t: [TimeToken], _ lo: Int, _ hi: Int) -> Bool {
        guard lo < hi, t[lo].kind == .word, groupDeterminers.contains(t[lo].lower) else { return false }
        // "recalled that the two ministers had last met": "the two" are a pair told before, not an unnamed group.
        if lo + 1 < hi, t[lo + 1].lower == "two" { return false }
        var k = lo + 1
        while k < hi, k <= lo + 4, t[k].kind == .word, t[k].classes.contains(.lowercaseInitial), !groupVerbs.contains(t[k].lower) { k += 1 }
        guard k > lo + 1, k < hi, groupVerbs.contains(t[k].lower) else { return false }
        let head = t[k - 1].lower
        return head.utf8.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss")
    }

    private static let groupDeterminers: Set<String> = ["their", "the", "both", "his", "her", "its"]
    private static let groupVerbs: Set<String> = ["would", "will", "could", "should", "are", "were", "had", "have", "plan", "planned"]

    /// True when the words before the comma at `hi` are an introducing office and the capitalized place or body it
    /// is "of": "the Prime Minister of Senegal", "the Governor of the Central Bank".
    private static func introducesAfterItsPlace(_ t: [TimeToken], before hi: Int, from lo: Int) -> Bool {
        guard hi - 1 > lo, t[hi - 1].kind == .word, t[hi - 1].isCapitalized else { return false }
        var k = hi - 1
        while k > lo, hi - k <= 5, t[k].kind == .word, t[k].isCapitalized || t[k].lower == "the" { k -= 1 }
        return k > lo && k < hi - 1 && t[k].lower == "of" && appositionIntroducers.contains(t[k - 1].lower)
    }

    /// Nouns that introduce a name set off by commas ("his counterpart, Pedro Sánchez,").
    private static let appositionIntroducers: Set<String> = ["counterpart", "counterparts", "president", "minister",
                                                             "premier", "chancellor", "leader", "envoy", "secretary"]

    /// Words that open a part with a subject of its own ("…, the ministry said on Thursday").
    private static let openersOfANewSubject: Set<String> = ["who", "whose", "which", "the", "a", "an", "its", "his", "her",
                                                           "their", "this", "that", "these", "those", "state", "officials"]

    /// True when `e` ends in "after" or "before" right after a comma ("…, a year after their first one").
    static func setOffShift(_ e: TemporalExpression, _ t: [TimeToken]) -> Bool {
        guard let last = e.tokens.last, e.tokens.lowerBound > 0, t[last].kind == .word else { return false }
        return (t[last].lower == "after" || t[last].lower == "before") && t[e.tokens.lowerBound - 1].text == ","
    }

    /// "This morning, he met with X": "he" or "she" right after a short fronted adverbial's comma, before any name.
    /// "In a statement in March, she said …": so is a phrase of up to six words; she is the one told before.
    private static func frontedPronoun(_ t: [TimeToken], _ r: Range<Int>, before firstName: Int?) -> Bool {
        guard r.count > 2, let comma = (r.lowerBound + 1..<min(r.upperBound - 1, r.lowerBound + 7)).first(where: { t[$0].text == "," }),
              t[comma + 1].lower == "he" || t[comma + 1].lower == "she" else { return false }
        return firstName.map { $0 > t[comma + 1].start } ?? true
    }

    /// A wire dateline's date ("SEOUL, March 5 (Yonhap) --") near the start of a block: it
    /// dates the filing, not what the lede tells, when the sentence has a date of its own.
    static func isDateline(_ e: TemporalExpression, _ t: [TimeToken]) -> Bool {
        guard e.tokens.lowerBound <= 5 else { return false }
        var k = e.tokens.upperBound
        if k < t.count, t[k].text == "(" {
            while k < t.count, k < e.tokens.upperBound + 6, t[k].text != ")" { k += 1 }
            k += 1
            // "Brussels, Mar 16 (EFE).- The …": Spanish wires close the dateline with a full stop and a dash.
            if k + 1 < t.count, t[k].text == ".", t[k + 1].isDash || t[k + 1].text == "-" { k += 1 }
        }
        // "Accra, Nov. 19, GNA - H.E. President …": the agency's initials after a comma close the dateline.
        if k + 2 < t.count, t[k].text == ",", t[k + 1].kind == .word, t[k + 1].text.utf8.count <= 6,
           t[k + 1].text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), t[k + 2].isDash || t[k + 2].text == "-" { return true }
        return k < t.count && (t[k].isDash || t[k].text == "-")
    }

    /// "'Today we are sending a signal,' she said": a day word inside a quotation is the
    /// speaker's day, which the article dates elsewhere, if at all.
    private static func isQuotedDayWord(_ e: TemporalExpression, _ t: [TimeToken]) -> Bool {
        guard e.tokens.count == 1, dayWords.contains(t[e.tokens.lowerBound].lower) else { return false }
        var open = false
        for k in 0..<e.tokens.lowerBound {
            switch t[k].text {
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    private static let dayWords: Set<String> = ["today", "tonight", "yesterday", "tomorrow"]

    /// True for an expression that names a day in words ("Wednesday", "today", "tonight"), not a dateline's date.
    private static func isDayWord(_ expr: String) -> Bool {
        let w = expr.lowercased()
        return TimeVocabulary.weekdays[w] != nil || w == "today" || w == "tonight" || w == "this evening" || w == "this afternoon"
            || w == "this morning" || w == "later today"
    }

    /// Words that put a conversation on a line or a screen ("by phone", "a video call").
    static let remoteWords: Set<String> = ["phone", "telephone", "call", "calls", "video", "videoconference", "virtual", "virtually", "online", "screen"]

    static let spokeWords: Set<String> = ["spoke", "spoken", "speak", "speaks", "speaking", "talked", "talk", "talks"]

    /// Verbs of speaking with someone (not the noun "talks": "held talks with X" is a meeting).
    private static let conversationVerbs: Set<String> = ["spoke", "spoken", "speak", "speaks", "speaking", "talked"]

    /// Words between "spoke with" and the person spoken with ("the", "both", "his").
    private static let conversationDeterminers: Set<String> = ["the", "his", "her", "their", "both", "all", "two"]

    /// Lower-case words naming whom one speaks with in a conversation ("spoke with both leaders").
    private static let conversationPartners: Set<String> = ["leaders", "leader", "counterpart", "counterparts", "president", "prime", "him", "her"]

    /// Plural nouns that, after "the two" or "both", refer back to people named before
    /// ("the two leaders met on Wednesday").
    private static let pluralPersonNouns: Set<String> = ["leaders", "presidents", "ministers", "premiers", "men", "women",
                                                         "heads", "chancellors", "counterparts",
                                                         // "The sides met for four hours", "Both teams met on Thursday": the delegations
                                                         // of a negotiation, whose heads were named before.
                                                         "sides", "teams", "delegations"]

    /// True when the clause refers to a group named before: "the two leaders", "both presidents".
    /// "The leaders discussed …" as the subject opening a clause means the group as well.
    /// `crowd`: three or more leaders were named lately, so a bare "the leaders" means all of them, not a pair.
    private static func refersToGroup(_ t: [TimeToken], _ c: Clause, crowd: Bool = false) -> Bool {
        let first = c.tokens.first { t[$0].kind == .word }
        return c.tokens.contains { k in
            guard k + 1 < c.tokens.upperBound else { return false }
            let w = t[k].lower
            // The plain comparisons first: a set lookup hashes the word, and few words pass them.
            // "Recalling their telephone conversation in July 2025, the leaders …": "the" opening the clause or right after a comma.
            guard w == "two" || w == "both" || (w == "the" && !crowd && (k == first || k > c.tokens.lowerBound && t[k - 1].text == ",")) else { return false }
            // "The two are to meet in Paris on 16 March": "the two" alone before its verb.
            if w == "two", k == (first ?? k) + 1, t[k - 1].lower == "the", theTwoVerbs.contains(t[k + 1].lower) { return true }
            // "the two Prime Ministers", "both foreign ministers": one word of the office before the plural noun.
            if w != "the", k + 2 < c.tokens.upperBound, t[k + 1].kind == .word, pluralPersonNouns.contains(t[k + 2].lower) { return true }
            return pluralPersonNouns.contains(t[k + 1].lower)
        }
    }

    /// Words that may follow "the two" standing alone for two people named before.
    private static let theTwoVerbs: Set<String> = ["are", "were", "will", "would", "have", "had", "met", "agreed", "spoke",
                                                  "held", "signed", "also", "later", "last", "plan", "discussed"]

    /// True when the clause says "the two foreign ministers", "both defence ministers": a pair below the leaders.
    private static func saysTheTwoMinisters(_ t: [TimeToken], _ c: Clause) -> Bool {
        c.tokens.contains { k in
            (t[k].lower == "two" || t[k].lower == "both") && (k + 1..<min(c.tokens.upperBound, k + 3)).contains { t[$0].lower == "ministers" }
        }
    }

    /// True when the clause speaks of "the two" (of a group named before, the first two act).
    private static func saysTheTwo(_ t: [TimeToken], _ c: Clause) -> Bool {
        c.tokens.contains { $0 > c.tokens.lowerBound && t[$0].lower == "two" && t[$0 - 1].lower == "the" }
    }

    /// Capitalized names after "in"/"at" ("in Nara", "at the White House"), not dates or people.
    private static func places(_ t: [TimeToken], _ c: Clause, mentions: [Mention]) -> [String] {
        var out: [String] = []
        var k = c.tokens.lowerBound
        var placeEnd = -1
        while k < c.tokens.upperBound {
            defer { k += 1 }
            guard t[k].kind == .word else { continue }
            // "Cairo would host a follow-up meeting", "Egypt will host the talks": the host city or country is the place.
            if t[k].classes.contains(.eventCue), let h = hostBefore(t, k, c), !out.contains(t[h].text) { out.append(t[h].text) }
            var j = k + 1
            // "in the Oval Office of the White House": a place of a place names both.
            if t[k].lower == "in" || t[k].lower == "at" || t[k].lower == "of" && k == placeEnd {
            } else if t[k].classes.contains(.eventCue), EventCues.words[t[k].lower] == .visit {
                // "visit Germany", "trip to Kenya", "departure for Nara"
                if j < c.tokens.upperBound, ["to", "for"].contains(t[j].lower) { j += 1 }
            } else {
                continue
            }
            if j < c.tokens.upperBound, t[j].lower == "the" { j += 1 }
            var start = j, end = j
            while true {
                while end < c.tokens.upperBound, t[end].isCapitalized || (end > start && t[end].isDash && !t[end].spaced) { end += 1 }
                // "Japan's Nara Prefecture": the place is the name after the possessive.
                if end > start, end + 2 < c.tokens.upperBound, ["\u{2019}", "'"].contains(t[end].text), t[end + 1].lower == "s",
                   t[end + 2].isCapitalized {
                    start = end + 2; end = start; continue
                }
                break
            }
            guard end > start else { continue }
            if end < c.tokens.upperBound, t[end].kind == .word, !EventCues.afterPlace.contains(t[end].lower) { continue }
            let words = (start..<end).map { t[$0].lower }
            if words.contains(where: { TimeVocabulary.months[$0] != nil || TimeVocabulary.weekdays[$0] != nil }) { continue }
            let lo = t[start].start, hi = t[end - 1].end
            if mentions.contains(where: { $0.offsetInBlock < hi && $0.offsetInBlock + $0.surface.unicodeScalars.count > lo }) { continue }
            let name = (start..<end).map { t[$0].text }.joined(separator: " ")
            if !out.contains(name) { out.append(name) }
            placeEnd = end
            k = end - 1
        }
        return out
    }

    /// Encounter nouns that, after "The" and with no one named, refer to an encounter told before.
    private static let definiteEncounters: Set<String> = ["summit", "meeting", "talks", "visit", "trip", "agreement", "deal", "pact", "accord"]

    /// True for "will/to see" ("will be seeing", "look forward to seeing") followed by "each other" or by a name
    /// or an office that is no country or capital.
    private static func seesSomeone(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> Bool {
        guard k > r.lowerBound, k + 2 < r.upperBound else { return false }
        let before = t[k - 1].lower
        if t[k].lower == "seeing" {
            guard before == "be" || before == "to" && k - 2 >= r.lowerBound && t[k - 2].lower == "forward" else { return false }
        } else {
            guard before == "will" || before == "to" || before == "would" || before == "shall" else { return false }
        }
        if t[k + 1].lower == "each" { return t[k + 2].lower == "other" }
        let j = t[k + 1].lower == "the" ? k + 2 : k + 1
        return t[j].kind == .word && t[j].isCapitalized && PersonLexicon.countries[t[j].lower] == nil && PersonLexicon.capitals[t[j].lower] == nil
            && TimeVocabulary.months[t[j].lower] == nil && TimeVocabulary.weekdays[t[j].lower] == nil
    }

    /// True for the date a caption gives its picture ("(Photo taken on March 3, 2026)", "picture taken March 3"):
    /// it dates the photograph, no event.
    static func datesAPhoto(_ e: TemporalExpression, _ t: [TimeToken]) -> Bool {
        var k = e.tokens.lowerBound - 1
        if k >= 0, t[k].lower == "on" { k -= 1 }
        guard k >= 1, t[k].lower == "taken" else { return false }
        let w = t[k - 1].lower
        return w == "photo" || w == "picture" || w == "image" || w == "photograph"
    }

    /// The index of a capital or country named as the subject of "host" at `k` ("Cairo would host", "Egypt will
    /// host"), past at most two auxiliaries; nil when none stands there.
    private static func hostBefore(_ t: [TimeToken], _ k: Int, _ c: Clause) -> Int? {
        let w = t[k].lower
        guard w == "host" || w == "hosts" || w == "hosted" || w == "hosting" else { return nil }
        var h = k - 1
        while h >= c.tokens.lowerBound, k - h <= 2, t[h].kind == .word, !t[h].isCapitalized, hostAuxiliaries.contains(t[h].lower) { h -= 1 }
        guard h >= c.tokens.lowerBound, t[h].isCapitalized, h == c.tokens.lowerBound || !t[h - 1].isCapitalized,
              PersonLexicon.capitals[t[h].lower] != nil || PersonLexicon.countries[t[h].lower] != nil else { return nil }
        return h
    }

    /// Auxiliaries between a host and its verb ("would host", "is to host", "will also host").
    private static let hostAuxiliaries: Set<String> = ["will", "would", "to", "is", "also", "shall", "may", "could", "has", "had", "was", "offered"]

    /// The clause as written, without a leading timeline label, citation markers or edge punctuation.
    private static func summaryText(_ t: [TimeToken], _ scalars: ScalarText, _ c: Clause) -> String {
        var from = c.tokens.lowerBound
        if let l = c.label, l.tokens.lowerBound == from {
            from = l.tokens.upperBound
            while from < c.tokens.upperBound, t[from].isDash { from += 1 }
        }
        guard from < c.tokens.upperBound else { return "" }
        var pieces = ""
        var k = from
        var cursor = t[from].start
        while k < c.tokens.upperBound {
            if t[k].text == "[", k + 2 < c.tokens.upperBound, t[k + 1].kind == .number, t[k + 2].text == "]" {
                pieces += scalars.slice(cursor..<t[k].start)
                cursor = t[k + 2].end
                k += 3
                continue
            }
            k += 1
        }
        pieces += scalars.slice(cursor..<t[c.tokens.upperBound - 1].end)
        let v = pieces.unicodeScalars
        var lo = v.startIndex, hi = v.endIndex
        while hi > lo, isTrailingTrim(v[v.index(before: hi)]) { hi = v.index(before: hi) }
        while lo < hi, v[lo].properties.isWhitespace { lo = v.index(after: lo) }
        return lo == v.startIndex && hi == v.endIndex ? pieces : String(v[lo..<hi])
    }

    /// Spaces and the punctuation that ends a clause, trimmed from a summary's end.
    @inline(__always)
    private static func isTrailingTrim(_ u: Unicode.Scalar) -> Bool {
        u == "." || u == "," || u == ";" || u == ":" || u == " " || (u.value >= 0x80 || (u.value >= 0x09 && u.value <= 0x0D)) && u.properties.isWhitespace
    }
}
