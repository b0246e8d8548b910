/// Finds time expressions in prose and normalizes each against an anchor day (the article's
/// publication day, or a timeline entry's own date), after HeidelTime/SUTime. Works on tokens
/// in one pass: no regular expressions, so it scales to large corpora.
public enum TemporalTagger {
    typealias Unit = TimeVocabulary.Unit

    /// What a matched expression means before the anchor, tense and reference are known.
    indirect enum Value {
        case fixed(TimeSpan)
        /// A day or day range without a year: month, day, end month, end day.
        case monthDay(Int, Int, Int, Int)
        /// A month without a year, optionally a part of it (early 1–10, mid 11–20, late 21–end).
        case month(Int, Part?)
        /// "last December" (-1), "this June" (0), "next March" (+1).
        case relativeMonth(Int, Int)
        /// ISO weekday and direction: -1 last, 0 plain or "this", +1 next.
        case weekday(Int, Int)
        /// "Thursday, October 29": ISO weekday, month, day; the year is the one where they agree.
        case weekdayDate(Int, Int, Int)
        /// "Tuesday last week", "Monday of next week": ISO weekday and week offset from the anchor's week.
        case weekdayOfWeek(Int, Int)
        /// Days from the anchor: yesterday, today, tomorrow.
        case anchorDays(Int)
        /// "last week", "next month", "this year": unit and count from the anchor's period.
        case anchorShift(Unit, Int)
        /// "the following month", "the day before": unit and count from the sentence's reference.
        case referenceShift(Unit, Int)
        /// "the following spring" (+1), "the previous winter" (-1): a season's first month and direction from the reference.
        case referenceSeason(Int, Int)
        /// "two days later": needs a date in this or the previous sentence.
        case laterShift(Unit, Int)
        /// "one day after the June 3 vote": count days from the following expression.
        case relativeToNext(Unit, Int)
        /// "two weeks ago".
        case ago(Unit, Int)
        /// "last weekend" (-1), "this weekend" (0), "next weekend" (+1), "the weekend" (by tense, 2).
        case weekend(Int)
        /// "earlier this year" (-1), "later this month" (+1).
        case partOfCurrent(Unit, Int)
        /// "early next year": part and year offset from the anchor.
        case yearPart(Part, Int)
        /// "mid-2025", "late 2025".
        case fixedYearPart(Part, Int)
        /// "May last year" (-1), "December this year" (0), "March next year" (+1): month and year offset.
        case monthOfYear(Int, Int)
        /// "Jan. 6 next year", "March 3 last year": month, day and year offset from the anchor.
        case monthDayOfYear(Int, Int, Int)
        /// "late July last year": part, month and year offset from the anchor.
        case monthPartOfYear(Part, Int, Int)
        /// "early next month": part and month offset from the anchor.
        case monthPart(Part, Int)
        /// "the first half of next year": half (1 or 2) and year offset from the anchor.
        case yearHalf(Int, Int)
        /// "in the coming weeks": the days after the anchor, up to this many.
        case comingDays(Int)
        /// "the end of the year" (+1) or "the beginning of the year" (-1), relative to the reference.
        case endOfYear(Int)
        /// Season by first month, direction (-1 last, 0 nearest by tense, +1 next), or an explicit year.
        case season(Int, Int, Int?)
        /// "this spring": the season of the anchor's year (the one under way, if any), whatever the tense.
        case thisSeason(Int)
        /// "between X and Y".
        case between(Value, Value)
        /// "on the 14th", "from the 26th to 28th": a day or day range of the month nearest by tense.
        case dayOfMonth(Int, Int)
        /// "earlier in the day": the reference day.
        case sameDay
        /// "Earlier, Merz was welcomed by …" opening a sentence: the day this or an earlier sentence told, if any.
        case toldDay
        /// A phrase that names a time but cannot be pinned ("one day after speaking with …").
        case unresolved
    }

    /// A third of a month or of a year: early, mid, late.
    enum Part { case early, mid, late }

    /// Tags `text` against `anchor`. Expressions are returned in text order.
    public static func tag(_ text: String, anchor: Day?) -> [TemporalExpression] {
        tag(tokens: TimeToken.tokenize(text), text: text, anchor: anchor)
    }

    /// Tags already tokenized text (tokens from `TimeToken.tokenize(text)`).
    public static func tag(tokens: [TimeToken], text: String, anchor: Day?) -> [TemporalExpression] {
        tag(tokens: tokens, text: ScalarText(text), anchor: anchor)
    }

    /// Tags already tokenized text, slicing expression texts from an indexed copy. `told` is the
    /// date a preceding paragraph last told, for "the day before" at the start of this one.
    /// `sentences`, when given, are `SentenceSplitter.sentences(tokens)` computed by the caller.
    static func tag(tokens: [TimeToken], text scalars: ScalarText, anchor: Day?, told: TimeSpan? = nil,
                    sentences: [Range<Int>]? = nil) -> [TemporalExpression] {
        tagReportingTold(tokens: tokens, text: scalars, anchor: anchor, told: told, sentences: sentences).expressions
    }

    /// `tag`, also telling whether `told` was consulted: when it was not, the same expressions
    /// come out for any `told`.
    static func tagReportingTold(tokens: [TimeToken], text scalars: ScalarText, anchor: Day?, told: TimeSpan?,
                                 sentences: [Range<Int>]?) -> (expressions: [TemporalExpression], toldConsulted: Bool) {
        var out: [TemporalExpression] = []
        // A year or month a paragraph before told ("In 2000 he met Putin. ¶ The following spring …") dates only
        // a season or a year counted from it; a shift of days or "the same day" needs a day told.
        let coarseTold = told.flatMap { $0.granularity == .day || $0.granularity == .range || $0.granularity == .week ? nil : $0 }
        var previousSentenceLast: TimeSpan? = coarseTold == nil ? told : nil
        var stillTold = true
        var toldConsulted = false
        for sentence in sentences ?? SentenceSplitter.sentences(tokens) {
            var lastInSentence: TimeSpan? = nil
            // The last date of the sentence that is not the date of its saying ("…, the ministry said on Friday").
            var lastTold: TimeSpan? = nil
            var i = sentence.lowerBound
            var found: [(Range<Int>, Value, Bool)] = []
            while i < sentence.upperBound {
                if var m = match(tokens, i, limit: sentence.upperBound) {
                    // "next Thursday (Jun 25)": a day of the month in brackets right after a weekday says which one.
                    if let glossed = bracketedDay(after: m, tokens, limit: sentence.upperBound) { m = glossed }
                    found.append((i..<m.end, m.value, m.explicit))
                    i = m.end
                } else {
                    i += 1
                }
            }
            for (k, (range, value, explicit)) in found.enumerated() {
                var tense = tenseAround(tokens, range, sentence: sentence)
                // "Candidates registered for the April 12 runoff": a date naming a thing ("the … runoff")
                // takes no tense from the verb; the nearest such day is meant.
                if case .monthDay = value, range.lowerBound > sentence.lowerBound, tokens[range.lowerBound - 1].lower == "the",
                   range.upperBound < sentence.upperBound, tokens[range.upperBound].kind == .word,
                   tokens[range.upperBound].classes.contains(.lowercaseInitial) {
                    tense = .unknown
                }
                // "was postponed to April 2", "originally planned for March 10": a target day after to/for/until
                // takes no tense from the verb; within weeks of the anchor the nearest such day is meant.
                if case let .monthDay(m, d, m2, d2) = value, m == m2, d == d2, range.lowerBound > sentence.lowerBound,
                   ["to", "for", "until", "till"].contains(tokens[range.lowerBound - 1].lower), let a = anchor,
                   ((a.year - 1)...(a.year + 1)).contains(where: { Day($0, m, d).map { abs($0.ordinal - a.ordinal) <= 60 } ?? false }) {
                    tense = .unknown
                }
                // "- Feb. 3: Sisi calls …", "March 10 — the ministers meet": a date labelling a chronology's line
                // tells what happened, in the historic present ("flies to Cairo" too); it is the last such day,
                // unless the next is close.
                if tense != .past, case let .monthDay(m, d, _, _) = value, let a = anchor,
                   opensLabelLine(tokens, range, sentence: sentence), tense == .unknown || !saysAhead(tokens, sentence),
                   let ahead = Day(a.year, m, d).flatMap({ $0 < a ? Day(a.year + 1, m, d) : $0 }), ahead.ordinal - a.ordinal > 45 {
                    tense = .past
                }
                var nextSpan: TimeSpan? = nil
                // "three days after Scholz visited Washington on Feb. 9": the next date in the same
                // clause (no dash, semicolon or "that" between) dates the reference event.
                // "a week after early voting began, with 1.1 million ballots cast as of Monday": a count's cut-off day
                // ("as of") dates no event the phrase could measure from.
                if case .relativeToNext = value, k + 1 < found.count, found[k + 1].0.lowerBound - range.upperBound <= 20,
                   !isCutOff(tokens, found[k + 1].0.lowerBound),
                   !(range.upperBound..<found[k + 1].0.lowerBound).contains(where: {
                       TimeVocabulary.clauseBreaks.contains(tokens[$0].lower) || tokens[$0].isDash }) {
                    nextSpan = resolve(found[k + 1].1, anchor: anchor, tense: tenseAround(tokens, found[k + 1].0, sentence: sentence),
                                       reference: lastInSentence ?? anchor.map { TimeSpan(day: $0) }, recent: nil, next: nil)
                }
                if stillTold, lastInSentence == nil, readsEarlierDate(value) { toldConsulted = true }
                // "Witkoff met Zelensky on April 6. He arrived the day before": a shift from the day last told.
                var reference = lastInSentence ?? anchor.map { TimeSpan(day: $0) }
                if lastInSentence == nil, stillTold, let coarse = coarseTold {
                    if case .referenceSeason = value { reference = coarse }
                    // "In 1983 … ¶ The following year, he flew to Moscow": a year (a month after a month) counted from it.
                    if case .referenceShift(let u, _) = value, u == .year || u == .month && coarse.granularity == .month { reference = coarse }
                }
                if lastInSentence == nil, let previous = previousSentenceLast {
                    if case .referenceShift = value { reference = previous }
                    if case .referenceSeason = value { reference = previous }
                    // "He met Ramaphosa later in the day", after a sentence dated Wednesday: that Wednesday.
                    if case .sameDay = value { reference = previous }
                }
                var span = resolve(value, anchor: anchor, tense: tense,
                                   reference: reference,
                                   recent: lastInSentence ?? previousSentenceLast, next: nextSpan)
                // "visited troops on Wednesday, a day after Dwivedi warned …": with no date after it, the
                // phrase set off right after a date measures back from that date to what follows "after".
                if span == nil, case let .relativeToNext(u, n) = value, tokens[range.lowerBound].lower != "days", k > 0,
                   let previous = lastInSentence, range.upperBound < sentence.upperBound,
                   found[k - 1].0.upperBound < range.lowerBound,
                   (found[k - 1].0.upperBound..<range.lowerBound).allSatisfy({ tokens[$0].text == "," })
                    // "phoned Putin on Tuesday …, the presidency said, a day after …": a phrase set off by a comma
                    // measures back from the day the sentence told.
                    || previous.granularity == .day && tokens[range.lowerBound - 1].text == "," {
                    span = shift(n < 0 ? previous.end : previous.start, u, -n)
                }
                // "held phone talks on Oct. 22, the day after Takaichi was elected": "the day after" set off right after a
                // date restates that date; what follows "after" happened the day before it.
                if case let .referenceShift(u, n) = value, u == .day, k > 0, let previous = lastInSentence, previous.granularity == .day,
                   tokens[range.lowerBound].lower == "the", range.upperBound < sentence.upperBound, tokens[range.upperBound].kind == .word,
                   found[k - 1].0.upperBound < range.lowerBound,
                   (found[k - 1].0.upperBound..<range.lowerBound).allSatisfy({ tokens[$0].text == "," }) {
                    span = shift(previous.start, u, -n)
                }
                // "In January, X visited Beijing. ¶ Less than two weeks later, X flew to Nara": days or weeks counted from a
                // month told before reach as far past each of its days.
                if span == nil, case let .laterShift(u, n) = value, u == .day || u == .week, lastInSentence == nil, stillTold,
                   let coarse = coarseTold, coarse.granularity == .month {
                    let days = u == .week ? 7 * n : n
                    span = TimeSpan(start: coarse.start.adding(days: days), end: coarse.end.adding(days: days), granularity: .range)
                    toldConsulted = true
                }
                // A bare "Earlier," with no day told before it names no time.
                if span == nil, case .toldDay = value { continue }
                let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
                out.append(TemporalExpression(
                    text: scalars.slice(start..<end), range: start..<end,
                    span: span, tense: tense, explicitYear: explicit, tokens: range,
                    daysFromReference: span == nil ? referenceDays(value) : nil))
                if let span {
                    lastInSentence = span
                    // "since taking office in April 2024" starts a state; "the same evening" after it means the event's day.
                    let since = (max(sentence.lowerBound, range.lowerBound - 4)..<range.lowerBound).contains { tokens[$0].lower == "since" }
                    // "set a target of trade by 2030" sets a term: "later in the day" after it is not in 2030.
                    if !datesASaying(tokens, range.lowerBound) && !since && datesAnEvent(out[out.count - 1], tokens: tokens) {
                        lastTold = span
                    }
                }
            }
            if let l = lastTold ?? lastInSentence { previousSentenceLast = l; stillTold = false }
        }
        return (out, toldConsulted)
    }

