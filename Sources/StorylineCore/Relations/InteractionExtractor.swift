/// Reads interactions between two people from clauses that name both sides around an
/// interaction word ("Lee spoke with Xi", "In a meeting with Aso, Lee …"). Two names in one
/// sentence without such a word are never a pair. Pure.
public enum InteractionExtractor {
    /// Gives the date of an interaction: the article block index (-1 = title), the clause's
    /// scalar range in the block text, and the scalar offset of the interaction word.
    public typealias ClauseDater = (_ block: Int, _ range: Range<Int>, _ at: Int) -> TimeSpan?

    /// The interactions of one article, one relation per pair, with the article's own names.
    public static func extract(_ article: Article, people: PersonRecognition,
                               dateOf: ClauseDater = { _, _, _ in nil }) -> [Relation] {
        var byPair: [[String]: [Interaction]] = [:]
        var pairOrder: [[String]] = []
        var mentionsByBlock: [Int: [LocatedMention]] = [:]
        for m in people.located { mentionsByBlock[m.scanned, default: []].append(m) }
        var lastSubject: String? = nil
        var lastDated: (people: [String], date: TimeSpan)? = nil
        // The day of the last dated encounter of two leaders: "the leaders' meeting" told after it.
        var leadersDated: TimeSpan? = nil
        var recentPairs: [[String]] = []
        // The pairs the paragraph before linked.
        var blockPairs: [[String]] = []
        let leaders = Set(people.people.filter(\.leader).map(\.name))
        var countries: [String: String] = [:]
        for p in people.people { if let c = p.roles.lazy.compactMap(\.country).first { countries[p.name] = c } }
        // Who holds each office, by the office's last word in lower case ("chancellor", "senator").
        var officeHolders: [String: [String]] = [:]
        for p in people.people {
            for office in Set(p.roles.compactMap { $0.title.split(separator: " ").last.map { $0.lowercased() } }) {
                officeHolders[office, default: []].append(p.name)
            }
        }
        // Most articles name no two holders of one office: then no plural office is read at all.
        let sharedOffice = officeHolders.values.contains { $0.count >= 2 }
        // "His Majesty" stands for the article's one crowned head, when it names one.
        let crowned = people.people.filter { $0.roles.contains { crownedTitles.contains($0.title) } }
        let majesty = crowned.count == 1 ? crowned[0].name : nil
        // An interview ("Simon Harris: 'We will …'", then Q: / A: paragraphs): the one person the
        // headline names speaks as "I" in the answers.
        let headline = Set((mentionsByBlock[0] ?? []).filter { _ in people.blocks.first?.index == -1 }.map(\.person))
        let interviewee = headline.count == 1 ? headline.first : nil
        // Questions set off as paragraphs of their own ("**You hosted X on Wednesday. What did you agree?**"): the
        // paragraph after one answers it in the first person; "you" in the question is the same person.
        let asks = interviewee == nil ? [] : people.blocks.map { $0.index >= 0 && $0.tokens.contains { $0.text == "?" } }
        let questionLayout = asks.filter { $0 }.count >= 2
        let labelled = interviewee == nil ? transcriptSpeakers(people.blocks, mentionsByBlock) : []
        // A leader's posts quoted one by one ("Quote from Zelensky's Telegram, 11:42: "I had a call with …""): the
        // one the label names writes as "I"; a bare "Quote:" label goes on with the author of the post before.
        var postAuthor: String? = nil
        // A day's schedule, one line per appointment ("9:30 a.m. Meets Chief Cabinet Secretary X"): each line's
        // subject is the one whose schedule it is, the subject told before the first line.
        var agendaOwner: String? = nil
        // The lines take the day the paragraph before them gives ("The prime minister's schedule on Wednesday:").
        var agendaDate: TimeSpan? = nil
        // A program listed line by line ("- Meeting with President X") is the one the release is about: its
        // lines' subject is the first person the body names.
        let principal = people.located.filter { !$0.possessive && people.blocks[$0.scanned].index >= 0 }
            .min { ($0.scanned, $0.tokens.lowerBound) < ($1.scanned, $1.tokens.lowerBound) }?.person
        // The heads of the two sides of a negotiation ("X led his country's team, while Y headed the American
        // delegation"): whom "both teams", "the two delegations" or "both sides" stand for later on.
        var delegationPairs: [[String]] = []
        for (b, block) in people.blocks.enumerated() {
            let question = questionLayout && asks[b]
            let answer = isAnswer(block) || questionLayout && b > 0 && asks[b - 1] && !question
            // "Spokesperson Mao Ning: At the invitation of …": the name labelling who speaks is no party to what is told.
            let mentions = (mentionsByBlock[b] ?? []).filter { !isSpeakerLabel(block, $0) }
            let author = quotedPostAuthor(block, mentions: mentions, previous: postAuthor)
            if author != nil { postAuthor = author }
            let clockVerb = clockLineVerb(block.tokens)
            let listVerb = clockVerb == nil && block.index >= 0 ? listLineVerb(block.tokens) : nil
            let agendaVerb = clockVerb ?? listVerb
            if agendaVerb != nil, agendaOwner == nil, b > 0, let last = people.blocks[b - 1].tokens.last {
                agendaDate = dateOf(people.blocks[b - 1].index, 0..<last.end, 0)
            }
            agendaOwner = clockVerb != nil ? agendaOwner ?? lastSubject : listVerb != nil ? agendaOwner ?? principal ?? lastSubject : nil
            let named = Set(mentions.map(\.person))
            var lastPair: [String]? = nil
            if let heads = delegationHeads(block.tokens, mentions: mentions) { delegationPairs = heads }
            let pairsBefore = Set(blockPairs)
            blockPairs = []
            for clause in block.clauses {
                let inClause = mentions.filter { clause.contains($0.tokens.lowerBound) }
                var groupPair: [String]? = nil
                let addressed = majesty != nil && clause.contains { block.tokens[$0].lower == "majesty" && isAddressedSubject(block.tokens, $0) }
                var pairs = readPairs(block, clause: clause, mentions: inClause, previous: addressed ? majesty : lastSubject,
                                      speaker: interviewee.flatMap { answer || question ? $0 : nil } ?? (labelled.isEmpty ? nil : labelled[b]) ?? author,
                                      addressed: question, agendaOwner: agendaVerb.map(clause.contains) == true ? agendaOwner : nil)
                // "the senators met with President X, Vice President Y and officials": the article's holders of the office
                // meet each one named after the word; those named are no pair of their own.
                if sharedOffice, let (holders, type, p) = pluralOfficeSubject(block.tokens, clause, holders: officeHolders),
                   !inClause.contains(where: { $0.tokens.upperBound <= p }) {
                    let met = inClause.filter { $0.tokens.lowerBound > p && !$0.possessive && !holders.contains($0.person) }.map(\.person)
                    if !met.isEmpty { pairs = holders.flatMap { h in met.map { ([h, $0].sorted(), type, p) } } }
                }
                // "- Briefing by Minister of National Defense X": a program's line meets the first other person it names.
                if pairs.isEmpty, let v = listVerb, clause.contains(v), let owner = agendaOwner,
                   let other = inClause.first(where: { $0.person != owner && !$0.possessive }) {
                    pairs.append(([owner, other.person].sorted(), .meeting, v))
                }
                // "Both teams met on Thursday": the heads of the two sides named before, each with each.
                // "X hosted a dinner for both delegations": X with every head.
                if !delegationPairs.isEmpty, let (type, p, host) = delegationsMeet(block.tokens, clause: clause, mentions: inClause) {
                    if let h = host {
                        for who in Set(delegationPairs.joined()).sorted() where who != h {
                            let pair = [h, who].sorted()
                            if !pairs.contains(where: { $0.0 == pair }) { pairs.append((pair, type, p)) }
                        }
                    } else if pairs.isEmpty {
                        pairs = delegationPairs.map { ($0, type, p) }
                    }
                }
                // "He spoke at a press conference alongside his Turkish counterpart X": the two appeared together.
                var alongsideAt: Int? = nil
                if pairs.isEmpty, let (pair, p) = appearedAlongside(block.tokens, clause: clause, mentions: inClause, previous: lastSubject) {
                    pairs.append((pair, .meeting, p))
                    alongsideAt = p
                }
                // "…, where he joined X for a meeting with a team led by Y": the one joining meets X, and both meet Y.
                if let found = joinedForEncounter(block.tokens, clause: clause, mentions: inClause, previous: lastSubject) {
                    for (pair, type, p) in found where !pairs.contains(where: { $0.0 == pair }) { pairs.append((pair, type, p)) }
                }
                if let (pair, type, p) = courtesyCallAside(block, clause: clause, mentions: mentions, previous: lastSubject),
                   !pairs.contains(where: { $0.0 == pair }) {
                    pairs.append((pair, type, p))
                }
                if let (pair, type, p) = briefedOnOwnEncounter(block, clause: clause, mentions: inClause) {
                    pairs.removeAll { $0.2 == p }
                    if !pairs.contains(where: { $0.0 == pair }) { pairs.append((pair, type, p)) }
                }
                // "…, meeting Ishiba on Aug. 23, and Ishiba made a return visit to Busan on Sept. 30": a return visit by one of
                // the pair just told is to the other.
                if !inClause.isEmpty, lastPair != nil || !pairs.isEmpty, let p = returnVisit(block.tokens, clause),
                   let pair = pairs.last(where: { $0.2 < p })?.0 ?? (pairs.isEmpty ? lastPair : nil),
                   let s = inClause.last(where: { !$0.possessive && $0.tokens.upperBound <= p }), pair.contains(s.person),
                   p - s.tokens.upperBound <= 4, !pairs.contains(where: { $0.2 == p }) {
                    pairs.append((pair, .visit, p))
                }
                // "Anwar said he had spoken to both leaders on Dec. 27": the subject with each of the pair named before.
                if pairs.isEmpty, !inClause.isEmpty, let (type, p, subject, ofLeaders) = groupObject(block, clause: clause, mentions: inClause),
                   let pair = ofLeaders ? (recentPairs + [lastPair].compactMap { $0 }).last(where: { $0.allSatisfy(leaders.contains) })
                       : lastPair ?? recentPairs.last,
                   !pair.contains(subject) {
                    pairs = pair.map { ([subject, $0].sorted(), type, p) }
                    // "Rubio phoned both leaders … Putin, who hosted the two men": the group stays the pair told.
                    groupPair = pair
                }
                // "His feud with Trump …, and his visit on Feb. 3, where the two men shook hands": after
                // words about each other, the pair may still meet in the same clause.
                // "Recalling their telephone conversation in July 2025, the leaders …": in a paragraph naming no
                // one, "the (two) leaders" are the story's first pair; a bare "they" is not enough.
                // "Costa and von der Leyen spoke with Modi. The two sides agreed to …": after three people linked in
                // the paragraph, "the two" are no pair of them.
                // "The Egyptian and Jordanian leaders last met in Amman": the pair told before whose countries are those.
                // "since the two chancellors met in Leticia": the article's two holders of the office the plural names.
                // "… their presidents, Xi and Trump. … since the two leaders met": "the leaders" are the story's first pair with a
                // leader in it, not one of two ministers. (Read only for a clause with a plural subject: most have none.)
                func firstGroup() -> [String]? {
                    guard namesAGroup(block.tokens, clause) else { return nil }
                    return (namesLeaders(block.tokens, clause) ? recentPairs.first { $0.contains(where: leaders.contains) } : nil) ?? recentPairs.first
                }
                // "The two men met again in Rio, where Xi also held talks with Milei": what is linked past ", where" is
                // another clause's, and so is a name there.
                if let (type, p) = pluralSubjectPredicate(block, clause: clause),
                   case let national = nationalPair(block.tokens, clause, pairs: recentPairs, countries: countries)
                       ?? holdersOfPluralOffice(block.tokens, clause, holders: officeHolders),
                   case let own = pairs.filter({ !Self.pastAside(block.tokens, from: p, to: $0.2) }),
                   own.allSatisfy({ $0.1 == .statement }),
                   // "…, State Secretary Prasetyo Hadi told reporters": one who only reports names no one.
                   case let reported: Bool = !named.isEmpty && mentions.allSatisfy({ reportsAfter(block.tokens, $0, after: p, clause: clause) }),
                   !(Set(blockPairs.joined()).count > 2 && clause.contains { block.tokens[$0].lower == "two" }),
                   // "The two leaders met for 90 minutes. ¶ It was their second summit after they met in Gyeongju": in a
                   // paragraph naming no one, "they" are the one pair the paragraph before linked.
                   case let theyPair: [String]? = named.isEmpty && pairsBefore.count == 1 && [.meeting, .phoneCall, .summit].contains(type)
                       && saysThey(block.tokens, clause, before: p) ? pairsBefore.first : nil,
                   let pair = national ?? own.last?.0 ?? lastPair ?? recentPairs.last(where: { named.isSuperset(of: $0) })
                       ?? recentPairs.last(where: { !named.isDisjoint(with: $0) })
                       ?? (named.isEmpty || reported ? firstGroup() ?? theyPair : nil)
                       // "I first met Wang Yi in 2016 … Penny Wong has had better luck with him: the two foreign ministers
                       // met in July": with no pair told before, "the two" of a paragraph naming two people are those two.
                       ?? (named.count == 2 && namesAGroup(block.tokens, clause) ? named.sorted() : nil),
                   national != nil || inClause.allSatisfy({ (m: LocatedMention) -> Bool in pair.contains(m.person)
                       || Self.pastAside(block.tokens, from: p, to: m.tokens.lowerBound) || reportsAfter(block.tokens, m, after: p, clause: clause) }),
                   !pairs.contains(where: { $0.2 == p }) {
                    pairs.append((pair, type, p))
                }
                // "HOST: Have you spoken with Secretary Rubio? ¶ GUEST: I have. We spoke on Thursday": in a transcript,
                // "we" meeting or calling with no one named are the speaker and the one the paragraph before linked them with.
                if pairs.isEmpty, inClause.isEmpty, !question, let who = labelled.isEmpty ? interviewee : labelled[b], pairsBefore.count == 1,
                   let pair = pairsBefore.first, pair.contains(who), let (type, p) = weEncounter(block, clause: clause) {
                    pairs.append((pair, type, p))
                }
                // "GUEST: … We spoke on Thursday. And I will see him in Brussels on Wednesday": "I" meeting "him" or "her"
                // are the speaker and the one this paragraph (or the one before) linked the speaker with.
                if pairs.isEmpty, inClause.isEmpty, !question, let who = labelled.isEmpty ? interviewee : labelled[b],
                   let pair = lastPair.flatMap({ $0.contains(who) ? $0 : nil })
                       ?? (pairsBefore.count == 1 ? pairsBefore.first.flatMap({ $0.contains(who) ? $0 : nil }) : nil),
                   let (type, p) = speakerMeetsPronoun(block, clause: clause) {
                    pairs.append((pair, type, p))
                }
                // "…, when they held a trilateral summit with Abbas": "they" after the pair told in the paragraph are that
                // pair; the one met "with" them met each.
                if let pair = pairs.last(where: { $0.1 != .statement })?.0 ?? (pairs.isEmpty ? lastPair : nil), inClause.count == 1,
                   let x = inClause.first, !pair.contains(x.person), let (type, p) = theyMetWith(block.tokens, clause: clause, object: x),
                   !pairs.contains(where: { $0.2 == p }) {
                    pairs += pair.map { ([$0, x.person].sorted(), type, p) }
                }
                // "PRESIDENT TRUMP: We had a very good call last week": in a transcript of two speakers, "we" meeting or
                // calling with no one named is the two of them.
                if pairs.isEmpty, inClause.isEmpty, !labelled.isEmpty, let who = labelled[b], let other = otherSpeaker(labelled, who),
                   let (type, p) = weEncounter(block, clause: clause) {
                    pairs.append(([who, other].sorted(), type, p))
                }
                if answer, let who = interviewee, pairs.isEmpty, inClause.isEmpty, let pair = lastPair, pair.contains(who),
                   let p = weMeetEachOther(block, clause: clause) {
                    pairs.append((pair, .meeting, p))
                }
                // "I had a call with Macron. … We agreed to meet in Paris next week": in a quoted post, "we" meeting
                // with no one named are its author and the one the post linked the author with.
                if pairs.isEmpty, inClause.isEmpty, let who = author, let pair = lastPair, pair.contains(who),
                   let (type, p) = weEncounter(block, clause: clause) {
                    pairs.append((pair, type, p))
                }
                // "Merz is preparing to speak with Xi by phone. ¶ The call could happen as early as next week": a
                // paragraph opening on "The call" or "The meeting", naming no one, goes on with the one pair linked
                // in the paragraph before. So does "The talks on Sunday focused on …" after "X has held talks with Y".
                if pairs.isEmpty, inClause.isEmpty, clause.lowerBound == 0, clause.count > 2, pairsBefore.count == 1,
                   let pair = pairsBefore.first, block.tokens[0].lower == "the",
                   block.tokens[1].lower == "call" || block.tokens[1].lower == "meeting" || block.tokens[1].lower == "talks",
                   let type = predicates[block.tokens[1].lower],
                   // "The meeting …, came as the board prepares to meet on Nov. 13": the sentence sets the encounter
                   // told before beside another subject's doings, and tells no new one.
                   !clause.dropFirst(2).contains(where: { k in
                       block.tokens[k].lower == "as" && ["came", "comes", "come"].contains(block.tokens[k - 1].lower) }) {
                    pairs.append((pair, type, 1))
                }
                // "Tusk and Meloni held a meeting on Thursday, their first since Meloni's visit to Warsaw in March": the
                // encounter counted from is the same pair's, when one of them is its possessor.
                if let x = inClause.first(where: { m in
                       m.possessive && m.tokens.lowerBound >= clause.lowerBound + 3 && m.tokens.upperBound < clause.upperBound
                           && block.tokens[m.tokens.lowerBound - 1].lower == "since" && block.tokens[m.tokens.lowerBound - 2].lower == "first"
                           && block.tokens[m.tokens.lowerBound - 3].lower == "their" }),
                   let pair = pairs.first(where: { $0.1 != .statement && $0.0.contains(x.person) })?.0 ?? lastPair.flatMap({ $0.contains(x.person) ? $0 : nil }),
                   let type = predicates[block.tokens[x.tokens.upperBound].lower], type != .statement,
                   !pairs.contains(where: { $0.2 == x.tokens.upperBound }) {
                    pairs.append((pair, type, x.tokens.upperBound))
                }
                blockPairs += pairs.map(\.0)
                if let g = groupPair {
                    lastPair = g
                    recentPairs.append(g)
                } else {
                    if let last = pairs.last { lastPair = last.0 }
                    recentPairs += pairs.map(\.0)
                    // "Pashinyan and Aliyev met at the invitation of X. … both leaders": two sides of one
                    // third person are the pair the story goes on with.
                    let members = Set(pairs.flatMap(\.0))
                    if members.count == 3, let third = inClause.last(where: { members.contains($0.person) })?.person,
                       pairs.filter({ $0.0.contains(third) }).count == 2,
                       inClause.first(where: { members.contains($0.person) })?.person != third {
                        let sides = members.subtracting([third]).sorted()
                        lastPair = sides
                        recentPairs.append(sides)
                    }
                }
                // "On March 3, the Secretary will meet Modi and Jaishankar. In Tokyo, he will …": "he" is the subject, named first.
                // "In 2014 she hosted Kerry … Two years later she met Wang": a sentence whose subject is "she" or "he",
                // before any name, goes on with the person it stands for; the one it names is no new subject.
                if let first = inClause.first(where: { !$0.possessive }) ?? inClause.first,
                   lastSubject == nil || !opensOnPronoun(block, sentence: block.sentence(containing: clause.lowerBound), mentions: mentions) {
                    lastSubject = first.person
                }
                guard !pairs.isEmpty else { continue }
                let sentence = block.sentence(containing: clause.lowerBound)
                let start = block.tokens[sentence.lowerBound].start
                let blockOffset = block.index >= 0 && block.index < article.blocks.count ? article.blocks[block.index].offset : 0
                let source = SourceRef(article: article.id, sentence: block.text(of: sentence).trimmingSpaces,
                                       offset: blockOffset + start, block: block.index)
                let range = block.tokens[clause.lowerBound].start..<block.tokens[clause.upperBound - 1].end
                var dated = pairs
                // "X met Y on Saturday, and the two leaders agreed to convene in Harare in November": the pair's next encounter.
                if Set(pairs.map(\.0)).count == 1, let (pair, _, p) = pairs.first,
                   let (type, q) = followUp(block, clause: clause, after: pairs.map(\.2).max() ?? p, mentions: inClause)
                       ?? ownEncounterAfterAnd(block, clause: clause, after: pairs.map(\.2).max() ?? p, pair: pair, mentions: inClause) {
                    dated.append((pair, type, q))
                }
                // "met for six hours on Thursday and again on Friday morning": "and again" with a time of its own tells
                // one more encounter of the same pair, on that time.
                if let (_, _, p0) = pairs.first, let again = (p0 + 1..<clause.upperBound).first(where: { k in
                       block.tokens[k].isWord && block.tokens[k].lower == "again" && block.tokens[k - 1].lower == "and"
                           && k + 1 < clause.upperBound && (block.tokens[k + 1].lower == "on" || block.tokens[k + 1].lower == "in") }) {
                    dated += pairs.filter { $0.1 != .statement }.map { ($0.0, $0.1, again) }
                }
                for (pair, type, p) in dated {
                    var date = dateOf(block.index, range, block.tokens[p].start)
                    // "Albanese met Teo on Wednesday. Mr Albanese also held talks with Rabuka": an undated
                    // "also" encounter of someone in the encounter told just before happens on its day.
                    // Not after "who arrived on Monday" (a trip of several days), nor a plan after a past encounter.
                    if date == nil, let prev = lastDated, pair.contains(where: prev.people.contains),
                       saysAlso(block.tokens, before: p, clause: clause),
                       let published = article.published?.day,
                       speaksOfFuture(block.tokens, before: p, clause: clause) == (prev.date.start > published) { date = prev.date }
                    // "… will pay an official visit from October 19 to 23. During the visit, Xi will meet Luxon": the
                    // encounter falls within the visit just told, of someone in it.
                    if date == nil, let prev = lastDated, pair.contains(where: prev.people.contains),
                       opensOnTheVisit(block.tokens, block.sentence(containing: clause.lowerBound)) { date = prev.date }
                    // "Remarks by President Trump and Prime Minister Albanese Before Bilateral Meeting": a transcript's
                    // title tells the encounter of the day it was published.
                    if date == nil, block.index == -1, !labelled.isEmpty, let day = article.published?.day { date = TimeSpan(day: day) }
                    // "Sikorski, who accompanied Tusk, held separate talks with Wadephul": an undated encounter of someone
                    // travelling with a person of the encounter just told happens on that encounter's day.
                    // Not a past encounter after a planned one ("… will leave for China on Sunday. X, who accompanied Modi, called on Y").
                    if date == nil, let prev = lastDated,
                       accompanies(block.tokens, sentence: block.sentence(containing: clause.lowerBound), mentions: mentions, of: prev.people),
                       article.published.map({ speaksOfFuture(block.tokens, before: p, clause: clause) == (prev.date.start > $0.day) }) ?? true {
                        date = prev.date
                    }
                    if date == nil, agendaOwner != nil, pair.contains(agendaOwner!) { date = agendaDate }
                    // "X said on Wednesday that … He spoke at a press conference alongside Y": the day the sentence before told.
                    if date == nil, p == alongsideAt, case let sentence = block.sentence(containing: clause.lowerBound), sentence.lowerBound > 0 {
                        let before = block.sentence(containing: sentence.lowerBound - 1)
                        date = dateOf(block.index, block.tokens[before.lowerBound].start..<block.tokens[before.upperBound - 1].end,
                                      block.tokens[before.lowerBound].start)
                    }
                    // "After the Doha meeting, Sheikh Mohammed spoke by phone with X": on the day of the encounter told last.
                    if date == nil, let prev = lastDated, prev.date.granularity == .day, clause.lowerBound == 0,
                       block.tokens.count > 4, block.tokens[0].lower == "after", block.tokens[1].lower == "the",
                       Self.opensAfterTheEncounter(block.tokens.prefix(6).map(\.lower)) { date = prev.date }
                    // "Before the leaders' meeting, Chancellor X held talks with Y": the leaders' encounter told last dates it.
                    if date == nil, let day = leadersDated, opensBesideLeadersEncounter(block.tokens, block.sentence(containing: clause.lowerBound)) {
                        date = day
                    }
                    // "Quote: "I met with Hakan Fidan."": an undated encounter its author tells in a post, in the
                    // past, happened on the day the post is reported.
                    if date == nil, let who = author, pair.contains(who), !speaksOfFuture(block.tokens, before: p, clause: clause),
                       let day = article.published?.day { date = TimeSpan(day: day) }
                    // "Modi and Ishiba had last met in June": backstory in the past perfect is no encounter the story goes on from.
                    if let d = date, !pastPerfect(block.tokens, before: p, clause: clause) { lastDated = (pair, d) }
                    if let d = date, type != .statement, pair.allSatisfy(leaders.contains) { leadersDated = d }
                    if byPair[pair] == nil { pairOrder.append(pair) }
                    byPair[pair, default: []].append(Interaction(type: type, date: date, event: nil, sources: [source]))
                }
            }
        }
        // "Netanyahu speaks with Trump after Shabbat, will fly to Washington next week": a headline retells
        // what the body tells; a pair the body links takes its encounters, and their dates, from the body.
        for (pair, list) in byPair where labelled.isEmpty && list.contains(where: { $0.sources.first.map { $0.block >= 0 } ?? false }) {
            byPair[pair] = list.filter { $0.sources.first.map { $0.block >= 0 } ?? true }
        }
        return pairOrder.map { Relation(people: $0, interactions: byPair[$0]!) }
    }

