/// Dates an interaction from the temporal tagger: in the opening clause of a dated timeline
/// entry, the entry's date; else the time expression in its clause nearest to the interaction
/// word (one after it preferred, as in "met X on May 3"); else the entry's date. Blocks are tagged on demand, against their anchor
/// (the entry date or the publication day), so articles without interactions cost nothing.
public struct ClauseDates {
    private let article: Article
    /// Tags per block, filled on first use; owned by this one article's extraction.
    private let tagged = TagStore()
    /// Time tokens and taggings of the article's blocks, shared with the event extractor.
    private let times: BlockTimes

    public init(article: Article) { self.init(article: article, times: BlockTimes(article: article)) }

    /// Dates interactions of `article` with `times`, the article's shared block taggings.
    init(article: Article, times: BlockTimes) { self.article = article; self.times = times }

    /// The resolved expressions of a block, tagged once.
    private final class TagStore {
        var byBlock: [Int: [TemporalExpression]] = [:]
        var scalars: [Int: [Unicode.Scalar]] = [:]
        /// Per block, whether it says "eve of" or "day before/after" at all.
        var countsFromAnEncounter: [Int: Bool] = [:]
    }

    /// The date for an interaction read at scalar offset `at` of the clause `range` in block
    /// `block` (-1 = the title), or nil.
    public func date(block: Int, range: Range<Int>, at: Int) -> TimeSpan? {
        let published = article.published?.day
        var anchor = published
        var entry: TimeSpan? = nil
        let text: String
        if block < 0 {
            text = article.title
        } else {
            guard block < article.blocks.count else { return nil }
            let b = article.blocks[block]
            if b.kind == .timelineEntry, let label = b.dateLabel, let span = TemporalTagger.tag(label, anchor: published).first?.span {
                entry = span
                anchor = span.start
            }
            text = b.text
        }
        // The clause that opens a dated entry ("Dec 4, 2025 – X and Y agree to meet the following
        // month") happened on the entry's date.
        if let entry, range.lowerBound == 0, !LiveBlog.isPosting(article.blocks[block].dateLabel) { return entry }
        let all: [TemporalExpression]
        if let cached = tagged.byBlock[block] {
            all = cached
        } else {
            let tokens = times.tokens(block: block).tokens
            var found = times.tag(block: block, anchor: anchor, told: nil)
            // "Witkoff arrived the day before": a shift from the day the previous paragraph last told.
            // "Two weeks later, …": a shift left unresolved without a day or month told.
            if block >= 1, entry == nil, found.contains(where: { tokens[$0.tokens.lowerBound].lower == "the" || $0.span == nil }),
               let told = coarseTime(before: block) ?? storyDay(before: block) {
                found = times.tag(block: block, anchor: anchor, told: told)
            }
            all = found.filter { $0.span != nil && TemporalTagger.datesAnEvent($0, tokens: tokens) }
            tagged.byBlock[block] = all
        }
        let scalars = tagged.scalars[block] ?? Array(text.unicodeScalars)
        tagged.scalars[block] = scalars
        // "The day before the summit, Barrot met Cho": the day counted from the encounter the article told.
        // (Only a block that says "eve" or "day before/after" at all is searched, told once per block.)
        if entry == nil, block >= 0, countsFromAnEncounter(block),
           let k = times.tokens(block: block).tokens.firstIndex(where: { $0.start >= at }),
           let (span, phrase) = eveDay(block: block, token: k), !phrase.contains(k) { return span }
        var inClause = all.filter { range.contains($0.range.lowerBound) }
        // "Oct. 11, 2019 - Xi arrives for a summit with Modi, a year after their first one": a shift set off after the
        // word dates what follows "after" or "before", not the interaction.
        inClause.removeAll { e in
            guard e.range.lowerBound > at, e.text.hasSuffix(" after") || e.text.hasSuffix(" before") else { return false }
            var k = e.range.lowerBound - 1
            while k > 0, scalars[k] == " " { k -= 1 }
            return k >= 0 && scalars[k] == ","
        }
        // "SEOUL, Nov. 22 (Yonhap) -- Kim received Shoigu … the previous day": as for events, a wire
        // dateline's date dates the filing when the clause tells a date of its own.
        if entry == nil, block >= 0, inClause.count > 1, let first = inClause.min(by: { $0.range.lowerBound < $1.range.lowerBound }),
           EventExtractor.isDateline(first, times.tokens(block: block).tokens) {
            inClause.removeAll { $0.range == first.range }
        }
        // "… will hold talks with Ramaphosa, the ministry said on Thursday": the date of the
        // saying dates the interaction only when it is the saying itself.
        // "Belousov, who arrived on Tuesday, also held talks with No": the relative part dates the arrival only.
        // "Mahama, who arrived on Wednesday, was received at the airport by Shettima": a welcome on
        // arrival happens the day the part names.
        let verb = word(scalars, from: at)
        let reception = Self.receptions.contains(verb)
        // "a meeting between A and B, which could take place on the sidelines of the G20 in December": the part says
        // when the encounter itself takes place, and its date is the encounter's.
        let placeOfEncounter = Self.placedEncounters.contains(verb) ? takesPlacePart(scalars, after: at, within: range) : nil
        inClause.removeAll { e in
            if let k = placeOfEncounter, e.range.lowerBound > k { return false }
            guard let part = relativePart(scalars, around: e.range.lowerBound, within: range) else { return false }
            if reception, !part.contains(at), tellsArrival(scalars, part) { return false }
            // "to take up the issue with Takaichi, who will visit Seoul next Tuesday for a summit": the coming
            // visit of the one met, told right after the encounter, is when it happens.
            if part.lowerBound > at, tellsComingVisit(scalars, part, receptions: true) { return false }
            // "discussed the issue with Rubio, who visited Seoul on Tuesday,": the day of the visit of the one met, told
            // right after the encounter, is the day they met.
            if part.lowerBound > at, e.span?.granularity == .day, tellsVisit(scalars, part) { return false }
            return !part.contains(at)
        }
        // "their first meeting since al-Sharaa visited Baghdad in March": a date after "since" dates the earlier event only.
        inClause.removeAll { e in
            guard e.range.lowerBound > at else { return false }
            if let k = placeOfEncounter, e.range.lowerBound > k { return false }
            // "signed a plan for consultations through 2028": the expression may open with the word itself.
            if word(scalars, from: e.range.lowerBound) == "through" { return true }
            guard let s = subordinator(scalars, between: at, and: e.range.lowerBound) else { return false }
            // "preparing for a very different host: Takaichi, who will receive him next week": the one met's coming
            // visit or reception, told in a ", who will …" part, is when the encounter happens.
            if s == "who", let part = relativePart(scalars, around: e.range.lowerBound, within: range), part.lowerBound > at,
               tellsComingVisit(scalars, part, receptions: true) { return false }
            // "met Bessent to review the tariff schedule that takes effect in April": a relative clause dates its own noun.
            return Self.earlierOrLater.contains(s) || (Self.relatives.contains(s) && !Self.sayings.contains(verb))
        }
        // "Peskov said Putin and Erdogan had agreed to meet in the coming months": a date in the reported
        // clause dates what was reported, not the saying.
        if Self.sayings.contains(verb) {
            inClause.removeAll { e in e.range.lowerBound > at && reportedClause(scalars, between: at, and: e.range.lowerBound) }
        }
        // "warmer than the talks of a year ago": a date after "of", or right after another meeting noun led
        // by "the", dates that noun, not the interaction read at `at`.
        inClause.removeAll { attachedToAnotherNoun(scalars, $0.range.lowerBound, at: at) }
        // "On Wednesday, X spoke with Y about the swap line agreed last year": with another date in the clause, a date
        // right after a participle that follows its noun dates that noun, not the interaction.
        if inClause.count >= 2 {
            let reduced = inClause.filter { e in
                guard e.range.lowerBound > at, var (w, start) = previousWord(scalars, before: e.range.lowerBound) else { return false }
                // "the deal signed in March": past the preposition of the date.
                if w == "in" || w == "on", let before = previousWord(scalars, before: start) { (w, start) = before }
                guard start > at, w.hasSuffix("ed"), !Self.sayings.contains(w), let (noun, _) = previousWord(scalars, before: start) else { return false }
                return !Self.auxiliaries.contains(noun)
            }
            if reduced.count < inClause.count { inClause.removeAll { e in reduced.contains { $0.range == e.range } } }
        }
        // "invited the minister to address the committee in December": a date past the "to" of an invitation dates
        // what one is invited to, not the invitation.
        if TimeVocabulary.invitations.contains(verb) {
            inClause.removeAll { e in e.range.lowerBound > at && Self.hasTo(scalars, from: at, to: e.range.lowerBound) }
        }
        // "agreed to wrap up the details by the end of October": a date after "by" is a deadline, not the day told.
        inClause.removeAll { $0.range.lowerBound > at && word(scalars, before: $0.range.lowerBound) == "by" }
        // "joined the Sunday session and met Greer on Saturday": a day between "the" and a noun names that
        // noun's day; another date in the clause dates the interaction.
        if inClause.count >= 2 {
            let attributive = inClause.filter { e in
                e.range.upperBound < at && word(scalars, before: e.range.lowerBound) == "the"
                    && e.range.upperBound + 1 < scalars.count && scalars[e.range.upperBound] == " " && isLetter(scalars[e.range.upperBound + 1])
                    && !word(scalars, from: e.range.upperBound + 1).isEmpty && e.range.upperBound + 1 != at
            }
            if attributive.count < inClause.count { inClause.removeAll { e in attributive.contains { $0.range == e.range } } }
        }
        // "Lin told lawmakers on Monday that he had spoken with Motegi last week": the saying has its
        // own date; a date inside the reported part dates the interaction it reports.
        if !Self.sayings.contains(verb), inClause.count >= 2, let that = reportedPartStart(scalars, from: range.lowerBound, to: at),
           inClause.contains(where: { $0.range.lowerBound >= that }) {
            inClause.removeAll { $0.range.lowerBound < that }
        }
        if !Self.sayings.contains(verb) {
            let other = inClause.filter { !Self.sayings.contains(word(scalars, before: $0.range.lowerBound)) }
            if !other.isEmpty { inClause = other }
        }
        var nearest = inClause.min { distance($0.range, at, scalars) < distance($1.range, at, scalars) }
        // "was back in Seoul on Thursday preparing for a very different host: Takaichi, who will receive him next week":
        // an encounter named by a noun, whose other side's ", who will receive …" part tells it ahead, happens then, not
        // on a day told before the noun.
        if let n = nearest, n.range.upperBound <= at, !verb.hasSuffix("ed"), !Self.pastEncounters.contains(verb),
           let coming = inClause.first(where: { e in
               guard e.range.lowerBound > at, let part = relativePart(scalars, around: e.range.lowerBound, within: range) else { return false }
               return part.lowerBound > at && tellsComingVisit(scalars, part, receptions: true)
           }) { nearest = coming }
        // A live blog's posting time dates only a clause with no date of its own.
        if let entry, nearest == nil, block >= 0, LiveBlog.isPosting(article.blocks[block].dateLabel) {
            return range.lowerBound == 0 || !all.contains(where: { range.contains($0.range.lowerBound) }) ? entry : nil
        }
        // "Earlier, …" / "Earlier in the day, …": the story stays on the day it last told.
        var k = range.lowerBound
        while k < min(range.upperBound, scalars.count), !isLetter(scalars[k]) { k += 1 }
        // "Mitsotakis was later received by Mattarella", "X later held talks with Y": the adverb
        // right before the interaction word (or one word before it) keeps the story's day too.
        let before1 = previousWord(scalars, before: at)
        let before2 = before1.flatMap { previousWord(scalars, before: $0.1) }
        // "his earlier calls", "Lee's earlier conversations": an adjective before a noun dates nothing.
        let adverbBefore = [before1, before2].contains { w in
            guard let (a, start) = w, a != "earlier", Self.sameDayAdverbs.contains(a), start >= range.lowerBound else { return false }
            return !Self.determinersOrPossessives.contains(previousWord(scalars, before: start)?.0 ?? "")
        }
        let sameDay = entry == nil && block >= 0 && (Self.sameDayAdverbs.contains(word(scalars, from: k)) || adverbBefore)
        if sameDay, let n = nearest, isTheDay(scalars, n.range), let told = storyDay(before: block) { return told }
        // "On Wednesday, X held talks with Y. He also met Z later in the day.": "the day" is the day told before it.
        if entry == nil, block >= 0, let n = nearest, isTheDay(scalars, n.range),
           let told = Self.lastTold(all.filter { $0.range.upperBound <= range.lowerBound }, tokens: times.tokens(block: block).tokens)
               ?? storyDay(before: block) {
            return told
        }
        // "phoned Putin on Tuesday …, a day after the Turkish leader told Zelenskiy by phone …": the part
        // after "a day after" happened that much before the day told.
        if let n = nearest, let span = n.span, span.granularity == .day, n.range.upperBound <= at,
           let shift = dayShift(scalars, from: n.range.upperBound, to: at) {
            return TimeSpan(day: Day(ordinal: span.start.ordinal + shift))
        }
        if let span = nearest?.span ?? entry { return span }
        guard block >= 0 else { return nil }
        // "On the eve of the summit, X spoke by phone with Y": the day before the gathering the story opened with.
        if entry == nil, block >= 1, inClause.isEmpty, onTheEve(scalars, range), let lead = leadDay(before: block),
           lead.granularity == .day {
            return TimeSpan(day: lead.start.adding(days: -1))
        }
        // "The visit came a day after El-Sisi received a phone call from Abbas": with no date of its own, a sentence
        // opening on the story's encounter measures back from the day the story opened with.
        if entry == nil, block >= 1, inClause.isEmpty, let opening = openingEncounter(scalars, before: range.lowerBound),
           let shift = dayShift(scalars, from: opening, to: at), let lead = leadDay(before: block) {
            return TimeSpan(day: Day(ordinal: lead.start.ordinal + shift))
        }
        // "Lavrov hosted Wang Yi on Wednesday. The two ministers signed a plan …": a clause with no
        // date of its own goes on with the day its paragraph told before it.
        let before = all.filter { $0.range.lowerBound < range.lowerBound }
        // "He has said he is open to talks with Trump": a saying in the present perfect tells no one day.
        if !before.isEmpty, inClause.isEmpty, saysHasSaid(scalars, range.lowerBound..<min(at, range.upperBound)) { return nil }
        // "whom he met three times during Trump's first term", "they have met twice": encounters counted are no one
        // encounter on the day told before.
        if !before.isEmpty, countsEncounters(scalars, from: at, to: range.upperBound) { return nil }
        if !before.isEmpty, let told = Self.lastTold(before, tokens: times.tokens(block: block).tokens),
           // "Kemp is to campaign with Collins on Saturday. Trump, who endorsed Collins in May, …": a day still ahead
           // does not date what the clause tells in the past tense.
           !(published.map { told.start > $0 } ?? false) || !tellsPast(verb, scalars, at) { return told }
        // "In September, he returned to the White House … From Washington, Lee went on to New York, where he met X":
        // a trip onward from the place just told goes on in the month (or season) told.
        if !before.isEmpty, goesOnFrom(scalars, range), let last = before.last?.span { return last }
        // "Earlier, Merz was welcomed by Herzog": with no date at all, too.
        if sameDay { return storyDay(before: block) }
        // "On the sidelines of the summit, X held talks with Y": the gathering the story opened with, on its day.
        if entry == nil, block >= 1, onTheSidelines(scalars, range, pastEncounter: Self.pastEncounters.contains(verb)),
           let lead = leadDay(before: block) { return lead }
        // "Cai Qi and Wang Yi attended the meeting": those attending "the meeting" were at the one the story opened with.
        if entry == nil, block >= 1, attendsTheGathering(scalars, before: at), let lead = leadDay(before: block) { return lead }
        // "told a joint press conference with X shortly after 3pm": an hour with no day is on the day told.
        // "greeted Trump on the terrace shortly after midday": an hour named by a word, too.
        if entry == nil, hasClockTime(scalars, range) || namesAnHour(scalars, range) {
            return storyDay(before: block) ?? published.map { TimeSpan(day: $0) }
        }
        // "X sat down with Y in the morning, before meeting Z": a part of the day with no day named is on the day told.
        if entry == nil, block >= 1, hasPartOfDay(scalars, range), let told = storyDay(before: block) { return told }
        // "Telephone conversation with President X" over "Putin had a telephone conversation with X.": a readout's lead,
        // and what the paragraphs after it tell with no date of their own ("Erdogan congratulated …"), are on its day.
        if entry == nil, let lead = Self.readoutLead(article), block >= lead { return published.map { TimeSpan(day: $0) } }
        return nil
    }

