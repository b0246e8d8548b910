/// Finds the events of one article: clauses with a time expression and a predicate, each
/// with its date, type, participants (from the article's person mentions), places, status
/// and source sentence. Pure: the same article and mentions give the same events.
public enum EventExtractor {
    /// Events of `article`, one source each, in text order; `mentions` are the article's
    /// resolved person mentions (their canonical names become participants).
    public static func extract(article: Article, mentions: [Mention]) -> [Event] {
        let published = article.published?.day
        var byBlock: [Int: [Mention]] = [:]
        for m in mentions where m.article == article.id { byBlock[m.block, default: []].append(m) }
        var events: [Event] = []
        for (index, block) in article.blocks.enumerated() where block.kind != .heading {
            events += extract(block: block, index: index, article: article.id, published: published,
                              mentions: byBlock[index] ?? [], earlier: events)
        }
        return events
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
    static func extract(block: Block, index: Int, article: String, published: Day?, mentions: [Mention],
                        earlier: [Event] = []) -> [Event] {
        let scalars = ScalarText(block.text)
        let tokens = scalars.bytes.withUnsafeBufferPointer { TimeToken.tokenize(utf8: $0) }
        guard !tokens.isEmpty else { return [] }
        // A timeline entry resolves against its own date: from the parser's label, or a
        // leading full date followed by a dash ("Dec 4, 2025 – …").
        var entryDate: TimeSpan? = nil
        var entryLabel: String? = nil
        if block.kind == .timelineEntry, let label = block.dateLabel,
           let first = TemporalTagger.tag(label, anchor: published).first, let s = first.span {
            entryDate = s; entryLabel = first.text
        }
        var anchor = entryDate?.start ?? published
        var tagged = TemporalTagger.tag(tokens: tokens, text: scalars, anchor: anchor)
        var labelInText: TemporalExpression? = nil
        if let first = tagged.first, first.tokens.lowerBound == 0, first.explicitYear, let s = first.span,
           s.granularity == .day, first.tokens.upperBound < tokens.count, tokens[first.tokens.upperBound].isDash {
            labelInText = first
            if entryDate == nil {
                entryDate = s; entryLabel = first.text
                anchor = s.start
                tagged = TemporalTagger.tag(tokens: tokens, text: scalars, anchor: anchor)
                labelInText = tagged.first
            }
        }
        let isEntry = entryDate != nil
        let cues = tokens.indices.map { cue(tokens, $0, 0..<tokens.count) }
        var events: [Event] = []
        var firstClause = true
        for sentence in SentenceSplitter.sentences(tokens) {
            let clauses = splitClauses(tokens, sentence).map { r -> Clause in
                let lo = tokens[r.lowerBound].start, hi = tokens[r.upperBound - 1].end
                let inClause = mentions.filter { $0.offsetInBlock >= lo && $0.offsetInBlock < hi }.sorted { $0.offsetInBlock < $1.offsetInBlock }
                var people: [String] = []
                for m in inClause where !people.contains(m.person) && !isPossessor(m, of: inClause, tokens: tokens) {
                    people.append(m.person)
                }
                // "since December 2023" starts a state ("governed since …"), it does not date an event.
                let exprs = tagged.filter { r.contains($0.tokens.lowerBound)
                    && !($0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].lower == "since") }
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
                guard hasPredicate(tokens, clause) else {
                    if !clause.people.isEmpty { recentPeople = clause.people }
                    continue
                }
                let source = sentenceSource ?? SourceRef(article: article, sentence: scalars.slice(sentenceRange),
                                                         offset: block.offset + sentenceRange.lowerBound, block: index)
                sentenceSource = source
                let anaphoric = clause.people.isEmpty && clause.tokens.contains { tokens[$0].kind == .word && EventCues.anaphora.contains(tokens[$0].lower) }
                let people = clause.people.isEmpty && anaphoric ? recentPeople : clause.people
                let summary = summaryText(tokens, scalars, clause)
                // Cues just before a clause's own date belong to that date's event ("their previous summit (Oct 30)").
                var owned = Set<Int>()
                for e in clause.expressions {
                    owned.formUnion(e.tokens)
                    if let k = stride(from: e.tokens.lowerBound - 1, through: max(clause.tokens.lowerBound, e.tokens.lowerBound - 8), by: -1)
                        .first(where: { cues[$0] != nil }) { owned.insert(k) }
                }
                let mainType = cueType(tokens, clause, near: clause.tokens.lowerBound, skipping: owned)
                func make(_ expr: String, _ span: TimeSpan?, _ t: EventType, _ tense: Tense, _ at: Int) -> Event {
                    let status: EventStatus
                    if let span, let anchor, span.start > anchor || (tense == .future && span.end > anchor) {
                        status = .planned
                    } else {
                        status = tense == .future && span == nil ? .planned : .occurred
                    }
                    let id = StableHash.hex("\(article)|\(block.offset + at)|\(expr)")
                    return Event(id: id, date: span, expression: expr, type: t, status: status, summary: summary,
                                 participants: people, places: places(tokens, clause, mentions: mentions),
                                 sources: [source])
                }
                if isEntry, let entryDate {
                    // The entry's own date dates its first clause, and any later clause that names
                    // its actors or refers back to them with a predicate of its own.
                    let own = mainType != .other && mainType != .statement
                    if isFirst || !clause.people.isEmpty || (anaphoric && own && !recentPeople.isEmpty && clause.expressions.isEmpty) {
                        let t = isFirst ? cueType(tokens, clause, near: (clause.label?.tokens.upperBound ?? clause.tokens.lowerBound), skipping: owned) : mainType
                        events.append(make(entryLabel ?? entryDate.start.iso, entryDate, t, .unknown, tokens[clause.tokens.lowerBound].start))
                    }
                    for e in clause.expressions where e.span != entryDate {
                        events.append(make(e.text, e.span, expressionType(tokens, clause, e, limit: 8), e.tense, e.range.lowerBound))
                    }
                } else {
                    var seen: [TimeSpan?] = []
                    for e in clause.expressions where !seen.contains(e.span) || e.daysFromReference != nil {
                        seen.append(e.span)
                        if e.span == nil, let days = e.daysFromReference,
                           var anchored = relativeEvent(e, days: days, clause: clause, tokens: tokens, mentions: mentions,
                                                        known: earlier + events) {
                            let base = make(e.text, anchored.date, anchored.type, .past, e.range.lowerBound)
                            anchored.id = base.id; anchored.summary = base.summary; anchored.sources = base.sources
                            anchored.status = .occurred; anchored.expression = e.text
                            events.append(anchored)
                            continue
                        }
                        events.append(make(e.text, e.span, expressionType(tokens, clause, e, limit: nil), e.tense, e.range.lowerBound))
                    }
                }
                if !clause.people.isEmpty { recentPeople = clause.people }
            }
        }
        return events
    }

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
        guard !head.isEmpty,
              let ref = known.last(where: { $0.type == type && $0.date?.granularity == .day && head.isSubset(of: $0.participants) }),
              let day = ref.date?.start else { return nil }
        var end = e.tokens.upperBound
        while end < clause.tokens.upperBound, !t[end].isDash, t[end].text != ",", t[end].text != ";" { end += 1 }
        let stop = end < clause.tokens.upperBound ? t[end].start : Int.max
        var people = ref.participants.filter { !head.contains($0) }
        for m in mentions.sorted(by: { $0.offsetInBlock < $1.offsetInBlock })
        where m.offsetInBlock >= e.range.upperBound && m.offsetInBlock < stop && !people.contains(m.person) {
            people.append(m.person)
        }
        return Event(id: "", date: TimeSpan(day: day.adding(days: days)), expression: e.text, type: type, status: .occurred,
                     summary: "", participants: people)
    }

    /// True for "Lee's" in "Lee's security adviser Wi Sung-lac": a possessor whose role noun
    /// introduces another person is not a participant of the clause.
    private static func isPossessor(_ m: Mention, of all: [Mention], tokens t: [TimeToken]) -> Bool {
        let end = m.offsetInBlock + m.surface.unicodeScalars.count
        var lo = 0, hi = t.count
        while lo < hi { let mid = (lo + hi) / 2; if t[mid].start < end { lo = mid + 1 } else { hi = mid } }
        let k = lo
        guard k < t.count, t[k].start == end, k + 1 < t.count,
              ["\u{2019}", "'"].contains(t[k].text), t[k + 1].lower == "s" else { return false }
        var j = k + 2
        while j < min(t.count, k + 8) {
            if all.contains(where: { $0.offsetInBlock == t[j].start && $0.person != m.person }) { return true }
            guard t[j].kind == .word, t[j].text.unicodeScalars.first!.properties.isLowercase || t[j].isDash else { return false }
            j += 1
        }
        return false
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
            }
            i += 1
        }
        if begin < s.upperBound { out.append(begin..<s.upperBound) }
        return out
    }

    /// A clause has a predicate when it holds a cue word or at least two lower-case words
    /// besides its time expressions (metadata stamps like "Posted June. 11, 2025 07:27" have none).
    private static func hasPredicate(_ t: [TimeToken], _ c: Clause) -> Bool {
        var lower = 0
        for k in c.tokens where t[k].kind == .word {
            if c.expressions.contains(where: { $0.tokens.contains(k) }) || c.label?.tokens.contains(k) == true { continue }
            if EventCues.words[t[k].lower] != nil { return true }
            if t[k].text.unicodeScalars.first!.properties.isLowercase { lower += 1 }
        }
        return lower >= 2
    }

    /// The type of the cue nearest to token `near` in the clause (ties: the more specific type).
    /// With `preferBefore`, a cue before `near` wins over any after it: the predicate usually
    /// precedes its time adjunct ("met Xi on Saturday and agreed to …").
    private static func cueType(_ t: [TimeToken], _ c: Clause, near: Int, limit: Int? = nil, skipping: Set<Int> = [],
                                preferBefore: Bool = false) -> EventType {
        var best: (Int, Int, EventType)? = nil
        for k in c.tokens where t[k].kind == .word && !skipping.contains(k) {
            guard let ty = c.cues[k] else { continue }
            var d = abs(k - near)
            if let limit, d > limit { continue }
            if preferBefore, k > near { d += 1000 }
            let rank = EventCues.priority.firstIndex(of: ty) ?? 99
            if best == nil || (d, rank) < (best!.0, best!.1) { best = (d, rank, ty) }
        }
        return best?.2 ?? .other
    }

    /// The type for an event dated by one expression: the nearest cue; a year or date used
    /// as a modifier ("last December's crisis", "the 1942 disaster") only looks just after it.
    private static func expressionType(_ t: [TimeToken], _ c: Clause, _ e: TemporalExpression, limit: Int?) -> EventType {
        let after = e.tokens.upperBound
        let possessive = after + 1 < c.tokens.upperBound && ["\u{2019}", "'"].contains(t[after].text) && t[after + 1].lower == "s"
        let modifier = possessive || (e.span?.granularity == .year && after < c.tokens.upperBound && t[after].kind == .word)
        if modifier {
            for k in after..<min(c.tokens.upperBound, after + 6) where t[k].kind == .word {
                if let ty = c.cues[k] { return ty }
            }
            return .other
        }
        return cueType(t, c, near: e.tokens.lowerBound, limit: limit, preferBefore: true)
    }

    /// The event type a word at k points to, reading two-word cues ("press conference").
    private static func cue(_ t: [TimeToken], _ k: Int, _ r: Range<Int>) -> EventType? {
        let w = t[k].lower
        if w == "conference", k > r.lowerBound, t[k - 1].lower == "press" || t[k - 1].lower == "news" { return .pressConference }
        if k > r.lowerBound, t[k - 1].lower == "phone" || t[k - 1].lower == "telephone" { return .phoneCall }  // "phone talks"
        if (w == "call" || w == "calls"), k + 1 < r.upperBound, t[k + 1].lower == "for" || t[k + 1].lower == "on" { return .statement }
        return EventCues.words[w]
    }

    /// Capitalized names after "in"/"at" ("in Nara", "at the White House"), not dates or people.
    private static func places(_ t: [TimeToken], _ c: Clause, mentions: [Mention]) -> [String] {
        var out: [String] = []
        var k = c.tokens.lowerBound
        while k < c.tokens.upperBound {
            defer { k += 1 }
            guard t[k].kind == .word else { continue }
            var j = k + 1
            if t[k].lower == "in" || t[k].lower == "at" {
            } else if EventCues.words[t[k].lower] == .visit {
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
            k = end - 1
        }
        return out
    }

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
        var s = pieces
        while let l = s.unicodeScalars.last, l.properties.isWhitespace || ".,;:".unicodeScalars.contains(l) { s.unicodeScalars.removeLast() }
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s.unicodeScalars.removeFirst() }
        return s
    }
}