    /// True for an interaction word told in the past perfect: "had met", "had last spoken", "had already met".
    static func pastPerfect(_ toks: [TextToken], before p: Int, clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, p - 3)..<p).contains { toks[$0].isWord && toks[$0].lower == "had" }
    }

    /// True when the sentence says someone "accompanied" (or is "accompanying") one of `people`, named
    /// within three words after it.
    static func accompanies(_ toks: [TextToken], sentence: Range<Int>, mentions: [LocatedMention], of people: [String]) -> Bool {
        sentence.contains { k in
            toks[k].isWord && (toks[k].lower == "accompanied" || toks[k].lower == "accompanying")
                && mentions.contains { m in people.contains(m.person) && m.tokens.lowerBound > k && m.tokens.lowerBound <= k + 3 }
        }
    }

    /// "Modi thanked Christodoulides for the visit of his foreign minister, Kombos, who called on him on
    /// Monday": a courtesy call told in a "who" aside with a pronoun for its object links the one named right
    /// before "who" with the sentence's subject. So does "who visited him", "who phoned her", "who met him"; a
    /// sentence opening on "He" or "She" has `previous` (the person told before) for its subject.
    /// Gives the pair, the type and the offset of the verb.
    static func courtesyCallAside(_ block: ScannedBlock, clause: Range<Int>, mentions: [LocatedMention],
                                  previous: String?) -> ([String], InteractionType, Int)? {
        let toks = block.tokens
        // "who visited her in Leiden", not "who met her counterpart": "her" before a lower-case noun is a possessive.
        func objectPronoun(_ k: Int) -> Bool {
            k < toks.count && (toks[k].lower == "him" || toks[k].lower == "her" && (k + 1 == toks.count || !toks[k + 1].isWord
                || toks[k + 1].isCapitalized || Self.afterObject.contains(toks[k + 1].lower)))
        }
        // (A "who" at most two words before the verb is needed: looked for first, as most clauses have none.)
        guard (max(0, clause.lowerBound - 2)..<clause.upperBound).contains(where: { toks[$0].lower == "who" }),
              let p = clause.first(where: { k in
            toks[k].isWord && (toks[k].lower == "called" && k + 2 < toks.count && toks[k + 1].lower == "on" && objectPronoun(k + 2)
                || objectPronoun(k + 1) && toks[k].lexicon.contains(.interaction) && Self.asideVerbs[toks[k].lower] != nil)
        }), let w = (max(0, p - 2)..<p).last(where: { toks[$0].lower == "who" }), w >= 2, toks[w - 1].text == ",",
              let visitor = mentions.last(where: { $0.tokens.upperBound == w - 1 }) else { return nil }
        let type = Self.asideVerbs[toks[p].lower] ?? .meeting
        let sentence = block.sentence(containing: w)
        if let host = mentions.first(where: { m in
            sentence.contains(m.tokens.lowerBound) && m.tokens.lowerBound < visitor.tokens.lowerBound && !m.possessive
        }) {
            return host.person != visitor.person ? ([host.person, visitor.person].sorted(), type, p) : nil
        }
        guard let host = previous, host != visitor.person, opensOnPronoun(block, sentence: sentence, mentions: mentions) else { return nil }
        return ([host, visitor.person].sorted(), type, p)
    }

    /// "Tsahkna informed his Polish counterpart about his telephone conversation on Monday with Ukrainian Minister
    /// of Foreign Affairs Andrii Sybiha": the encounter one briefs another on ("his call with Y") is the briefer's
    /// own, with Y; the one briefed takes no part in it. Gives the pair, the type and the index of the encounter word.
    static func briefedOnOwnEncounter(_ block: ScannedBlock, clause: Range<Int>, mentions: [LocatedMention]) -> ([String], InteractionType, Int)? {
        let toks = block.tokens
        guard mentions.count >= 2, let v = clause.first(where: { toks[$0].isWord && isBriefingVerb(toks[$0].lower) }),
              let subject = mentions.last(where: { $0.tokens.upperBound <= v && !$0.possessive && !$0.roleOnly }),
              let own = (v + 1..<min(clause.upperBound, v + 10)).first(where: { k in
                  (toks[k].lower == "his" || toks[k].lower == "her") && k > v + 1
                      && ["about", "on", "of"].contains(toks[k - 1].lower)
              }),
              let p = (own + 1..<min(clause.upperBound, own + 4)).first(where: { k in
                  toks[k].lexicon.contains(.interaction) && [.phoneCall, .meeting, .visit, .summit].contains(predicates[toks[k].lower])
              }),
              let with = (p + 1..<min(clause.upperBound, p + 8)).first(where: { toks[$0].lower == "with" }),
              let other = mentions.first(where: { $0.tokens.lowerBound > with }),
              other.tokens.lowerBound - with <= 1 || longOfficeBefore(toks, from: with, to: other.tokens.lowerBound)
                  || (with + 1..<other.tokens.lowerBound).allSatisfy({ toks[$0].isWord && (toks[$0].isCapitalized || toks[$0].lower == "of") }),
              other.person != subject.person else { return nil }
        return ([subject.person, other.person].sorted(), predicates[toks[p].lower]!, p)
    }

    /// True when the interaction word at `p` is what someone is briefed about: "briefed X on his trip", "informed
    /// her about their talks", with a possessive right before the word (or one adjective between).
    static func briefedAbout(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        var k = p - 1
        if k > clause.lowerBound, toks[k].isWord, !toks[k].isCapitalized, !possessivePronouns.contains(toks[k].lower) { k -= 1 }
        guard k - 1 > clause.lowerBound, possessivePronouns.contains(toks[k].lower),
              ["on", "about", "of"].contains(toks[k - 1].lower) else { return false }
        return (max(clause.lowerBound, k - 9)..<(k - 1)).contains { toks[$0].isWord && isBriefingVerb(toks[$0].lower) }
    }

    private static let possessivePronouns: Set<String> = ["his", "her", "their"]

    /// True for an encounter wished for: "hoped to meet", "wants to visit", "would like to soon meet", "is eager to talk".
    static func wishedFor(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        var k = p - 1
        if k > clause.lowerBound, toks[k].isWord, toks[k].lower.hasSuffix("ly") || toks[k].lower == "soon" { k -= 1 }
        guard k > clause.lowerBound, toks[k].lower == "to" else { return false }
        return wishWords.contains(toks[k - 1].lower)
    }

    private static let wishWords: Set<String> = ["hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wanting", "wish",
                                                 "wishes", "wished", "like", "love", "eager", "keen", "willing", "ready", "desire", "desires"]

    /// True when "they" or "their" stands within five words before `p` and no other group ("officials said they …")
    /// is named before it in the clause.
    static func saysThey(_ toks: [TextToken], _ clause: Range<Int>, before p: Int) -> Bool {
        guard let k = (max(clause.lowerBound, p - 5)..<p).last(where: { toks[$0].lower == "they" || toks[$0].lower == "their" }) else { return false }
        // "The allies plan to hold their annual meeting": a plural noun after "the" before "their" is whom it means.
        return !(clause.lowerBound..<k).contains { j in
            toks[j].isWord && (otherGroups.contains(toks[j].lower)
                || j > clause.lowerBound && ["the", "both", "two", "all"].contains(toks[j - 1].lower) && toks[j].lower.hasSuffix("s")
                    && !toks[j].isCapitalized && !toks[j].lower.hasPrefix("leader"))
        }
    }

    /// Plural nouns of people or bodies other than a pair of leaders, whom a "they" after them may mean.
    static let otherGroups: Set<String> = ["officials", "diplomats", "protesters", "lawmakers", "analysts", "experts",
        "critics", "reporters", "countries", "nations", "governments", "delegations", "sides", "negotiators", "aides",
        "observers", "people", "citizens", "ministers", "envoys", "parties", "members", "residents", "sources", "troops"]

    /// True when "his trip", "her visit" or "his tour" stands between `from` and `to`.
    static func ownTripBefore(_ toks: [TextToken], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from + 1..<to).contains { k in
            toks[k].isWord && tripNouns.contains(toks[k].lower) && (toks[k - 1].lower == "his" || toks[k - 1].lower == "her")
        }
    }

    private static let tripNouns: Set<String> = ["trip", "visit", "tour", "journey", "travels"]

    /// Verbs of telling someone about something done.
    static let briefingVerbs: Set<String> = ["informed", "informs", "briefed", "briefs", "updated", "updates", "apprised"]

    /// True for a verb of `briefingVerbs`; the first letter and the length are checked before the set is asked.
    private static func isBriefingVerb(_ w: String) -> Bool {
        guard let f = w.utf8.first, f == 0x69 || f == 0x62 || f == 0x75 || f == 0x61, w.utf8.count >= 6, w.utf8.count <= 8 else { return false }
        return briefingVerbs.contains(w)
    }

    /// Words that may follow an object "her": a place, a time or a manner, no noun she owns.
    private static let afterObject: Set<String> = ["in", "on", "at", "last", "this", "again", "twice", "during", "after",
                                                   "before", "and", "for", "by", "earlier", "later", "when", "while"]

    /// True when `m` opens the clause, past only capitalized words of office: "Commission President X hosted …".
    static func opensOnSubject(_ toks: [TextToken], _ m: LocatedMention, clause: Range<Int>) -> Bool {
        var k = m.tokens.lowerBound
        while k > clause.lowerBound, toks[k - 1].isWord, toks[k - 1].isCapitalized { k -= 1 }
        return k == clause.lowerBound
    }

    /// Verbs reporting what the clause's subject says: "said he had spoken with …".
    private static let reportingVerbs: Set<String> = ["said", "says", "added", "noted", "recalled", "revealed", "disclosed"]

    /// Verbs of a "who" aside whose object pronoun is the sentence's subject, with the type each tells.
    private static let asideVerbs: [String: InteractionType] = ["visited": .visit, "phoned": .phoneCall, "met": .meeting]

    /// True when "he" or "she" stands in the sentence before any name it holds: the sentence's subject is the
    /// person told before.
    static func opensOnPronoun(_ block: ScannedBlock, sentence: Range<Int>, mentions: [LocatedMention]) -> Bool {
        let end = mentions.first(where: { sentence.contains($0.tokens.lowerBound) })?.tokens.lowerBound ?? sentence.upperBound
        return (sentence.lowerBound..<min(end, sentence.upperBound)).contains { k in
            block.tokens[k].isWord && (block.tokens[k].lower == "she" || block.tokens[k].lower == "he")
        }
    }

    /// True when the sentence opens with "During the visit", "During his trip": it tells what happened on a visit told before.
    static func opensOnTheVisit(_ toks: [TextToken], _ sentence: Range<Int>) -> Bool {
        let k = sentence.lowerBound
        return k + 2 < sentence.upperBound && EventExtractor.duringTheVisit(toks[k].lower, toks[k + 1].lower, toks[k + 2].lower)
    }

    /// Prepositions whose object is no subject of a verb after it: "a call from X, meets Y".
    private static let prepositionsOfObject: Set<String> = ["from", "with", "by"]

    /// Verbs of carrying someone else's message.
    static let messengerVerbs: Set<String> = ["convey", "conveyed", "conveys", "conveying", "deliver", "delivered", "delivers", "delivering",
                                                      "carry", "hand", "pass", "bring",
                                                      "carried", "carries", "carrying", "handed", "hands", "passed", "passes", "brought", "brings"]

    /// Titles of a crowned head, whom "His Majesty" means.
    private static let crownedTitles: Set<String> = ["King", "Queen", "Sultan", "Emperor", "Empress"]

    /// True for "Majesty" in "His Majesty received …" with no name after it: a form of address standing, like
    /// "he", for the royal named before.
    static func isAddressedSubject(_ toks: [TextToken], _ k: Int) -> Bool {
        guard k > 0, toks[k].isWord, toks[k].lower == "majesty" || toks[k].lower == "highness",
              toks[k - 1].lower == "his" || toks[k - 1].lower == "her" else { return false }
        return k + 1 >= toks.count || !(toks[k + 1].isWord && toks[k + 1].isCapitalized)
    }

    /// True when "also" stands shortly before the interaction word ("also held talks", "is also expected to be received").
    static func saysAlso(_ toks: [TextToken], before p: Int, clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, p - 4)..<p).contains { toks[$0].lower == "also" }
            && !(clause.lowerBound..<p).contains { toks[$0].lower == "who" }
    }

    /// Nouns after a possessive name for someone acting for that person ("Greer's deputy", "Putin's aide").
    static let standIns: Set<String> = ["deputy", "deputies", "aide", "aides", "adviser", "advisers", "advisor", "spokesman",
                                                "spokeswoman", "spokesperson", "envoy", "envoys", "emissary", "representative",
                                                "representatives", "wife", "husband", "son", "daughter", "lawyer", "lawyers"]

    /// "He spoke at a press conference alongside his counterpart X", "X appeared alongside Y": the subject (a name before
    /// the verb, or `previous` for an opening "He" or "She") and the one named right after "alongside", with the index of
    /// "alongside"; nil otherwise.
    static func appearedAlongside(_ toks: [TextToken], clause: Range<Int>, mentions: [LocatedMention], previous: String?) -> ([String], Int)? {
        guard let a = clause.first(where: { toks[$0].isWord && toks[$0].lower == "alongside" }), a > clause.lowerBound,
              let x = mentions.first(where: { $0.tokens.lowerBound > a && $0.tokens.lowerBound <= a + 5 && !$0.possessive && !$0.roleOnly }),
              (clause.lowerBound..<a).contains(where: { k in
                  toks[k].isWord && ["spoke", "appeared", "stood", "conference", "briefing", "appearance"].contains(toks[k].lower) }) else { return nil }
        let subject: String?
        if let s = mentions.first(where: { $0.tokens.upperBound <= a && !$0.possessive && !$0.roleOnly }) {
            subject = s.person
        } else if toks[clause.lowerBound].lower == "he" || toks[clause.lowerBound].lower == "she" {
            subject = previous
        } else {
            subject = nil
        }
        guard let s = subject, s != x.person else { return nil }
        return ([s, x.person].sorted(), a)
    }

    /// Nouns of a negotiating side.
    private static let sideNouns: Set<String> = ["team", "delegation", "side", "teams", "delegations", "sides"]

    /// "X led his country's team, while Y and Z headed the American delegation", "the U.S. delegation, led by X, met a
    /// Ukrainian team headed by Y": when one sentence names the heads of two sides, the pairs across them; else nil.
    static func delegationHeads(_ toks: [TextToken], mentions: [LocatedMention]) -> [[String]]? {
        // The cheap word test first: most blocks name no one leading or heading anything.
        guard mentions.count >= 2, toks.contains(where: { $0.isWord && ($0.lower == "led" || $0.lower == "headed") }) else { return nil }
        var sides: [(sentence: Int, people: [String])] = []
        for k in toks.indices where toks[k].isWord && (toks[k].lower == "led" || toks[k].lower == "headed") {
            // A side's noun near the verb: "led his country's team", "a Ukrainian team headed by".
            guard (max(0, k - 4)..<min(toks.count, k + 6)).contains(where: { toks[$0].isWord && sideNouns.contains(toks[$0].lower) }) else { continue }
            var side: [String] = []
            if k + 1 < toks.count, toks[k + 1].lower == "by" {
                if let m = mentions.first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 8 && !$0.possessive && !$0.roleOnly }) {
                    side = [m.person]
                }
            } else if let i = mentions.lastIndex(where: { $0.tokens.upperBound <= k && k - $0.tokens.upperBound <= 1 && !$0.possessive && !$0.roleOnly }) {
                side = coordinated(mentions, endingAt: i, toks: toks).map(\.person)
            }
            guard !side.isEmpty else { continue }
            let sentence = toks[..<k].lastIndex(where: { $0.text == "." }) ?? -1
            sides.append((sentence, side))
        }
        for i in sides.indices {
            for j in sides.indices where j > i && sides[j].sentence == sides[i].sentence && Set(sides[i].people).isDisjoint(with: sides[j].people) {
                return sides[i].people.flatMap { a in sides[j].people.map { [a, $0].sorted() } }
            }
        }
        return nil
    }

    /// "Both teams met …", "the two delegations held talks", "the sides met" (naming no one), or "X hosted a dinner for
    /// both delegations": the encounter's type and word, and the host for the second form.
    static func delegationsMeet(_ toks: [TextToken], clause: Range<Int>, mentions: [LocatedMention]) -> (InteractionType, Int, String?)? {
        guard let g = clause.first(where: { k in
            k > clause.lowerBound && toks[k].isWord && (toks[k].lower == "teams" || toks[k].lower == "delegations" || toks[k].lower == "sides")
                && ["both", "two", "the"].contains(toks[k - 1].lower) }) else { return nil }
        // "Both teams met", "The two delegations held talks": the subject opens the clause, an encounter follows.
        if g - clause.lowerBound <= 2, mentions.allSatisfy({ $0.tokens.lowerBound > g }) {
            for p in g + 1..<min(clause.upperBound, g + 4) where toks[p].isWord {
                if let type = predicates[toks[p].lower], type == .meeting || type == .summit { return (type, p, nil) }
            }
            return nil
        }
        // "who hosted a dinner for both delegations": one person before the encounter word hosts the sides.
        guard toks[g - 1].lower == "both" || toks[g - 1].lower == "two", g >= 3, toks[g - 2].lower == "for",
              let p = (max(clause.lowerBound, g - 5)..<(g - 2)).first(where: { toks[$0].isWord && predicates[toks[$0].lower] == .meeting }),
              let host = mentions.last(where: { $0.tokens.upperBound <= p && !$0.possessive && !$0.roleOnly }) else { return nil }
        return (.meeting, p, host.person)
    }

    /// "X joined Y for a meeting with Z", "he joined Y for talks with a delegation led by Z": the one joining (the name
    /// before "joined", or `previous` for a "he" or "she" right before it) meets Y, and both meet Z. Nil when the clause
    /// has no "joined" followed by a name and, after that name, "for" and an encounter.
    static func joinedForEncounter(_ toks: [TextToken], clause: Range<Int>, mentions: [LocatedMention],
                                   previous: String?) -> [([String], InteractionType, Int)]? {
        // The cheap word test first: most clauses have no "joined".
        guard let j = clause.first(where: { toks[$0].isWord && (toks[$0].lower == "joined" || toks[$0].lower == "joins") }),
              let y = mentions.first(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound <= j + 18 && !$0.possessive && !$0.roleOnly }),
              y.tokens.upperBound + 1 < clause.upperBound, toks[y.tokens.upperBound].lower == "for" else { return nil }
        // "for a meeting", "for talks", "for a dinner": the encounter within three words after "for".
        guard let e = (y.tokens.upperBound + 1..<min(clause.upperBound, y.tokens.upperBound + 4)).first(where: { k in
            toks[k].isWord && ["meeting", "meetings", "talks", "dinner", "lunch", "session"].contains(toks[k].lower) }) else { return nil }
        let subject: String?
        if let s = mentions.last(where: { $0.tokens.upperBound <= j && !$0.possessive }), j - s.tokens.upperBound <= 3 {
            subject = s.person
        } else if j > clause.lowerBound, toks[j - 1].lower == "he" || toks[j - 1].lower == "she" {
            subject = previous
        } else {
            subject = nil
        }
        guard let s = subject, s != y.person else { return nil }
        var out: [([String], InteractionType, Int)] = [([s, y.person].sorted(), .meeting, e)]
        if e + 1 < clause.upperBound, toks[e + 1].lower == "with",
           let z = mentions.first(where: { $0.tokens.lowerBound > e + 1 && $0.tokens.lowerBound <= e + 12 && !$0.possessive && !$0.roleOnly }),
           z.person != s, z.person != y.person {
            out.append(([s, z.person].sorted(), .meeting, e))
            out.append(([y.person, z.person].sorted(), .meeting, e))
        }
        return out
    }

    /// True when the words open "After the meeting," or "After the Doha talks,": "after the", at most two words, an
    /// encounter noun, then a comma.
    static func opensAfterTheEncounter(_ w: [String]) -> Bool {
        guard w.count > 3, w[0] == "after", w[1] == "the" else { return false }
        for k in 2..<min(w.count - 1, 5) where definiteEvents.contains(w[k]) || w[k] == "session" { return w[k + 1] == "," }
        return false
    }

    /// True when the words before the interaction word tell a plan ("will", "is expected to", "is likely to").
    static func speaksOfFuture(_ toks: [TextToken], before p: Int, clause: Range<Int>) -> Bool {
        (clause.lowerBound..<p).contains { k in
            let w = toks[k].lower
            return w == "will" || w == "expected" || w == "likely" || w == "due" || w == "set" || w == "plans"
        }
    }

    /// A later encounter of the pair a clause already linked, told in a part joined by "and" that names no
    /// one else: "…, and will meet again in August", "…, and the two leaders agreed to convene in November",
    /// "… and invited him to Brasília for a state visit in September". The type and the word's index, or nil.
    static func followUp(_ block: ScannedBlock, clause: Range<Int>, after p: Int, mentions: [LocatedMention]) -> (InteractionType, Int)? {
        let toks = block.tokens
        guard let and = (p + 1..<clause.upperBound).first(where: { toks[$0].isWord && toks[$0].lower == "and" }),
              !mentions.contains(where: { $0.tokens.lowerBound > and }) else { return nil }
        var k = and + 1
        // "said he had a call with Xi and that the two agreed to meet": a reported part goes on the same way.
        if k < clause.upperBound, toks[k].lower == "that" { k += 1 }
        // The part's subject: none (the pair goes on), "they", "both (leaders)", "the two leaders" or "the two".
        if k + 1 < clause.upperBound, toks[k].lower == "both", groupNouns.contains(toks[k + 1].lower) { k += 2 }
        else if k < clause.upperBound, toks[k].lower == "they" || toks[k].lower == "both" { k += 1 }
        else if k + 2 < clause.upperBound, toks[k].lower == "the", toks[k + 1].lower == "two", groupNouns.contains(toks[k + 2].lower) { k += 3 }
        else if k + 2 < clause.upperBound, toks[k].lower == "the", toks[k + 1].lower == "two", followUpHeads.contains(toks[k + 2].lower) { k += 2 }
        while k < clause.upperBound, toks[k].isWord, followUpAdverbs.contains(toks[k].lower) { k += 1 }
        guard k < clause.upperBound, toks[k].isWord, followUpHeads.contains(toks[k].lower) else { return nil }
        var q = k + 1
        while q < clause.upperBound, q <= k + 8, toks[q].text != "," {
            if toks[q].isWord, asideOpeners.contains(toks[q].lower) { return nil }
            if toks[q].isWord, toks[q].lexicon.contains(.interaction), let type = predicates[toks[q].lower],
               type == .meeting || type == .visit || type == .summit, !idleUse(toks, q, clause) { return (type, q) }
            q += 1
        }
        return nil
    }

    /// "after their talks in Gyeongju last November and Lee's state visit to Beijing in January": after the
    /// pair's ("their") encounter, a visit or meeting of one of the two joined by "and" is another encounter of
    /// the pair. The type and the word's index, or nil.
    static func ownEncounterAfterAnd(_ block: ScannedBlock, clause: Range<Int>, after p: Int, pair: [String],
                                     mentions: [LocatedMention]) -> (InteractionType, Int)? {
        let toks = block.tokens
        guard p > clause.lowerBound, (max(clause.lowerBound, p - 3)..<p).contains(where: { toks[$0].lower == "their" }),
              let and = (p + 1..<clause.upperBound).first(where: { toks[$0].isWord && toks[$0].lower == "and" }),
              let who = mentions.first(where: { $0.tokens.lowerBound == and + 1 }), who.possessive, pair.contains(who.person),
              !mentions.contains(where: { $0.tokens.lowerBound > who.tokens.lowerBound }) else { return nil }
        for q in who.tokens.upperBound..<min(clause.upperBound, who.tokens.upperBound + 3) {
            guard toks[q].isWord else { return nil }
            if toks[q].lexicon.contains(.interaction), let type = predicates[toks[q].lower],
               type == .meeting || type == .visit || type == .summit { return (type, q) }
        }
        return nil
    }

    /// Words that open a part telling a pair's next encounter: a plan, an invitation, a future.
    private static let followUpHeads: Set<String> = ["will", "would", "agreed", "agree", "agrees", "invited", "invites", "plan", "plans", "planned"]
    private static let followUpAdverbs: Set<String> = ["also", "then", "later", "again"]

    /// Interaction words and the type each signals.
    static let predicates: [String: InteractionType] = {
        var p: [String: InteractionType] = [:]
        for w in ["call", "calls", "phone", "phoned", "telephone", "telephoned", "conversation", "conversations",
                  "spoke", "spoken", "speaks", "speak", "speaking", "talked", "talking"] { p[w] = .phoneCall }
        for w in ["summit", "summits", "retreat"] { p[w] = .summit }
        for w in ["meet", "meets", "met", "meeting", "meetings", "talks", "encounter", "encounters", "host", "hosts",
                  "hosted", "hosting", "receive", "received", "receives", "sit", "sat", "welcomed", "welcomes", "greeted", "dinner", "luncheon",
                  "breakfast", "lunch", "convene", "convenes", "convened", "see", "seeing",
                  "called", "conference", "conferences", "invitation", "spent", "spend", "spends", "spending",
                  "shook", "shake", "shakes", "shaking", "presented", "handed", "dialogue", "consultations",
                  "take", "takes", "took", "taking",
                  // "is expected to appear with former President X at a rally": a joint appearance.
                  "appear", "appears", "appeared", "appearing",
                  // "stood beside Xi and Putin at a parade": standing with someone at an occasion.
                  "stood", "stand", "stands", "standing"] {
            p[w] = .meeting
        }
        for w in ["visit", "visits", "visited", "visiting"] { p[w] = .visit }
        for w in ["agree", "agreed", "agrees", "agreement", "agreements", "signed", "signs", "pact", "accord", "deal"] {
            p[w] = .agreement
        }
        for w in ["criticized", "criticised", "criticizes", "criticises", "praised", "praises", "condemned", "condemns",
                  "blamed", "blames", "accused", "accuses", "thanked", "thanks", "congratulated", "congratulates",
                  "responded", "responds", "said", "says", "told", "tells", "warned", "warns", "slammed", "slams",
                  "endorsed", "endorses", "rebuked", "rebukes", "mocked", "defended", "defends", "invited", "invites",
                  "clashed", "clashes", "sparred", "spars", "debated", "debates", "wrote", "writes", "feud", "feuded",
                  "feuding"] {
            p[w] = .statement
        }
        // "sent a letter to X", "a message of congratulations from X": what one leader wrote to another.
        for w in correspondence { p[w] = .statement }
        return p
    }()

    /// True when "by" after a participle other than the interaction word ("a dinner hosted by", "talks chaired
    /// by") opens the span before a person: that person is the agent of the participle.
    static func agentOfAnotherVerb(_ toks: [TextToken], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from + 1..<to).contains { k in
            toks[k].isWord && toks[k].lower == "by" && toks[k - 1].isWord && !toks[k - 1].isCapitalized
                && toks[k - 1].lower.hasSuffix("ed") && toks[k - 1].lower != "attended"
        }
    }

    /// Nouns of written messages between people.
    static let correspondence: Set<String> = ["letter", "letters", "message", "messages", "cable", "congratulations",
                                              "condolences", "greetings"]

    static let pluralSubjects: Set<String> = ["they", "their", "both"]

    /// An interaction whose object is a group named before ("spoken to both leaders", "met the two
    /// presidents"), with the one person named before the interaction word as its subject.
    static func groupObject(_ block: ScannedBlock, clause: Range<Int>, mentions: [LocatedMention]) -> (InteractionType, Int, String, Bool)? {
        let toks = block.tokens
        for p in clause where toks[p].isWord && toks[p].lexicon.contains(.interaction) {
            guard var type = predicates[toks[p].lower], type != .statement, type != .visit, type != .agreement,
                  !idleUse(toks, p, clause) else { continue }
            // As in `readPairs`: speaking with someone is a call only when the clause says so.
            if type == .phoneCall, !phoneWords.contains(toks[p].lower),
               !clause.contains(where: { toks[$0].isWord && phoneWords.contains(toks[$0].lower) }) { type = .meeting }
            var k = p + 1
            while k < clause.upperBound, k <= p + 3, toks[k].isWord, ["to", "with", "the", "both", "two"].contains(toks[k].lower) { k += 1 }
            guard k < clause.upperBound, k > p + 1, toks[k - 1].lower == "both" || toks[k - 1].lower == "two",
                  toks[k].isWord, groupNouns.contains(toks[k].lower) else { continue }
            let before = mentions.filter { $0.tokens.upperBound <= p && !$0.possessive }
            guard let subject = before.last, Set(before.map(\.person)).count == 1,
                  !mentions.contains(where: { $0.tokens.lowerBound > p }) else { return nil }
            return (type, p, subject.person, leaderNouns.contains(toks[k].lower))
        }
        return nil
    }

    /// True when the clause says "the leaders", "the two ministers" or "both presidents".
    static func namesAGroup(_ toks: [TextToken], _ clause: Range<Int>) -> Bool {
        clause.contains { k in
            k > clause.lowerBound && toks[k].isWord && groupNouns.contains(toks[k].lower)
                && (["the", "two", "both"].contains(toks[k - 1].lower) || twoOfAnOffice(toks, k - 1, clause))
        }
    }

    /// True when the clause's group is one of heads of state or government: "the two leaders", "both presidents".
    static func namesLeaders(_ toks: [TextToken], _ clause: Range<Int>) -> Bool {
        clause.contains { k in k > clause.lowerBound && toks[k].isWord && leaderNouns.contains(toks[k].lower)
            && ["the", "two", "both"].contains(toks[k - 1].lower) }
    }

    /// "the two Prime Ministers", "both foreign ministers": at `k`, one word of the office between "two" or
    /// "both" and a plural noun of office.
    static func twoOfAnOffice(_ toks: [TextToken], _ k: Int, _ clause: Range<Int>) -> Bool {
        k > clause.lowerBound && k + 1 < clause.upperBound && toks[k].isWord && !toks[k].possessive
            && (toks[k - 1].lower == "two" || toks[k - 1].lower == "both") && groupNouns.contains(toks[k + 1].lower)
            && toks[k + 1].lower != "sides" && toks[k + 1].lower != "men" && toks[k + 1].lower != "women"
    }

    /// "the two chancellors", "both senators": the two people of the article holding the office a plural after
    /// "two" or "both" names (one that is no group noun the pair told before stands for), or nil.
    static func holdersOfPluralOffice(_ toks: [TextToken], _ clause: Range<Int>, holders: [String: [String]]) -> [String]? {
        for k in clause where k + 1 < clause.upperBound && toks[k].isWord && (toks[k].lower == "two" || toks[k].lower == "both") {
            let noun = toks[k + 1].lower
            guard noun.utf8.count > 4, noun.hasSuffix("s"), !groupNouns.contains(noun),
                  let names = holders[String(noun.dropLast())], names.count == 2 else { continue }
            return names.sorted()
        }
        return nil
    }

    /// "the senators (also) met with …": the article's holders (two or more) of the office a plural subject right before
    /// a meeting word names, the word's type and index; nil otherwise.
    static func pluralOfficeSubject(_ toks: [TextToken], _ clause: Range<Int>, holders: [String: [String]]) -> ([String], InteractionType, Int)? {
        for k in clause where k + 2 < clause.upperBound && toks[k].isWord && toks[k].lower == "the" {
            // The interaction word's lexicon bit first: most "the" open no subject of one.
            let p = toks[k + 2].lower == "also" && k + 3 < clause.upperBound ? k + 3 : k + 2
            guard toks[p].isWord, toks[p].lexicon.contains(.interaction) else { continue }
            let noun = toks[k + 1].lower
            guard noun.utf8.count > 4, noun.hasSuffix("s"), !groupNouns.contains(noun), let names = holders[String(noun.dropLast())],
                  names.count >= 2, let type = predicates[toks[p].lower], type != .statement, type != .agreement else { continue }
            return (names.sorted(), type, p)
        }
        return nil
    }

    /// True when the sentence opens "Before the leaders' meeting," / "After the presidents' talks,": what it tells
    /// happened beside the leaders' encounter told before.
    static func opensBesideLeadersEncounter(_ toks: [TextToken], _ sentence: Range<Int>) -> Bool {
        let k = sentence.lowerBound
        guard k + 4 < sentence.upperBound, ["before", "after", "ahead"].contains(toks[k].lower) else { return false }
        let the = toks[k].lower == "ahead" ? k + 2 : k + 1
        guard the + 2 < sentence.upperBound, toks[the].lower == "the", leaderNouns.contains(toks[the + 1].lower),
              toks[the + 1].possessive || toks[the + 2].text == "'" || toks[the + 2].text == "\u{2019}" else { return false }
        let noun = toks[the + 2].isWord ? the + 2 : the + 3
        return noun < sentence.upperBound && definiteEvents.contains(toks[noun].lower)
    }

    /// True for a plural of a known office ("chancellors", "senators"), which after "two" makes a plural subject.
    static func isPluralOffice(_ w: String) -> Bool {
        w.utf8.count > 4 && w.hasSuffix("s") && PersonLexicon.titles[[String(w.dropLast())]] != nil
    }

    /// Group nouns that mean heads of state or government: the pair must be leaders.
    private static let leaderNouns: Set<String> = ["leaders", "presidents", "premiers", "heads"]

    /// Plural nouns for people named before ("both leaders", "the two heads of state").
    private static let groupNouns: Set<String> = ["leaders", "presidents", "premiers", "ministers", "sides", "men", "women", "heads"]

    private static let definiteEvents: Set<String> = ["summit", "talks", "meeting", "call"]

    /// Words that may follow a bare "the two" standing for a pair: adverbs and auxiliaries before its verb.
    private static let bareTwoFollowers: Set<String> = ["last", "first", "also", "previously", "have", "had", "will", "would",
                                                        "are", "were", "later", "then", "again", "already"]

    /// Ordinals that count a pair's encounters ("the first call", "the second meeting").
    private static let encounterOrdinals: Set<String> = ["first", "second", "third", "earlier", "later", "latest"]

    /// "The Egyptian and Jordanian leaders": two nationality words joined before a plural noun of office name the
    /// last pair told with no member known to be of another country.
    static func nationalPair(_ toks: [TextToken], _ clause: Range<Int>, pairs: [[String]], countries: [String: String]) -> [String]? {
        let k = clause.lowerBound
        guard !pairs.isEmpty, k + 4 < clause.upperBound, toks[k].lower == "the", toks[k + 2].lower == "and",
              toks[k + 4].lower.hasPrefix("leader") || groupNouns.contains(toks[k + 4].lower),
              let a = PersonLexicon.countries[toks[k + 1].lower], let b = PersonLexicon.countries[toks[k + 3].lower], a != b else { return nil }
        return pairs.last { pair in pair.allSatisfy { countries[$0].map { $0 == a || $0 == b } ?? true } }
    }

    /// "they held a trilateral summit with Abbas": a clause opening on "they" whose meeting word is followed by
    /// "with" and the one person named there.
    static func theyMetWith(_ toks: [TextToken], clause: Range<Int>, object: LocatedMention) -> (InteractionType, Int)? {
        guard object.tokens.lowerBound >= 2, toks[object.tokens.lowerBound - 1].lower == "with" || object.tokens.lowerBound >= 3
                  && isTitleWord(toks[object.tokens.lowerBound - 1].lower) && toks[object.tokens.lowerBound - 2].lower == "with",
              let they = (clause.lowerBound..<object.tokens.lowerBound).last(where: { toks[$0].isWord && toks[$0].lower == "they" }),
              they == clause.lowerBound || toks[they - 1].lower == "when" || toks[they - 1].lower == "where" || toks[they - 1].text == ",",
              let p = (they + 1..<object.tokens.lowerBound).first(where: { toks[$0].isWord && toks[$0].lexicon.contains(.interaction) }),
              object.tokens.lowerBound - p <= 4, p - they <= 5, let type = predicates[toks[p].lower], type != .statement, type != .visit else { return nil }
        return (type, p)
    }

    /// The type of a symmetric interaction whose subject is "they" / "their" / "both" / "the
    /// two leaders" / "the summit" in a clause naming nobody ("they also agree to …", "the
    /// summit concludes with agreements"); nil otherwise. The pair comes from context.
    static func pluralSubjectPredicate(_ block: ScannedBlock, clause: Range<Int>) -> (InteractionType, Int)? {
        let toks = block.tokens
        var plural = false
        var skip = -1
        var wordsSinceMarker = 0
        for k in clause where toks[k].isWord && k != skip {
            let w = toks[k].lower
            let marker = toks[k].lexicon.contains(.pluralMarker)
            // "they", "both", "the two leaders", "the two ministers"
            if marker, pluralSubjects.contains(w)
                || (w == "two" && k + 1 < clause.upperBound && (toks[k + 1].lower.hasPrefix("leader") || groupNouns.contains(toks[k + 1].lower)
                    || isPluralOffice(toks[k + 1].lower))) {
                plural = true
                wordsSinceMarker = w == "two" ? -1 : 0
                // "the two heads of state last met": "of state" is part of the noun.
                if w == "two", toks[k + 1].lower == "heads", k + 2 < clause.upperBound, toks[k + 2].lower == "of" { wordsSinceMarker = -3 }
                continue
            }
            // "The two last met in Doha in May 2025", "the two have spoken twice since": "the two" with no noun,
            // right before a verb or its adverb, are the pair told before.
            if marker, w == "two", k > clause.lowerBound, toks[k - 1].lower == "the", k + 1 < clause.upperBound, toks[k + 1].isWord,
               !toks[k + 1].isCapitalized, bareTwoFollowers.contains(toks[k + 1].lower) || toks[k + 1].lexicon.contains(.interaction) {
                plural = true
                wordsSinceMarker = 0
                continue
            }
            // "the two Prime Ministers", "the two foreign ministers"
            if marker, w == "two", twoOfAnOffice(toks, k + 1, clause) {
                plural = true
                wordsSinceMarker = -2
                continue
            }
            // "the Egyptian and Jordanian leaders"
            if w == "the", k + 4 < clause.upperBound, toks[k + 2].lower == "and", groupNouns.contains(toks[k + 4].lower),
               PersonLexicon.countries[toks[k + 1].lower] != nil, PersonLexicon.countries[toks[k + 3].lower] != nil {
                plural = true
                wordsSinceMarker = -4
                continue
            }
            // "The first call, on Friday afternoon, focused on …", "The second meeting came a day later": an ordinal
            // encounter opening its clause is one more encounter of the pair told before, dated by its own time.
            if w == "the", k == clause.lowerBound, k + 2 < clause.upperBound, encounterOrdinals.contains(toks[k + 1].lower),
               definiteEvents.contains(toks[k + 2].lower), let type = predicates[toks[k + 2].lower] {
                return (type, k + 2)
            }
            if marker, w == "the", k + 1 < clause.upperBound, definiteEvents.contains(toks[k + 1].lower) {
                plural = true
                skip = k + 1
                wordsSinceMarker = 0
                continue
            }
            // "the two leaders are scheduled to meet", "are expected to hold talks": a plan's auxiliaries stand between.
            if !plural || !planAuxiliaries.contains(w) { wordsSinceMarker += 1 }
            if plural && wordsSinceMarker > 3 { plural = false }
            // "The two Prime Ministers welcomed the progress … since their last meeting": a pair welcomes
            // things, not each other, unless the text says so.
            if plural, w.hasPrefix("welcom"), !(k + 1 < clause.upperBound && toks[k + 1].lower == "each") { continue }
            // "It was their second summit after they met in Gyeongju": the ordinal encounter is the one just told; the
            // clause goes on to the earlier one.
            if plural, k >= clause.lowerBound + 2, toks[k - 2].lower == "their", encounterOrdinals.contains(toks[k - 1].lower),
               (k + 1..<clause.upperBound).contains(where: { toks[$0].lower == "they" }) { continue }
            if plural, toks[k].lexicon.contains(.interaction), let type = predicates[w], type != .statement, type != .visit,
               !idleUse(toks, k, clause) { return (type, k) }
        }
        return nil
    }

    /// True when `m` stands in a reporting tail after the interaction word at `p`: "The two leaders will meet next
    /// week, Ruto's spokesman Hussein Mohamed told reporters": past a comma, a verb of saying within four words after it.
    static func reportsAfter(_ toks: [TextToken], _ m: LocatedMention, after p: Int, clause: Range<Int>) -> Bool {
        guard m.tokens.lowerBound > p, (p..<m.tokens.lowerBound).contains(where: { toks[$0].text == "," }) else { return false }
        var k = m.tokens.upperBound
        while k < clause.upperBound, k <= m.tokens.upperBound + 4, toks[k].isWord {
            if PersonLexicon.sayingVerbs.contains(toks[k].lower) { return true }
            // "The two last met in October, a session Ushakov described as useful": one who characterizes the encounter
            // after the comma only tells of it.
            if k == m.tokens.upperBound, toks[k].lower == "described" || toks[k].lower == "termed" || toks[k].lower == "characterised"
                || toks[k].lower == "characterized" { return true }
            k += 1
        }
        // ", according to Kang Yu-jung, presidential spokesperson": the source after the comma reports it.
        var j = m.tokens.lowerBound - 1
        while j > p + 1, j >= m.tokens.lowerBound - 4, toks[j].isWord, toks[j].lower != "to" { j -= 1 }
        return j > p + 1 && toks[j].lower == "to" && toks[j - 1].lower == "according"
    }

    /// Words of a plan between a plural subject and its verb, counted as none.
    private static let planAuxiliaries: Set<String> = ["are", "were", "will", "would", "to", "scheduled", "expected", "due",
                                                       "set", "slated", "also"]

    /// Words after "called X" when it names X rather than phoning ("called Lula a communist").
    private static let namingNext: Set<String> = ["a", "an", "the", "\u{201C}", "\"", "for", "it"]
    private static let beForms: Set<String> = ["is", "was", "were", "are", "be", "been", "being"]

    /// Words after "call" when it names ("as they call their president", "what critics call it").
    private static let namingObjects: Set<String> = ["their", "his", "her", "its", "him", "them", "it", "our"]

    /// Words that open an aside about another time after an interaction word ("since her predecessor's trip").
    private static let asideOpeners: Set<String> = ["since", "until", "before", "after"]

    private static let phoneWords: Set<String> = ["call", "calls", "phone", "phoned", "telephone", "telephoned",
                                                  "conversation", "conversations"]
    private static let pronouns: Set<String> = ["he", "his", "him", "she", "her"]
    private static let subordinators: Set<String> = ["after", "before", "while", "when", "by", "since", "upon", "without"]

    /// The pairs (sorted names) a clause links, with the interaction type; the first
    /// non-statement word wins for a pair, a statement only when nothing else links it.
    /// Words before a noun: after them "call" is a phone call, not a verb of urging.
    private static let determiners: Set<String> = ["a", "the", "their", "his", "her", "its", "our", "that", "this"]

    /// Interaction words that link no one where they stand: "will sit down with X" is a meeting,
    /// "sat" or "sit" without "down" is none; "a joint press conference with X" is one, "told a
    /// conference in Baku" is none; "spent" links only the company kept "with" someone; "shook"
    /// only hands.
    /// "hosted the heads of five conglomerates, including Chung and Lee": the people the object includes, named right
    /// after ", including" that closes the object's one noun phrase (no other comma, no verb of its own), are met too.
    static func includedInObject(_ toks: [TextToken], from a: Int, to b: Int) -> Bool {
        guard b - a >= 3, b - a <= 16, toks[b - 1].lower == "including", toks[b - 2].text == ",",
              toks[a].isWord, determiners.contains(toks[a].lower) else { return false }
        return !(a..<(b - 2)).contains { k in !toks[k].isWord && toks[k].text != "'" && toks[k].text != "\u{2019}"
            || toks[k].lexicon.contains(.interaction) || toks[k].lower == "who" || toks[k].lower == "which" || toks[k].lower == "that" }
    }

    static func idleUse(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        let w = toks[p].lower
        if w == "conference" || w == "conferences" { return p + 1 >= clause.upperBound || toks[p + 1].lower != "with" }
        // "will see the President on Monday", "to see Albares again", "see each other": seeing someone ahead meets them;
        // "we will see", "I see Trump as a partner" and "to see Russia pay" meet no one.
        if w == "see" || w == "seeing" { return !seesSomeone(toks, p, clause) }
        // "to take up the issue again with X" raises it with X; "took part", "take up arms" meet no one.
        if w == "take" || w == "takes" || w == "took" || w == "taking" { return !takesUpWith(toks, p, clause) }
        // "spent two days with X" keeps company; "spent billions on defence" does not.
        if w.hasPrefix("spen") { return !(p + 1..<clause.upperBound).contains { toks[$0].lower == "with" } }
        // "Kim stood beside Xi and Putin at a parade": standing beside or alongside someone is being with them; "stood
        // firm", "stands for", "standing committee" meet no one.
        if w == "stood" || w == "stand" || w == "stands" || w == "standing" {
            return p + 1 >= clause.upperBound || !["beside", "alongside", "next"].contains(toks[p + 1].lower)
        }
        // "the two men shook hands": a handshake is an encounter; "shook the markets" is none.
        if w == "shook" || w == "shake" || w == "shakes" || w == "shaking" { return !(p + 1..<min(p + 3, clause.upperBound)).contains { toks[$0].lower == "hands" } }
        // "appeared with X at a rally", "appear together": a joint appearance; "appeared to criticise X" meets no one.
        if w.hasPrefix("appear") {
            return !(p + 1..<min(p + 3, clause.upperBound)).contains { ["with", "alongside", "together"].contains(toks[$0].lower) }
        }
        guard w == "sit" || w == "sat" else { return false }
        return p + 1 >= clause.upperBound || toks[p + 1].lower != "down"
    }

    /// True for "take up … with" within a few words: "is expected to take up the issue again with Takaichi".
    static func takesUpWith(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        guard p + 2 < clause.upperBound, toks[p + 1].lower == "up" else { return false }
        return (p + 2..<min(clause.upperBound, p + 9)).contains { toks[$0].lower == "with" }
    }

    /// True when a negation shortly before the interaction word denies it ("Putin and Lee have not spoken since",
    /// "there were no plans for a telephone conversation between X and Y", "has never met Z"; "not only met" still tells one),
    /// or when "whether" or "if" puts it in question, or "skipped" or "boycotted" stays away from it.
    static func deniedBefore(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        var k = p - 1
        while k >= clause.lowerBound, k >= p - 5 {
            let t = toks[k]
            if !t.isWord { if t.text == "," || t.text == ";" { return false }; k -= 1; continue }
            switch t.lower {
            case "not", "never", "n't": return k + 1 >= toks.count || toks[k + 1].lower != "only"
            // "Asked whether he would meet Trump", "if they meet in Rome": a question or a condition tells no encounter.
            case "whether", "if": return true
            // "skipped the summit and sent his foreign minister": staying away from an encounter is no part in it.
            case "skipped", "skips", "skip", "boycotted", "boycotts", "boycott", "missed", "misses", "shunned": return true
            case "no": return k + 1 < p && (toks[k + 1].lower == "plans" || toks[k + 1].lower == "plan")
            case "but", "and", "who", "which", "that", "when": return false
            default: k -= 1
            }
        }
        return false
    }

    /// True for "will/to see" followed by "each other" or by a name or an office that is no country or capital.
    static func seesSomeone(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        guard p > clause.lowerBound, p + 2 < clause.upperBound else { return false }
        let before = toks[p - 1].lower
        // "I'll be seeing Prime Minister X next month", "look forward to seeing X": seeing ahead too.
        if toks[p].lower == "seeing" {
            guard before == "be" || before == "to" && p - 2 >= clause.lowerBound && toks[p - 2].lower == "forward" else { return false }
        } else {
            guard before == "will" || before == "to" || before == "would" || before == "shall" else { return false }
        }
        if toks[p + 1].lower == "each" { return toks[p + 2].lower == "other" }
        let j = toks[p + 1].lower == "the" ? p + 2 : p + 1
        return toks[j].isWord && toks[j].isCapitalized && PersonLexicon.countries[toks[j].lower] == nil
            && PersonLexicon.capitals[toks[j].lower] == nil
    }

    /// "We will see each other again", "we meet each other every month": in an interview's answer, "we" meeting
    /// "each other" are the one answering and the other side of the pair just told. The word's index, or nil.
    static func weMeetEachOther(_ block: ScannedBlock, clause: Range<Int>) -> Int? {
        let toks = block.tokens
        guard toks[clause.lowerBound].isWord, toks[clause.lowerBound].lower == "we" else { return nil }
        for p in clause where toks[p].isWord && toks[p].lexicon.contains(.interaction) {
            guard let type = predicates[toks[p].lower], type == .meeting || type == .summit, !idleUse(toks, p, clause),
                  p + 2 < clause.upperBound, toks[p + 1].lower == "each", toks[p + 2].lower == "other" else { continue }
            return p
        }
        return nil
    }

    /// True for "courtesy call(s)": a visit paid in person, not a telephone call.
    /// True when the mention follows "according to" (past lower-case office words: "according to presidential
    /// spokesperson Kang").
    static func isReportSource(_ toks: [TextToken], _ m: LocatedMention, clause: Range<Int>) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k > clause.lowerBound, k >= m.tokens.lowerBound - 4, toks[k].isWord, toks[k].lower != "to" { k -= 1 }
        if k > clause.lowerBound && toks[k].lower == "to" && toks[k - 1].lower == "according" { return true }
        // "In a statement by his media aide, Stanley Nkwocha, the Vice-President said …": who issued the statement.
        k = m.tokens.lowerBound - 1
        while k > clause.lowerBound, k >= m.tokens.lowerBound - 6, toks[k].isWord || toks[k].text == ",", toks[k].lower != "by" { k -= 1 }
        return k > clause.lowerBound && toks[k].lower == "by" && releaseNouns.contains(toks[k - 1].lower)
    }

    /// Nouns of a written release whose author follows "by": "a statement by X".
    private static let releaseNouns: Set<String> = ["statement", "release", "communique", "communiqué", "readout"]

    /// True when the interaction noun at `p` is the subject of a passive attendance: "was (also) attended by".
    static func attendedBy(_ toks: [TextToken], after p: Int, clause: Range<Int>) -> Bool {
        var k = p + 1
        guard k < clause.upperBound, toks[k].lower == "was" || toks[k].lower == "were" else { return false }
        k += 1
        if k < clause.upperBound, toks[k].lower == "also" { k += 1 }
        return k + 1 < clause.upperBound && toks[k].lower == "attended" && toks[k + 1].lower == "by"
    }

    /// True when a ", where", ", when" or ", while" stands between token `p` and token `m`: what follows is a clause of its own.
    static func pastAside(_ toks: [TextToken], from p: Int, to m: Int) -> Bool {
        m > p + 1 && (p + 2...m).contains { toks[$0 - 1].text == "," && toks[$0].isWord && asideAdverbs.contains(toks[$0].lower) }
    }

    private static let asideAdverbs: Set<String> = ["where", "when", "while"]

    /// True for an encounter told as a habit: "I speak to the president regularly", "the two often meet".
    static func habitual(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        for k in max(clause.lowerBound, p - 2)..<min(clause.upperBound, p + 8) where k != p {
            if !toks[k].isWord { if k > p && toks[k].text == "," { return false }; continue }
            if habitWords.contains(toks[k].lower) { return true }
        }
        return false
    }

    private static let habitWords: Set<String> = ["regularly", "often", "frequently", "routinely", "usually"]

    /// True when the name stands before a noun it qualifies: "a close Trump ally", "the Modi government".
    /// The index of "visit" in "a return visit" / "a reciprocal visit" in the clause, or nil.
    static func returnVisit(_ toks: [TextToken], _ clause: Range<Int>) -> Int? {
        guard clause.count > 2 else { return nil }
        for k in (clause.lowerBound + 1)..<clause.upperBound where toks[k].isWord && toks[k].lexicon.contains(.interaction)
            && (toks[k].lower == "visit" || toks[k].lower == "visits") {
            if toks[k - 1].lower == "return" || toks[k - 1].lower == "reciprocal" { return k }
        }
        return nil
    }

    /// "Lee discussed the North's stance with Rubio": "discussed" is an encounter only with "with" a few words on,
    /// before any comma ("the two leaders discussed trade" tells no new pair).
    static func discussedWith(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        // Most words do not open with "d": a byte test says so before any string compare.
        guard toks[p].lower.utf8.first == UInt8(ascii: "d") else { return false }
        let w = toks[p].lower
        guard w == "discussed" || w == "discusses" else { return false }
        for k in (p + 1)..<min(clause.upperBound, p + 10) {
            if toks[k].text == "," { return false }
            if toks[k].lower == "with" { return true }
        }
        return false
    }

    /// "The powerful sister of North Korean leader Kim Jong Un rejected Lee's offer": opening the clause after "The … <kin> of"
    /// and the person's office, the name tells whose relative acts; the person named takes no part.
    static func kinSubject(_ toks: [TextToken], _ m: LocatedMention, clause: Range<Int>) -> Bool {
        var k = m.tokens.lowerBound
        guard k >= clause.lowerBound + 3, k - clause.lowerBound <= 12 else { return false }
        var skipped = 0
        while k - 1 > clause.lowerBound, skipped < 5, toks[k - 1].isWord, toks[k - 1].isCapitalized || toks[k - 1].lower == "leader" {
            k -= 1; skipped += 1
        }
        guard k - 2 >= clause.lowerBound, toks[k - 1].lower == "of", kinNouns.contains(toks[k - 2].lower) else { return false }
        // "The (powerful) (younger) sister of …" opening the clause (past a dateline), not "met the sister of …".
        guard let the = (max(clause.lowerBound, k - 5)..<(k - 2)).last(where: { toks[$0].lower == "the" }) else { return false }
        return toks[the].isCapitalized
    }

    private static let kinNouns: Set<String> = ["sister", "brother", "wife", "husband", "son", "daughter", "widow", "mother", "father"]

    static func qualifiesANoun(_ toks: [TextToken], _ m: LocatedMention) -> Bool {
        let e = m.tokens.upperBound
        return !m.possessive && e < toks.count && toks[e].isWord && !toks[e].isCapitalized && qualifiedNouns.contains(toks[e].lower)
    }

    private static let qualifiedNouns: Set<String> = ["ally", "allies", "critic", "critics", "loyalist", "loyalists", "supporter",
                                                      "supporters", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
                                                      "government", "administration", "camp", "era", "appointee", "appointees",
                                                      "confidant", "protege", "protégé", "nominee", "voters", "campaign"]

    /// True for "call on" a name or a country ("his call on Tokyo to act"): an appeal, where "a call on
    /// Friday" and "a call on trade" are calls.
    static func callOnSomeone(_ toks: [TextToken], _ p: Int, _ clause: Range<Int>) -> Bool {
        guard p + 2 < clause.upperBound, toks[p + 1].lower == "on", toks[p + 2].isWord, toks[p + 2].isCapitalized else { return false }
        let next = toks[p + 2].lower
        return TimeVocabulary.weekdays[next] == nil && TimeVocabulary.months[next] == nil
    }

    static func isCourtesyCall(_ toks: [TextToken], _ p: Int) -> Bool {
        p > 0 && (toks[p].lower == "call" || toks[p].lower == "calls") && toks[p - 1].lower == "courtesy"
    }

    /// True for an interview answer: a paragraph opening with "A:".
    /// True for a name opening a paragraph, after at most three capitalized words of office, and followed by a
    /// colon: a transcript's speaker label ("Spokesperson Mao Ning:", "MR PIGOTT:").
    static func isSpeakerLabel(_ block: ScannedBlock, _ m: LocatedMention) -> Bool {
        let toks = block.tokens
        let end = m.tokens.upperBound
        return m.tokens.lowerBound <= 3 && end < toks.count && toks[end].text == ":"
            && (0..<m.tokens.lowerBound).allSatisfy { toks[$0].isWord && toks[$0].isCapitalized }
    }

    /// A transcript's speakers ("PRESIDENT TRUMP: … I spoke with President Xi"): the person a speaker label names
    /// speaks as "I" in that paragraph and the unlabelled ones after it, until the next label or a reporter's
    /// question ("Q", "QUESTION:"). Empty unless two paragraphs open on a label.
    static func transcriptSpeakers(_ blocks: [ScannedBlock], _ mentionsByBlock: [Int: [LocatedMention]]) -> [String?] {
        var speakers = [String?](repeating: nil, count: blocks.count)
        var current: String? = nil
        var labels = 0
        for (b, block) in blocks.enumerated() {
            if let m = mentionsByBlock[b]?.first(where: { isSpeakerLabel(block, $0) }) {
                current = m.person
                labels += 1
            } else if opensOnQuestion(block) {
                current = nil
            }
            speakers[b] = current
        }
        return labels >= 2 ? speakers : []
    }

    /// The one speaker of a two-speaker transcript other than `who`; nil when it has more or fewer.
    static func otherSpeaker(_ speakers: [String?], _ who: String) -> String? {
        var other: String? = nil
        for case let s? in speakers where s != who {
            if let o = other, o != s { return nil }
            other = s
        }
        return other
    }

    /// The interaction word of a clause opening on "we" ("We had a very good call last week", "And we met in
    /// Osaka"): a call or meeting with no one after "with" or "to"; nil otherwise.
    static func weEncounter(_ block: ScannedBlock, clause: Range<Int>) -> (InteractionType, Int)? {
        let toks = block.tokens
        guard let w = clause.first(where: { toks[$0].isWord && !openers.contains(toks[$0].lower) }), toks[w].lower == "we" else { return nil }
        for p in w + 1..<min(clause.upperBound, w + 7) where toks[p].isWord && toks[p].lexicon.contains(.interaction) {
            // "We agreed to meet": the agreement is to the meeting that follows it.
            if predicates[toks[p].lower] == .agreement, p + 1 < clause.upperBound, toks[p + 1].lower == "to" { continue }
            guard let type = predicates[toks[p].lower], type == .phoneCall || type == .meeting, !idleUse(toks, p, clause),
                  !(p + 1..<clause.upperBound).contains(where: { toks[$0].lower == "with" || toks[$0].lower == "to" }) else { return nil }
            return (type, p)
        }
        return nil
    }

    /// The interaction word of a clause opening on "I" whose object is "him" or "her" ("And I will see him in Brussels",
    /// "I met her twice"): a call, meeting or visit; nil otherwise.
    static func speakerMeetsPronoun(_ block: ScannedBlock, clause: Range<Int>) -> (InteractionType, Int)? {
        let toks = block.tokens
        guard let w = clause.first(where: { toks[$0].isWord && !openers.contains(toks[$0].lower) }), toks[w].text == "I" else { return nil }
        for p in w + 1..<min(clause.upperBound - 1, w + 6) where toks[p].isWord && toks[p].lexicon.contains(.interaction) {
            guard let type = predicates[toks[p].lower], type == .phoneCall || type == .meeting || type == .visit,
                  toks[p + 1].lower == "him" || toks[p + 1].lower == "her" && (p + 2 == toks.count || !toks[p + 2].isWord
                    || afterObject.contains(toks[p + 2].lower)) else { return nil }
            return (type, p)
        }
        return nil
    }

    /// Words that may open a clause before its subject: "And we met", "Well, we spoke".
    private static let openers: Set<String> = ["and", "so", "well", "but", "yes", "now"]

    /// The author of a quoted post: a paragraph whose label of at most 15 tokens ends in a colon and a quote mark
    /// ("Quote from Zelensky's Telegram, 11:42: "I …"", "Zelensky wrote on Telegram: "I …""). The person the label
    /// names; for a label of at most three words naming no one ("Quote:"), `previous` (the author of an earlier
    /// labelled post); otherwise nil.
    static func quotedPostAuthor(_ block: ScannedBlock, mentions: [LocatedMention], previous: String?) -> String? {
        let toks = block.tokens
        guard let colon = (0..<min(toks.count - 1, 16)).first(where: { toks[$0].text == ":" && quoteMarks.contains(toks[$0 + 1].text) })
        else { return nil }
        if let named = mentions.last(where: { $0.tokens.upperBound <= colon }) { return named.person }
        return (0..<colon).filter({ toks[$0].isWord }).count <= 3 ? previous : nil
    }

    /// The verb of a schedule's line: a paragraph opening on a clock time ("9:30 a.m.", "15:00") followed by
    /// a capitalized verb ("Meets", "Receives"). Its token index, or nil for any other paragraph.
    static func clockLineVerb(_ toks: [TextToken]) -> Int? {
        guard toks.count > 4, toks[0].isWord, toks[0].text.count <= 2, toks[0].text.allSatisfy(\.isNumber), toks[1].text == ":",
              toks[2].isWord, toks[2].text.count == 2, toks[2].text.allSatisfy(\.isNumber) else { return nil }
        // "a.m." is cut as "a", ".", "m", ".".
        var k = 3
        while k < toks.count, !toks[k].isWord || meridiemParts.contains(toks[k].lower) { k += 1 }
        return k < toks.count && toks[k].isCapitalized && toks[k].lower.hasSuffix("s") ? k : nil
    }

    /// The interaction word of a program's line: a paragraph opening on a dash or bullet, then the word within
    /// its first three words, capitalized first ("- Meeting with President X", "• Working lunch with Y",
    /// "- Dinner hosted by Z"); a topic opening on an article ("- The summit with X") is none. Its token index, or nil.
    static func listLineVerb(_ toks: [TextToken]) -> Int? {
        guard toks.count > 3, toks[0].text == "-" || toks[0].text == "•" || toks[0].text == "*" || toks[0].text == "–",
              toks[1].isWord, toks[1].isCapitalized, !determiners.contains(toks[1].lower) else { return nil }
        for k in 1..<4 {
            guard toks[k].isWord else { return nil }
            if toks[k].lexicon.contains(.interaction), let type = predicates[toks[k].lower], type != .statement { return k }
            if k == 1, programNouns.contains(toks[k].lower) { return k }
        }
        return nil
    }

    /// Nouns of a program's line that tell an encounter there though not in running prose ("- Briefing by X").
    static let programNouns: Set<String> = ["briefing", "roundtable", "audience"]

    /// The pieces of "a.m." and "p.m." as cut into tokens, and their forms without stops.
    private static let meridiemParts: Set<String> = ["a", "p", "m", "am", "pm"]

    /// True for a reporter's question in a transcript: a paragraph opening with "Q" or "QUESTION:".
    static func opensOnQuestion(_ block: ScannedBlock) -> Bool {
        guard block.tokens.count > 1 else { return false }
        let first = block.tokens[0].text
        return first == "Q" || first == "QUESTION" && block.tokens[1].text == ":"
    }

    static func isAnswer(_ block: ScannedBlock) -> Bool {
        block.tokens.count > 2 && block.tokens[0].text == "A" && block.tokens[1].text == ":"
    }

    /// Personal pronouns that are the subject of their clause when they stand before the interaction word.
    private static let subjectPronouns: Set<String> = ["i", "we", "he", "she", "they", "you"]

    /// True for the word standing for the interviewee: "I" ("I'll") in an answer, "you" in a question (`addressed`).
    private static func isSpeakerWord(_ t: TextToken, addressed: Bool) -> Bool {
        addressed ? t.isWord && t.lower == "you" : t.text == "I" || t.text.hasPrefix("I'")
    }

    static func readPairs(_ block: ScannedBlock, clause: Range<Int>, mentions: [LocatedMention],
                          previous: String?, speaker: String? = nil, addressed: Bool = false,
                          agendaOwner: String? = nil) -> [([String], InteractionType, Int)] {
        guard !mentions.isEmpty else { return [] }
        let toks = block.tokens
        // "The call came at Trump's request, according to spokesperson Kang Yu-jung": the source of a report is no party.
        // "Milei, a close Trump ally, met Quirno": a name that qualifies a noun names no one taking part.
        let mentions = mentions.filter { !isReportSource(toks, $0, clause: clause) && !qualifiesANoun(toks, $0) && !kinSubject(toks, $0, clause: clause) }
        // Every phone word is an interaction word, which the token's lexicon classes tell without hashing.
        let hasPhoneWord = clause.contains { toks[$0].isWord && toks[$0].lexicon.contains(.interaction) && phoneWords.contains(toks[$0].lower)
            && !isCourtesyCall(toks, $0) }
        var found: [[String]: (InteractionType, Int)] = [:]
        var order: [[String]] = []
        for p in clause where toks[p].isWord && (toks[p].lexicon.contains(.interaction) || discussedWith(toks, p, clause)) {
            guard var type = predicates[toks[p].lower] ?? (discussedWith(toks, p, clause) ? .meeting : nil) else { continue }
            if mentions.contains(where: { $0.tokens.contains(p) }) { continue }
            if type == .phoneCall, !phoneWords.contains(toks[p].lower) || isCourtesyCall(toks, p), !hasPhoneWord { type = .meeting }
            if idleUse(toks, p, clause) || deniedBefore(toks, p, clause) || habitual(toks, p, clause) { continue }
            // "declined to say when Trump might meet Zelenskiy", "asked whether X could meet Y": an open question tells
            // no encounter.
            if p >= 3, toks[p - 1].lower == "might" || toks[p - 1].lower == "could",
               (max(clause.lowerBound, p - 10)..<(p - 1)).contains(where: { toks[$0].lower == "when" || toks[$0].lower == "whether" }) { continue }
            // "Lee briefed Takaichi on his trip to Beijing": what one tells about is the teller's own encounter; the one
            // briefed takes no part in it (`briefedOnOwnEncounter` reads who did).
            if briefedAbout(toks, p, clause) { continue }
            // "The day before the summit, X met Y": the encounter the phrase counts from is no encounter of the clause.
            if p >= clause.lowerBound + 4, ["before", "after", "of"].contains(toks[p - 2].lower),
               toks[p - 3].lower == "day" || toks[p - 3].lower == "eve", p - 4 <= clause.lowerBound + 1 { continue }
            // "He said he hoped to meet Kim during the trip": a wish tells no encounter, only what one said of the other.
            if type != .statement, wishedFor(toks, p, clause) { type = .statement }
            // "The meeting was also attended by A, B and C": those listed sat in on it; they are no pair of their own.
            if attendedBy(toks, after: p, clause: clause) { continue }
            // "who conveyed a message from President X", "delivered a letter from X": a messenger carries it and
            // is no party to the correspondence.
            if type == .statement, correspondence.contains(toks[p].lower),
               (max(clause.lowerBound, p - 3)..<p).contains(where: { messengerVerbs.contains(toks[$0].lower) }) { continue }
            // "received a congratulatory message from X", "received a phone call from X": the message or
            // the call is the interaction, not a reception.
            if toks[p].lower.hasPrefix("receiv"), receivesAMessage(toks, after: p, clause: clause) { continue }
            // "calls for restraint", "call on Tokyo to act", "his call on Tokyo to act" urge; "a call for an hour"
            // and "in a call on Friday" are calls.
            if toks[p].lower == "call" || toks[p].lower == "calls",
               p + 1 < clause.upperBound, toks[p + 1].isWord, toks[p + 1].lower == "for" || toks[p + 1].lower == "on",
               p == clause.lowerBound || !determiners.contains(toks[p - 1].lower) || callOnSomeone(toks, p, clause) {
                // "and calls on Modi", "will call on the President": a person right after "on" and no "to" after
                // the name is a courtesy call, as "called on" is.
                guard toks[p + 1].lower == "on", let o = mentions.first(where: { $0.tokens.lowerBound > p + 1 }), o.tokens.lowerBound - p <= 6,
                      (p + 2..<o.tokens.lowerBound).allSatisfy({ toks[$0].isWord && (toks[$0].isCapitalized || toks[$0].lower == "the") }),
                      o.tokens.upperBound >= clause.upperBound || toks[o.tokens.upperBound].lower != "to" else { continue }
                type = .meeting
            }
            // "Mama Samia, as Tanzanians call their president": "call" names someone after "as" or "what".
            if toks[p].lower.hasPrefix("call"), p + 1 < clause.upperBound, namingObjects.contains(toks[p + 1].lower),
               (max(clause.lowerBound, p - 3)..<p).contains(where: { toks[$0].lower == "as" || toks[$0].lower == "what" }) { continue }
            // "…," said Jane Roe: the name after the verb is the speaker, not someone spoken about.
            let left = mentions.filter { $0.tokens.upperBound <= p }
            // "held a session with Greer's deputy": the one whose aide was met is not met.
            var right = mentions.filter { m in
                m.tokens.lowerBound > p && !(m.possessive && m.tokens.upperBound < clause.upperBound && toks[m.tokens.upperBound].isWord
                    && standIns.contains(toks[m.tokens.upperBound].lower))
            }
            // "King receives phone call from Palestinian President, meets Egyptian foreign minister": a verb right
            // after a comma shares the sentence's subject; the object of "from" or "with" before it is not its subject.
            if p >= 2, toks[p - 1].text == ",", let last = left.last, last.tokens.upperBound == p - 1, last.tokens.lowerBound >= 1,
               prepositionsOfObject.contains(toks[last.tokens.lowerBound - 1].lower) || isTitleWord(toks[last.tokens.lowerBound - 1].lower)
                   && last.tokens.lowerBound >= 2 && prepositionsOfObject.contains(toks[last.tokens.lowerBound - 2].lower) {
                continue
            }
            // "talks with the Federal Chancellor of the Republic of Austria, H.E. Mr. Karl Huber": an office
            // and the name in apposition after it are one person, the name.
            if right.count >= 2, right[0].roleOnly, !right[1].roleOnly,
               appositiveObject(toks, from: p + 1, to: right[1].tokens.lowerBound) {
                right.removeFirst()
            }
            // "Mitsotakis, speaking in Athens, praised Erdogan": after a comma, only a verb of saying is inverted.
            if type == .statement, p > clause.lowerBound, !toks[p - 1].isWord,
               toks[p - 1].text == "," && PersonLexicon.speakerVerbs.contains(toks[p].lower) || quoteMarks.contains(toks[p - 1].text),
               let speaker = right.first, speaker.tokens.lowerBound == statementObjectStart(toks, after: p, clause: clause) {
                continue
            }
            // "called on Prime Minister Modi": a courtesy call; "called on Modi to act" urges him.
            // "Guterres called Sheikh Mohammed to offer support": a person right after "called" was phoned;
            // "called Lula a communist" names him.
            if toks[p].lower == "called", p + 1 < clause.upperBound, toks[p + 1].lower != "on" {
                guard p == clause.lowerBound || (toks[p - 1].text != "-" && !beForms.contains(toks[p - 1].lower)),
                      let o = right.first, o.tokens.lowerBound - p <= 4,
                      (p + 1..<o.tokens.lowerBound).allSatisfy({ toks[$0].isWord && toks[$0].isCapitalized }),
                      o.tokens.upperBound >= clause.upperBound || !namingNext.contains(toks[o.tokens.upperBound].lower) else { continue }
                type = .phoneCall
            } else if toks[p].lower == "called" {
                guard p + 1 < clause.upperBound, toks[p + 1].lower == "on", let o = right.first, o.tokens.lowerBound - p <= 6,
                      o.tokens.upperBound >= clause.upperBound || toks[o.tokens.upperBound].lower != "to" else { continue }
            }
            // "presented a revised plan to President Lula at the Planalto": handing something to a person is
            // meeting them; "handed the presidency to Uruguay" meets no one.
            if toks[p].lower == "presented" || toks[p].lower == "handed" {
                guard let o = right.first, o.tokens.lowerBound - p <= 12,
                      let q = (p + 1..<o.tokens.lowerBound).last(where: { toks[$0].lower == "to" }),
                      (q + 1..<o.tokens.lowerBound).allSatisfy({ toks[$0].isWord && toks[$0].isCapitalized }) else { continue }
            }
            let gerundAfterSubordinator = toks[p].lower.hasSuffix("ing") && p > clause.lowerBound
                && subordinators.contains(toks[p - 1].lower)
            var subjects: [LocatedMention] = []
            if !gerundAfterSubordinator {
                if let last = left.last, last.possessive, p - last.tokens.upperBound <= 2 {
                    subjects = [last]
                } else if let lastIndex = left.lastIndex(where: { !$0.possessive && !inRelativePart(toks, $0.tokens.lowerBound, before: p, clause: clause) }) {
                    subjects = coordinated(left, endingAt: lastIndex, toks: toks)
                }
            }
            // "In a communiqué read by X, the leaders welcomed …": a plural subject after the comma is the subject.
            if let s = subjects.last, let c = (s.tokens.upperBound..<p).first(where: { toks[$0].text == "," }), c + 2 < p,
               toks[c + 1].lower == "the", groupNouns.contains(toks[c + 2].lower) {
                subjects = []
            }
            // "he flew to Moscow for the funeral of Andropov, where he met Chernenko": a name before "he" is no subject
            // when the same word opened the clause; the subject is the one "he" meant there.
            if let s = subjects.last, let pr = (s.tokens.upperBound..<p).last(where: { toks[$0].isWord && (toks[$0].lower == "he" || toks[$0].lower == "she") }),
               (clause.lowerBound..<subjects[0].tokens.lowerBound).contains(where: { toks[$0].isWord && toks[$0].lower == toks[pr].lower }) {
                subjects = []
            } else if let s = subjects.last, let pr = (s.tokens.upperBound..<p).last(where: { toks[$0].isWord && (toks[$0].lower == "he" || toks[$0].lower == "she") }),
                      pr > clause.lowerBound, Self.subordinators.contains(toks[pr - 1].lower) && toks[pr - 1].lower != "by"
                        || Self.reportingVerbs.contains(toks[pr - 1].lower)
                        // "X briefed Y on his trip to Beijing, where he held talks with Z": "he" after "where" goes on
                        // with the one whose trip it was, the clause's subject.
                        || toks[pr - 1].lower == "where" && ownTripBefore(toks, from: s.tokens.upperBound, to: pr)
                        || pr >= 2 && toks[pr - 1].lower == "that" && Self.reportingVerbs.contains(toks[pr - 2].lower),
                      let first = left.first(where: { !$0.possessive }), first.person != s.person, subjects.count == 1,
                      opensOnSubject(toks, first, clause: clause) {
                // "X hosted Y for dinner, two days after she spoke by phone with Z": "he" or "she" right after "after",
                // "before", "when" or "while" is the subject opening the clause, not its object. So is one right after
                // "said" in "X thanked Y and said he had spoken with Z".
                subjects = [first]
            }
            // "Sheinbaum spoke by phone with Lula …, and held a working breakfast with Peña": after ", and" and a
            // verb, the subject is the clause's first person, not the object of the verb before.
            if subjects.count == 1, let s = subjects.first, let first = left.first(where: { !$0.possessive }), first.person != s.person,
               let and = (s.tokens.upperBound..<p).last(where: { toks[$0].isWord && toks[$0].lower == "and" }), and > s.tokens.upperBound,
               // "X holds talks with Y in New Delhi and calls on Z": with no comma, the interaction word right after
               // "and", when one linked the first person with the object before.
               toks[and - 1].text == "," && and + 1 < p
                   || and + 1 == p && (first.tokens.upperBound..<s.tokens.lowerBound).contains(where: { toks[$0].isWord && toks[$0].lexicon.contains(.interaction) }),
               toks[and + 1].isWord, !toks[and + 1].isCapitalized,
               !subjectPronouns.contains(toks[and + 1].lower), !determiners.contains(toks[and + 1].lower) {
                subjects = [first]
            }
            // "Milei receives Paraguay's Peña at Casa Rosada, speaks with Bessent by phone", "…, holds call with Aliyev": a
            // verb right after a comma shares the subject that opened the clause, not the object of the interaction word before.
            // "Zelensky talks to Macron and Starmer, meets Turkish foreign minister": a group of objects likewise.
            if let s = subjects.first, let first = left.first(where: { !$0.possessive }), !subjects.contains(where: { $0.person == first.person }),
               toks[p - 1].text == "," || p >= 2 && toks[p - 2].text == "," && toks[p - 1].isWord && !toks[p - 1].isCapitalized
                   && !determiners.contains(toks[p - 1].lower) && !toks[p - 1].lower.hasSuffix("ing"),
               !toks[p].lower.hasSuffix("ing"), first.tokens.upperBound < s.tokens.lowerBound,
               (first.tokens.upperBound..<s.tokens.lowerBound).contains(where: { toks[$0].isWord && toks[$0].lexicon.contains(.interaction) }),
               !(first.tokens.upperBound..<p).contains(where: { toks[$0].isWord && (toks[$0].lower == "who" || toks[$0].lower == "which") }) {
                subjects = [first]
            }
            // "Trump boycotted the summit, which was hosted by Ramaphosa": what "which" stands for is the verb's subject.
            if let s = subjects.last, (s.tokens.upperBound..<p).contains(where: { toks[$0].isWord && toks[$0].lower == "which" }) {
                subjects = []
            }
            // "Castro told reporters that PBBM is expected to travel to Jakarta": the one who reports a plan
            // ("said that", "told reporters that") is no party to it when no one is named after "that".
            if type != .statement, let s = subjects.last, !s.possessive,
               let that = (s.tokens.upperBound..<p).first(where: { toks[$0].isWord && toks[$0].lower == "that" }),
               (s.tokens.upperBound..<that).contains(where: { toks[$0].isWord && PersonLexicon.speakerVerbs.contains(toks[$0].lower) }) {
                subjects = []
            }
            // "A: I will meet Kallas on Monday, and then I will sit down with X": in an answer, "I" after
            // the last name before the word is the subject, not that name.
            if speaker != nil, let last = subjects.last, (last.tokens.upperBound..<p).contains(where: { isSpeakerWord(toks[$0], addressed: addressed) }) {
                subjects = []
            }
            var objects: [LocatedMention] = []
            if let first = right.first {
                if type == .statement {
                    // "sparred with X": an exchange names its other side after "with".
                    let reciprocal = Self.exchanges.contains(toks[p].lower)
                    var start = statementObjectStart(toks, after: reciprocal && p + 1 < clause.upperBound && toks[p + 1].lower == "with" ? p + 1 : p,
                                                     clause: clause)
                    if first.tokens.lowerBound != start, PersonLexicon.sayingVerbs.contains(toks[p].lower),
                       let that = (p..<first.tokens.lowerBound).first(where: { toks[$0].lower == "that" }) {
                        // "X said at a briefing on May 28 that Y would …": Y is who the statement is about.
                        start = statementObjectStart(toks, after: that, clause: clause)
                    }
                    // "accused the premier of …": a role that names the person stands where the name would.
                    if first.roleOnly, !PersonLexicon.speakerVerbs.contains(toks[p].lower), first.tokens.lowerBound > p, first.tokens.upperBound <= start,
                       (p + 1..<first.tokens.lowerBound).allSatisfy({ toks[$0].isWord && statementLinks.contains(toks[$0].lower) }) {
                        start = first.tokens.lowerBound
                    }
                    // "Čeferin said the FIFA boss \"spends more time …\"": a role right after a verb of saying and before
                    // a lower-case verb of its own is whom the saying is about ("…, said the FIFA boss." speaks).
                    if first.roleOnly, !left.isEmpty, PersonLexicon.speakerVerbs.contains(toks[p].lower), first.tokens.lowerBound == p + 1,
                       first.tokens.contains(start), first.tokens.upperBound < clause.upperBound,
                       case let after = quoteMarks.contains(toks[first.tokens.upperBound].text) ? first.tokens.upperBound + 1 : first.tokens.upperBound,
                       after < clause.upperBound, toks[after].isWord, !toks[after].isCapitalized {
                        start = first.tokens.lowerBound
                    }
                    if first.tokens.lowerBound == start {
                        objects = [first]
                        // "told Zelenskiy by phone that …": what was said by phone was a call.
                        let e = first.tokens.upperBound
                        if e + 1 < clause.upperBound, toks[e].lower == "by", phoneWords.contains(toks[e + 1].lower) { type = .phoneCall }
                    }
                } else if toks[p].lower.hasPrefix("spen") || takesUpWith(toks, p, clause) || toks[p].lower.hasPrefix("discuss") {
                    // "discussed the North's stance with Rubio": the one it is discussed with; "discussed Trump's tariffs"
                    // meets no one.
                    // "spent two days in Washington going through the draft with Rubio": the company kept.
                    // "to take up the issue again with Japanese Prime Minister Sanae Takaichi": the one it is raised with.
                    if let with = (p + 1..<clause.upperBound).first(where: { toks[$0].lower == "with" }),
                       let i = right.firstIndex(where: { $0.tokens.lowerBound > with && $0.tokens.lowerBound - with <= 6 }),
                       !(with..<right[i].tokens.lowerBound).contains(where: { toks[$0].text == "," }) {
                        objects = coordinated(right, startingAt: i, toks: toks)
                    }
                } else if first.tokens.lowerBound - p <= 20,
                          // "met at a dinner hosted by X": the agent of another verb's participle is not this word's object.
                          !agentOfAnotherVerb(toks, from: p + 1, to: first.tokens.lowerBound),
                          // "to visit China since her predecessor Cho's trip": a person after "since" takes no part.
                          !(p + 1..<first.tokens.lowerBound).contains(where: { toks[$0].isWord && asideOpeners.contains(toks[$0].lower) }),
                          // "Vieira told reporters after the meeting that Rubio would travel …": past the "that" of a verb of
                          // saying before the word, a person is the subject of what was said, not the word's object.
                          !((p + 1..<first.tokens.lowerBound).contains(where: { toks[$0].lower == "that" })
                            && (clause.lowerBound..<p).contains(where: { toks[$0].isWord && PersonLexicon.speakerVerbs.contains(toks[$0].lower) })),
                          styled(toks, before: first.tokens.lowerBound, from: p + 1) - p - datedAside(toks, from: p + 1, to: first.tokens.lowerBound).count <= 8
                            && !(p..<first.tokens.lowerBound).contains(where: { toks[$0].text == "," && !datedAside(toks, from: p + 1, to: first.tokens.lowerBound).contains($0) })
                            || appositiveObject(toks, from: p + 1, to: first.tokens.lowerBound) && !reportsTheClause(first, toks, clause: clause)
                            || longOfficeBefore(toks, from: p + 1, to: first.tokens.lowerBound)
                            || includedInObject(toks, from: p + 1, to: first.tokens.lowerBound),
                          // "welcomed the mediation of President X": the verb's object is a thing of the person's.
                          first.tokens.lowerBound <= p + 2 || !(p + 2..<first.tokens.lowerBound).contains(where: { k in
                              toks[k].lower == "of" && toks[k - 1].isWord && !toks[k - 1].isCapitalized
                                  && !isTitleWord(toks[k - 1].lower) && !groupNouns.contains(toks[k - 1].lower) }),
                          // "agreed with X", not "agreed to make the president …"
                          type != .agreement || (p..<first.tokens.lowerBound).contains(where: { toks[$0].lower == "with" || toks[$0].lower == "between" }) {
                    objects = coordinated(right, startingAt: 0, toks: toks)
                }
            }
            // "A: I told Vice-President Vance …": in an interview answer, "I" is the person interviewed.
            if subjects.isEmpty, !objects.isEmpty, let speaker, let i = (clause.lowerBound..<p).last(where: { isSpeakerWord(toks[$0], addressed: addressed) }),
               !left.contains(where: { $0.tokens.lowerBound > i }) {
                subjects = [LocatedMention(person: speaker, scanned: -1, tokens: i..<(i + 1), possessive: false, roleOnly: false)]
            }
            // "9:30 a.m. Meets Chief Cabinet Secretary X": a schedule line's subject is the schedule's owner.
            if subjects.isEmpty, !objects.isEmpty, let owner = agendaOwner, left.isEmpty {
                subjects = [LocatedMention(person: owner, scanned: -1, tokens: clause.lowerBound..<(clause.lowerBound + 1),
                                           possessive: false, roleOnly: false)]
            }
            // "Cho sat down with X in the morning, before meeting Y over lunch": a gerund after ", before" (", after",
            // ", while") goes on with the subject that opened the clause; "After meeting X, Y said" has no comma before it.
            if subjects.isEmpty, !objects.isEmpty, gerundAfterSubordinator, p - 2 > clause.lowerBound, toks[p - 2].text == ",",
               let first = left.first(where: { !$0.possessive }), opensOnSubject(toks, first, clause: clause),
               !objects.contains(where: { $0.person == first.person }) {
                subjects = [first]
            }
            if subjects.isEmpty, !objects.isEmpty {
                // "In a meeting with X, Y …": the subject follows the object group after a comma, when
                // no pronoun before the word is the subject ("I will meet X on Monday, and then Y").
                let after = right.dropFirst(objects.count).first
                let pronounSubject = (clause.lowerBound..<p).contains { toks[$0].isWord && subjectPronouns.contains(toks[$0].lower) || isAddressedSubject(toks, $0) }
                if !pronounSubject, let y = after, let lastObject = objects.last, lastObject.tokens.upperBound <= y.tokens.lowerBound,
                   (lastObject.tokens.upperBound..<y.tokens.lowerBound).contains(where: { toks[$0].text == "," }),
                   !gerundAfterSubordinator {
                    subjects = [y]
                } else if let pr = (clause.lowerBound..<p).last(where: { toks[$0].isWord && pronouns.contains(toks[$0].lower) || isAddressedSubject(toks, $0) }) {
                    var before = mentions.last { $0.tokens.upperBound <= pr }
                    // "he flew to Moscow for the funeral of Andropov, where he met Chernenko": "he" or "she" told before
                    // that name is the subject, and the same word after it is that subject again.
                    if let b = before, toks[pr].lower == "he" || toks[pr].lower == "she",
                       let firstSame = (clause.lowerBound..<b.tokens.lowerBound).first(where: { toks[$0].isWord && toks[$0].lower == toks[pr].lower }) {
                        // "Kim, the North's leader, has said he …, though he has left the door open to Trump, whom he met …":
                        // when a name opens the clause before that first "he", both stand for that name.
                        before = mentions.first { !$0.possessive && !$0.roleOnly && $0.tokens.upperBound <= firstSame }
                    }
                    if let name = before?.person ?? previous {
                        subjects = [LocatedMention(person: name, scanned: -1, tokens: pr..<(pr + 1), possessive: false,
                                                   roleOnly: false)]
                    }
                }
            }
            // "In a call on Friday, Wong and Wang discussed trade": a fronted interaction names no one;
            // the people joined right after its comma are its sides.
            if subjects.isEmpty, objects.isEmpty, type != .statement, type != .visit, p - clause.lowerBound <= 3,
               (clause.lowerBound..<p).contains(where: { toks[$0].lower == "in" || toks[$0].lower == "during" }),
               let comma = (p..<clause.upperBound).first(where: { toks[$0].text == "," }),
               let i = right.firstIndex(where: { $0.tokens.lowerBound > comma }), right[i].tokens.lowerBound - comma <= 6,
               !(comma + 1..<right[i].tokens.lowerBound).contains(where: { toks[$0].text == "," }) {
                let group = coordinated(right, startingAt: i, toks: toks)
                if group.count >= 2 { subjects = group }
            }
            // "X and Y discussed arrangements for a meeting between presidents A and B": the encounter "between" names
            // its own sides, the ones joined after it; whoever prepares it takes no part in it.
            if type != .statement, p + 2 < clause.upperBound, toks[p + 1].lower == "between",
               let i = right.firstIndex(where: { $0.tokens.lowerBound > p + 1 && $0.tokens.lowerBound <= p + 4 }),
               case let group = coordinated(right, startingAt: i, toks: toks), group.count >= 2 {
                subjects = group
                objects = []
            }
            var pairs: [[String]] = []
            if objects.isEmpty {
                // "X and Y clashed in Question Time": an exchange joins the people who had it.
                if type != .statement || exchanges.contains(toks[p].lower), type != .visit, subjects.count >= 2 {
                    for a in subjects.indices { for b in subjects.indices where b > a { pairs.append([subjects[a].person, subjects[b].person]) } }
                }
            } else {
                for s in subjects { for o in objects { pairs.append([s.person, o.person]) } }
                // "hosted Sharaa in May alongside US President Donald Trump": the one met alongside the subject
                // met the object too, and was with the subject.
                if type != .statement, let c = companion(toks, after: objects[objects.count - 1], in: right, clause: clause) {
                    for m in subjects + objects { pairs.append([m.person, c.person]) }
                }
                // "A and B spent two days in Washington with C": those who spent it were together too.
                if toks[p].lower.hasPrefix("spen") {
                    for a in subjects.indices { for b in subjects.indices where b > a { pairs.append([subjects[a].person, subjects[b].person]) } }
                }
            }
            for pair in pairs where pair[0] != pair[1] {
                let key = pair.sorted()
                if let existing = found[key] {
                    if existing.0 == .statement && type != .statement { found[key] = (type, p) }
                } else {
                    found[key] = (type, p)
                    order.append(key)
                }
            }
        }
        // "X invited Y to Ottawa during a call on Wednesday", "X thanked Y at a meeting": what was
        // said between the two happened in the call or meeting the clause names.
        if order.contains(where: { found[$0]!.0 == .statement }), let (setting, at) = settingOfClause(toks, clause: clause) {
            for key in order where found[key]!.0 == .statement { found[key] = (setting, at) }
        }
        return order.map { ($0, found[$0]!.0, found[$0]!.1) }
    }

    /// The person named after "alongside" shortly after the object, with nothing but a date and the person's
    /// capitalized office between ("met X on Monday alongside President Y"); nil otherwise.
    static func companion(_ toks: [TextToken], after object: LocatedMention, in right: [LocatedMention], clause: Range<Int>) -> LocatedMention? {
        let lo = object.tokens.upperBound
        // "will pay a courtesy call on Lee on Friday afternoon, together with Motegi,": "together with" joins its
        // person to the subject's side, set off by commas or not.
        if lo + 2 < clause.upperBound, let t = (lo..<min(clause.upperBound - 2, lo + 12)).first(where: { toks[$0].isWord && toks[$0].lower == "together" }),
           toks[t + 1].lower == "with", let c = right.first(where: { $0.tokens.lowerBound > t + 1 }), c.tokens.lowerBound - t <= 6,
           (t + 2..<c.tokens.lowerBound).allSatisfy({ toks[$0].isWord && (toks[$0].isCapitalized || toks[$0].lower == "the") }) {
            return c
        }
        guard let a = (lo..<min(clause.upperBound, lo + 6)).first(where: { toks[$0].isWord && toks[$0].lower == "alongside" }),
              !(lo..<a).contains(where: { toks[$0].text == "," }),
              let c = right.first(where: { $0.tokens.lowerBound > a }), c.tokens.lowerBound - a <= 5,
              (a + 1..<c.tokens.lowerBound).allSatisfy({ toks[$0].isWord && (toks[$0].isCapitalized || toks[$0].lower == "the") })
        else { return nil }
        return c
    }

    /// The call, meeting or summit a clause says it happened in ("during a phone call", "in talks",
    /// "at a meeting"): a preposition, at most one article or adjective, then the word.
    private static func settingOfClause(_ toks: [TextToken], clause: Range<Int>) -> (InteractionType, Int)? {
        for k in clause where toks[k].isWord && settingPrepositions.contains(toks[k].lower) {
            var p = k + 1
            if p < clause.upperBound, toks[p].isWord, determiners.contains(toks[p].lower) { p += 1 }
            for q in p..<min(clause.upperBound, p + 2) where toks[q].isWord && toks[q].lexicon.contains(.interaction) {
                guard let type = predicates[toks[q].lower], type == .phoneCall || type == .meeting || type == .summit,
                      settingNouns.contains(toks[q].lower) else { continue }
                return (type, q)
            }
        }
        return nil
    }

    private static let settingPrepositions: Set<String> = ["during", "in", "at"]
    /// Interaction words that name an occasion (not "met", "hosted").
    private static let settingNouns: Set<String> = ["call", "phone", "telephone", "conversation", "meeting", "talks",
                                                    "summit", "dinner", "luncheon", "retreat", "encounter"]

    /// True when token `k` sits in a ", who …," part closed before `p`: "Dar, who accompanied
    /// the prime minister, will hold talks with Bayramov" — the prime minister is not the subject.
    static func inRelativePart(_ toks: [TextToken], _ k: Int, before p: Int, clause: Range<Int>) -> Bool {
        var j = k - 1
        while j > clause.lowerBound, toks[j].text != "," { j -= 1 }
        guard j > clause.lowerBound, j + 1 < k, toks[j + 1].lower == "who" || toks[j + 1].lower == "whose" else { return false }
        return (k..<p).contains { toks[$0].text == "," }
    }

    /// Mentions joined to the one at `index` by "and", commas, titles and country words
    /// ("Lee Jae Myung and Japan's prime minister Sanae Takaichi"); a comma alone joins only
    /// inside a list closed by "and" ("A, B and C").
    private static func coordinated(_ ms: [LocatedMention], endingAt index: Int, toks: [TextToken]) -> [LocatedMention] {
        var group = [ms[index]]
        var k = index
        var sawAnd = false
        while k > 0, !ms[k - 1].possessive, let link = join(toks, from: ms[k - 1].tokens.upperBound, to: ms[k].tokens.lowerBound) {
            if link == .and { sawAnd = true } else if !sawAnd { break }
            group.insert(ms[k - 1], at: 0)
            k -= 1
        }
        return group
    }

    private static func coordinated(_ ms: [LocatedMention], startingAt index: Int, toks: [TextToken]) -> [LocatedMention] {
        var group = [ms[index]]
        var pending: [LocatedMention] = []
        var k = index
        while k + 1 < ms.count, let link = join(toks, from: ms[k].tokens.upperBound, to: ms[k + 1].tokens.lowerBound) {
            pending.append(ms[k + 1])
            if link == .and { group += pending; pending = [] }
            k += 1
        }
        return group
    }

    private enum Link { case and, comma }

    /// Statement words of an exchange between two sides ("clashed", "sparred with").
    private static let exchanges: Set<String> = ["clashed", "clashes", "sparred", "spars", "debated", "debates", "feud", "feuded", "feuding"]

    private static let statementLinks: Set<String> = ["that", "to", "after", "about", "on", "of", "when", "as", "from"]

    /// True when a noun of correspondence or a phone word follows "received" within four words,
    /// before any name ("received a letter from", "received a congratulatory message from",
    /// "received a phone call from").
    private static func receivesAMessage(_ toks: [TextToken], after p: Int, clause: Range<Int>) -> Bool {
        var k = p + 1
        while k < min(clause.upperBound, p + 5), toks[k].isWord, !toks[k].isCapitalized || k == p + 1 {
            if correspondence.contains(toks[k].lower) || phoneWords.contains(toks[k].lower) { return true }
            k += 1
        }
        return false
    }
    private static let quoteMarks: Set<String> = ["\"", "'", "“", "”", "‘", "’"]

    /// Where the person a statement is about must start: right after the verb, past linking
    /// words ("said that", "responded after", "spoke about"), articles, titles and countries.
    private static func statementObjectStart(_ toks: [TextToken], after p: Int, clause: Range<Int>) -> Int {
        var k = p + 1
        while k < clause.upperBound {
            let t = toks[k]
            if t.isWord, statementLinks.contains(t.lower) || t.lower == "the" || isTitleWord(t.lower)
                || PersonLexicon.countries[t.lower] != nil || PersonLexicon.formerMarkers.contains(t.lower)
                || PersonLexicon.titleModifiers.contains(t.lower) {
                k += 1
                continue
            }
            if !t.isWord, quoteMarks.contains(t.text) { k += 1; continue }
            break
        }
        return k
    }

    /// "had spoken on Tuesday, June 2, with X": a weekday and its date set off by commas right after the verb
    /// (after "on", through the comma closing the date); its commas split no clause. Empty when none stands there.
    static func datedAside(_ toks: [TextToken], from a: Int, to b: Int) -> Range<Int> {
        var k = a
        if k < b, toks[k].isWord, toks[k].lower == "on" { k += 1 }
        guard k + 4 < b, toks[k].isWord, TimeVocabulary.weekdays[toks[k].lower] != nil, toks[k + 1].text == ",",
              toks[k + 2].isWord, TimeVocabulary.months[toks[k + 2].lower] != nil else { return a..<a }
        var e = k + 3
        while e < b, e < k + 7, toks[e].text != "," { e += 1 }
        guard e < b, toks[e].text == "," else { return a..<a }
        return a..<(e + 1)
    }

    /// True when the tokens between two mentions only coordinate them: "and", commas, and
    /// the second person's title, country or modifiers — with at least one "and" or comma.
    private static func join(_ toks: [TextToken], from a: Int, to b: Int) -> Link? {
        guard a < b else { return nil }
        var link: Link? = nil
        // "…, and the Governor of the Central Bank of Nigeria, Dr Olayemi Cardoso": after "and", an office of a
        // named body (its capitalized words joined by "of" and "the") introduces the next person.
        var officeOf = false
        for k in a..<b {
            let t = toks[k]
            if t.lower == "and" || t.lower == "&" { link = .and; continue }
            if link == .and, t.isWord, t.lower == "of", k > a, isTitleWord(toks[k - 1].lower) { officeOf = true; continue }
            if officeOf, t.isWord, t.isCapitalized || t.lower == "of" { continue }
            if t.text == "," { if link == nil { link = .comma }; continue }
            // "held a meeting with X, and another with Y": the same encounter with a second person.
            if link == .and, t.isWord, t.lower == "another" || t.lower == "with" { continue }
            // "X, and his Rwandan counterpart Y": the second side introduced by its relation to the first.
            if link == .and, t.isWord, t.lower == "his" || t.lower == "her" { continue }
            if t.isWord, PersonLexicon.countries[t.lower] != nil || PersonLexicon.capitals[t.lower] != nil
                || PersonLexicon.titleModifiers.contains(t.lower) || PersonLexicon.formerMarkers.contains(t.lower)
                || t.lower == "the" || isTitleWord(t.lower) || counterpartWords.contains(t.lower)
                // "and External Affairs Minister Jaishankar": a capitalized portfolio opens the next office.
                || t.isCapitalized && PersonRecognizer.officePrefixes.contains(t.lower) { continue }
            if t.isWord, let dash = t.lower.firstIndex(of: "-"),
               PersonLexicon.countries[String(t.lower[t.lower.index(after: dash)...])] != nil { continue }
            // "and Hyundai Motor Group Chairman Chung": an organization's capitalized name before the next office.
            if link == .and, t.isWord, t.isCapitalized, b - k <= 5, isTitleWord(toks[b - 1].lower),
               (k..<b).allSatisfy({ toks[$0].isWord && toks[$0].isCapitalized }) { continue }
            return nil
        }
        return link
    }

    /// True when the words between a verb and its object only introduce the object in apposition:
    /// "received his Ghanaian counterpart, John Mahama", "met the French president, Paul Morel".
    /// "spoke by phone on Tuesday with his Spanish counterpart, Pedro Sánchez": the introduction may
    /// follow "with" or "to" after the verb's other words, with no comma before it.
    /// "to meet his Vietnamese counterpart, Castro added.": a name followed by a verb of saying that
    /// closes the clause reports it; it is no appositive of the counterpart.
    private static func reportsTheClause(_ m: LocatedMention, _ toks: [TextToken], clause: Range<Int>) -> Bool {
        let e = m.tokens.upperBound
        guard e < clause.upperBound, toks[e].isWord, PersonLexicon.sayingVerbs.contains(toks[e].lower) else { return false }
        return e + 1 >= clause.upperBound || !toks[e + 1].isWord
    }

    /// "talks with Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó": a preposition, then up to ten
    /// words of one office (capitalized words, one a title, joined by "of", "and", "the", "for") right before the name.
    static func longOfficeBefore(_ toks: [TextToken], from a: Int, to b: Int) -> Bool {
        guard a + 1 < b, b - a <= 11, toks[a].lower == "with" || toks[a].lower == "to" || toks[a].lower == "on" else { return false }
        var titled = false
        for k in (a + 1)..<b {
            guard toks[k].isWord else { return false }
            let w = toks[k].lower
            if toks[k].isCapitalized { if isTitleWord(w) { titled = true } } else if w != "of" && w != "and" && w != "the" && w != "for" { return false }
        }
        return titled
    }

    private static func appositiveObject(_ toks: [TextToken], from a: Int, to b0: Int) -> Bool {
        // "received in audience this morning in the Apostolic Palace the President of the Republic of Angola, João
        // Lourenço": the object of a formal reception may follow the verb's adverbials of manner, time and place.
        if a < b0, toks[a].lower == "in" || toks[a].lower == "at" || toks[a].lower == "on",
           let s = (a + 1..<min(b0, a + 10)).first(where: { toks[$0].lower == "the" && $0 + 1 < b0 && isTitleWord(toks[$0 + 1].lower) }),
           (a..<s).allSatisfy({ toks[$0].isWord && !isTitleWord(toks[$0].lower) }) {
            return appositiveObject(toks, from: s, to: b0)
        }
        // "the Federal Chancellor of the Republic of Austria, H.E. Mr. Christian Stocker": courtesy styles
        // between the comma and the name belong to the name; so does a style of address (", Sheikh Mishal").
        // "his Colombian counterpart, Chancellor Rosa Villavicencio", "Myanmar's military leader, Senior General Min Aung
        // Hlaing": so do capitalized office words or a rank right before the name.
        var b = b0
        while b > a, b0 - b < 6, toks[b - 1].text == "." || toks[b - 1].isWord
                && (courtesyStyles.contains(toks[b - 1].lower) || PersonRecognizer.styleHonorifics.contains(toks[b - 1].lower)
                    || toks[b - 1].isAllCaps && toks[b - 1].text.unicodeScalars.count == 1
                    || toks[b - 1].isCapitalized && isTitleWord(toks[b - 1].lower)) { b -= 1 }
        guard a < b, toks[b - 1].text == "," else { return false }
        var words = 0, named = 0, portfolios = 0
        var titled = false
        var k = b - 2
        // "the Brazilian consul general to the Midwest, Paulo Lima": the posting an envoy is sent to sits
        // between the title and the comma.
        var q = k
        while q > a, k - q < 4, toks[q].isWord, toks[q].isCapitalized || toks[q].lower == "the" { q -= 1 }
        if q < k, q > a, toks[q].lower == "to", toks[q - 1].isWord, isTitleWord(toks[q - 1].lower) { k = q - 1 }
        // "hosted the President of Dangote Group, Alhaji Aliko Dangote": a named body of up to four capitalized
        // words after "of" and the title.
        var body = k
        while body > a, k - body < 4, toks[body].isWord, toks[body].isCapitalized { body -= 1 }
        let bodyStart = body < k && body - 1 >= a && toks[body].lower == "of" && toks[body - 1].isWord && isTitleWord(toks[body - 1].lower)
            ? body + 1 : k + 1
        while k >= a {
            let t = toks[k]
            // "the President of Côte d'Ivoire, Alassane Ouattara": a country's name of two words.
            if k > a, t.isWord, toks[k - 1].isWord, toks[k - 1].isCapitalized,
               PersonLexicon.countries[toks[k - 1].lower + " " + t.lower] != nil {
                named += 1
                words += 2
                k -= 2
                continue
            }
            // "the Minister of Foreign Affairs, Yusuf Tuggar": a capitalized portfolio after "of" in the office.
            let portfolio = t.isWord && t.isCapitalized && t.lexicon.contains(.nonPerson)
            // "received the governor of Amazonas, Wilson Lima": the one place a title is "of".
            let placeOfOffice = t.isWord && t.isCapitalized && k - 2 >= a && toks[k - 1].lower == "of" && toks[k - 2].isWord
                && isTitleWord(toks[k - 2].lower) && k == b - 2 || k >= bodyStart
            guard t.isWord, t.lower == "the" || t.lower == "of" || counterpartWords.contains(t.lower) || isTitleWord(t.lower) || placeOfOffice
                || PersonLexicon.countries[t.lower] != nil || PersonLexicon.titleModifiers.contains(t.lower)
                || stateWords.contains(t.lower) || styleWords.contains(t.lower) || portfolio
                // "met the EU high representative, Kaja Kallas": a body's acronym before the office, like a country.
                || t.isAllCaps && (2...6).contains(t.text.unicodeScalars.count) else { break }
            if portfolio { portfolios += 1 }
            if isTitleWord(t.lower) { titled = true }
            if t.lower != "the" && t.lower != "of" { named += 1 }
            words += 1
            k -= 1
        }
        guard words >= 2, named >= 1, toks[k + 1].lower != "of", portfolios == 0 || titled else { return false }
        if k < a { return true }
        // "was received at the airport by the Minister of Foreign Affairs, Yusuf Tuggar": the agent of a passive too.
        return toks[k].isWord && (toks[k].lower == "with" || toks[k].lower == "to" || toks[k].lower == "from" || toks[k].lower == "by")
            && !(a..<k).contains { toks[$0].text == "," }
    }

    /// Where the courtesy styles right before a name begin ("received today at the AU Headquarters H.E. Mr. Ronald
    /// Lamola"): the styles belong to the name, so they add no distance between a verb and its object.
    static func styled(_ toks: [TextToken], before b0: Int, from a: Int) -> Int {
        var b = b0
        while b > a, b0 - b < 6, toks[b - 1].text == "." || toks[b - 1].isWord && courtesyStyles.contains(toks[b - 1].lower) { b -= 1 }
        return b
    }

    /// Words of a formal style before a name in apposition: "a call from His Highness the Amir of
    /// the State of Kuwait, Sheikh Mishal", "received His Majesty the King of Jordan, Abdullah II".
    private static let styleWords: Set<String> = ["of", "highness", "majesty", "excellency", "royal", "amir",
                                                  "state", "kingdom", "sultanate", "emirate", "republic"]

    /// (Not the article of an office written out, "leader of the opposition": "the" opens what follows a name.)
    private static let titleWords: Set<String> = Set(PersonLexicon.titles.keys.flatMap { $0 }).subtracting(["the"])

    /// Courtesy styles written before a name in formal readouts ("H.E. Mr.", "Shri", "Dr.").
    /// "his Saudi counterpart, Prince Faisal bin Farhan": a royal style before the name belongs to it as well.
    private static let courtesyStyles: Set<String> = ["mr", "mrs", "ms", "dr", "shri", "smt", "prof", "h.e.", "h.e", "prince", "princess", "amb"]

    /// Words of a state's formal name inside a title ("Federal Chancellor of the Republic of Austria").
    private static let stateWords: Set<String> = ["republic", "federal", "kingdom", "united", "state", "states", "federation"]

    /// "Anutin and his Cambodian counterpart Hun Manet": words that join a counterpart to a named person.
    private static let counterpartWords: Set<String> = ["his", "her", "their", "counterpart", "counterparts"]

    private static func isTitleWord(_ w: String) -> Bool { titleWords.contains(w) }
}

fileprivate extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