    /// The block of an official readout's lead when the title names the encounter it reports ("Telephone
    /// conversation with President of Türkiye …", "Meeting with Prime Minister …"): such a page tells it on the
    /// day it is published and says no day; the lead is the first paragraph that ends a sentence. Nil otherwise.
    static func readoutLead(_ article: Article) -> Int? {
        let title = article.title.utf8
        guard let b0 = title.first, b0 == 0x54 || b0 == 0x50 || b0 == 0x4D || b0 == 0x43 else { return nil }  // T P M C
        let lower = article.title.prefix(32).lowercased()
        guard readoutTitles.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return article.blocks.firstIndex { $0.kind == .paragraph && $0.text.utf8.last == 0x2E }
    }

    /// How a readout's title opens when it names the encounter itself.
    private static let readoutTitles = ["telephone conversation with ", "telephone call with ", "phone call with ",
                                        "phone conversation with ", "meeting with ", "talks with ", "conversation with "]

    /// True when the clause names an hour by a word: "midday", "noon", "midnight".
    private func namesAnHour(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        for i in r where (s[i] == "m" || s[i] == "n" || s[i] == "l") && (i == 0 || !isLetter(s[i - 1])) {
            if Self.hourWords.contains(word(s, from: i)) { return true }
        }
        return false
    }