    /// True when the expression starting at token `i` dates a saying ("said on Friday", "told reporters Monday"),
    /// not what the sentence reports.
    static func datesASaying(_ t: [TimeToken], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, t[k].lower == "on" { k -= 1 }
        if k >= 0, t[k].lower == "reporters" || t[k].lower == "journalists" { k -= 1 }
        return k >= 0 && t[k].kind == .word && TimeVocabulary.sayings.contains(t[k].lower)
    }

    /// True for a value whose resolution may read the date an earlier sentence told
    /// (`reference` of a reference shift, `recent` of a later shift).
    private static func readsEarlierDate(_ v: Value) -> Bool {
        switch v {
        case .referenceShift, .laterShift, .referenceSeason, .sameDay, .toldDay: return true
        case .between(let a, let b): return readsEarlierDate(a) || readsEarlierDate(b)
        default: return false
        }
    }

    /// False for an expression that starts a state or sets a target rather than dating an
    /// event: "since December 2023", "since taking office in May last year", "double trade by 2030".
    public static func datesAnEvent(_ e: TemporalExpression, tokens t: [TimeToken]) -> Bool {
        let first = e.tokens.lowerBound
        // "ballots cast as of Monday", "cost 1.5 billion euros so far this year": the cut-off of a count or a
        // running total dates no event.
        if isCutOff(t, first) { return false }
        if first >= 2, t[first - 1].lower == "far", t[first - 2].lower == "so" { return false }
        // "used about 1.2 billion gallons in 2025", "grew 4% in 2024": a year right after a figure is the period the
        // figure measures, not the day of an event ("signed a $2 billion deal in 2024" names the deal before the year).
        if e.span?.granularity == .year, first >= 3, t[first - 1].lower == "in", measuresAFigure(t, first - 2) { return false }
        // "the Laken Riley Act, named for the student killed in Athens in 2024, and …": a date inside a participle's
        // part set off by commas after a noun dates what that part tells of the noun.
        if first >= 3, e.tokens.upperBound < t.count, t[e.tokens.upperBound].text == ",", insideSetOffParticiple(t, first) { return false }
        // "by 2030" sets a target; "a plan for consultations through 2028" sets a term.
        if first > 0, let g = e.span?.granularity, [.year, .season, .month, .range].contains(g),
           termWords.contains(t[first - 1].lower) {
            return false
        }
        // "The goal for 2027 is to …": the period a goal or a forecast is set for is a term, not an event.
        if first >= 2, t[first - 1].lower == "for", goalNouns.contains(t[first - 2].lower),
           let g = e.span?.granularity, [.year, .season, .month].contains(g) {
            return false
        }
        // "before the fiscal year ends in March", "whose term ends in May": when a period runs out is a term, not an event.
        if first >= 3, t[first - 1].lower == "in", periodEnds.contains(t[first - 2].lower), periodNouns.contains(t[first - 3].lower),
           e.span.map({ $0.granularity != .day }) == true {
            return false
        }
        // "approval stood at 58%, down from 64% in November": the period a figure is compared with dates no event.
        if first >= 4, t[first - 1].lower == "in", e.span.map({ $0.granularity != .day }) == true {
            let lo = max(0, first - 6)
            if let from = (lo..<first - 1).last(where: { t[$0].lower == "from" }), from > 0,
               t[from - 1].lower == "down" || t[from - 1].lower == "up",
               (from + 1..<first - 1).contains(where: { t[$0].text == "%" || t[$0].lower == "percent" || t[$0].lower == "per" }) {
                return false
            }
        }
        // "returns to its usual Sunday schedule", "the regular Friday prayers": a habit's weekday dates nothing.
        if first > 0, e.tokens.count == 1, ["usual", "regular", "customary", "traditional"].contains(t[first - 1].lower),
           TimeVocabulary.weekdays[t[first].lower] != nil {
            return false
        }
        // "agreed to extend the pause until the end of January": the end of a term, however fine.
        if first > 0 {
            let opensOnThe = t[first].lower == "the"
            let endWord = opensOnThe ? first + 1 : first
            let lead = opensOnThe ? first - 1 : first - 2
            if endWord < t.count, t[endWord].lower == "end", lead >= 0, opensOnThe || t[first - 1].lower == "the",
               t[lead].lower == "until" || t[lead].lower == "till" { return false }
        }
        // "to discuss the 2027 national budget", "presented the 2026 Annual Report": a year naming a
        // document, a plan or a tournament is its title, not when anything happens.
        if e.tokens.count == 1, e.span?.granularity == .year, first > 0, t[first - 1].lower == "the" {
            var k = first + 1
            while k < t.count, k <= first + 3, t[k].kind == .word {
                if documentNouns.contains(t[k].lower) { return false }
                // "the 2030 World Cup", "the 2028 Olympics": a year naming a tournament is its title too.
                if t[k].isCapitalized, EventCues.spectacles.contains(t[k].lower) { return false }
                k += 1
            }
        }
        // "in the two leaders' fourth meeting this year", "his third trip to the North this year": an ordinal
        // counts the meetings of the period, it dates none; the count may name where the trips went.
        if t[first].lower == "this", let g = e.span?.granularity, [.year, .month, .week].contains(g) {
            var k = first - 1
            while k >= 0, k >= first - 6, t[k].kind == .word, !isOrdinal(t, k) { k -= 1 }
            if k >= 0, k >= first - 6, isOrdinal(t, k) { return false }
        }
        // "holds the rotating one-year presidency of the Swiss Confederation in 2025": a year in which an office
        // is held is a term, not an event.
        if e.span?.granularity == .year, first >= 3, t[first - 1].lower == "in" {
            let lo = max(0, first - 12)
            if (lo..<first - 1).contains(where: { t[$0].lower == "presidency" || t[$0].lower == "chairmanship" }),
               (lo..<first - 1).contains(where: { t[$0].lower == "holds" || t[$0].lower == "held" || t[$0].lower == "hold" }) {
                return false
            }
        }
        // "whose country chairs ASEAN this year": the year an office is held in turn is a term, not an event.
        if e.span?.granularity == .year, first >= 2,
           (max(0, first - 5)..<first).contains(where: { t[$0].lower == "chairs" || t[$0].lower == "presides" || t[$0].lower == "chairing" }) {
            return false
        }
        // "to pass the act before the end of the month": a deadline, as "by the end of the month" is.
        if first >= 1, t[first - 1].lower == "before", t[first].lower == "the" || t[first].lower == "end",
           (first..<min(t.count, first + 2)).contains(where: { t[$0].lower == "end" }) {
            return false
        }
        // "has met Lutnick twice this year", "visited three times last month": a count of times spans the period, dating none.
        if first > 0, t[first - 1].kind == .word, let g = e.span?.granularity, [.year, .month, .week, .season].contains(g),
           t[first - 1].lower == "twice" || t[first - 1].lower == "thrice" || t[first - 1].lower == "times" {
            return false
        }
        // "talks that lasted into the early hours of Tuesday": where a sitting ran on to is no day of its own.
        if first >= 1, let into = stride(from: first - 1, through: max(0, first - 5), by: -1).first(where: { t[$0].lower == "into" }),
           (into + 1..<first).allSatisfy({ ranOnWords.contains(t[$0].lower) }) { return false }
        // "has hosted several rounds since April 2025, when X and Y held their first meeting": the ", when" part
        // right after the date tells what happened then.
        let whenAfter = e.tokens.upperBound + 1 < t.count && t[e.tokens.upperBound].text == "," && t[e.tokens.upperBound + 1].lower == "when"
        var k = first - 1
        while k >= 0, k >= first - 5, t[k].kind == .word {
            if t[k].lower == "since" { return whenAfter }
            guard t[k].classes.contains(.lowercaseInitial) else { break }
            k -= 1
        }
        return true
    }

    /// Words between "into" and the day a sitting ran on to ("into the early hours of Tuesday").
    private static let ranOnWords: Set<String> = ["the", "early", "small", "wee", "hours", "of", "late", "night"]