    private static let hourWords: Set<String> = ["midday", "noon", "midnight", "lunchtime"]

    /// True when the clause names an hour: "3pm", "10 a.m.", "14:30".
    /// True when the range says "in the morning", "in the afternoon" or "in the evening" (read only where a word opens
    /// with "m", "a" or "e" after "the ").
    private func hasPartOfDay(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        var i = r.lowerBound + 7
        while i < r.upperBound {
            let c = s[i]
            if c == "m" || c == "a" || c == "e", s[i - 1] == " ", s[i - 2] == "e", s[i - 3] == "h", s[i - 4] == "t", s[i - 5] == " ",
               s[i - 6] == "n", s[i - 7] == "i", i - 7 == 0 || !isLetter(s[i - 8]),
               Self.partsOfDay.contains(word(s, from: i)) { return true }
            i += 1
        }
        return false
    }

    /// Parts of the day read after "in the".
    private static let partsOfDay: Set<String> = ["morning", "afternoon", "evening"]

    private func hasClockTime(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
        for i in r where isDigit(s[i]) && (i + 1 >= r.upperBound || !isDigit(s[i + 1])) {
            var k = i + 1
            if k + 2 < r.upperBound, s[k] == ":", isDigit(s[k + 1]), isDigit(s[k + 2]) { return true }
            if k < r.upperBound, s[k] == " " { k += 1 }
            guard k + 1 < r.upperBound, s[k] == "a" || s[k] == "p" else { continue }
            let next = s[k + 1] == "." && k + 2 < r.upperBound ? s[k + 2] : s[k + 1]
            let after = s[k + 1] == "." ? k + 3 : k + 2
            if next == "m", after >= r.upperBound || !isLetter(s[after]) { return true }
        }
        return false
    }

    /// True when the interaction word at `at` is a verb in the past tense: "-ed", no "be", "to" or "will" before it.
    private func tellsPast(_ verb: String, _ scalars: [Unicode.Scalar], _ at: Int) -> Bool {
        guard verb.hasSuffix("ed"), verb.utf8.count > 4 else { return false }
        let w = word(scalars, before: at)
        return !["be", "been", "to", "will", "would", "being", "is", "are", "was", "were"].contains(w)
    }

    /// The days from the day told to the part opened by "a day after" / "two days before" / "a week after"
    /// between scalars `a` and `b` (negative after "after"), or nil when no such phrase stands there.
    private func dayShift(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Int? {
        var words: [String] = []
        var i = a
        while i < min(b, s.count) {
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                words.append(w)
                i += max(1, w.unicodeScalars.count)
                continue
            }
            i += 1
        }
        guard words.count >= 3 else { return nil }
        for k in 0..<(words.count - 2) {
            guard let unit = Self.shiftUnits[words[k + 1]], let n = Self.shiftAmounts[words[k]],
                  words[k + 2] == "after" || words[k + 2] == "before" else { continue }
            return (words[k + 2] == "after" ? -1 : 1) * n * unit
        }
        return nil
    }

    /// True when the words between a verb of saying at `a` and scalar `b` open a reported clause: "that",
    /// or a finite verb of its own ("said Putin and Erdogan had agreed …").
    private func reportedClause(_ s: [Unicode.Scalar], between a: Int, and b: Int) -> Bool {
        var i = a
        var first = true
        while i < min(b, s.count) {
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                if !first, Self.reportedClauseWords.contains(w) { return true }
                first = false
                i += max(1, w.unicodeScalars.count)
                continue
            }
            i += 1
        }
        return false
    }

    private static let reportedClauseWords: Set<String> = ["that", "had", "has", "have", "would", "will", "was", "were", "is", "are"]

    private static let shiftUnits: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7]
    private static let shiftAmounts: [String: Int] = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]

    /// True when the expression starting at scalar `i` qualifies a noun other than the interaction word
    /// at `at`: "the talks of a year ago", "the summit of June 2024", "the tense talks a year ago".
    private func attachedToAnotherNoun(_ s: [Unicode.Scalar], _ i: Int, at: Int) -> Bool {
        guard var (noun, start) = previousWord(s, before: i) else { return false }
        let of = noun == "of"
        if of {
            guard let before = previousWord(s, before: start) else { return false }
            (noun, start) = before
        }
        guard start != at, of || InteractionExtractor.predicates[noun] != nil else { return false }
        // Back over a determiner and one adjective: "met Xi at the summit of June 2024" is the meeting's own setting.
        var k = start
        var determined = false
        for _ in 0..<3 {
            guard let (w, b) = previousWord(s, before: k) else { break }
            // "thanked him for support during the floods of 2022": only a meeting noun is the setting.
            if Self.placeWords.contains(w) { return of && InteractionExtractor.predicates[noun] == nil }
            k = b
            if w == "the" { determined = true; continue }
            if determined { break }
        }
        // Without "of", only a noun led by "the" ("unlike the tense talks a year ago") holds the date.
        return of || determined
    }

    /// Words before a participle that make it a verb of the clause ("had agreed", "who signed"), not a noun's modifier.
    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "had", "has", "have", "and", "or",
                                                   "who", "which", "that", "he", "she", "they", "it", "we", "i", "also", "then"]

    /// Prepositions that make the noun after them the setting of the interaction.
    private static let placeWords: Set<String> = ["at", "during", "in", "on", "from", "after", "before", "since"]

    /// The lower-case word ending right before scalar `i` (past spaces only) and its start, or nil
    /// when punctuation stands there.
    private func previousWord(_ s: [Unicode.Scalar], before i: Int) -> (String, Int)? {
        var e = min(i, s.count)
        while e > 0, s[e - 1] == " " { e -= 1 }
        var b = e
        while b > 0, isLetter(s[b - 1]) { b -= 1 }
        return b < e ? (String(String.UnicodeScalarView(s[b..<e])).lowercased(), b) : nil
    }

    /// Opening words of a clause that keep the story on the day it last told ("Separately, X called on Y":
    /// another item of the same day's dispatch).
    private static let sameDayAdverbs: Set<String> = ["earlier", "later", "afterwards", "afterward", "separately", "then"]

    /// Words after which "later" is an adjective of the noun that follows ("their later talks").
    private static let determinersOrPossessives: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "s"]

    /// "In 2000 he met Putin. ¶ The following spring, …": the year, season or month the paragraph just before
    /// dated its last event by, which the tagger reads only for a season counted from it; it goes before a day told
    /// further back, as the events' day told does.
    private func coarseTime(before block: Int) -> TimeSpan? {
        guard block >= 1, article.blocks[block - 1].kind != .timelineEntry else { return nil }
        let tokens = times.tokens(block: block - 1).tokens
        let last = times.tag(block: block - 1, anchor: article.published?.day, told: nil)
            .last { $0.span != nil && TemporalTagger.datesAnEvent($0, tokens: tokens) }?.span
        guard let span = last, span.granularity == .year || span.granularity == .month || span.granularity == .season else { return nil }
        return span
    }

    /// "The day before the summit, X met Y", "On the eve of the visit, …", "The day after the vote, …": a sentence of
    /// `block` opening on a day counted from an encounter a definite noun names takes that day, counted from the day a
    /// sentence of the article told for that encounter (the latest told before). Returns the day and the tokens of the
    /// opening phrase; nil when the sentence containing token `k` opens otherwise or no day of the encounter was told.
    func eveDay(block: Int, token k: Int) -> (span: TimeSpan, phrase: Range<Int>)? {
        guard block >= 0, block < article.blocks.count else { return nil }
        let tk = times.tokens(block: block)
        let t = tk.tokens
        guard let sentence = tk.sentences.first(where: { $0.contains(k) }), sentence.count >= 6 else { return nil }
        var i = sentence.lowerBound
        if t[i].lower == "on" { i += 1 }
        let shift: Int
        if (t[i].lower == "the" || t[i].lower == "a"), t[i + 1].lower == "day", t[i + 2].lower == "before" || t[i + 2].lower == "after" {
            shift = t[i + 2].lower == "before" ? -1 : 1
        } else if t[i].lower == "the", t[i + 1].lower == "eve", t[i + 2].lower == "of" {
            shift = -1
        } else {
            return nil
        }
        i += 3
        guard i + 1 < sentence.upperBound, Self.eveDeterminers.contains(t[i].lower), t[i + 1].kind == .word,
              let kin = Self.eveKin[t[i + 1].lower] else { return nil }
        let phrase = sentence.lowerBound..<(i + 2)
        let published = article.published?.day
        // The encounter's day: the first day the article told in a sentence that names it, before this sentence (the
        // summit's opening day, the visit's arrival).
        for b in 0...block {
            let bt = times.tokens(block: b)
            let found = times.tag(block: b, anchor: published, told: nil)
                .filter { e in e.span?.granularity == .day && (b < block || e.tokens.upperBound <= sentence.lowerBound) }
            for e in found {
                guard let s = bt.sentences.first(where: { $0.contains(e.tokens.lowerBound) }),
                      s.contains(where: { bt.tokens[$0].kind == .word && kin.contains(bt.tokens[$0].lower) }),
                      let span = e.span else { continue }
                let day = shift < 0 ? span.start : span.end
                return (TimeSpan(day: Day(ordinal: day.ordinal + shift)), phrase)
            }
        }
        return nil
    }

    /// True when block `block` says "eve" or "day before"/"day after" anywhere; remembered per block.
    private func countsFromAnEncounter(_ block: Int) -> Bool {
        if let known = tagged.countsFromAnEncounter[block] { return known }
        let t = times.tokens(block: block).tokens
        var says = false
        for k in t.indices where t[k].kind == .word {
            let w = t[k].lower
            if w == "eve" { says = true; break }
            if w == "day", k + 1 < t.count, t[k + 1].lower == "before" || t[k + 1].lower == "after" { says = true; break }
        }
        tagged.countsFromAnEncounter[block] = says
        return says
    }

    private static let eveDeterminers: Set<String> = ["the", "his", "her", "their", "its", "this"]

    /// The nouns of an encounter "the eve of" counts from, and the words a sentence telling it uses.
    private static let eveKin: [String: Set<String>] = {
        let visit: Set<String> = ["visit", "visits", "visited", "visiting", "trip", "arrived", "arrives", "arrive", "arrival", "tour",
                                  "travel", "travels", "traveled", "travelled", "flew", "fly"]
        let talks: Set<String> = ["talks", "meeting", "meet", "meets", "met"]
        let vote: Set<String> = ["election", "elections", "vote", "poll", "polls", "elected", "referendum", "runoff"]
        var m: [String: Set<String>] = [:]
        for w in ["visit", "trip", "tour", "arrival"] { m[w] = visit }
        for w in ["talks", "meeting", "summit"] { m[w] = talks.union(["summit", "summits"]) }
        for w in ["conference", "forum", "retreat"] { m[w] = [w, w + "s"] }
        for w in ["election", "vote", "poll", "referendum", "runoff"] { m[w] = vote }
        m["inauguration"] = ["inauguration", "inaugurated", "sworn"]
        return m
    }()

    /// The days paragraph `block` tells only in a ", who left for Paris on Monday," part: background, not the
    /// day the story is on.
    func backgroundDays(block: Int) -> [TimeSpan] {
        guard block >= 0, block < article.blocks.count else { return [] }
        let s = Array(article.blocks[block].text.unicodeScalars)
        let found = times.tag(block: block, anchor: article.published?.day, told: nil)
        return found.compactMap { e in relativePart(s, around: e.range.lowerBound, within: 0..<s.count) == nil ? nil : e.span }
    }

    /// The day the paragraphs before `block` last told, looking back a few paragraphs of prose; a
    /// date in a ", who arrived on Monday," part is background, not the day the story is on.
    /// "The Sultan arrived on Monday evening and was received by Lee" after a lead on Tuesday's talks: an
    /// arrival before the day an earlier paragraph told sets the visit up; the story stays on that later day.
    private func storyDay(before block: Int) -> TimeSpan? {
        var b = block - 1
        var arrival: TimeSpan? = nil
        while b >= 0, b >= block - 4, article.blocks[b].kind != .timelineEntry {
            let s = Array(article.blocks[b].text.unicodeScalars)
            let found = times.tag(block: b, anchor: article.published?.day, told: nil)
                .filter { relativePart(s, around: $0.range.lowerBound, within: 0..<s.count) == nil && !isTheDay(s, $0.range) }
            if let told = Self.lastTold(found, tokens: times.tokens(block: b).tokens) {
                if let a = arrival { return told.start > a.end ? told : a }
                guard Self.tellsArrival(article.blocks[b].text) else { return told }
                arrival = told
            }
            b -= 1
        }
        return arrival
    }

    /// True when the clause says "sidelines of", "margins of" or "fringes of": a side encounter at a gathering.
    /// Words are read only where one opens with "s", "m" or "f".
    /// "On the sidelines, Li met Modi": a fronted "On the sidelines," places an encounter told in the past at the
    /// gathering (`pastEncounter`); before a plan ("On the sidelines, X is likely to meet Y") it opens a preview.
    private func onTheSidelines(_ s: [Unicode.Scalar], _ r: Range<Int>, pastEncounter: Bool = false) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        var i = r.lowerBound
        while i < r.upperBound {
            if s[i] == "s" || s[i] == "m" || s[i] == "f", i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                let e = i + w.unicodeScalars.count
                if Self.sidelines.contains(w), e + 3 < s.count, s[e] == " ", word(s, from: e + 1) == "of" { return true }
                // "held talks with Y on the sidelines, focusing on …": bare, after the encounter it places, the
                // gathering's sidelines too ("On the sidelines, X is likely to meet Y" opens a preview instead).
                if w.hasPrefix("sideline") || w.hasPrefix("margin"), Self.sidelines.contains(w),
                   e >= r.upperBound || e < s.count && (s[e] == "," || s[e] == "." || s[e] == ";"), word(s, before: i) == "the",
                   pastEncounter || i >= r.lowerBound + 12 && (r.lowerBound..<(i - 8)).contains(where: { isLetter(s[$0]) }) { return true }
                i = max(e, i + 1)
                continue
            }
            i += 1
        }
        return false
    }

    /// True when the clause opens on "From" and goes "on to" a place: "From Washington, Lee went on to New York".
    private func goesOnFrom(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        var k = r.lowerBound
        while k < r.upperBound, !isLetter(s[k]) { k += 1 }
        guard k < r.upperBound, s[k] == "F", word(s, from: k) == "from" else { return false }
        for i in k..<r.upperBound where s[i] == "o" && s[i - 1] == " " && i + 5 < s.count && s[i + 1] == "n" && s[i + 2] == " " {
            if word(s, from: i + 3) == "to" { return true }
        }
        return false
    }

    /// True when the clause holds "eve of" ("on the eve of the summit").
    private func onTheEve(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        for i in r where s[i] == "e" && (i == 0 || s[i - 1] == " ") && i + 7 < s.count && s[i + 1] == "v" && s[i + 2] == "e" && s[i + 3] == " " {
            if word(s, from: i + 4) == "of", word(s, before: i) == "the" { return true }
        }
        return false
    }

    /// Past forms of encounter verbs: what they tell has happened.
    private static let pastEncounters: Set<String> = ["met", "held", "hosted", "received", "spoke", "talked", "sat", "shook", "greeted", "welcomed"]

    /// Verbs of taking part in an encounter told before ("attended the talks").
    private static let attendings: Set<String> = ["attended", "attend", "attends", "attending", "joined", "join", "joins"]

    /// True when the interaction word at `at` is "the" gathering someone attended: "attended the meeting",
    /// "joined the expanded talks", "took part in the expanded meeting".
    private func attendsTheGathering(_ s: [Unicode.Scalar], before at: Int) -> Bool {
        guard var (w, start) = previousWord(s, before: at) else { return false }
        if w != "the", let (before, b) = previousWord(s, before: start), before == "the" { (w, start) = (before, b) }
        guard w == "the", let (verb, v) = previousWord(s, before: start) else { return false }
        return Self.attendings.contains(verb) || verb == "in" && previousWord(s, before: v)?.0 == "part"
    }

    /// Nouns of the edge of a gathering, where side meetings happen.
    private static let sidelines: Set<String> = ["sidelines", "sideline", "margins", "margin", "fringes", "fringe"]

    /// The first day the article's body tells before `block` (not a dateline's, a saying's or a relative part's).
    private func leadDay(before block: Int) -> TimeSpan? {
        for b in 0..<min(block, article.blocks.count) where article.blocks[b].kind != .timelineEntry {
            let s = Array(article.blocks[b].text.unicodeScalars)
            let tokens = times.tokens(block: b).tokens
            let first = times.tag(block: b, anchor: article.published?.day, told: nil).first { e in
                e.span?.granularity == .day && TemporalTagger.datesAnEvent(e, tokens: tokens) && !EventExtractor.isDateline(e, tokens)
                    && !TemporalTagger.datesASaying(tokens, e.tokens.lowerBound) && !isTheDay(s, e.range)
                    && relativePart(s, around: e.range.lowerBound, within: 0..<s.count) == nil
            }
            if let first { return first.span }
        }
        return nil
    }

    /// The start of the sentence holding scalar `i` when it opens on "The" and a noun of an encounter ("The visit
    /// came …", "The talks took place …"), else nil.
    private func openingEncounter(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        var k = min(i, s.count)
        while k > 0, !(s[k - 1] == " " && k >= 2 && (s[k - 2] == "." || s[k - 2] == "?" || s[k - 2] == "!")) { k -= 1 }
        guard word(s, from: k) == "the" else { return nil }
        var n = k + 3
        while n < s.count, s[n] == " " { n += 1 }
        return Self.encounterNouns.contains(word(s, from: n)) ? k : nil
    }

    /// Nouns naming the story's own encounter at the head of a sentence.
    private static let encounterNouns: Set<String> = ["visit", "meeting", "talks", "call", "summit", "trip"]

    /// True when a paragraph tells an arrival ("arrived", "landed"): words are read only where one opens with "a" or "l".
    static func tellsArrival(_ text: String) -> Bool {
        // Most paragraphs hold none of the words at all: a byte scan says so without decoding scalars.
        guard TextScan.containsAny(text, arrivalWords) else { return false }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "a" || s[i] == "l", i == 0 || !s[i - 1].properties.isAlphabetic {
                var e = i
                while e < s.count, s[e].properties.isAlphabetic { e += 1 }
                var w = ""
                w.unicodeScalars.append(contentsOf: s[i..<e])
                if arrivals.contains(w) { return true }
                i = e
                continue
            }
            i += 1
        }
        return false
    }

    /// The day a paragraph last told: its last day-long date, passing over the date of a saying
    /// ("… agreed on Dec. 30, the office said on Friday") when another one is there.
    static func lastTold(_ found: [TemporalExpression], tokens: [TimeToken]) -> TimeSpan? {
        let days = found.filter { $0.span?.granularity == .day }
        return (days.last { !TemporalTagger.datesASaying(tokens, $0.tokens.lowerBound) } ?? days.last)?.span
    }

    private static let sayings: Set<String> = ["said", "says", "told", "tells", "announced", "added", "stated", "reported"]

    /// Words of welcoming someone on arrival.
    private static let receptions: Set<String> = ["received", "greeted", "welcomed"]

    /// Words of arriving.
    private static let arrivalWords = ["arrived", "landed", "arriving", "landing"]
    private static let arrivals = Set(arrivalWords)

    /// True when the range says "has said" or "have said" (words read only where one opens with "h").
    private func saysHasSaid(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let r = r.clamped(to: 0..<s.count)
        var i = r.lowerBound
        while i + 8 < r.upperBound {
            if s[i] == "h", i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                if w == "has" || w == "have", s[i + 3 + (w == "have" ? 1 : 0)] == " ", word(s, from: i + 4 + (w == "have" ? 1 : 0)) == "said" { return true }
            }
            i += 1
        }
        return false
    }

    /// True when a part says "who visited" or "who was visiting" (words read only where one opens with "v").
    private func tellsVisit(_ s: [Unicode.Scalar], _ part: Range<Int>) -> Bool {
        var i = part.lowerBound
        while i < min(part.upperBound, s.count) {
            if s[i] == "v", i == 0 || !isLetter(s[i - 1]), Self.visitWords.contains(word(s, from: i)) { return true }
            i += 1
        }
        return false
    }

    private static let visitWords: Set<String> = ["visited", "visiting"]

    /// True when the part of the clause tells an arrival ("who arrived in Abuja on Wednesday").
    /// True when a part says "will visit", "will travel" or "will arrive": a trip still ahead.
    private func tellsComingVisit(_ s: [Unicode.Scalar], _ part: Range<Int>, receptions: Bool = false) -> Bool {
        var i = part.lowerBound
        while i + 5 < min(part.upperBound, s.count) {
            if s[i] == "w", i == 0 || !isLetter(s[i - 1]), word(s, from: i) == "will", s[i + 4] == " " {
                let v = word(s, from: i + 5)
                if Self.comingTrips.contains(v) { return true }
                let after = i + 5 + v.unicodeScalars.count + 1
                if receptions, Self.comingReceptions.contains(v), after < s.count, Self.receivedPronouns.contains(word(s, from: after)) { return true }
            }
            i += 1
        }
        return false
    }

    private static let comingTrips: Set<String> = ["visit", "travel", "arrive", "come"]

    /// "who will receive him next week", "who will host them": a reception still ahead, of the one the pronoun stands for.
    private static let comingReceptions: Set<String> = ["receive", "host", "meet", "welcome"]
    private static let receivedPronouns: Set<String> = ["him", "her", "them"]

    /// Nouns of an encounter that a ", which" part may go on to place in time.
    private static let placedEncounters: Set<String> = ["meeting", "summit", "talks", "call", "visit"]

    /// The offset of "which" when, within a few words after the encounter noun at `at`, a ", which" part says the
    /// encounter will "take place", "be held" or "happen"; nil otherwise.
    private func takesPlacePart(_ s: [Unicode.Scalar], after at: Int, within range: Range<Int>) -> Int? {
        let end = min(range.upperBound, s.count)
        var i = at
        while i + 7 < end, i < at + 90 {
            if s[i] == ",", s[i + 1] == " ", word(s, from: i + 2) == "which" {
                var j = i + 8
                while j + 6 < end, j < i + 90 {
                    if s[j] == " ", isLetter(s[j + 1]), case let w = word(s, from: j + 1),
                       w == "take" || w == "happen" || w == "held" || w == "convene" {
                        return i + 2
                    }
                    j += 1
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    private func tellsArrival(_ s: [Unicode.Scalar], _ part: Range<Int>) -> Bool {
        var i = part.lowerBound
        while i < min(part.upperBound, s.count) {
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]), s[i] == "a" || s[i] == "l", Self.arrivals.contains(word(s, from: i)) { return true }
            i += 1
        }
        return false
    }

    /// True when "twice", "several times" or "three times" follows the interaction word within a few words.
    private func countsEncounters(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        var i = a, words = 0, previous = ""
        while i < min(b, s.count), words < 6 {
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                if w == "twice" || w == "times" && Self.countWords.contains(previous) { return true }
                previous = w
                words += 1
            }
            i += 1
        }
        return false
    }

    private static let countWords: Set<String> = ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple"]

    /// True when the word "to" stands between scalars `a` and `b`.
    static func hasTo(_ scalars: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a >= 0, b <= scalars.count, b - a >= 4 else { return false }
        for k in (a + 1)..<(b - 2) where scalars[k] == "t" && scalars[k + 1] == "o" && scalars[k - 1] == " " && scalars[k + 2] == " " {
            return true
        }
        return false
    }

    /// Subordinators after which a date belongs to another event than the interaction before them
    /// ("to meet X ahead of the summit scheduled for December": the date is the summit's).
    private static let earlierOrLater: Set<String> = ["since", "after", "before", "until", "through", "ahead"]

    /// Relative pronouns opening a clause about a noun after the interaction word.
    private static let relatives: Set<String> = ["that", "which"]

    /// The last of `earlierOrLater` or `relatives` words between scalars `a` and `b` with no comma in between, if any.
    private func subordinator(_ s: [Unicode.Scalar], between a: Int, and b: Int) -> String? {
        var i = a
        var found: String? = nil
        while i < min(b, s.count) {
            if s[i] == "," { found = nil }
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                if Self.earlierOrLater.contains(w) || Self.relatives.contains(w) { found = w }
                i += max(1, w.unicodeScalars.count)
                continue
            }
            i += 1
        }
        return found
    }

    /// The scalar just past the "that" opening the part a saying reports, when that part holds
    /// scalar `b`: "told lawmakers on Monday that [he had spoken …]".
    private func reportedPartStart(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Int? {
        var i = a
        var saying = false
        var found: Int? = nil
        while i < min(b, s.count) {
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) {
                let w = word(s, from: i)
                if Self.sayings.contains(w) { saying = true } else if saying, w == "that" { found = i + 4 }
                i += max(1, w.unicodeScalars.count)
                continue
            }
            i += 1
        }
        return found
    }

    /// True for "the day" / "that day": a day the story already told, not a new one.
    private func isTheDay(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.upperBound <= s.count, r.count >= 4 else { return false }
        let tail = s[(r.upperBound - 4)..<r.upperBound]
        return tail.first == " " && String(String.UnicodeScalarView(tail.dropFirst())).lowercased() == "day"
    }

    /// The ", who …," part of the clause holding scalar `i`, if it is one.
    private func relativePart(_ s: [Unicode.Scalar], around i: Int, within r: Range<Int>) -> Range<Int>? {
        var lo = i
        while lo > r.lowerBound, s[lo - 1] != "," { lo -= 1 }
        guard lo > r.lowerBound else { return nil }
        var hi = i
        while hi < min(r.upperBound, s.count), s[hi] != "," { hi += 1 }
        var k = lo
        while k < hi, s[k] == " " { k += 1 }
        let w = word(s, from: k)
        if w == "who" || w == "whose" { return lo..<hi }
        // ", a former Samsung executive who took office in July,": an apposition closed by a comma whose "who" part
        // holds the date. Words are read only where one opens with "w".
        guard hi < min(r.upperBound, s.count) else { return nil }
        var j = k
        while j < i {
            if s[j] == "w", j == 0 || !isLetter(s[j - 1]) {
                let v = word(s, from: j)
                if v == "who" || v == "whose" { return lo..<hi }
            }
            j += 1
        }
        return nil
    }

    /// True for a letter (ASCII decided without the Unicode property tables).
    @inline(__always)
    private func isLetter(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A : u.properties.isAlphabetic
    }

    /// The lower-case word starting at scalar `i`.
    private func word(_ s: [Unicode.Scalar], from i: Int) -> String {
        var e = i
        while e < s.count, isLetter(s[e]) { e += 1 }
        return i < e ? String(String.UnicodeScalarView(s[i..<e])).lowercased() : ""
    }

    /// The lower-case word before scalar `i`, skipping spaces and "on".
    private func word(_ s: [Unicode.Scalar], before i: Int) -> String {
        var e = i
        while true {
            while e > 0, s[e - 1] == " " { e -= 1 }
            var b = e
            while b > 0, isLetter(s[b - 1]) { b -= 1 }
            let w = String(String.UnicodeScalarView(s[b..<e])).lowercased()
            if w == "on" { e = b; continue }
            return w
        }
    }

    /// Distance from the interaction word; an expression before it counts double, and one
    /// beyond a comma ("X, who arrived on Tuesday, will meet Y on Friday") lies in another clause.
    private func distance(_ r: Range<Int>, _ at: Int, _ scalars: [Unicode.Scalar]) -> Int {
        let d = r.lowerBound >= at ? r.lowerBound - at : 2 * (at - r.upperBound) + 1
        let between = r.lowerBound >= at ? at..<r.lowerBound : r.upperBound..<at
        let part = scalars[between.clamped(to: 0..<scalars.count)]
        if part.contains(",") { return d + 10_000 }
        // "met Trump on Wednesday and sat down with Xi on Saturday": a date before "and" is the verb's before it.
        if r.lowerBound < at, part.count >= 5, containsAnd(part) { return d + 1_000 }
        return d
    }

    /// True when the scalars hold the word "and".
    private func containsAnd(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = part.startIndex
        while i + 4 < part.endIndex {
            if part[i] == " ", part[i + 1] == "a", part[i + 2] == "n", part[i + 3] == "d", part[i + 4] == " " { return true }
            i += 1
        }
        return false
    }
}