    /// True when token `k` ends a figure: a number, a percent, or a unit after "million"/"billion"/a number
    /// ("1.2 billion gallons", "4%", "35,000 jobs"), that is no event word.
    static func measuresAFigure(_ t: [TimeToken], _ k: Int) -> Bool {
        let w = t[k].lower
        if t[k].kind == .number || w == "%" || w == "percent" || w == "cent" { return true }
        guard k >= 1, t[k].kind == .word, t[k].classes.contains(.lowercaseInitial), t[k].classes.isDisjoint(with: [.eventCue]) else { return false }
        let m = t[k - 1].lower
        return m == "million" || m == "billion" || m == "trillion" || m == "thousand" || t[k - 1].kind == .number
    }

    /// True when the date at `first` stands in a part opened by a comma and a lower-case past participle after a
    /// noun, with no comma between: ", named for the nursing student killed in Athens in 2024,".
    static func insideSetOffParticiple(_ t: [TimeToken], _ first: Int) -> Bool {
        var c = first - 1
        while c > 0, first - c <= 12, t[c].text != "," {
            if t[c].kind == .punct, t[c].text != "-", t[c].text != "." { return false }
            c -= 1
        }
        guard c > 0, c + 1 < first, t[c].text == ",", t[c - 1].kind == .word,
              t[c + 1].kind == .word, t[c + 1].classes.contains(.lowercaseInitial) else { return false }
        // "Xi, accompanied by his wife, arrived in Moscow on Monday,": a comma just before closes another part, and
        // the participle after it is the clause's own verb.
        if (max(0, c - 6)..<c).contains(where: { t[$0].text == "," }) { return false }
        // "North Korea, which has ignored Seoul's offers of dialogue, fired a missile on Sunday,": the comma closes a
        // ", which …" or ", who …" part, and the participle after it is the clause's own verb.
        if let d = (max(0, c - 16)..<c).last(where: { t[$0].text == "," }), d + 1 < c,
           ["which", "who", "whose"].contains(t[d + 1].lower) { return false }
        let p = t[c + 1].lower
        return p.hasSuffix("ed") && p.utf8.count > 4 && !TimeVocabulary.notPastEd.contains(p)
            && !PersonLexicon.speakerVerbs.contains(p) && !TimeVocabulary.sayings.contains(p)
    }

    /// True when the date at `first` follows "as of", the cut-off of a count ("1.1 million ballots cast as of Monday").
    static func isCutOff(_ t: [TimeToken], _ first: Int) -> Bool {
        first >= 2 && t[first - 1].lower == "of" && t[first - 2].lower == "as"
    }

    /// "different from the tense tariff talks of a year ago": a date after "of" that ends a noun phrase
    /// opened by "the" after one of `referenceWords` names that thing; the phrase from "the" to the date.
    private static func namedByOf(_ first: Int, _ end: Int, _ t: [TimeToken]) -> Range<Int>? {
        guard first >= 3, t[first - 1].lower == "of", t[first - 2].kind == .word,
              t[first - 2].classes.contains(.lowercaseInitial) else { return nil }
        var k = first - 2
        while k > first - 7, k > 0, t[k].kind == .word, t[k].lower != "the" {
            guard t[k].classes.contains(.lowercaseInitial), !phraseEnders.contains(t[k].lower) else { return nil }
            k -= 1
        }
        guard t[k].lower == "the", k > 0, t[k - 1].kind == .word, referenceWords.contains(t[k - 1].lower) else { return nil }
        return k..<end
    }

    /// "settled the border dispute that disrupted trade at Namanga earlier this year": a date in a
    /// restrictive relative part ("that"/"which" right after a noun, then a verb) dates what the noun
    /// names, not the clause; the phrase from its determiner to the date.
    static func namedByRelative(_ first: Int, _ end: Int, _ t: [TimeToken]) -> Range<Int>? {
        var j = first - 1
        while j > 0, j >= first - 10, t[j].kind == .word, t[j].lower != "that", t[j].lower != "which" { j -= 1 }
        guard j > 1, j >= first - 10, t[j].lower == "that" || t[j].lower == "which", j + 1 < first,
              t[j + 1].kind == .word, t[j + 1].classes.contains(.lowercaseInitial),
              !TimeVocabulary.determiners.contains(t[j + 1].lower), !relativeBlockers.contains(t[j + 1].lower),
              t[j - 1].kind == .word, t[j - 1].classes.contains(.lowercaseInitial), t[j - 1].classes.isDisjoint(with: [.eventCue]),
              !TimeVocabulary.sayings.contains(t[j - 1].lower) else { return nil }
        var k = j - 1
        while k > 0, k >= j - 5, t[k].kind == .word, !TimeVocabulary.determiners.contains(t[k].lower) { k -= 1 }
        guard t[k].kind == .word, TimeVocabulary.determiners.contains(t[k].lower), k < j - 1 else { return nil }
        return k..<end
    }

    /// "the follow-up to the $350 billion investment package agreed last year", "under the accord signed in 2018":
    /// a date right after a past participle that closes a noun phrase after a preposition dates that thing; the
    /// phrase from its determiner to the date. ("the two leaders agreed last year" opens no such phrase.)
    static func namedByParticiple(_ first: Int, _ end: Int, _ t: [TimeToken]) -> Range<Int>? {
        let j = first - 1
        guard j >= 3, t[j].kind == .word, t[j].classes.contains(.lowercaseInitial), t[j].lower.hasSuffix("ed"),
              t[j - 1].kind == .word, t[j - 1].classes.contains(.lowercaseInitial),
              !TimeVocabulary.determiners.contains(t[j - 1].lower), !participleAuxiliaries.contains(t[j - 1].lower) else { return nil }
        var k = j - 1
        while k > 0, k >= j - 7, !(t[k].kind == .word && TimeVocabulary.determiners.contains(t[k].lower)) {
            if t[k].kind == .punct, t[k].text != "$", t[k].text != "-" { return nil }
            k -= 1
        }
        guard k >= 1, k >= j - 7, TimeVocabulary.determiners.contains(t[k].lower), k < j - 1,
              t[k - 1].kind == .word, objectPrepositions.contains(t[k - 1].lower) else { return nil }
        return k..<end
    }

    /// Auxiliaries before a participle that make it a verb of the clause ("was agreed", "had signed").
    private static let participleAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"]
    /// Prepositions whose object may be a thing a participle describes.
    private static let objectPrepositions: Set<String> = ["to", "of", "on", "under", "with", "for", "from", "about", "into", "over"]

    /// Words after "that" that open a reported clause or a pronoun subject, not a relative verb.
    private static let relativeBlockers: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "there", "this", "these",
                                                        "those", "both", "all", "is", "was", "will", "would"]

    /// True when the date opens its sentence, after at most a bullet mark, and a colon or a dash follows it:
    /// the label of a chronology's line ("- Feb. 3: …", "March 10 — …").
    static func opensLabelLine(_ t: [TimeToken], _ r: Range<Int>, sentence: Range<Int>) -> Bool {
        guard r.lowerBound - sentence.lowerBound <= 1, r.upperBound < sentence.upperBound,
              (sentence.lowerBound..<r.lowerBound).allSatisfy({ t[$0].kind == .punct }) else { return false }
        let next = t[r.upperBound]
        return next.text == ":" || next.isDash
    }

    /// True when a cue of the future other than a trip verb in the news present ("flies", "arrives") stands in the sentence.
    static func saysAhead(_ t: [TimeToken], _ sentence: Range<Int>) -> Bool {
        sentence.contains { t[$0].classes.contains(.futureCue) && !TimeVocabulary.tripPresent.contains(t[$0].lower) }
    }

    /// Documents and plans a year before them names ("the 2027 budget", "the 2026 annual report").
    private static let documentNouns: Set<String> = ["budget", "budgets", "report", "plan", "programme", "program", "strategy",
                                                     "accounts", "estimates", "roadmap", "agenda", "guidelines"]

    /// Words before a year or month that make it a deadline or a term, not the date of an event.
    private static let termWords: Set<String> = ["by", "through", "until", "till", "thru"]

    /// A period and its running out ("the fiscal year ends in March").
    private static let periodEnds: Set<String> = ["ends", "end", "expires", "expire", "begins", "begin", "starts", "start"]
    private static let periodNouns: Set<String> = ["year", "term", "quarter", "mandate", "session", "half"]

    /// Nouns of an aim or a forecast set for a period ("the goal for 2027").
    private static let goalNouns: Set<String> = ["goal", "goals", "target", "targets", "aim", "ambition", "forecast", "outlook",
                                                 "priority", "priorities", "vision", "budget"]

    /// Ordinal words that count occurrences ("fourth meeting", "second visit").
    private static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                "eighth", "ninth", "tenth", "eleventh", "twelfth"]

    /// True for an ordinal at `k`: a word ("fourth") or the suffix of a numeral ("4th").
    private static func isOrdinal(_ t: [TimeToken], _ k: Int) -> Bool {
        guard t[k].kind == .word else { return false }
        if ordinals.contains(t[k].lower) { return true }
        return k > 0 && !t[k].spaced && t[k - 1].kind == .number && ["st", "nd", "rd", "th"].contains(t[k].lower)
    }

    /// The tokens of the thing a date names right after one of `referenceWords` ("last
    /// December's martial law crisis", "the 1942 Chosei mine disaster"), from the date (or the
    /// "the" before a year) to the end of its noun phrase; nil for any other date. The clause
    /// only refers to that thing: the date is the thing's, not the clause's ("Tuesday's vote
    /// passed" and "met at the 2018 summit" name no reference point).
    public static func namedThing(_ e: TemporalExpression, tokens t: [TimeToken]) -> Range<Int>? {
        let first = e.tokens.lowerBound, end = e.tokens.upperBound
        if let thing = namedByOf(first, end, t) ?? namedByRelative(first, end, t) ?? namedByParticiple(first, end, t) { return thing }
        guard end < t.count else { return nil }
        let possessive = end + 1 < t.count && (t[end].text == "'" || t[end].text == "\u{2019}") && !t[end].spaced
            && t[end + 1].lower == "s" && !t[end + 1].spaced
        var before = first - 1
        let attributiveYear = e.tokens.count == 1 && t[first].kind == .number && t[first].text.utf8.count == 4
            && before >= 0 && t[before].lower == "the" && t[end].kind == .word
        guard possessive || attributiveYear else { return nil }
        let start = before >= 0 && t[before].lower == "the" ? before : first
        if start == before { before -= 1 }
        guard before >= 0, t[before].kind == .word, referenceWords.contains(t[before].lower) else { return nil }
        // The noun phrase: words (joined by hyphens) up to punctuation or a word that starts a
        // new phrase, at most eight words.
        var k = possessive ? end + 2 : end
        var words = 0
        while k < t.count, words < 8 {
            if t[k].kind == .punct {
                guard t[k].text == "-" || t[k].text == "\u{2011}", !t[k].spaced, k + 1 < t.count, t[k + 1].kind != .punct else { break }
                k += 1
                continue
            }
            if t[k].kind == .word, phraseEnders.contains(t[k].lower) { break }
            words += 1
            k += 1
        }
        return words > 0 ? start..<k : nil
    }

    /// Words after which a date that names a thing is a point of reference, not when the
    /// clause happens: "following last December's crisis", "remains from the 1942 disaster",
    /// "ahead of Tuesday's vote", "disputes over last year's election".
    private static let referenceWords: Set<String> = ["following", "since", "amid", "despite", "ahead", "from", "of",
                                                       "until", "toward", "towards", "like", "unlike", "than", "over"]
    /// Words that end the noun phrase of a named thing.
    private static let phraseEnders: Set<String> = ["and", "or", "but", "that", "which", "who", "whom", "when", "where", "while",
                                                    "with", "in", "on", "at", "by", "for", "to", "as", "after", "before", "into",
                                                    "from", "of", "than", "is", "was", "were", "are", "has", "have", "had", "will",
                                                    "would", "said", "says"]

    /// "one day after" → -1 (the phrase's event lies one day before the reference), in days.
    /// How many days "days after" stands for when measured from an event (its span is a range around it).
    static let fewDays = 3

    private static func referenceDays(_ v: Value) -> Int? {
        guard case let .relativeToNext(u, n) = v else { return nil }
        switch u {
        case .day: return -n
        case .week: return -7 * n
        default: return nil
        }
    }

    // MARK: - Matching

    /// A matched expression: the token index just past it, its meaning, and whether it states a year.
    private struct Match { var end: Int; var value: Value; var explicit: Bool }

    /// A weekday followed by a bracketed day of the month ("on Tuesday (Jun 16)", "next Thursday (June 25)"),
    /// read as one "Thursday, June 25" through the closing bracket; nil for anything else.
    private static func bracketedDay(after m: Match, _ t: [TimeToken], limit: Int) -> Match? {
        let weekday: Int
        switch m.value {
        case let .weekday(d, _), let .weekdayOfWeek(d, _): weekday = d
        default: return nil
        }
        guard m.end + 2 < limit, t[m.end].kind == .punct, t[m.end].text == "(",
              let inner = match(t, m.end + 1, limit: limit), case let .monthDay(mo, d, mo2, d2) = inner.value, mo == mo2, d == d2,
              inner.end < limit, t[inner.end].kind == .punct, t[inner.end].text == ")" else { return nil }
        return Match(end: inner.end + 1, value: .weekdayDate(weekday, mo, d), explicit: inner.explicit)
    }

    /// Auxiliaries after which "later" is an adverb of the verb that follows ("was later received").
    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "had", "has", "have"]

    private static func word(_ t: [TimeToken], _ i: Int, _ limit: Int) -> String? {
        i < limit && i >= 0 && t[i].kind == .word ? t[i].lower : nil
    }

    private static func isPunct(_ t: [TimeToken], _ i: Int, _ limit: Int, _ s: String) -> Bool {
        i < limit && t[i].kind == .punct && t[i].text == s
    }

    private static func year(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Int? {
        guard i < limit, t[i].kind == .number, t[i].text.utf8.count == 4, let y = t[i].number,
              (1800...2199).contains(y) else { return nil }
        // "1990s" is a decade, "2025th" an ordinal.
        if i + 1 < limit, !t[i + 1].spaced, t[i + 1].kind == .word { return nil }
        // "2025," followed directly by digits is a number like "2025,000", "2025.5" a decimal.
        if i + 2 < limit, !t[i + 1].spaced, t[i + 1].text == "," || t[i + 1].text == ".",
           t[i + 2].kind == .number, !t[i + 2].spaced { return nil }
        return y
    }

    private static func dayNumber(_ t: [TimeToken], _ i: Int, _ limit: Int) -> (Int, Int)? {
        guard i < limit, t[i].kind == .number, t[i].text.utf8.count <= 2, let d = t[i].number, (1...31).contains(d) else { return nil }
        var end = i + 1
        if end < limit, !t[end].spaced, t[end].kind == .word, ["st", "nd", "rd", "th"].contains(t[end].lower) { end += 1 }
        if end + 1 < limit, !t[end].spaced, t[end].text == "," || t[end].text == ":" || t[end].text == ".",
           t[end + 1].kind == .number, !t[end + 1].spaced { return nil }  // "2,000", "20:00", "2.5"
        if end < limit, !t[end].spaced, t[end].text == "%" { return nil }
        return (d, end)
    }

    /// A month name at i (capitalized), skipping a glued period: (month, next index).
    private static func monthName(_ t: [TimeToken], _ i: Int, _ limit: Int) -> (Int, Int)? {
        guard i < limit, t[i].kind == .word, t[i].isCapitalized, let m = TimeVocabulary.months[t[i].lower] else { return nil }
        var j = i + 1
        // "Sept. 3", "Jan.", and the odd "June. 11, 2025"; a full name's period ends a sentence.
        if isPunct(t, j, limit, "."), !t[j].spaced,
           (t[i].text.unicodeScalars.count <= 4 && !["june", "july", "may"].contains(t[i].lower))
            || (j + 1 < limit && t[j + 1].kind == .number) { j += 1 }
        return (m, j)
    }

    private static func hasDateContext(_ t: [TimeToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = t[i - 1]
        if p.kind == .word { return TimeVocabulary.dateContext.contains(p.lower) }
        if p.isDash, i > 1, t[i - 2].kind == .word { return ["mid", "late", "early"].contains(t[i - 2].lower) }
        return p.text == "("
    }

    private static func match(_ t: [TimeToken], _ i: Int, limit: Int) -> Match? {
        let tok = t[i]
        if tok.kind == .number {
            if i > 0, t[i - 1].text == "[" { return nil }  // citation marker "[27]"
            if let n = tok.number, n < 1000, let m = matchCountShift(t, i, limit, count: n) { return m }
            return matchNumberFirst(t, i, limit)
        }
        guard tok.kind == .word, tok.classes.contains(.timeStart) else { return nil }
        let w = tok.lower
        switch w {
        case "between":
            if let a = matchDate(t, i + 1, limit), word(t, a.end, limit) == "and", let b = matchDate(t, a.end + 1, limit) {
                return Match(end: b.end, value: .between(a.value, b.value), explicit: a.explicit || b.explicit)
            }
        case "from":
            if let a = matchDate(t, i + 1, limit), a.end > i + 2, ["to", "through", "until"].contains(t[a.end - 2].lower)
                || t[a.end - 2].isDash {
                return Match(end: a.end, value: a.value, explicit: a.explicit)  // "from June 3 to 5"
            }
            if let a = matchDate(t, i + 1, limit), ["to", "until", "through", "till"].contains(word(t, a.end, limit) ?? "") {
                if let b = matchDate(t, a.end + 1, limit) {
                    return Match(end: b.end, value: .between(a.value, b.value), explicit: a.explicit || b.explicit)
                }
                if case let .monthDay(m, d, _, _) = a.value, let (d2, e) = dayNumber(t, a.end + 1, limit), d2 > d {
                    return Match(end: e, value: .monthDay(m, d, m, d2), explicit: false)
                }
                if case let .fixed(s) = a.value, s.granularity == .day, let (d2, e) = dayNumber(t, a.end + 1, limit), d2 > s.start.day,
                   let endDay = Day(s.start.year, s.start.month, d2) {
                    return Match(end: e, value: .fixed(TimeSpan(start: s.start, end: endDay, granularity: .range)), explicit: true)
                }
            }
        case "motzei":
            // "on Motzei Shabbat" (Israeli press): the evening the Sabbath ends, a Saturday.
            if tok.isCapitalized, word(t, i + 1, limit) == "shabbat" { return Match(end: i + 2, value: .weekday(6, 0), explicit: false) }
        case "yesterday", "today", "tonight", "tomorrow":
            // "USA Today", "Andes Today": after a capitalized word, a capitalized "Today" ends a name.
            if tok.isCapitalized, i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized { return nil }
            return Match(end: i + 1, value: .anchorDays(w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0), explicit: false)
        case "early", "mid", "late":
            return matchPart(t, i, limit)
        case "last", "next", "this", "past", "coming":
            return matchRelative(t, i, limit)
        case "the":
            return matchThe(t, i, limit)
        case "that":
            // "In April, X met Y. That summer, …": the season of the year told before, as "the same summer".
            if let b = word(t, i + 1, limit), let first = TimeVocabulary.seasons[b] {
                return Match(end: i + 2, value: .referenceSeason(first, 0), explicit: false)
            }
        case "earlier", "later":
            if w == "earlier", tok.isCapitalized, isPunct(t, i + 1, limit, ","),
               i == 0 || [".", "!", "?", "\u{201D}", "\""].contains(t[i - 1].text) {
                return Match(end: i + 1, value: .toldDay, explicit: false)
            }
            // "Mitsotakis was later received by Mattarella": after an auxiliary, "later" goes on with the day told.
            if w == "later", i >= 1, auxiliaries.contains(t[i - 1].lower) {
                return Match(end: i + 1, value: .toldDay, explicit: false)
            }
            let dir = w == "earlier" ? -1 : 1
            if word(t, i + 1, limit) == "this", let u = word(t, i + 2, limit).flatMap({ TimeVocabulary.units[$0] }), u != .day {
                return Match(end: i + 3, value: .partOfCurrent(u, dir), explicit: false)
            }
            if word(t, i + 1, limit) == "in", word(t, i + 2, limit) == "the", word(t, i + 3, limit) == "day" {
                return Match(end: i + 4, value: .sameDay, explicit: false)
            }
            // "by video link earlier in the week": the part of the current week (or month) before or after the day.
            // "Earlier in the week, on 17 November 2026, …": the day glossed after it says when.
            if word(t, i + 1, limit) == "in", word(t, i + 2, limit) == "the", let b = word(t, i + 3, limit), b == "week" || b == "month",
               let u = TimeVocabulary.units[b], !(i + 5 < limit && t[i + 4].text == "," && word(t, i + 5, limit) == "on") {
                return Match(end: i + 4, value: .partOfCurrent(u, dir), explicit: false)
            }
            if word(t, i + 1, limit) == "that", word(t, i + 2, limit) == "day" {
                return Match(end: i + 3, value: .sameDay, explicit: false)
            }
            // "Later that year he received Mitterrand": the year (or month) told before, as "the same year".
            if word(t, i + 1, limit) == "that", let b = word(t, i + 2, limit), b == "year" || b == "month", let u = TimeVocabulary.units[b] {
                return Match(end: i + 3, value: .referenceShift(u, 0), explicit: false)
            }
        default:
            break
        }
        if let n = TimeVocabulary.numberWords[w], let m = matchCountShift(t, i, limit, count: n) { return m }
        // "came days after Carney spoke with Trump": a few days, measured from the event before it.
        if w == "days", let d = word(t, i + 1, limit), d == "after" || d == "before",
           i == 0 || t[i - 1].kind != .number {
            return Match(end: i + 2, value: .relativeToNext(.day, d == "after" ? TemporalTagger.fewDays : -TemporalTagger.fewDays),
                         explicit: false)
        }
        if let m = matchDate(t, i, limit) {
            // A bare month needs context ("in May", not the modal "may").
            if case .month(_, nil) = m.value, !hasDateContext(t, i) { return nil }
            return m
        }
        return nil
    }

    /// Dates that can start a range: month-first, day-first, ISO, year with context, weekday.
    private static func matchDate(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        guard i < limit else { return nil }
        if t[i].kind == .number { return matchNumberFirst(t, i, limit) }
        if let (m, j) = monthName(t, i, limit) {
            if let (d, k0) = dayNumber(t, j, limit), t[j].spaced || j > i + 1 {
                var k = k0, m2 = m, d2 = d
                if k < limit, t[k].isDash || ["to", "through", "until"].contains(word(t, k, limit) ?? "") {
                    if let (d3, e) = dayNumber(t, k + 1, limit), d3 > d, !(k + 2 < limit && t[k + 2].kind == .word && TimeVocabulary.units[t[k + 2].lower] != nil) {
                        d2 = d3; k = e
                    } else if let (mm, jj) = monthName(t, k + 1, limit), let (d3, e) = dayNumber(t, jj, limit) {
                        m2 = mm; d2 = d3; k = e
                    }
                }
                var y: Int? = nil
                if isPunct(t, k, limit, ","), let yy = year(t, k + 1, limit) { y = yy; k += 2 }
                else if let yy = year(t, k, limit), t[k].spaced { y = yy; k += 1 }
                if let y {
                    let y2 = m2 < m ? y + 1 : y
                    guard let a = Day(y, m, d), let b = Day(y2, m2, d2) else { return nil }
                    return Match(end: k, value: .fixed(TimeSpan(start: a, end: b, granularity: a == b ? .day : .range)), explicit: true)
                }
                // "on Jan. 6 next year": one date, in the year the phrase names.
                if m == m2, d == d2, let w = word(t, k, limit), w == "last" || w == "this" || w == "next", word(t, k + 1, limit) == "year" {
                    return Match(end: k + 2, value: .monthDayOfYear(m, d, w == "last" ? -1 : w == "next" ? 1 : 0), explicit: false)
                }
                return Match(end: k, value: .monthDay(m, d, m2, d2), explicit: false)
            }
            if let y = year(t, j, limit) ?? (isPunct(t, j, limit, ",") ? year(t, j + 1, limit) : nil) {
                let end = year(t, j, limit) != nil ? j + 1 : j + 2
                let a = Day(y, m, 1)!
                return Match(end: end, value: .fixed(TimeSpan(start: a, end: a.lastOfMonth, granularity: .month)), explicit: true)
            }
            if let w = word(t, i + 1, limit), ["last", "this", "next"].contains(w), word(t, i + 2, limit) == "year" {
                return Match(end: i + 3, value: .monthOfYear(m, w == "last" ? -1 : w == "next" ? 1 : 0), explicit: false)
            }
            return Match(end: i + 1, value: .month(m, nil), explicit: false)
        }
        if t[i].isCapitalized, let wd = TimeVocabulary.weekdays[t[i].lower] {
            // "Tuesday last week", "Wednesday of next week": that day of the named week.
            let of = word(t, i + 1, limit) == "of" ? 1 : 0
            if let rel = word(t, i + 1 + of, limit), rel == "last" || rel == "next" || rel == "this", word(t, i + 2 + of, limit) == "week" {
                return Match(end: i + 3 + of, value: .weekdayOfWeek(wd, rel == "last" ? -1 : rel == "next" ? 1 : 0), explicit: false)
            }
            // British "on Monday week": the Monday after the coming one.
            if word(t, i + 1, limit) == "week", word(t, i + 2, limit) != "of", i > 0, word(t, i - 1, limit) == "on" {
                return Match(end: i + 2, value: .weekday(wd, 2), explicit: false)
            }
            // "Thursday, October 29" or "Tuesday 27 October": one date, whose weekday picks the year.
            let j = isPunct(t, i + 1, limit, ",") ? i + 2 : i + 1
            if j < limit, t[j].kind == .number || t[j].isCapitalized, let d = matchDate(t, j, limit) {
                if case let .monthDay(m, dd, m2, dd2) = d.value, m == m2, dd == dd2 {
                    return Match(end: d.end, value: .weekdayDate(wd, m, dd), explicit: false)
                }
                if case let .fixed(s) = d.value, s.granularity == .day { return Match(end: d.end, value: d.value, explicit: true) }
            }
            return Match(end: i + 1, value: .weekday(wd, 0), explicit: false)
        }
        if let s = TimeVocabulary.seasons[t[i].lower] {
            // "spring 2025", "the summer of 2025"
            if let y = year(t, i + 1, limit) { return Match(end: i + 2, value: .season(s, 0, y), explicit: true) }
            if word(t, i + 1, limit) == "of", let y = year(t, i + 2, limit) { return Match(end: i + 3, value: .season(s, 0, y), explicit: true) }
        }
        return nil
    }

    /// ISO "2025-06-11", day-first "4 December 2025", or a year.
    private static func matchNumberFirst(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        if let y = year(t, i, limit) {
            if i + 4 < limit, t[i + 1].isDash, !t[i + 1].spaced, t[i + 2].kind == .number, t[i + 2].text.utf8.count == 2,
               t[i + 3].isDash, !t[i + 3].spaced, t[i + 4].kind == .number, t[i + 4].text.utf8.count == 2,
               let m = t[i + 2].number, let d = t[i + 4].number, let day = Day(y, m, d) {
                return Match(end: i + 5, value: .fixed(TimeSpan(day: day)), explicit: true)
            }
            if isYearByContext(t, i, limit) {
                let a = Day(y, 1, 1)!, b = Day(y, 12, 31)!
                return Match(end: i + 1, value: .fixed(TimeSpan(start: a, end: b, granularity: .year)), explicit: true)
            }
            return nil
        }
        guard let (d, j) = dayNumber(t, i, limit) else { return nil }
        var d2 = d, k = j
        if k + 1 < limit, t[k].isDash, let (d3, e) = dayNumber(t, k + 1, limit), d3 > d, monthName(t, e, limit) != nil { d2 = d3; k = e }
        if word(t, k, limit) == "of", monthName(t, k + 1, limit) != nil { k += 1 }  // "the 4th of July"
        // "this 14th day of December 2026": the formula that closes treaties and communiqués.
        if isOrdinal(t, k - 1), word(t, k, limit) == "day", word(t, k + 1, limit) == "of",
           monthName(t, k + 2, limit) != nil { k += 2 }
        guard let (m, e) = monthName(t, k, limit) else { return nil }
        var end = e
        if isPunct(t, end, limit, ","), let y = year(t, end + 1, limit) {
            end += 2
            guard let a = Day(y, m, d), let b = Day(y, m, d2) else { return nil }
            return Match(end: end, value: .fixed(TimeSpan(start: a, end: b, granularity: a == b ? .day : .range)), explicit: true)
        }
        if let y = year(t, end, limit) {
            guard let a = Day(y, m, d), let b = Day(y, m, d2) else { return nil }
            return Match(end: end + 1, value: .fixed(TimeSpan(start: a, end: b, granularity: a == b ? .day : .range)), explicit: true)
        }
        // "won the election on 3 June last year": one date, in the year the phrase names (as "June 3 last year").
        if d == d2, let w = word(t, end, limit), w == "last" || w == "this" || w == "next", word(t, end + 1, limit) == "year" {
            return Match(end: end + 2, value: .monthDayOfYear(m, d, w == "last" ? -1 : w == "next" ? 1 : 0), explicit: false)
        }
        return Match(end: end, value: .monthDay(m, d, m, d2), explicit: false)
    }

    /// A bare 4-digit number is a year after a date preposition ("in 1942") or as a modifier
    /// before a noun phrase ("the 1942 Chosei mine disaster"), not before a count noun.
    private static func isYearByContext(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Bool {
        if i > 0, ["$", "#", "\u{20A9}", "\u{00A5}", "\u{20AC}", "\u{00A3}", "[", "/"].contains(t[i - 1].text) { return false }
        if i + 1 < limit, !t[i + 1].spaced, ["%", "/", "]"].contains(t[i + 1].text) { return false }
        if hasDateContext(t, i) { return true }
        if i + 1 < limit, t[i + 1].kind == .word {
            return !TimeVocabulary.countNouns.contains(t[i + 1].lower)
        }
        if i > 0, t[i - 1].text == "(", i + 1 < limit, t[i + 1].text == ")" { return true }
        return false
    }

    private static func part(_ w: String) -> Part? {
        switch w { case "early": return .early; case "mid": return .mid; case "late": return .late; default: return nil }
    }

    /// "late August", "mid-March", "early 2026", "mid-2025", "early next year".
    private static func matchPart(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        guard let p = part(t[i].lower) else { return nil }
        var j = i + 1
        if j < limit, t[j].isDash, !t[j].spaced { j += 1 }
        if word(t, j, limit) == "in" { j += 1 }  // "late in August" is rare; harmless
        if let (m, k) = monthName(t, j, limit) {
            if let y = year(t, k, limit) {
                return Match(end: k + 1, value: .fixed(partSpan(p, y, m)), explicit: true)
            }
            if let w = word(t, k, limit), ["last", "this", "next"].contains(w), word(t, k + 1, limit) == "year" {
                return Match(end: k + 2, value: .monthPartOfYear(p, m, w == "last" ? -1 : w == "next" ? 1 : 0), explicit: false)
            }
            return Match(end: j + 1, value: .month(m, p), explicit: false)
        }
        if let y = year(t, j, limit) { return Match(end: j + 1, value: .fixedYearPart(p, y), explicit: true) }
        if let w = word(t, j, limit), let first = TimeVocabulary.seasons[w] {
            return Match(end: j + 1, value: .season(first, 0, nil), explicit: false)  // "in early spring"
        }
        if let w = word(t, j, limit), ["next", "this", "last"].contains(w), word(t, j + 1, limit) == "year" {
            return Match(end: j + 2, value: .yearPart(p, w == "next" ? 1 : w == "last" ? -1 : 0), explicit: false)
        }
        if let w = word(t, j, limit), ["next", "this", "last"].contains(w), word(t, j + 1, limit) == "month" {
            return Match(end: j + 2, value: .monthPart(p, w == "next" ? 1 : w == "last" ? -1 : 0), explicit: false)
        }
        return nil
    }

    /// "last week", "next month", "this year", "last December", "next Friday", "this spring".
    private static func matchRelative(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        let w = t[i].lower
        let dir = (w == "last" || w == "past") ? -1 : (w == "next" || w == "coming") ? 1 : 0
        guard let n = word(t, i + 1, limit) else { return nil }
        if let u = TimeVocabulary.units[n], !n.hasSuffix("s") {
            if u == .day { return nil }
            return Match(end: i + 2, value: .anchorShift(u, dir), explicit: false)
        }
        if n == "weekend" {
            return Match(end: i + 2, value: .weekend(dir), explicit: false)
        }
        if ["morning", "afternoon", "evening"].contains(n), dir == 0 {
            return Match(end: i + 2, value: .anchorDays(0), explicit: false)
        }
        // "said late last night": the night before the day published.
        if n == "night", w == "last" { return Match(end: i + 2, value: .anchorDays(-1), explicit: false) }
        if t[i + 1].isCapitalized, let m = TimeVocabulary.months[n] {
            return Match(end: i + 2, value: .relativeMonth(m, dir), explicit: false)
        }
        if t[i + 1].isCapitalized, let wd = TimeVocabulary.weekdays[n] {
            return Match(end: i + 2, value: .weekday(wd, dir), explicit: false)
        }
        if let s = TimeVocabulary.seasons[n] {
            return Match(end: i + 2, value: w == "this" ? .thisSeason(s) : .season(s, dir, nil), explicit: false)
        }
        return nil
    }

    /// "on the 14th", "from the 26th to 28th" (wire style for a day of the current or an adjacent
    /// month): a written ordinal after a date preposition, not a noun's ordinal ("on the 5th floor").
    private static func matchDayOfMonth(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        guard i > 0, i + 2 < limit, t[i + 1].kind == .number, !t[i + 2].spaced, t[i + 2].kind == .word,
              TimeVocabulary.dayOfMonthLead.contains(t[i - 1].lower),
              let (d, j) = dayNumber(t, i + 1, limit), j == i + 3 else { return nil }
        var end = j, d2 = d
        if end < limit, t[end].isDash || ["to", "through", "until", "till"].contains(word(t, end, limit) ?? "") {
            let k = word(t, end + 1, limit) == "the" ? end + 2 : end + 1
            if k + 1 < limit, t[k].kind == .number, !t[k + 1].spaced, t[k + 1].kind == .word,
               let (e, after) = dayNumber(t, k, limit), after == k + 2, e > d { d2 = e; end = after }
        }
        if end < limit, t[end].kind == .word, !TimeVocabulary.afterDayOfMonth.contains(t[end].lower) { return nil }
        if word(t, end, limit) == "of", monthName(t, end + 1, limit) != nil { return nil }  // "on the 4th of July"
        return Match(end: end, value: .dayOfMonth(d, d2), explicit: false)
    }

    /// "the following month", "the day before", "the end of the year", "the same day".
    private static func matchThe(_ t: [TimeToken], _ i: Int, _ limit: Int) -> Match? {
        if let m = matchDayOfMonth(t, i, limit) { return m }
        guard let a = word(t, i + 1, limit) else { return nil }
        if a == "weekend" { return Match(end: i + 2, value: .weekend(2), explicit: false) }
        // "on the eve of the visit": a day counted from an encounter, which only the article's own telling dates.
        if a == "eve", word(t, i + 2, limit) == "of" { return Match(end: i + 3, value: .unresolved, explicit: false) }
        // "in the coming weeks", "over the next few days": a stretch ahead of the anchor.
        if a == "coming" || a == "next", i > 0, ["in", "over", "within"].contains(t[i - 1].lower) {
            var j = i + 2
            if word(t, j, limit) == "few" || word(t, j, limit) == "several" { j += 1 }
            if let b = word(t, j, limit), b.hasSuffix("s"), let u = TimeVocabulary.units[b], u != .year {
                let days = u == .day ? 7 : u == .week ? 30 : 120
                return Match(end: j + 1, value: .comingDays(days), explicit: false)
            }
        }
        if ["following", "next", "previous", "preceding", "same"].contains(a), let b = word(t, i + 2, limit) {
            let n = a == "same" ? 0 : (a == "previous" || a == "preceding") ? -1 : 1
            if let u = TimeVocabulary.units[b], !b.hasSuffix("s") {
                return Match(end: i + 3, value: .referenceShift(u, n), explicit: false)
            }
            // "the following spring": the first such season after the date told (before it, for "previous").
            if a != "same", let first = TimeVocabulary.seasons[b] {
                return Match(end: i + 3, value: .referenceSeason(first, n), explicit: false)
            }
            // "held talks the same evening", "left the following morning": a part of the day told, or the next.
            if b == "morning" || b == "afternoon" || b == "evening" || b == "night" {
                return Match(end: i + 3, value: .referenceShift(.day, n), explicit: false)
            }
        }
        // "the week before last", "the week after next": two weeks from the anchor's.
        if a == "week", let b = word(t, i + 2, limit), let c = word(t, i + 3, limit),
           (b == "before" && c == "last") || (b == "after" && c == "next") {
            return Match(end: i + 4, value: .anchorShift(.week, b == "before" ? -2 : 2), explicit: false)
        }
        if a == "day", let b = word(t, i + 2, limit), b == "before" || b == "after" {
            // "the day before the vote" has its own reference; "the day before" alone uses the sentence's.
            if let c = word(t, i + 3, limit), !["yesterday", "today", "tomorrow"].contains(c), c == "the" || c == "his" || c == "her" || c == "their" {
                return Match(end: i + 3, value: .unresolved, explicit: false)
            }
            return Match(end: i + 3, value: .referenceShift(.day, b == "before" ? -1 : 1), explicit: false)
        }
        if ["end", "beginning", "start", "turn"].contains(a), word(t, i + 2, limit) == "of" {
            if word(t, i + 3, limit) == "the", word(t, i + 4, limit) == "year" {
                return Match(end: i + 5, value: .endOfYear(a == "end" ? 1 : -1), explicit: false)
            }
            if word(t, i + 3, limit) == "this" || word(t, i + 3, limit) == "next" || word(t, i + 3, limit) == "last",
               word(t, i + 4, limit) == "year" {
                let off = word(t, i + 3, limit) == "next" ? 1 : word(t, i + 3, limit) == "last" ? -1 : 0
                return Match(end: i + 5, value: .yearPart(a == "end" ? .late : .early, off), explicit: false)
            }
            if word(t, i + 3, limit) == "the", word(t, i + 4, limit) == "month" {
                return Match(end: i + 5, value: .referenceShift(.day, a == "end" ? 100 : -100), explicit: false)
            }
            if let (m, k) = monthName(t, i + 3, limit) {
                if let y = year(t, k, limit) {
                    return Match(end: k + 1, value: .fixed(partSpan(a == "end" ? .late : .early, y, m)), explicit: true)
                }
                return Match(end: k, value: .month(m, a == "end" ? .late : .early), explicit: false)
            }
            if let y = year(t, i + 3, limit) {
                return Match(end: i + 4, value: .fixedYearPart(a == "end" ? .late : .early, y), explicit: true)
            }
        }
        if a == "first" || a == "second", word(t, i + 2, limit) == "half", word(t, i + 3, limit) == "of" {
            let h = a == "first" ? 1 : 2
            if let y = year(t, i + 4, limit) { return Match(end: i + 5, value: .fixed(halfSpan(h, y)), explicit: true) }
            if let w = word(t, i + 4, limit), ["last", "this", "next"].contains(w), word(t, i + 5, limit) == "year" {
                return Match(end: i + 6, value: .yearHalf(h, w == "last" ? -1 : w == "next" ? 1 : 0), explicit: false)
            }
            if word(t, i + 4, limit) == "the", word(t, i + 5, limit) == "year" {
                return Match(end: i + 6, value: .yearHalf(h, 0), explicit: false)
            }
        }
        if let s = TimeVocabulary.seasons[a], word(t, i + 2, limit) == "of", let y = year(t, i + 3, limit) {
            return Match(end: i + 4, value: .season(s, 0, y), explicit: true)
        }
        // "visit Tokyo in the spring": the season nearest by tense.
        if let s = TimeVocabulary.seasons[a], i > 0, word(t, i - 1, limit) == "in" {
            return Match(end: i + 2, value: .season(s, 0, nil), explicit: false)
        }
        return nil
    }

    /// "two days later", "three weeks ago", "one day after the vote".
    /// "a fortnight ago" counts two weeks.
    private static func matchCountShift(_ t: [TimeToken], _ i: Int, _ limit: Int, count: Int) -> Match? {
        let noun = word(t, i + 1, limit)
        let fortnight = noun == "fortnight" || noun == "fortnights"
        let count = fortnight ? 2 * count : count
        guard let u = fortnight ? .week : noun.flatMap({ TimeVocabulary.units[$0] }), let w = word(t, i + 2, limit) else { return nil }
        switch w {
        case "later": return Match(end: i + 3, value: .laterShift(u, count), explicit: false)
        case "earlier": return Match(end: i + 3, value: .laterShift(u, -count), explicit: false)
        case "ago": return Match(end: i + 3, value: .ago(u, count), explicit: false)
        case "after": return Match(end: i + 3, value: .relativeToNext(u, count), explicit: false)
        case "before": return Match(end: i + 3, value: .relativeToNext(u, -count), explicit: false)
        default: return nil
        }
    }

    static func partSpan(_ p: Part, _ y: Int, _ m: Int) -> TimeSpan {
        let last = Day.daysIn(month: m, year: y)
        let (a, b) = p == .early ? (1, 10) : p == .mid ? (11, 20) : (21, last)
        return TimeSpan(start: Day(y, m, a)!, end: Day(y, m, b)!, granularity: .partOfMonth)
    }

    /// January–June (1) or July–December (2) of year `y`.
    static func halfSpan(_ h: Int, _ y: Int) -> TimeSpan {
        TimeSpan(start: Day(y, h == 1 ? 1 : 7, 1)!, end: Day(y, h == 1 ? 6 : 12, 1)!.lastOfMonth, granularity: .range)
    }

    static func yearPartSpan(_ p: Part, _ y: Int) -> TimeSpan {
        let (a, b) = p == .early ? (1, 4) : p == .mid ? (5, 8) : (9, 12)
        return TimeSpan(start: Day(y, a, 1)!, end: Day(y, b, 1)!.lastOfMonth, granularity: .season)
    }

    // MARK: - Tense

    /// Tense from the cue nearest to the expression in its local clause (bounded by "that",
    /// "after", ", and", ";" …): "last met in Tokyo in mid-November, and Kishida is expected to …".
    /// True when `r` lies in a phrase opening the sentence on "In" or "During" ("In a statement in March,") and the
    /// saying at `saying` follows its comma after a subject of at most three words ("she said", "the ministry said").
    static func frontedBeforeSaying(_ t: [TimeToken], _ r: Range<Int>, saying k: Int, sentence: Range<Int>) -> Bool {
        let first = t[sentence.lowerBound].lower
        guard first == "in" || first == "during", r.lowerBound > sentence.lowerBound,
              !(sentence.lowerBound..<r.lowerBound).contains(where: { t[$0].text == "," }),
              let c = (r.upperBound..<k).first(where: { t[$0].text == "," }) else { return false }
        return k - c <= 4 && !(c + 1..<k).contains { t[$0].text == "," }
    }

    /// Verbs that put a thing off to a later day ("postponed to Monday").
    private static let postponements: Set<String> = ["postponed", "delayed", "rescheduled", "deferred", "moved", "shifted"]

    static func tenseAround(_ t: [TimeToken], _ r: Range<Int>, sentence: Range<Int>) -> Tense {
        func isBreak(_ k: Int) -> Bool {
            let c = t[k].classes
            if c.contains(.clauseBreak) { return true }
            guard c.contains(.conjunction) else { return false }
            if k > sentence.lowerBound && t[k - 1].text == "," { return true }
            // "met Xi on June 10 and will visit …": a conjunction opening a new verb phrase.
            let next: WordClass = k + 1 < sentence.upperBound ? t[k + 1].classes : []
            return !next.isDisjoint(with: [.futureCue, .pastCue])
        }
        // "coordinated our positions ahead of Thursday's meeting": the past tense of what was done ahead of a thing
        // does not date the thing, which may still lie ahead; it takes the tenseless reading (a near day ahead).
        if r.lowerBound >= sentence.lowerBound + 2, t[r.lowerBound - 1].lower == "of", t[r.lowerBound - 2].lower == "ahead" {
            return .unknown
        }
        // "A planned meeting was pushed back to Monday", "postponed until Friday": the day a thing was put off to is
        // the one the story expects next, whatever the tense of putting it off.
        if r.lowerBound >= sentence.lowerBound + 2, t[r.lowerBound - 1].lower == "to" || t[r.lowerBound - 1].lower == "until" {
            let k = r.lowerBound - 2
            if postponements.contains(t[k].lower)
                || k > sentence.lowerBound && t[k].lower == "back" && (t[k - 1].lower == "pushed" || t[k - 1].lower == "put") {
                return .unknown
            }
        }
        // "in December, when he is expected to hold talks": a "when" clause on the date itself tells its tense.
        var w0 = r.upperBound
        if w0 < sentence.upperBound, t[w0].text == "," { w0 += 1 }
        if w0 + 1 < sentence.upperBound, t[w0].kind == .word, t[w0].lower == "when" {
            var end = w0 + 1
            // "…, when Finland hosts the council, Stubb told reporters": the part ends at its comma.
            while end < sentence.upperBound, !isBreak(end), t[end].text != "," { end += 1 }
            for k in (w0 + 1)..<end where t[k].kind == .word {
                if let tense = cueTense(t, k, lo: w0 + 1, hi: end, before: end) { return tense }
            }
        }
        var lo = r.lowerBound
        while lo > sentence.lowerBound, !isBreak(lo - 1) { lo -= 1 }
        var hi = r.upperBound
        while hi < sentence.upperBound, !isBreak(hi) { hi += 1 }
        var best: (Int, Tense)? = nil
        for k in lo..<hi where !r.contains(k) && t[k].kind == .word {
            guard let tense = cueTense(t, k, lo: lo, hi: hi, before: r.lowerBound) else { continue }
            var d = k < r.lowerBound ? r.lowerBound - k : k - r.upperBound + 1
            // "Erdogan, who arrived on Tuesday, is set to …": a cue beyond a comma speaks of another clause.
            let between = k < r.lowerBound ? (k + 1)..<r.lowerBound : r.upperBound..<k
            if between.contains(where: { t[$0].text == "," && !bracketsAName(t, $0, sentence) }) {
                d += 10
                // "… will attend on Thursday, an aide said": the attribution dates the saying, not the event.
                // "In a statement in March, she said …": in a phrase fronted before the saying's subject, the date is the saying's.
                if k > r.lowerBound, tense == .past, PersonLexicon.speakerVerbs.contains(t[k].lower),
                   !frontedBeforeSaying(t, r, saying: k, sentence: sentence) { d += 100 }
                // "held talks … on Friday, agreeing on a joint plan to clear …": a participle's phrase has no tense of
                // its own; a plan told in it does not move the date ahead.
                if k > r.lowerBound, let c = between.first(where: { t[$0].text == "," }), c + 1 < k, t[c + 1].kind == .word,
                   t[c + 1].classes.contains(.lowercaseInitial), t[c + 1].lower.hasSuffix("ing") { d += 100 }
            }
            if best == nil || d < best!.0 || (d == best!.0 && tense == .future) { best = (d, tense) }
        }
        // "are due to sign a deal before Faye flies home on Wednesday": a "before"/"until" clause with no
        // tense of its own looks ahead when the clause it hangs on does ("is due", "will"); so does a "when"
        // clause in the present ("The test will come when the summit meets in November").
        if best == nil, lo > sentence.lowerBound + 1, ["before", "until", "when"].contains(t[lo - 1].lower) {
            var main = lo - 1
            while main > sentence.lowerBound, !isBreak(main - 1) { main -= 1 }
            for k in stride(from: lo - 2, through: main, by: -1) where t[k].kind == .word {
                guard let tense = cueTense(t, k, lo: main, hi: lo - 1, before: lo - 1) else { continue }
                if tense == .future, t[k].classes.contains(.futureCue) { return .future }
                break
            }
        }
        return best?.1 ?? .unknown
    }

    /// True for a comma of a pair setting off a name in apposition ("Cambodia's prime minister, Samdech Hun Manet,
    /// in Bangkok on Friday"): it parts no clause.
    static func bracketsAName(_ t: [TimeToken], _ c: Int, _ sentence: Range<Int>) -> Bool {
        func name(_ a: Int, _ b: Int) -> Bool {
            b > a && b - a <= 5 && (a..<b).allSatisfy { t[$0].kind == .word && !t[$0].classes.contains(.lowercaseInitial) }
        }
        if let next = (c + 1..<min(sentence.upperBound, c + 7)).first(where: { t[$0].text == "," }), name(c + 1, next) { return true }
        if let prev = stride(from: c - 1, through: max(sentence.lowerBound, c - 6), by: -1).first(where: { t[$0].text == "," }),
           name(prev + 1, c) { return true }
        return false
    }

    /// The tense a word of the clause `lo..<hi` cues, if any; `before` is where the date starts
    /// (a commitment such as "agreed to" counts only before it).
    private static func cueTense(_ t: [TimeToken], _ k: Int, lo: Int, hi: Int, before: Int) -> Tense? {
        let w = t[k].lower
        // "with former President Barack Obama on Oct. 29": "former" before a title or a name is an adjective of the
        // person, which tells nothing of when the clause happens.
        if w == "former", k + 1 < hi, t[k + 1].kind == .word { return nil }
        var tense: Tense? = nil
        let c = t[k].classes
        // "Premier Cho is to host a banquet tonight": "is to" + a verb is an arrangement ahead.
        if w == "is" || w == "are", word(t, k + 1, hi) == "to", k + 2 < hi, t[k + 2].kind == .word, t[k + 2].text.first?.isLowercase == true {
            return .future
        }
        // "could take place in December", "might be held next month": a possible encounter lies ahead.
        if w == "could" || w == "might" || w == "may", k + 2 < hi,
           word(t, k + 1, hi) == "take" && word(t, k + 2, hi) == "place" || word(t, k + 1, hi) == "be" && word(t, k + 2, hi) == "held" {
            return .future
        }
        if c.contains(.futureCue) {
            // "hosted the heads of four conglomerates on Thursday", "heads of state": a trip verb after a
            // determiner or before "of" is a noun and tells no tense.
            if TimeVocabulary.tripPresent.contains(w),
               word(t, k + 1, hi) == "of" || (k > lo && TimeVocabulary.determiners.contains(t[k - 1].lower)) { return nil }
            if ["set", "due", "going", "aim", "aims", "plans", "plan", "likely"].contains(w) {
                // "set for Friday", "plans to visit"; not "discussed plans for the reconstruction", nor "defended
                // his government's plans to raise spending" (a noun after a determiner or a possessive).
                let noun = w.hasPrefix("plan") && k > lo
                    && (TimeVocabulary.determiners.contains(t[k - 1].lower) || (t[k - 1].lower == "s" && k - 1 > lo && t[k - 2].kind != .word))
                if !noun, word(t, k + 1, hi) == "to" || (word(t, k + 1, hi) == "for" && !w.hasPrefix("plan")) { tense = .future }
                // "is due in Beijing on September 21": "is" or "are" due somewhere is expected there, ahead.
                else if w == "due", k > lo, t[k - 1].lower == "is" || t[k - 1].lower == "are",
                        ["in", "at", "back", "here", "there"].contains(word(t, k + 1, hi)) { tense = .future }
            } else {
                tense = .future
            }
        } else if c.contains(.pastCue) {
            tense = .past
        } else if w.hasSuffix("ed"), w.utf8.count > 4, t[k].text.first?.isLowercase == true,
                  !TimeVocabulary.notPastEd.contains(w),
                  // "talks on a disputed border crossing": an "-ed" word after a determiner is an adjective.
                  k == lo || !TimeVocabulary.determiners.contains(t[k - 1].lower),
                  // "the so-called coalition", "a Russian-backed plan": the end of a hyphened compound.
                  k == lo || t[k].spaced || !t[k - 1].isDash,
                  // "the meeting hosted by Motegi on March 5": a participle after a noun tells no tense.
                  word(t, k + 1, hi) != "by" || (k > lo && TimeVocabulary.beForms.contains(t[k - 1].lower)) {
            tense = .past
        }
        // "agreed to meet again in July": what one commits to lies ahead.
        if tense == nil, w == "to", k > lo, k < before, k + 1 < hi, t[k + 1].kind == .word,
           t[k + 1].classes.contains(.lowercaseInitial), TimeVocabulary.commitments.contains(t[k - 1].lower) {
            tense = .future
        }
        // "telephoned Japarov to invite him to a trilateral meeting in May": what one is invited to lies ahead.
        if k < before, w.hasPrefix("invit"), TimeVocabulary.invitations.contains(w),
           ((k + 1)..<before).contains(where: { t[$0].lower == "to" }) {
            tense = .future
        }
        // "will be held", "is to be signed": a participle after a bare "be" looks ahead.
        // "shows how quickly the tap can be turned off": after "can", "could" or "must", no time at all.
        if tense == .past, k > lo, t[k - 1].lower == "be" {
            tense = k - 1 > lo && ["can", "could", "must", "cannot"].contains(t[k - 2].lower) ? nil : .future
        }
        return tense
    }

    // MARK: - Resolution

    private static func weekStart(_ d: Day) -> Day { d.adding(days: 1 - d.weekday) }

    private static func shift(_ base: Day, _ u: Unit, _ n: Int, granularity keep: Bool = true) -> TimeSpan {
        switch u {
        case .day: return TimeSpan(day: base.adding(days: n))
        case .week:
            let s = weekStart(base).adding(days: 7 * n)
            return TimeSpan(start: s, end: s.adding(days: 6), granularity: .week)
        case .month:
            let idx = base.year * 12 + (base.month - 1) + n
            let first = Day(idx / 12, idx % 12 + 1, 1)!
            return TimeSpan(start: first, end: first.lastOfMonth, granularity: .month)
        case .year:
            return TimeSpan(start: Day(base.year + n, 1, 1)!, end: Day(base.year + n, 12, 31)!, granularity: .year)
        }
    }

    /// Picks among candidates by tense: on/before the anchor in the past, on/after in the
    /// future, else the nearest.
    private static func choose(_ candidates: [TimeSpan], anchor: Day, tense: Tense) -> TimeSpan? {
        switch tense {
        case .past: return candidates.filter { $0.start <= anchor }.max { $0.start < $1.start }
        case .future: return candidates.filter { $0.end >= anchor }.min { $0.start < $1.start }
        case .unknown:
            func dist(_ s: TimeSpan) -> Int {
                s.end < anchor ? anchor.ordinal - s.end.ordinal : s.start > anchor ? s.start.ordinal - anchor.ordinal : 0
            }
            return candidates.min { dist($0) < dist($1) }
        }
    }

    private static func seasonSpan(_ first: Int, _ y: Int) -> TimeSpan {
        let a = Day(y, first, 1)!
        let endIdx = y * 12 + (first - 1) + 2
        let b = Day(endIdx / 12, endIdx % 12 + 1, 1)!.lastOfMonth
        return TimeSpan(start: a, end: b, granularity: .season)
    }

    static func resolve(_ v: Value, anchor: Day?, tense: Tense, reference: TimeSpan?, recent: TimeSpan?, next: TimeSpan?) -> TimeSpan? {
        switch v {
        case .fixed(let s): return s
        case .fixedYearPart(let p, let y): return yearPartSpan(p, y)
        case .unresolved: return nil
        case .between(let a, let b):
            guard let x = resolve(a, anchor: anchor, tense: tense, reference: reference, recent: recent, next: nil),
                  let y = resolve(b, anchor: anchor, tense: tense, reference: reference, recent: recent, next: nil) else { return nil }
            return TimeSpan(start: x.start, end: max(x.end, y.end), granularity: .range)
        case .laterShift(let u, let n):
            guard let r = recent else { return nil }
            // "In January he was in Beijing. A week later he was in Nara": days or weeks after a month (or a coarser
            // period) fall in that period moved on by as much, not in the week after it ends.
            if u == .day || u == .week, [.month, .season, .year].contains(r.granularity) {
                let days = (u == .week ? 7 : 1) * n
                return TimeSpan(start: r.start.adding(days: days), end: r.end.adding(days: days), granularity: .range)
            }
            return shift(n < 0 ? r.start : r.end, u, n)
        case .relativeToNext(let u, let n):
            guard let r = next else { return nil }
            return shift(r.start, u, n)
        case .sameDay:
            return reference.map { TimeSpan(day: $0.start) }
        case .toldDay:
            guard let r = recent, r.granularity == .day else { return nil }
            return r
        case .referenceShift(let u, let n):
            guard let r = reference else { return nil }
            if n == 100 || n == -100 {  // end or beginning of the reference month
                let d = r.start
                return n > 0 ? partSpan(.late, d.year, d.month) : partSpan(.early, d.year, d.month)
            }
            return shift(n < 0 ? r.start : r.end, u, n)
        case .referenceSeason(let first, let dir):
            guard let r = reference else { return nil }
            var y = r.start.year
            if dir > 0 { while seasonSpan(first, y).start <= r.end { y += 1 } } else if dir < 0 { while seasonSpan(first, y).end >= r.start { y -= 1 } }
            // "that winter" after January: the winter under way then, begun the December before.
            else if seasonSpan(first, y - 1).end >= r.start { y -= 1 }
            return seasonSpan(first, y)
        case .endOfYear(let dir):
            guard let r = reference else { return nil }
            let m = dir > 0 ? 12 : 1
            let a = Day(r.start.year, m, 1)!
            return TimeSpan(start: a, end: a.lastOfMonth, granularity: .month)
        default:
            break
        }
        guard let anchor else { return nil }
        switch v {
        case .monthDay(let m, let d, let m2, let d2):
            var c: [TimeSpan] = []
            for y in (anchor.year - 1)...(anchor.year + 1) {
                let y2 = m2 < m ? y + 1 : y
                if let a = Day(y, m, d), let b = Day(y2, m2, d2) {
                    c.append(TimeSpan(start: a, end: b, granularity: a == b ? .day : .range))
                }
            }
            return choose(c, anchor: anchor, tense: tense)
        case .dayOfMonth(let d, let d2):
            var c: [TimeSpan] = []
            for off in -1...1 {
                let m = shift(anchor, .month, off).start
                if let a = Day(m.year, m.month, d), let b = Day(m.year, m.month, d2) {
                    c.append(TimeSpan(start: a, end: b, granularity: a == b ? .day : .range))
                }
            }
            return choose(c, anchor: anchor, tense: tense)
        case .weekdayDate(let wd, let m, let d):
            let c = ((anchor.year - 1)...(anchor.year + 1)).compactMap { Day($0, m, d) }.map { TimeSpan(day: $0) }
            let agreeing = c.filter { $0.start.weekday == wd }
            return agreeing.count == 1 ? agreeing[0] : choose(agreeing.isEmpty ? c : agreeing, anchor: anchor, tense: tense)
        case .month(let m, let p):
            let c = ((anchor.year - 1)...(anchor.year + 1)).map { y -> TimeSpan in
                if let p { return partSpan(p, y, m) }
                let a = Day(y, m, 1)!
                return TimeSpan(start: a, end: a.lastOfMonth, granularity: .month)
            }
            return choose(c, anchor: anchor, tense: tense)
        case .relativeMonth(let m, let dir):
            let here = anchor.year * 12 + anchor.month - 1
            var best: Int? = nil
            for idx in (here - 12)...(here + 12) where idx % 12 == m - 1 {
                if dir < 0, idx < here { best = idx }
                if dir > 0, idx > here, best == nil { best = idx }
                if dir == 0, idx / 12 == anchor.year { best = idx }
            }
            guard let b = best else { return nil }
            let a = Day(b / 12, b % 12 + 1, 1)!
            return TimeSpan(start: a, end: a.lastOfMonth, granularity: .month)
        case .weekday(let wd, let dir):
            let back = (anchor.weekday - wd + 7) % 7
            let fwd = (wd - anchor.weekday + 7) % 7
            // "last Wednesday" in a Thursday article: news style calls the day before "Wednesday" or
            // "yesterday", so "last" skips it and means the week before; two or more days back it is the latest one.
            if dir < 0 { return TimeSpan(day: anchor.adding(days: -(back == 0 ? 7 : back == 1 ? 8 : back))) }
            if dir > 0 { return TimeSpan(day: anchor.adding(days: (fwd == 0 ? 7 : fwd) + (dir > 1 ? 7 : 0))) }
            // "- The summit with Takaichi on Wednesday" under "What to watch", published Tuesday: with no
            // tense at all, a weekday a day or two ahead is nearer than the one nearly a week back.
            let ahead = tense == .future || (tense == .unknown && fwd > 0 && fwd <= 2 && back >= 5)
            return TimeSpan(day: ahead ? anchor.adding(days: fwd) : anchor.adding(days: -back))
        case .anchorDays(let n):
            return TimeSpan(day: anchor.adding(days: n))
        case .weekdayOfWeek(let wd, let off):
            return TimeSpan(day: weekStart(anchor).adding(days: 7 * off + wd - 1))
        case .anchorShift(let u, let n):
            return shift(anchor, u, n)
        case .weekend(let dir):
            // The weekend of the anchor's week; "last weekend" on a Sunday is the day before's pair.
            var saturday = weekStart(anchor).adding(days: 5)
            if dir == 2 {  // "over the weekend": the one just past, or the coming one in the future tense
                if tense == .future { if saturday.adding(days: 1) < anchor { saturday = saturday.adding(days: 7) } }
                else if saturday > anchor { saturday = saturday.adding(days: -7) }
            } else if dir < 0 { saturday = saturday > anchor.adding(days: -1) ? saturday.adding(days: -7) : saturday }
            else if dir == 1 { saturday = saturday.adding(days: 7) }
            return TimeSpan(start: saturday, end: saturday.adding(days: 1), granularity: .week)
        case .ago(let u, let n):
            let d: Day
            switch u {
            case .day: d = anchor.adding(days: -n)
            case .week: d = anchor.adding(days: -7 * n)
            case .month: return shift(anchor, .month, -n)
            case .year:
                // "met Trump in Tokyo a year ago": about this time that year (the month before to the month after),
                // not the whole calendar year.
                let then = shift(anchor, .month, -12 * n)
                return TimeSpan(start: shift(then.start, .month, -1).start, end: shift(then.start, .month, 1).end, granularity: .year)
            }
            return u == .day ? TimeSpan(day: d) : shift(d, .week, 0)
        case .partOfCurrent(let u, let dir):
            let whole = shift(anchor, u, 0)
            // "later this month" lies after the anchor day (unless the period ends with it).
            return dir < 0 ? TimeSpan(start: whole.start, end: anchor, granularity: whole.granularity)
                : TimeSpan(start: anchor < whole.end ? anchor.adding(days: 1) : anchor, end: whole.end, granularity: whole.granularity)
        case .yearPart(let p, let off):
            return yearPartSpan(p, anchor.year + off)
        case .monthPart(let p, let off):
            let m = shift(anchor, .month, off).start
            return partSpan(p, m.year, m.month)
        case .monthOfYear(let m, let off):
            let a = Day(anchor.year + off, m, 1)!
            return TimeSpan(start: a, end: a.lastOfMonth, granularity: .month)
        case .monthDayOfYear(let m, let d, let off):
            return Day(anchor.year + off, m, d).map { TimeSpan(day: $0) }
        case .yearHalf(let h, let off):
            return halfSpan(h, anchor.year + off)
        case .monthPartOfYear(let p, let m, let off):
            return partSpan(p, anchor.year + off, m)
        case .comingDays(let days):
            return TimeSpan(start: anchor.adding(days: 1), end: anchor.adding(days: days), granularity: .range)
        case .thisSeason(let first):
            let spans = ((anchor.year - 1)...anchor.year).map { seasonSpan(first, $0) }
            return spans.first { $0.start <= anchor && anchor <= $0.end } ?? seasonSpan(first, anchor.year)
        case .season(let first, let dir, let y):
            if let y { return seasonSpan(first, y) }
            let spans = ((anchor.year - 2)...(anchor.year + 1)).map { seasonSpan(first, $0) }
            if dir < 0 { return spans.last { $0.end < anchor } }
            if dir > 0 { return spans.first { $0.start > anchor } }
            if let c = spans.first(where: { $0.start <= anchor && anchor <= $0.end }) { return c }
            return choose(spans, anchor: anchor, tense: tense == .unknown ? .unknown : tense)
        default:
            return nil
        }
    }
}
