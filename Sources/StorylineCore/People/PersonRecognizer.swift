/// Finds the people of one article — names anchored by titles, verbs of saying, name shape
/// and back-references — resolves surnames and role-only references ("Japan's leader") to
/// them, and merges spelling variants. Pure: the same article always gives the same result.
public enum PersonRecognizer {
    /// The people, mentions and scanned blocks of an article (title and blocks; never the byline).
    public static func recognize(_ article: Article) -> PersonRecognition {
        var blocks = [ScannedBlock(index: -1, text: article.title)]
        for (i, b) in article.blocks.enumerated() { blocks.append(ScannedBlock(index: i, text: b.text)) }
        var candidates: [Candidate] = []
        var roleRefs: [RoleReference] = []
        for b in blocks.indices { scan(blocks[b], scanned: b, into: &candidates, roles: &roleRefs) }
        cutAbbreviatedPlaces(&candidates, blocks: blocks)
        // "REUTERS/Karen Toro", "AFP/Jane Roe/File Photo": a photographer credited after an agency's name takes no part.
        candidates.removeAll { isPhotoCredit(blocks[$0.scanned].tokens, $0.tokens.lowerBound)
            || creditsAnAgency(blocks[$0.scanned].tokens, $0.tokens.upperBound) }
        candidates = corroborated(trimmed(candidates), blocks: blocks)
        // "Rs 5,300 crore for Upper Bhadra" over "the Upper Bhadra irrigation project": a name anchored only by a
        // preposition that the text also writes between "the" and a lower-case noun qualifies that noun; no one.
        candidates.removeAll { $0.weak && $0.words.count >= 2 && qualifiesANoun($0.words, in: blocks) }
        candidates += speakerLabels(blocks)
        // "the President of Burkina Faso, Captain …": a run of name shape that spells a country of several words is no one.
        candidates.removeAll { $0.words.count >= 2 && PersonLexicon.countries[$0.words.joined(separator: " ").lowercased()] != nil }
        for c in candidates.indices where candidates[c].words.contains("\"") { candidates[c].words = withoutNickname(candidates[c].words) }
        for c in candidates.indices where candidates[c].words.count >= 2 && candidates[c].words[0].count >= 3
            && candidates[c].words[0].allSatisfy({ !$0.isLowercase }) && candidates[c].words[0].contains(where: \.isLetter) {
            candidates[c].words[0] = candidates[c].words[0].prefix(1) + candidates[c].words[0].dropFirst().lowercased()
        }
        var drafts = Drafts()
        for c in candidates where c.words.count >= 2 { drafts.add(c) }
        addQuotedNicknames(candidates, blocks: blocks, drafts: &drafts)
        let fullMatches = matchFullNames(blocks, drafts: drafts)
        for c in candidates where c.words.count == 1 {
            let key = NameKey.of(c.words[0])
            var options = drafts.bySurname[key] ?? []
            // "PM Shehbaz", "Datuk Seri Anwar": a titled given name stands for the one full name it opens.
            if options.isEmpty, c.title != nil {
                let opening = drafts.list.indices.filter { drafts.list[$0].words.count >= 2 && NameKey.of(drafts.list[$0].words[0]) == key }
                if opening.count == 1 { options = opening; drafts.bySurname[key] = opening }
            }
            // "President Tshisekedi" after "Felix Antoine Tshisekedi Tshilombo": a titled inner word of one full name.
            if options.isEmpty, c.title != nil {
                let inner = drafts.list.indices.filter { d in
                    let ws = drafts.list[d].words
                    return ws.count >= 3 && ws[1..<(ws.count - 1)].contains { NameKey.of($0) == key }
                }
                if inner.count == 1 { options = inner; drafts.bySurname[key] = inner }
            }
            // "Governor Punjab, KP CM call on premier": a word the article names as the seat of an office
            // ("Governor Punjab Sardar …") is that place, not a person.
            if options.isEmpty, c.title != nil, candidates.contains(where: { $0.words.count >= 2 && $0.country == c.words[0] }) { continue }
            if options.isEmpty {
                drafts.add(c)
            } else {
                // "Minister Lee" beside "President Lee Jae-myung" and "Trade Minister Lee Dong-hoon": the title picks the holder.
                if options.count > 1, let title = c.title {
                    let fit = holders(of: title.display, among: options, drafts: drafts)
                    if !fit.isEmpty { options = fit }
                }
                let d = resolve(options, scanned: c.scanned, drafts: drafts, full: fullMatches)
                drafts.addRole(of: c, to: d)
            }
        }
        // "López Obrador, widely known as AMLO, …": the one word after "known as" stands for the person named before it.
        for (b, block) in blocks.enumerated() {
            let ts = block.tokens
            for k in ts.indices where k >= 3 && k + 2 < ts.count && ts[k].lower == "known" && ts[k + 1].lower == "as" {
                let comma = ts[k - 1].text == "," ? k - 1 : (ts[k - 2].text == "," && ts[k - 1].lower.hasSuffix("ly") ? k - 2 : -1)
                let alias = ts[k + 2]
                guard comma >= 1, alias.isWord, alias.isCapitalized, drafts.bySurname[alias.key] == nil,
                      k + 3 == ts.count || !ts[k + 3].isWord || !ts[k + 3].isCapitalized else { continue }
                let named = fullMatches.first { $0.scanned == b && $0.tokens.upperBound == comma }.flatMap { drafts.byKey[$0.person] }
                    ?? drafts.bySurname[ts[comma - 1].key].flatMap { $0.count == 1 ? $0[0] : nil }
                if let d = named { drafts.bySurname[alias.key] = [d] }
            }
        }
        var located = fullMatches
        located += matchSurnames(blocks, drafts: drafts, full: fullMatches)
        located += resolveRoles(roleRefs, drafts: drafts, blocks: blocks, named: located)
        located.sort { ($0.scanned, $0.tokens.lowerBound) < ($1.scanned, $1.tokens.lowerBound) }
        return finish(article: article, blocks: blocks, drafts: drafts, located: located)
    }

    /// True when some block writes `words` right after "the" and before a lower-case word ("the Upper Bhadra
    /// irrigation project"): the words name a thing the noun is.
    static func qualifiesANoun(_ words: [String], in blocks: [ScannedBlock]) -> Bool {
        for b in blocks {
            let ts = b.tokens
            var k = 1
            while k + words.count < ts.count {
                if ts[k].text == words[0], ts[k - 1].lower == "the",
                   (1..<words.count).allSatisfy({ ts[k + $0].text == words[$0] }),
                   ts[k + words.count].isWord, !ts[k + words.count].isCapitalized { return true }
                k += 1
            }
        }
        return false
    }

    /// True when the name at `k` follows an agency's name in capitals and a slash, with no space: a photo credit.
    static func isPhotoCredit(_ toks: [TextToken], _ k: Int) -> Bool {
        guard k >= 2, toks[k - 1].text == "/", toks[k - 1].end == toks[k].start, toks[k - 2].end == toks[k - 1].start,
              toks[k - 2].isWord else { return false }
        return toks[k - 2].isAllCaps && toks[k - 2].text.unicodeScalars.count >= 2
    }

    /// True when the name ending before `e` runs into a slash and a capitalized word with no space, closing
    /// its block: "… on Parliament Hill. Justin Tang/The Canadian Press", a photographer and the agency.
    static func creditsAnAgency(_ toks: [TextToken], _ e: Int) -> Bool {
        guard e + 1 < toks.count, e >= 1, toks[e].text == "/", toks[e - 1].end == toks[e].start, toks[e].end == toks[e + 1].start,
              toks[e + 1].isWord, toks[e + 1].isCapitalized else { return false }
        return toks.count - e <= 6 && !toks[(e + 1)...].contains { $0.isWord && !$0.isCapitalized }
    }

    // MARK: - Candidates

    /// A possible person: a run of name words and what anchored it.
    struct Candidate {
        var scanned: Int
        var tokens: Range<Int>
        var words: [String]
        var title: PersonLexicon.Title?
        var country: String?
        var former: Bool
        /// Anchored only by a preceding preposition: dropped when it hides a stronger name.
        var weak: Bool
        /// A second office joined before the title by "and" ("Crown Prince and Prime Minister X").
        var joinedTitle: PersonLexicon.Title? = nil
    }

    /// "MARGARET BRENNAN: Good morning.": a transcript's upper-case label of two or three name words and a colon,
    /// opening at least two paragraphs, names a speaker, even one the text never names otherwise. No office,
    /// country, capital or organization word ("PRESIDENT TRUMP:", "NEW DELHI:") is such a name.
    static func speakerLabels(_ blocks: [ScannedBlock]) -> [Candidate] {
        let excluded: LexiconClass = [.title, .titleFirst, .nonPerson, .country, .capital, .pluralMarker]
        var found: [Candidate] = []
        for (b, block) in blocks.enumerated() where block.index >= 0 {
            let toks = block.tokens
            guard toks.count > 3, let colon = toks.prefix(4).firstIndex(where: { $0.text == ":" }), colon >= 2,
                  toks[..<colon].allSatisfy({ $0.isWord && $0.isAllCaps && $0.text.count >= 2 && $0.lexicon.isDisjoint(with: excluded) })
            else { continue }
            let words = toks[..<colon].map { String($0.text.prefix(1)) + $0.text.dropFirst().lowercased() }
            found.append(Candidate(scanned: b, tokens: 0..<colon, words: words, title: nil, country: nil, former: false, weak: false))
        }
        return found.filter { c in found.filter { $0.words == c.words }.count >= 2 }
    }

    /// A title with no name after it ("the Japanese prime minister", "Japan's leader").
    struct RoleReference {
        var scanned: Int
        var tokens: Range<Int>
        var title: PersonLexicon.Title
        var country: String?
        var former: Bool
        /// "the North's leader": the compass word that opens the holder's country ("North Korea").
        var region: String? = nil
        /// "the Samsung chief": the organization word the holder's full name was written after ("Samsung Electronics
        /// Chairman Lee Jae-yong").
        var organization: String? = nil
        /// "The elder statesman …": the sentence before, whose opening person the description means.
        var openerOf: Range<Int>? = nil
    }

    private static let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Professor", "Sir", "Dame", "Datuk", "Dato", "Tan Sri", "Tun",
                                                        "Datuk Seri", "Dato Seri", "Dato Sri", "Datuk Sri"]
    private static let formerPrefixes = ["then-", "ex-", "former-"]
    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "whose"]

    private static func scan(_ block: ScannedBlock, scanned: Int, into out: inout [Candidate], roles: inout [RoleReference]) {
        let toks = block.tokens
        let n = toks.count
        var bylineEnd = 0
        if n > 1, toks[0].lower == "by", toks[1].isCapitalized { bylineEnd = nameRun(toks, from: 1, limit: 4).upperBound }
        // Read once per block: asked of every token below, where reading them from `toks[i]`
        // copied the whole token (three strings) each time.
        let opensPluralTitle = toks.map { $0.lexicon.contains(.pluralTitle) }
        let nameWord = toks.map(\.nameShaped)
        // Two words the loop asks about at every position, read once (a token read in the loop is copied).
        let counterpart = toks.map { $0.lower == "counterpart" }
        let chief = toks.map { $0.isWord && !$0.isCapitalized && ($0.lower == "chief" || $0.lower == "boss") }
        let samdech = toks.map { $0.isWord && $0.lower == "samdech" }
        var i = 0
        while i < n {
            // "The Greek premier and his Turkish counterpart last sat down together": a counterpart named by its
            // country alone refers back to that country's holder of the office named before it in the sentence.
            if counterpart[i], let ref = bareCounterpart(block, at: i, scanned: scanned, found: out, roles: roles) {
                roles.append(ref)
            }
            // "The Samsung chief had also met …": the head of an organization named by one capitalized word.
            if chief[i], i >= 2, i + 1 < n, toks[i - 1].isWord, toks[i - 1].isCapitalized, !toks[i - 1].possessive,
               toks[i - 2].lower == "the", toks[i + 1].lower != "of", PersonLexicon.countries[toks[i - 1].lower] == nil,
               PersonLexicon.titles[[toks[i - 1].lower]] == nil {
                roles.append(RoleReference(scanned: scanned, tokens: (i - 2)..<(i + 1), title: PersonLexicon.Title(display: "Chief", leader: false),
                                           country: nil, former: false, organization: toks[i - 1].lower))
            }
            // "DR Congo": a courtesy title written in capitals is an acronym, not "Dr.".
            if let match = matchTitle(toks, at: i) ?? officeOfAState(toks, at: i), !toks[i + match.length - 1].possessive || isRoleReferenceStart(toks, i),
               !honorifics.contains(match.title.display) || !toks[i].isAllCaps {
                var country: String? = nil
                var region: String? = nil
                var former = match.former
                var acting = false
                var j = i - 1
                // "Deputy Secretary of State", "U.S. Trade Representative", "External Affairs Minister":
                // capitalized office words right before the title are part of the office.
                var office: [String] = []
                while j >= 0, i - j <= 3, toks[j].isWord, toks[j].isCapitalized, !toks[j].possessive,
                      !honorifics.contains(match.title.display), officePrefixes.contains(toks[j].lower) {
                    office.insert(toks[j].text, at: 0)
                    j -= 1
                }
                while j >= 0, toks[j].isWord {
                    var lower = toks[j].lower
                    for p in formerPrefixes where lower.hasPrefix(p) { former = true; lower = String(lower.dropFirst(p.count)) }
                    if country == nil, j >= 1, toks[j - 1].isWord, toks[j - 1].isCapitalized, toks[j].isCapitalized,
                       let c = PersonLexicon.countries[toks[j - 1].lower + " " + lower] {
                        country = c; j -= 2
                        if toks[j + 2].possessive { break }
                        continue
                    }
                    if country == nil, toks[j].isCapitalized,
                       let c = PersonLexicon.countries[lower]
                           ?? (toks[j].possessive ? PersonLexicon.capitals[lower] ?? PersonLexicon.possessiveCountries[lower] : nil) {
                        country = c; j -= 1
                        if toks[j + 1].possessive { break }
                        continue
                    }
                    // "the North's leader" (Korean press), "the South's president": a compass word for a country.
                    if toks[j].possessive, country == nil, toks[j].isCapitalized, compassWords.contains(lower),
                       j >= 1, toks[j - 1].isWord, determiners.contains(toks[j - 1].lower) {
                        region = toks[j].text; j -= 1
                        break
                    }
                    if toks[j].possessive { break }
                    if PersonLexicon.formerMarkers.contains(lower) { former = true; j -= 1; continue }
                    if PersonLexicon.titleModifiers.contains(lower) { acting = acting || lower == "acting"; j -= 1; continue }
                    break
                }
                // "the Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, X,": a second office joined by
                // "and" to one after "the" is determined too.
                let determined = j >= 0 && toks[j].isWord && (determiners.contains(toks[j].lower) || toks[j].lower == "and" && joinsAnOffice(toks, j))
                // "The migration minister, Seema Malhotra,", "the shadow home secretary, Chris Philp,": up to three lower-case
                // words of the portfolio may stand between "the" (or a possessive) and the title.
                var portfolioDetermined = false
                if !determined, j >= 1, toks[j].isWord, !toks[j].isCapitalized, !toks[j].possessive {
                    var q = j
                    while q >= 0, j - q < 3, toks[q].isWord, !toks[q].isCapitalized, !determiners.contains(toks[q].lower) { q -= 1 }
                    portfolioDetermined = q >= 0 && q < j && toks[q].isWord
                        && (determiners.contains(toks[q].lower) || toks[q].possessive && toks[q].isCapitalized)
                }
                // "European Commission President …", "Samsung Chairman …": an organization's title.
                // "Custodian of the Two Holy Mosques King Salman": a monarch's style, no organization, stands before a crowned title.
                let monarchStyle = crownTitles.contains(match.title.display) && j >= 3
                    && (j - 4...j - 1).contains { $0 >= 0 && toks[$0].isWord && toks[$0].lower == "of" }
                let ofOrganization = !monarchStyle && j >= 0 && toks[j].isWord && toks[j].isCapitalized && !toks[j].possessive
                    && !openers.contains(toks[j].lower) && !formsOfAddress.contains(toks[j].lower) && country == nil
                    // "Republican People's Party (CHP) leader …": an acronym in brackets names an organization.
                    || j >= 1 && toks[j].text == ")" && toks[j - 1].isWord && toks[j - 1].isAllCaps && country == nil
                var k = i + match.length
                // "President of Chile Gabriel Boric", not "the chair of Haiti's Transitional Presidential Council".
                // "the Amir of the State of Kuwait, Sheikh Mishal": the state's form may stand before its name.
                // "Minister of Foreign Affairs of the Arab Republic of Egypt Badr Abdelatty": one word may qualify the form.
                let state = k + 4 < n && toks[k].lower == "of" && toks[k + 1].lower == "the" && statePrefixes.contains(toks[k + 2].lower)
                    && toks[k + 3].lower == "of" ? 3
                    : k + 5 < n && toks[k].lower == "of" && toks[k + 1].lower == "the" && toks[k + 2].isWord && toks[k + 2].isCapitalized
                        && statePrefixes.contains(toks[k + 3].lower) && toks[k + 4].lower == "of" ? 4 : 0
                // "President of the Kyrgyz Republic Sadyr Japarov": the country's adjective before the state's form.
                if k + 4 < n, toks[k].lower == "of", toks[k + 1].lower == "the", let (c, len) = countryPhrase(at: k + 2, in: toks),
                   k + 3 + len < n, toks[k + 2 + len].isCapitalized, !toks[k + 2 + len].possessive,
                   statePrefixes.contains(toks[k + 2 + len].lower), isNameWord(toks[k + 3 + len]) {
                    if country == nil { country = c }
                    k += 3 + len
                }
                if k + 1 < n, toks[k].isWord, toks[k].lower == "to" || toks[k].lower == "of",
                   let (c, len) = countryPhrase(at: k + 1 + state, in: toks), !toks[k + state + len].possessive,
                   // "the Prime Minister of the Socialist Republic of Viet Nam, H.E. Mr. X": the qualified form before a comma
                   // is left to the appositive reading.
                   state != 4 || k + 1 + state + len < n && toks[k + 1 + state + len].text != "," {
                    if country == nil { country = c }
                    k += 1 + state + len
                    if k < n, toks[k].text == "," { k += 1 }
                }
                // "Minister of Foreign Affairs Anita Anand", "Minister for Foreign Affairs Helen McEntee": the
                // portfolio after "of" or "for" lies between title and name.
                if k == i + match.length, k + 2 < n, toks[k].isWord, toks[k].lower == "of" || toks[k].lower == "for",
                   toks[k + 1].isCapitalized || toks[k + 1].lower == "the" && toks[k + 2].isCapitalized {
                    var p = k + 1
                    // "Minister of Commerce and Industry Shri Piyush Goyal": two portfolios may be joined by "and".
                    // "Director of the Office of His Majesty Alaa Batayneh": a body served by the office, with "the",
                    // "of" and a form of address inside it.
                    // "Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev": a body's
                    // plural, a country's adjective and the state's form may be part of it.
                    func bodyWord(_ t: TextToken) -> Bool {
                        t.isCapitalized && (t.lexicon.contains(.nonPerson) || t.lexicon.contains(.country) || t.lower == "ministers"
                            || statePrefixes.contains(t.lower))
                    }
                    // "Minister of Trade, Industry and Energy Kim Jung-kwan": a comma may part portfolios of a list.
                    func portfolio(_ t: TextToken) -> Bool {
                        t.isCapitalized && (bodyWord(t) || portfolios.contains(t.lower) || appositivePortfolios.contains(t.lower))
                    }
                    while p < n, p < k + 12, toks[p].isWord || p > k + 1 && toks[p].text == "," && p + 1 < n && toks[p + 1].isWord && portfolio(toks[p + 1]),
                          !toks[p].isWord || portfolio(toks[p])
                              || p > k + 1 && toks[p].lower == "and" && p + 1 < n && toks[p + 1].isCapitalized
                              || (toks[p].lower == "the" || p > k + 1 && toks[p].lower == "of") && p + 1 < n && bodyWord(toks[p + 1])
                              // "… of the Arab Republic of Egypt": a word qualifying the state's form.
                              || toks[p].isCapitalized && p > k + 1 && toks[p - 1].lower == "the" && p + 1 < n && statePrefixes.contains(toks[p + 1].lower)
                              || toks[p].lower == "the" && p + 2 < n && toks[p + 1].isCapitalized && statePrefixes.contains(toks[p + 2].lower)
                              || p > k + 1 && toks[p].lower == "of" && p + 3 < n && toks[p + 1].lower == "the" && toks[p + 2].isCapitalized
                                  && statePrefixes.contains(toks[p + 3].lower)
                              || p > k + 1 && toks[p].lower == "of" && p + 2 < n && toks[p + 1].lower == "the" && bodyWord(toks[p + 2])
                              || (toks[p].lower == "his" || toks[p].lower == "her") && p + 1 < n && formsOfAddress.contains(toks[p + 1].lower) { p += 1 }
                    // "Akim of Almaty Darkhan Satybaldy", "Mayor of Lyon Anne Morel": a local office's one-word city before
                    // a two-word name.
                    if p == k + 1, p + 2 < n, match.title.display == "Mayor" || match.title.display == "Governor"
                        || match.title.display == "Akim", nameRun(toks, from: p, limit: 4).count == 3, isNameWord(toks[p + 1]) {
                        k = p + 1
                    } else if p > k + 1, p < n, isNameWord(toks[p]) {
                        let named = nameRun(toks, from: p, limit: 4)
                        // "Chairman of the State Great Khural D.Amarbayasgalan": two or more words of the body, then a name
                        // opening with an initial, as Mongolian outlets write them (not "John F. Kennedy").
                        let initial = PersonLexicon.givenNames.contains(toks[p].lower) ? nil
                            : named.dropFirst(2).first { isInitial(toks[$0]) && $0 + 1 < named.upperBound }
                        // "Coordinating Minister for Human Development and Culture Pratikno said": one name word, as
                        // Indonesians have, closing the phrase after the portfolio.
                        // Not "president of the United Steelworkers, said": a capitalized title, a portfolio without "the",
                        // a verb after the name.
                        let single = named.count == 1 && toks[i].isCapitalized && p + 1 < n && toks[p + 1].isWord && !toks[p + 1].isCapitalized
                            && !(k..<p).contains { toks[$0].lower == "the" }
                        if named.count >= 2 || single {
                            k = initial ?? p
                            if country == nil, let c = (i + match.length..<p).lazy.compactMap({ toks[$0].lexicon.contains(.country) ? PersonLexicon.countries[toks[$0].lower] : nil }).first {
                                country = c
                            }
                        }
                    }
                }
                // "Prime Minister Sir Keir Starmer", "Emir Sheikh Tamim", "President Dr William Ruto", "Deputy Prime
                // Minister Datuk Seri Dr Ahmad Zahid Hamidi": styles and courtesy titles there are no part of the name.
                while k + 1 < n, toks[k].isWord {
                    if styleHonorifics.contains(toks[k].lower),
                       isNameWord(toks[k + 1]) || toks[k + 1].lexicon.contains(.title) || styleHonorifics.contains(toks[k + 1].lower)
                        || k + 2 < n && isInitials(toks[k + 1]) && isNameWord(toks[k + 2]) {
                        k += 1
                        continue
                    }
                    // "President Smt. Droupadi Murmu": the style's abbreviation period stands between it and the name.
                    if styleHonorifics.contains(toks[k].lower), k + 2 < n, toks[k + 1].text == ".",
                       isNameWord(toks[k + 2]) || isInitials(toks[k + 2]) {
                        k += 2
                        continue
                    }
                    guard toks[k].lexicon.contains(.title), !toks[k].isAllCaps, let h = matchTitle(toks, at: k),
                          honorifics.contains(h.title.display), k + h.length < n,
                          isNameWord(toks[k + h.length]) || toks[k + h.length].lexicon.contains(.title) else { break }
                    k += h.length
                }
                let titlePossessive = toks[i + match.length - 1].possessive
                var run = (k < n && toks[k].isWord && !titlePossessive) ? nameRun(toks, from: k, limit: block.titleCase ? 3 : 4) : k..<k
                // "Defense Minister Israel Katz": right after a title, a country word before a name word is a given name.
                if run.isEmpty, !titlePossessive, k + 1 < n, toks[k].isWord, toks[k].isCapitalized, !toks[k].possessive,
                   !toks[k].isAllCaps, !toks[k].lexicon.isDisjoint(with: [.country, .capital]), !toks[k].lexicon.contains(.title),
                   isNameWord(toks[k + 1]) {
                    run = k..<nameRun(toks, from: k + 1, limit: 3).upperBound
                }
                // "Mr. MOTEGI Toshimitsu", "Prime Minister TAKAICHI Sanae": Japanese official style writes the
                // family name in capitals before the given name.
                if run.isEmpty, !titlePossessive, k + 1 < n, toks[k].isWord, toks[k].isAllCaps, !toks[k].possessive,
                   toks[k].text.unicodeScalars.count >= 3, toks[k].lexicon.isDisjoint(with: [.nonPerson, .country, .capital, .title]),
                   isNameWord(toks[k + 1]) {
                    run = k..<nameRun(toks, from: k + 1, limit: 2).upperBound
                }
                // "Vice-Premier He Lifeng": after a title, a short word that reads as English opens a name.
                if run.isEmpty, k + 1 < n, toks[k].isWord, toks[k].isCapitalized, !toks[k].possessive,
                   toks[k].text.unicodeScalars.count <= 3, !toks[k].lexicon.contains(.title), isNameWord(toks[k + 1]) {
                    run = k..<nameRun(toks, from: k + 1, limit: 3).upperBound
                }
                // "Governor Punjab Sardar Saleem Haider Khan": a style inside the words after a title opens the
                // name; the words before it name where the office is held ("Sheikh" may be part of a name).
                if run.count >= 3, !titlePossessive,
                   let h = run.dropFirst().first(where: { styleHonorifics.contains(toks[$0].lower) && toks[$0].lower != "sheikh" && toks[$0].lower != "shaikh" }),
                   !toks[h - 1].possessive, h + 2 < n, isNameWord(toks[h + 1]) {
                    let named = nameRun(toks, from: h + 1, limit: 4)
                    if named.count >= 2 {
                        if country == nil { country = toks[run.lowerBound..<h].map(\.text).joined(separator: " ") }
                        run = named
                    }
                }
                let partOfOrganization = !run.isEmpty && namesAnInstitution(toks, after: run.upperBound)
                var holder: Range<Int>? = !run.isEmpty && run.lowerBound >= bylineEnd && !partOfOrganization ? run : nil
                // "the foreign minister, Penny Wong, met …", "China's president, Xi Jinping, on Friday":
                // a full name set off by commas right after its title is the holder.
                // "the EU's foreign policy chief, Kaja Kallas,": a possessive before the title determines it too.
                let possessed = j >= 0 && toks[j].isWord && toks[j].possessive && toks[j].isCapitalized
                // "The chair of Haiti's Transitional Presidential Council, Laurent Saint-Cyr,": the body the title
                // heads lies between the title and the comma.
                // "Canada's ambassador to the United States, Mark Wiseman,": so does the post an envoy is sent to.
                var body = k
                // "the Special Adviser to the President on Information and Strategy, Bayo Onanuga,": an adviser's
                // office names whom it serves and its brief, capitalized words joined by small words.
                let serves = k < n && !match.title.leader && (toks[k].lower == "to" || toks[k].lower == "on" || toks[k].lower == "for")
                let theOffice = determined || j >= 1 && toks[j].isCapitalized
                    && (toks[j - 1].lower == "the" || toks[j - 1].lower == "and" && joinsAnOffice(toks, j - 1))
                if run.isEmpty, k + 2 < n, toks[k].isWord,
                   toks[k].lower == "of" && theOffice || serves && (theOffice || country != nil || possessed) {
                    var p = k + 1
                    while p < n, p < k + (serves ? 12 : 8), toks[p].isWord,
                          toks[p].isCapitalized || toks[p].lower == "the" || serves && officeJoiners.contains(toks[p].lower) { p += 1 }
                    if p > k + 1, p < n, toks[p].text == ",", toks[p - 1].isCapitalized { body = p }
                }
                // "the Special Adviser …, Bayo Onanuga,": a capitalized word of the office may stand after "the".
                let determinedOffice = determined || j >= 1 && toks[j].isWord && toks[j].isCapitalized && !toks[j].possessive
                    && toks[j - 1].isWord && (toks[j - 1].lower == "the" || toks[j - 1].lower == "and" && joinsAnOffice(toks, j - 1))
                // "The President of the Republic, José Jerí,": the state's form with no country is the home state's office.
                let ofTheState = body == k + 3 && toks[k + 1].lower == "the" && statePrefixes.contains(toks[k + 2].lower)
                // "the President of Dangote Group, Alhaji Aliko Dangote,": a leader's title of a body that names no
                // country or capital heads that body, and the name after the comma holds it.
                let ofBody = body > k + 1 && match.title.leader && !ofTheState && country == nil && toks[k].lower == "of"
                    && (k + 1..<body).allSatisfy { toks[$0].lexicon.isDisjoint(with: [.country, .capital]) && !statePrefixes.contains(toks[$0].lower) }
                if run.isEmpty, determinedOffice || country != nil || possessed || portfolioDetermined, !honorifics.contains(match.title.display),
                   body == k || !match.title.leader || ofTheState || ofBody,
                   case let k = body, k + 2 < n, toks[k].text == ",", k + 1 >= bylineEnd,
                   isNameWord(toks[k + 1]) || (styleHonorifics.contains(toks[k + 1].lower) && k + 3 < n && isNameWord(toks[k + 2])) {
                    // "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,": an honorific may open the name.
                    // "…, Alhaji Aliko Dangote,": a style that reads as a name word opens the name without being part of it.
                    let styled = styleHonorifics.contains(toks[k + 1].lower) && k + 3 < n && isNameWord(toks[k + 2])
                    let named = nameRun(toks, from: isNameWord(toks[k + 1]) && !styled ? k + 1 : k + 2, limit: 4)
                    let closed = named.upperBound >= n || [",", ".", ";"].contains(toks[named.upperBound].text)
                    if named.count >= 2, closed, !toks[named.upperBound - 1].possessive { holder = named }
                }
                if let holder {
                    var title = match.title
                    // "his Tongan counterpart, Lord Fakafanua,": a noble style opens the name; the office is the counterpart's.
                    if nobleStyles.contains(title.display), i >= 2, toks[i - 1].text == ",", counterpart[i - 2],
                       let other = namedHolder(toks, before: i - 2, sentence: block.sentence(containing: i - 2), in: out),
                       let office = other.title, !honorifics.contains(office.display), !nobleStyles.contains(office.display) {
                        title = office
                    }
                    // "the Green parliamentary leader Katharina Dröge": a party's or a group's leader leads no country.
                    // "Conservative Leader Pierre Poilievre", "Labour Leader …": a party's name before "Leader" heads a party.
                    let partisan = j >= 0 && toks[j].isWord && !toks[j].isCapitalized && groupLeaderWords.contains(toks[j].lower)
                        || match.title.display == "Leader" && i >= 1 && toks[i - 1].isWord && toks[i - 1].isCapitalized
                            && partyNames.contains(toks[i - 1].lower)
                    // "the acting president, Geraldo Alckmin,": one standing in for the holder holds no leader's office.
                    if ofOrganization || ofBody || partisan || acting || isConsort(toks, i, title: title) { title.leader = false }
                    // "the Chief of Staff to the President, Femi Gbajabiamila,": the title after "to the" is whom the
                    // office before it serves; the name holds that office. So in South Asian wire style without the
                    // comma: "Special Assistant to the PM Syed Tariq Fatemi".
                    if holder.lowerBound >= i + match.length, j >= 2, toks[j].lower == "the", toks[j - 1].lower == "to",
                       toks[j - 2].isWord, toks[j - 2].isCapitalized {
                        var s = j - 2
                        while s > 0, toks[s - 1].isWord, toks[s - 1].isCapitalized || toks[s - 1].lower == "of" && s >= 2 && toks[s - 2].isCapitalized { s -= 1 }
                        title = PersonLexicon.Title(display: toks[s..<(j - 1)].map(\.text).joined(separator: " "), leader: false)
                        country = nil
                    }
                    if !office.isEmpty {
                        title.display = (office + [title.display]).joined(separator: " ")
                        if office.contains(where: { secondRanks.contains($0.lowercased()) }) { title.leader = false }
                    }
                    var end = holder.upperBound
                    // "Sheikh Mohammed bin Zayed, the UAE president,": an office in apposition outranks a style.
                    // "Dr. Vivian Balakrishnan, Minister for Foreign Affairs of …": and a courtesy title.
                    if styleHonorifics.contains(match.title.display.lowercased()) || royalStyles.contains(match.title.display)
                        || honorifics.contains(match.title.display),
                       country == nil, office.isEmpty,
                       let (office, c, f, e) = appositiveTitle(toks, after: holder.upperBound) {
                        title = office; country = c; former = f; end = e
                    }
                    out.append(Candidate(scanned: scanned, tokens: holder, words: toks[holder].map(\.text), title: title,
                                         country: country, former: former, weak: false,
                                         joinedTitle: office.isEmpty && country == nil ? titleJoined(toks, before: j) : nil))
                    i = end
                    continue
                }
                // "Prime Minister recalled his visit …": Indian official releases open sentences with the bare
                // office of the one who holds it, with neither article nor name.
                let bareOpening = run.isEmpty && j == i - 1 && office.isEmpty && !block.titleCase && !match.former
                    && block.sentence(containing: i).lowerBound == i && k == i + match.length && k < n
                    && toks[k].isWord && !toks[k].isCapitalized
                if run.isEmpty && (determined || country != nil || bareOpening) && !honorifics.contains(match.title.display) {
                    roles.append(RoleReference(scanned: scanned, tokens: (determined ? j : j + 1)..<(i + match.length), title: match.title,
                                               country: country, former: former, region: region))
                } else if run.isEmpty, ofOrganization, country == nil, office.isEmpty, !honorifics.contains(match.title.display),
                          !match.title.leader, !toks[i + match.length - 1].possessive {
                    // "The Kremlin spokesman later met …": an organization's office after a determiner is a second
                    // reference ("the Hamas leader" is no head of state's, so leaders' titles are left out).
                    var d = j
                    while d >= 0, j - d < 3, toks[d].isWord, toks[d].isCapitalized, !determiners.contains(toks[d].lower) { d -= 1 }
                    if d >= 0, toks[d].isWord, determiners.contains(toks[d].lower) {
                        var title = match.title
                        title.leader = false
                        roles.append(RoleReference(scanned: scanned, tokens: d..<(i + match.length), title: title, country: nil, former: former))
                    }
                }
                i += match.length
                continue
            }
            if let (title, holder) = headOfABody(toks, at: i), holder.lowerBound >= bylineEnd {
                out.append(Candidate(scanned: scanned, tokens: holder, words: toks[holder].map(\.text), title: title,
                                     country: nil, former: false, weak: false))
                i = holder.upperBound
                continue
            }
            if opensPluralTitle[i], let (listed, end) = listAfterPluralTitle(toks, at: i, scanned: scanned) {
                out += listed
                i = end
                continue
            }
            if let c = koreanTitled(toks, at: i, scanned: scanned) {
                out.append(c)
                i += 2
                continue
            }
            // "Jane Roe, Principal Deputy Spokesperson": a capitalized line naming a person and an office.
            if block.titleCase, i == 0, isNameWord(toks[0]) {
                let run = nameRun(toks, from: 0, limit: 4)
                if (2...4).contains(run.count), !toks[run.upperBound - 1].possessive,
                   let (title, country, former, end) = appositiveTitle(toks, after: run.upperBound), end >= toks.count {
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: title,
                                         country: country, former: former, weak: false))
                    i = end
                    continue
                }
            }
            // "Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of …", "Samdech Techo Hun Sen": a Khmer style
            // (Samdech and the honorific words after it) opens a name without being part of it.
            if samdech[i] {
                var s = i + 1
                while s < n, toks[s].isWord, khmerStyleWords.contains(toks[s].lower) { s += 1 }
                if s + 1 < n, isNameWord(toks[s]),
                   isNameWord(toks[s + 1]) || officeAbbreviations.contains(toks[s + 1].lower) && (s + 2 >= n || toks[s + 2].text != ".") {
                    i = s
                    continue
                }
            }
            if !block.titleCase && i >= bylineEnd && (nameWord[i] || startsKoreanName(toks, i)) {
                let run = nameRun(toks, from: i, limit: 8)
                // "Sánchez met Brazil's Lula on Sunday": one name after a country's possessive, as the
                // object of a meeting word, is that country's person.
                if run.count == 1, !toks[i].possessive, i >= 2, toks[i - 1].possessive, toks[i - 1].isCapitalized,
                   let country = PersonLexicon.countries[toks[i - 1].lower], toks[i - 2].isWord, !toks[i - 2].isCapitalized,
                   toks[i - 2].lexicon.contains(.interaction) || toks[i - 2].lower == "with",
                   i + 1 >= n || !toks[i + 1].isWord || !toks[i + 1].isCapitalized {
                    out.append(Candidate(scanned: scanned, tokens: run, words: [toks[i].text], title: nil,
                                         country: country, former: false, weak: false))
                    i = run.upperBound
                    continue
                }
                // "from South Africa's Cyril Ramaphosa.", "Uruguay's Yamandú Orsi Martínez on Thursday": a full name
                // right after a country's possessive, ending the phrase, is that country's person.
                if (2...3).contains(run.count), !toks[i].possessive, !toks[run.upperBound - 1].possessive, i >= 2,
                   toks[i - 1].possessive, toks[i - 1].isCapitalized,
                   let country = PersonLexicon.countries[toks[i - 1].lower]
                       ?? (i >= 3 && toks[i - 2].isCapitalized ? PersonLexicon.countries[toks[i - 2].lower + " " + toks[i - 1].lower] : nil),
                   run.upperBound >= n || (!toks[run.upperBound].isWord ? toks[run.upperBound].text != "'" && toks[run.upperBound].text != "’"
                                           : possessedNameFollowers.contains(toks[run.upperBound].lower)) {
                    let listed = listedAfterATitledLeader(toks, run: run, scanned: scanned, found: out[...])
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: listed?.0,
                                         country: country, former: false, weak: false))
                    i = run.upperBound
                    continue
                }
                // "His meeting with Lula last week", "On Monday, Lula met Prime Minister Modi": one name word met by
                // or meeting a person is a person's one-word name.
                if run.count == 1, !toks[i].possessive, i >= 1, oneWordPartner(block, at: i, scanned: scanned, found: out) {
                    out.append(Candidate(scanned: scanned, tokens: run, words: [toks[i].text], title: nil,
                                         country: nil, former: false, weak: false))
                    i = run.upperBound
                    continue
                }
                if run.count >= 2, run.count <= 4, !toks[run.upperBound - 1].possessive,
                   let (title, country, former, end) = appositiveTitle(toks, after: run.upperBound) {
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: title,
                                         country: country, former: former, weak: false))
                    i = end
                    continue
                }
                // "José Antonio Kast was sworn in as president of Chile": the office taken is the person's.
                if run.count >= 2, run.count <= 5, !toks[run.upperBound - 1].possessive,
                   let (title, country) = assumedOffice(toks, after: run.upperBound) {
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: title,
                                         country: country, former: false, weak: false))
                    i = run.upperBound
                    continue
                }
                // "their presidents, Xi Jinping and Donald Trump": a plural title names each of the listed people.
                if (2...4).contains(run.count), !toks[run.upperBound - 1].possessive,
                   let title = pluralTitle(toks, before: run.lowerBound)
                       ?? (run.lowerBound >= 1 && toks[run.lowerBound - 1].lower == "and" ? out.last : nil)
                           .flatMap({ $0.scanned == scanned && $0.tokens.upperBound == run.lowerBound - 1 ? pluralTitle(toks, before: $0.tokens.lowerBound) : nil }) {
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: title,
                                         country: nil, former: false, weak: false))
                    i = run.upperBound
                    continue
                }
                // "his Indonesian counterpart Sugiono": one name word right after "counterpart" is a person too.
                if run.count >= 2
                    || (run.count == 1 && !toks[i].possessive && i >= 1 && ["counterpart", "counterparts"].contains(toks[i - 1].lower)),
                   var c = weakCandidate(block, run: run, scanned: scanned) {
                    // "Prime Minister Albanese and his New Zealand counterpart Christopher Luxon": the same office.
                    let before = run.lowerBound >= 2 && toks[run.lowerBound - 1].text == "," ? run.lowerBound - 2 : run.lowerBound - 1
                    if before >= 0, ["counterpart", "counterparts"].contains(toks[before].lower),
                       let holder = namedHolder(toks, before: before, sentence: block.sentence(containing: before), in: out)
                           ?? out.last(where: { $0.scanned == scanned && $0.title != nil && !$0.former }),
                       let title = holder.title, !honorifics.contains(title.display) {
                        c.title = title
                        c.weak = false
                        var j = before - 1
                        while j >= 0, toks[j].isWord, toks[j].isCapitalized, c.country == nil {
                            c.country = PersonLexicon.countries[toks[j].lower]
                                ?? (j >= 1 ? PersonLexicon.countries[toks[j - 1].lower + " " + toks[j].lower] : nil)
                            j -= 1
                        }
                    }
                    // "Brazil's Luiz Inácio Lula da Silva": a country's possessive before a name with a particle.
                    if c.weak, run.lowerBound > 0, toks[run.lowerBound - 1].possessive,
                       PersonLexicon.countries[toks[run.lowerBound - 1].lower] != nil,
                       toks[run].contains(where: { PersonLexicon.particles.contains($0.lower) }) { c.weak = false }
                    out.append(c)
                } else if (2...3).contains(run.count), coordinatedWithAName(block, run: run, scanned: scanned, found: out) {
                    // "their presidents, Xi Jinping and Donald Trump": a name joined by "and" to an anchored one.
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: nil,
                                         country: nil, former: false, weak: true))
                } else if run.count >= 3, run.lowerBound > 0, toks[run.lowerBound - 1].possessive,
                          PersonLexicon.countries[toks[run.lowerBound - 1].lower] != nil,
                          toks[run].contains(where: { PersonLexicon.particles.contains($0.lower) }) {
                    out.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: nil,
                                         country: PersonLexicon.countries[toks[run.lowerBound - 1].lower], former: false, weak: false))
                }
                if let c = out.last, c.scanned == scanned, c.tokens == run, c.title == nil,
                   let (title, country) = listedAfterATitledLeader(toks, run: run, scanned: scanned, found: out.dropLast()) {
                    out[out.count - 1].title = title
                    out[out.count - 1].country = country
                    out[out.count - 1].weak = false
                }
                i = max(run.upperBound, i + 1)
                continue
            }
            i += 1
        }
        // "Former Prime Minister X called on … . The elder statesman also had dinner with …": a sentence opening on
        // "the" and a describing noun for a person speaks of the one the sentence before opened on.
        for (si, sentence) in block.sentences.enumerated() where si > 0 && sentence.count > 3 && toks[sentence.lowerBound].lower == "the" {
            var k = sentence.lowerBound + 1
            while k < sentence.upperBound, k <= sentence.lowerBound + 3, toks[k].isWord, !toks[k].isCapitalized {
                if describingNouns.contains(toks[k].lower) {
                    roles.append(RoleReference(scanned: scanned, tokens: sentence.lowerBound..<(k + 1),
                                               title: PersonLexicon.Title(display: "Described", leader: false), country: nil, former: false,
                                               openerOf: block.sentences[si - 1]))
                    break
                }
                k += 1
            }
        }
    }

    /// Nouns describing a person that "the …" opening a sentence may refer back with ("the elder statesman").
    private static let describingNouns: Set<String> = ["statesman", "stateswoman", "politician", "veteran", "diplomat", "lawmaker"]

    /// True when the one name word at `i`, mid-sentence and not followed by another capitalized word, is
    /// met by a person ("His meeting with Lula", "Modi's talks with Lula", "he met Lula") or meets one
    /// named by title or name right after the verb ("Lula met Indian Prime Minister Narendra Modi").
    private static func oneWordPartner(_ block: ScannedBlock, at i: Int, scanned: Int, found: [Candidate]) -> Bool {
        let toks = block.tokens
        let n = toks.count
        if i + 1 < n, toks[i + 1].isWord, toks[i + 1].isCapitalized { return false }
        let before = toks[i - 1]
        if before.isWord, !before.isCapitalized {
            let afterVerb = before.lexicon.contains(.interaction)
            guard afterVerb || before.lower == "with" else { return false }
            // "talks with Hamas negotiators", "met Ukrainians": the name ends the phrase and is no plural nationality.
            if i + 1 < n, toks[i + 1].isWord, !objectFollowers.contains(toks[i + 1].lower) { return false }
            if toks[i].lower.hasSuffix("s"), PersonLexicon.countries[String(toks[i].lower.dropLast())] != nil { return false }
            if afterVerb {
                guard meetingObjectVerbs.contains(before.lower) else { return false }
                // "he met Lula", "Modi met Lula": a person before the verb in the sentence.
                let sentence = block.sentence(containing: i)
                guard sentence.lowerBound < i - 1 else { return false }
                if (sentence.lowerBound..<(i - 1)).contains(where: { toks[$0].isWord && personalPronouns.contains(toks[$0].lower) }) { return true }
                for c in found.reversed() {
                    guard c.scanned == scanned else { break }
                    if sentence.contains(c.tokens.lowerBound), c.tokens.upperBound < i { return true }
                }
                return false
            }
            // "His meeting with Lula", "Modi's bilateral talks with Lula": a person's meeting noun.
            guard before.lower == "with", i >= 3, toks[i - 2].isWord, toks[i - 2].lexicon.contains(.interaction),
                  let type = InteractionExtractor.predicates[toks[i - 2].lower], type != .statement, type != .agreement else { return false }
            for j in stride(from: i - 3, through: max(0, i - 4), by: -1) where toks[j].isWord {
                if toks[j].possessive || toks[j].lower == "his" || toks[j].lower == "her" { return true }
            }
            return false
        }
        // The subject: mid-sentence, before a meeting verb whose object is titled or named.
        guard i + 2 < n, !before.isWord, before.text == "," || before.text == "(" || before.text == ";",
              toks[i + 1].isWord, toks[i + 1].lexicon.contains(.interaction), partnerVerbs.contains(toks[i + 1].lower) else { return false }
        var k = i + 2
        while k < n, k < i + 6, toks[k].isWord, ["with", "to", "the", "his", "her"].contains(toks[k].lower)
            || PersonLexicon.countries[toks[k].lower] != nil || PersonLexicon.titleModifiers.contains(toks[k].lower) { k += 1 }
        return k < n && (isNameWord(toks[k]) || matchTitle(toks, at: k) != nil)
    }

    /// Pronouns that show a person before a meeting word ("his meeting with …", "she met …").
    private static let personalPronouns: Set<String> = ["he", "she", "his", "her"]

    /// Verbs after which a one-word subject meets the person named next ("Lula met …").
    private static let partnerVerbs: Set<String> = ["met", "meets", "phoned", "telephoned", "spoke"]

    /// "his Turkish counterpart" with no name after it, in a sentence that named an office before it: a
    /// reference to that country's holder of the office (of a leader's office, that country's leader).
    private static func bareCounterpart(_ block: ScannedBlock, at i: Int, scanned: Int, found: [Candidate],
                                        roles: [RoleReference]) -> RoleReference? {
        let toks = block.tokens
        guard i >= 2, toks[i - 1].isWord, toks[i - 1].isCapitalized, let country = PersonLexicon.countries[toks[i - 1].lower],
              toks[i - 2].lower == "his" || toks[i - 2].lower == "her",
              i + 1 >= toks.count || !isNameWord(toks[i + 1]) && toks[i + 1].text != "," else { return nil }
        let sentence = block.sentence(containing: i)
        let titled = found.last { $0.scanned == scanned && $0.title != nil && sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= i - 2 }
        let role = roles.last { $0.scanned == scanned && sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= i - 2 }
        let anchor: (PersonLexicon.Title, String?)
        if let role, (titled?.tokens.upperBound ?? -1) < role.tokens.upperBound { anchor = (role.title, role.country) }
        else if let titled, let title = titled.title { anchor = (title, titled.country) }
        else { return nil }
        guard anchor.1 != country, !honorifics.contains(anchor.0.display) else { return nil }
        let title = anchor.0.leader ? PersonLexicon.Title(display: "Leader", leader: true) : anchor.0
        return RoleReference(scanned: scanned, tokens: (i - 2)..<(i + 1), title: title, country: country, former: false)
    }

    /// "Sa'ar spoke with his German counterpart …": the titled person whose name (or surname) stands
    /// before "counterpart" in its sentence, nearest first (past any "who" aside), named anywhere before in the article.
    private static func namedHolder(_ toks: [TextToken], before k: Int, sentence: Range<Int>, in found: [Candidate]) -> Candidate? {
        var j = k - 1
        while j >= sentence.lowerBound {
            let t = toks[j]
            // "Sikorski, who accompanied Tusk, held talks with his German counterpart": a "who" aside is skipped.
            if t.text == ",", let open = (sentence.lowerBound..<j).last(where: { toks[$0].text == "," }), open + 1 < j,
               toks[open + 1].lower == "who" {
                j = open - 1
                continue
            }
            if t.isWord, t.isCapitalized, t.nameShaped,
               let c = found.last(where: { $0.title != nil && !$0.former && $0.words.last == t.text }) {
                return c
            }
            j -= 1
        }
        return nil
    }

    /// "Argentine President Javier Milei, Ecuador's Daniel Noboa and Paraguay's Santiago Peña": a
    /// country-possessive name listed right after a titled leader holds the same office of its country.
    private static func listedAfterATitledLeader(_ toks: [TextToken], run: Range<Int>, scanned: Int,
                                                 found: ArraySlice<Candidate>) -> (PersonLexicon.Title, String)? {
        let c = run.lowerBound - 1
        guard c >= 1, toks[c].possessive, let country = PersonLexicon.countries[toks[c].lower] else { return nil }
        var q = c - 1
        while q >= 0, toks[q].text == "," || toks[q].lower == "and" { q -= 1 }
        guard q < c - 1, q >= 0,
              let previous = found.last(where: { $0.scanned == scanned && $0.tokens.upperBound == q + 1 }),
              let title = previous.title, title.leader, !previous.former else { return nil }
        return (title, country)
    }

    /// The title of a plural office set off by a comma right before `k` ("their presidents, …").
    private static func pluralTitle(_ toks: [TextToken], before k: Int) -> PersonLexicon.Title? {
        guard k >= 2, toks[k - 1].text == ",", toks[k - 2].isWord, !toks[k - 2].isCapitalized else { return nil }
        return pluralTitles[toks[k - 2].lower]
    }

    /// Plural offices whose holders may follow in a list.
    static let pluralTitles: [String: PersonLexicon.Title] = [
        "presidents": PersonLexicon.Title(display: "President", leader: true),
        "leaders": PersonLexicon.Title(display: "Leader", leader: true),
        "premiers": PersonLexicon.Title(display: "Premier", leader: true),
        "chancellors": PersonLexicon.Title(display: "Chancellor", leader: true),
        "ministers": PersonLexicon.Title(display: "Minister", leader: false),
        // "Their deputies, Mher Grigoryan and Shahin Mustafayev, met …", "the two envoys, …"
        "deputies": PersonLexicon.Title(display: "Deputy", leader: false),
        "envoys": PersonLexicon.Title(display: "Envoy", leader: false),
    ]

    /// "Presidents Tshisekedi and Kagame", "Prime Ministers Albanese and Luxon": a plural title right
    /// before two or more names joined by "and" titles each of them. Returns the candidates and the end.
    private static func listAfterPluralTitle(_ toks: [TextToken], at i: Int, scanned: Int) -> ([Candidate], Int)? {
        guard var title = pluralTitles[toks[i].lower], i + 3 < toks.count, isNameWord(toks[i + 1]) else { return nil }
        // "Prime Ministers", "Foreign Ministers": the word before names the office.
        if i >= 1, toks[i - 1].isWord, let office = PersonLexicon.titles[[toks[i - 1].lower, String(toks[i].lower.dropLast())]] {
            title = office
        }
        var found: [Candidate] = []
        var k = i + 1
        var joinedByAnd = false
        while k < toks.count, isNameWord(toks[k]) {
            let run = nameRun(toks, from: k, limit: 4)
            guard !run.isEmpty else { break }
            k = run.upperBound
            // "Presidents Emmerson Mnangagwa of Zimbabwe, Félix Tshisekedi of the Democratic Republic of Congo and …":
            // each name may be followed by the country it leads.
            var country: String? = nil
            if !toks[k - 1].possessive, let (c, end) = ofCountry(toks, at: k) { country = c; k = end }
            found.append(Candidate(scanned: scanned, tokens: run, words: toks[run].map(\.text), title: title,
                                   country: country, former: false, weak: false))
            if toks[run.upperBound - 1].possessive || joinedByAnd { break }
            var next = k
            if next < toks.count, toks[next].text == "," { next += 1 }
            if next < toks.count, toks[next].lower == "and" { next += 1; joinedByAnd = true }
            guard next > k, next < toks.count, isNameWord(toks[next]) else { break }
            k = next
        }
        return found.count >= 2 && joinedByAnd ? (found, k) : nil
    }

    /// Words that may follow a person's full name after a country's possessive ("Uruguay's Yamandú Orsi on
    /// Thursday"); a lower-case word outside them ("Argentina's Vaca Muerta shale") shows a thing, not a person.
    private static let possessedNameFollowers: Set<String> = ["and", "on", "in", "at", "to", "for", "from", "who", "said",
                                                              "says", "met", "meets", "told", "was", "is", "has", "had", "will"]

    /// "of Zambia", "of the Democratic Republic of Congo" right at `k`: the country named (nil when the
    /// words name none the lexicon knows) and the index after the phrase; nil when no such phrase starts there.
    private static func ofCountry(_ toks: [TextToken], at k: Int) -> (String?, Int)? {
        guard k + 1 < toks.count, toks[k].isWord, toks[k].lower == "of" else { return nil }
        var p = k + 1
        if toks[p].isWord, toks[p].lower == "the" { p += 1 }
        let first = p
        while p < toks.count, p - first < 6, toks[p].isWord,
              toks[p].isCapitalized && !toks[p].possessive || (p > first && toks[p].lower == "of") { p += 1 }
        guard p > first, toks[p - 1].isCapitalized else { return nil }
        let last = toks[p - 1].lower
        let country = PersonLexicon.countries[last] ?? (p - 2 >= first ? PersonLexicon.countries[toks[p - 2].lower + " " + last] : nil)
        return (country, p)
    }

    /// A candidate from name shape or context alone, or nil when nothing anchors the run.
    private static func weakCandidate(_ block: ScannedBlock, run: Range<Int>, scanned: Int) -> Candidate? {
        let toks = block.tokens
        // "Libertarian Ted Metz joined them on stage": a party's adjective before a given name is no part of the name.
        if run.count >= 3, partyAdjectives.contains(toks[run.lowerBound].lower), PersonLexicon.givenNames.contains(toks[run.lowerBound + 1].lower) {
            return weakCandidate(block, run: (run.lowerBound + 1)..<run.upperBound, scanned: scanned)
        }
        let words = toks[run]
        let first = words.first!
        let prev = run.lowerBound > 0 ? toks[run.lowerBound - 1] : nil
        let next = run.upperBound < toks.count ? toks[run.upperBound] : nil
        // "the Han Kuang exercises": a name-shaped run between "the" and a lower-case noun qualifies that noun.
        if let prev, prev.isWord, prev.lower == "the", let next, next.isWord, !next.isCapitalized { return nil }
        // "QUESTION: Matt Lee, AP.": in a briefing's transcript the reporter asking names himself and his outlet.
        if let prev, prev.text == ":", run.lowerBound >= 2, toks[run.lowerBound - 2].isAllCaps,
           toks[run.lowerBound - 2].lower == "question" || toks[run.lowerBound - 2].lower == "q" { return nil }
        let korean = first.text.unicodeScalars.count <= 5 && words.dropFirst().contains(where: isHyphenatedGivenName)
            || isUnhyphenatedKoreanName(words.map(\.text))
        let given = PersonLexicon.givenNames.contains(first.lower) && !first.possessive
        // "Cai Qi and Wang Yi attended": a Chinese family name and a pinyin given name.
        let chinese = words.count == 2 && !first.possessive && PersonLexicon.chineseFamilyNames.contains(first.lower)
            && PersonLexicon.isPinyinGivenName(words.last!.text)
        // "Keane's barrister, Caroline Goodwin KC, said": a silk's post-nominal ("KC", "QC", "SC") follows a person's name.
        let silk = next.map { $0.isWord && $0.isAllCaps && Self.silkPostNominals.contains($0.lower) } ?? false
        let speechAfter = next.map { $0.isWord && PersonLexicon.speakerVerbs.contains($0.lower) } ?? false
        let speechBefore = (prev.map { $0.isWord && PersonLexicon.speakerVerbs.contains($0.lower) } ?? false)
            && (next.map { !$0.isWord } ?? true)
        let appositive = next?.text == "," && (speakerFollows(toks, after: run.upperBound, within: block.sentence(containing: run.lowerBound))
            || confidantOf(toks, after: run.upperBound, words: run.count))
        var preposition = prev.map { $0.isWord && !$0.isCapitalized && PersonLexicon.personPrepositions.contains($0.lower) } ?? false
        // "I will meet Kaja Kallas on Monday": a two-word name as the object of a meeting word.
        // Not "meet Goldman Sachs bankers": the name ends the phrase, before punctuation or a linking word.
        if !preposition, words.count == 2, let prev, prev.isWord, !prev.isCapitalized, prev.lexicon.contains(.interaction),
           meetingObjectVerbs.contains(prev.lower), next.map({ !$0.isWord || objectFollowers.contains($0.lower) }) ?? true { preposition = true }
        // "(MİT) head İbrahim Kalın", "IMF chief Kristalina Georgieva", "Pakistan's army chief Asim Munir":
        // the head or chief of an organization or service.
        if !preposition, let prev, prev.isWord, !prev.isCapitalized, prev.lower == "head" || prev.lower == "chief",
           run.lowerBound >= 2, toks[run.lowerBound - 2].text == ")" || toks[run.lowerBound - 2].isCapitalized
               // "army chief", not "to head Goldman Sachs": after a lower-case word only "chief" is an office.
               || (prev.lower == "chief" && toks[run.lowerBound - 2].isWord && !determiners.contains(toks[run.lowerBound - 2].lower)) {
            preposition = true
        }
        // "Petrobras chief executive Magda Chambriard", "chief executive officer Jane Roe": a company's head.
        if !preposition, let prev, prev.isWord, !prev.isCapitalized, prev.lower == "executive" || prev.lower == "officer", run.lowerBound >= 2,
           toks[run.lowerBound - 2].lower == "chief" || toks[run.lowerBound - 2].lower == "executive" {
            preposition = true
        }
        // "his Belarusian counterpart Maxim Ryzhenkov", "his counterpart, John Mahama": a name right after
        // "counterpart" is a person.
        func isCounterpart(_ t: TextToken) -> Bool { t.isWord && (t.lower == "counterpart" || t.lower == "counterparts") }
        var counterpart = prev.map(isCounterpart) ?? false
        if !counterpart, let prev, prev.text == ",", run.lowerBound >= 2, isCounterpart(toks[run.lowerBound - 2]) { counterpart = true }
        // "Takaichi's husband, Yamamoto Taku,", "his wife, Yoshiko,": a name set off after someone's spouse is a person.
        if !counterpart, let prev, prev.text == ",", run.lowerBound >= 3, toks[run.lowerBound - 2].isWord,
           spouseNouns.contains(toks[run.lowerBound - 2].lower),
           toks[run.lowerBound - 3].lower == "his" || toks[run.lowerBound - 3].lower == "her" || toks[run.lowerBound - 3].possessive,
           run.upperBound >= toks.count || !toks[run.upperBound].isWord { counterpart = true }
        // "Analysts at Goldman Sachs said": after a place preposition a speaker is an organization.
        let afterPlace = prev.map { $0.isWord && placePrepositions.contains($0.lower) } ?? false
        // "Joint Chiefs Chairman …": a capitalized phrase right before a title is an organization.
        if let next, next.isWord, matchTitle(toks, at: run.upperBound) != nil, !toks[run.upperBound - 1].possessive { return nil }
        let nameWords = words.filter { !$0.lexicon.contains(.particle) }.count
        let strong = (korean || given || chinese || counterpart || (silk && words.count >= 2)
                      || ((speechAfter || speechBefore || appositive) && !afterPlace)) && nameWords <= 4
        guard strong || (preposition && run.count <= 3) else { return nil }
        for k in run.dropLast() where PersonLexicon.places.contains(toks[k].lower + " " + toks[k + 1].lower) { return nil }
        return Candidate(scanned: scanned, tokens: run, words: words.map(\.text), title: nil, country: nil, former: false,
                         weak: !strong)
    }

    private static let placePrepositions: Set<String> = ["at", "in", "from", "on", "into", "inside", "near", "across"]

    /// Adjectives of a party that may stand before a candidate's name: "Libertarian Ted Metz", "Democrat Jane Roe".
    private static let partyAdjectives: Set<String> = ["republican", "democrat", "democratic", "libertarian", "conservative",
                                                       "labour", "liberal", "green", "independent", "socialist"]

    /// Post-nominals of senior barristers: "Tom Little KC", "Jane Roe SC".
    private static let silkPostNominals: Set<String> = ["kc", "qc", "sc"]
    /// Nouns of a spouse, after which a name set off by commas is that spouse's.
    private static let spouseNouns: Set<String> = ["wife", "husband", "spouse"]

    /// "Ron Dermer, Netanyahu's longtime confidant and a former minister,": a name of two or three words set off by
    /// a comma and a possessive name (no country's) whose aside, before the next comma, holds a noun of a person
    /// kept by another ("confidant", "adviser", "aide"). Not "New Delhi, India's capital,".
    static func confidantOf(_ toks: [TextToken], after e: Int, words: Int) -> Bool {
        guard words >= 2, words <= 3, e + 3 < toks.count, toks[e].text == ",", toks[e + 1].isWord, toks[e + 1].possessive,
              toks[e + 1].isCapitalized, countryPhrase(at: e + 1, in: toks) == nil,
              PersonLexicon.capitals[toks[e + 1].lower] == nil else { return false }
        var k = e + 2
        while k < toks.count, k < e + 12, toks[k].isWord, !toks[k].isCapitalized || toks[k].lower == "and" {
            if personOfAnother.contains(toks[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Nouns of a person kept by another, after a possessive name: "Netanyahu's confidant", "Lula's chief of staff".
    private static let personOfAnother: Set<String> = ["confidant", "confidante", "adviser", "advisor", "aide", "ally",
                                                       "spokesman", "spokeswoman", "spokesperson", "deputy", "envoy",
                                                       "wife", "husband", "son", "daughter", "brother", "sister",
                                                       "predecessor", "successor", "protege", "protégé", "lieutenant",
                                                       "negotiator", "emissary", "friend", "rival", "secretary"]

    /// Words that may follow a person met: a time, a place or a purpose, not a noun the name qualifies.
    private static let objectFollowers: Set<String> = ["on", "in", "at", "to", "and", "for", "during", "after", "before", "ahead",
                                                       "when", "while", "who", "this", "next", "last", "later", "earlier",
                                                       "today", "tomorrow", "yesterday", "as", "over", "about", "with", "from"]

    /// Meeting words whose object, right after them, may be a name without a title.
    private static let meetingObjectVerbs: Set<String> = ["meet", "meets", "met", "meeting", "host", "hosts", "hosted",
                                                          "hosting", "received", "receives", "phoned", "telephoned"]

    /// Portfolios of a minister named after "of" that are not already organization words.
    private static let portfolios: Set<String> = ["interior", "justice", "energy", "agriculture", "industry", "labour",
                                                  "transport", "transportation", "tourism", "sport", "sports", "culture",
                                                  "commerce", "economy", "infrastructure", "housing", "immigration",
                                                  "investment", "planning", "information", "broadcasting", "communications",
                                                  // "Coordinating Minister for Human Development and Culture Pratikno"
                                                  "development", "human", "resources", "social", "welfare", "youth", "women",
                                                  "maritime", "fisheries", "technology", "innovation", "research", "food",
                                                  "forestry", "public", "works", "political", "legal", "affairs"]

    /// Portfolios, also organization words elsewhere, that may stand before "minister" in apposition.
    private static let appositivePortfolios: Set<String> = ["health", "education", "environment", "climate", "trade",
                                                            "finance", "defense", "defence", "security", "home", "labor",
                                                            "science", "digital", "mining", "petroleum", "oil", "water"]

    /// Capitalized words that, right before a title, name its rank or portfolio ("Deputy", "Trade").
    static let officePrefixes: Set<String> = ["deputy", "vice", "assistant", "under", "principal", "senior",
                                                      "external", "foreign", "affairs", "home", "trade", "economy", "economic",
                                                      "commerce", "interior", "justice", "energy", "health", "education",
                                                      "industry", "agriculture", "labour", "labor", "transport", "environment",
                                                      "culture", "tourism", "digital", "security", "finance", "defence", "defense"]

    /// Ranks below the office they qualify: a "Deputy President" is no head of state.
    private static let secondRanks: Set<String> = ["deputy", "vice", "assistant", "under"]

    /// Capitalized words that may open an office after a name ("Principal Deputy Spokesperson").
    private static let officeModifiers: Set<String> = ["principal", "deputy", "senior", "chief", "acting", "assistant",
                                                       "associate", "executive", "first", "lead", "interim"]

    /// "Head of the Presidential Office Kyrylo Budanov", "Head of the Defence Staff Jan Novak": a capitalized
    /// "Head of" an office's capitalized name that ends on a body noun, right before a full name, is that
    /// person's office. The office and the name's tokens, or nil.
    private static func headOfABody(_ toks: [TextToken], at i: Int) -> (PersonLexicon.Title, Range<Int>)? {
        guard toks[i].isWord, toks[i].isCapitalized, !toks[i].isAllCaps, toks[i].lower.utf8.count == 4, toks[i].lower == "head",
              i + 3 < toks.count, toks[i + 1].lower == "of" else { return nil }
        var k = i + 2
        if toks[k].lower == "the" { k += 1 }
        var body = k
        while body < toks.count, body < k + 4, toks[body].isWord, toks[body].isCapitalized, !toks[body].possessive {
            body += 1
            if bodyNouns.contains(toks[body - 1].lower) { break }
        }
        guard body > k, bodyNouns.contains(toks[body - 1].lower), body < toks.count, isNameWord(toks[body]) else { return nil }
        let name = nameRun(toks, from: body, limit: 4)
        guard name.count >= 2, !toks[name.upperBound - 1].possessive else { return nil }
        let office = toks[i..<body].map(\.text).joined(separator: " ")
        return (PersonLexicon.Title(display: office, leader: false), name)
    }

    /// Small words inside an adviser's office ("to the President on Information and Strategy").
    private static let officeJoiners: Set<String> = ["of", "on", "and", "for", "to", "the"]

    /// Nouns that end the name of an office or body ("Presidential Office", "General Staff").
    private static let bodyNouns: Set<String> = ["office", "administration", "ministry", "department", "agency", "service",
                                                 "council", "committee", "directorate", "staff", "mission", "delegation",
                                                 "commission", "secretariat", "bureau", "authority", "chancellery"]

    /// "the Amir of Kuwait", "His Highness the Amir Sheikh Tamim", "the Amir received": a title read only in
    /// apposition is an office too after "the" (or a country's possessive: "Qatar's Amir Sheikh Tamim") and before
    /// "of", a style of address or no capitalized word.
    private static func officeOfAState(_ toks: [TextToken], at i: Int) -> (title: PersonLexicon.Title, length: Int, former: Bool)? {
        guard i > 0, i + 1 < toks.count, toks[i].lower.utf8.count == 4,
              toks[i - 1].lower == "the" || toks[i - 1].possessive && toks[i - 1].isCapitalized
                  && (PersonLexicon.countries[toks[i - 1].lower] ?? PersonLexicon.possessiveCountries[toks[i - 1].lower]) != nil,
              toks[i + 1].lower == "of" || !toks[i + 1].isWord || !toks[i + 1].isCapitalized
                  || styleHonorifics.contains(toks[i + 1].lower),
              toks[i].isCapitalized, let title = appositiveOnlyTitles[toks[i].lower] else { return nil }
        return (title, 1, false)
    }

    /// True when "and" at `j` follows an office opened by "the" ("the Prime Cabinet Secretary and …").
    /// "Crown Prince and Prime Minister Mohammed bin Salman": the capitalized title ending right before "and" at
    /// `j`, which the holder also holds; nil when none or when a determiner or modifier opens it ("The King and …").
    static func titleJoined(_ toks: [TextToken], before j: Int) -> PersonLexicon.Title? {
        guard j >= 2, toks[j].isWord, toks[j].lower == "and" else { return nil }
        for len in stride(from: min(PersonLexicon.longestTitle, j), through: 1, by: -1) {
            let words = toks[(j - len)..<j]
            guard words.allSatisfy({ $0.isWord && $0.isCapitalized }), let t = PersonLexicon.titles[words.map(\.lower)] else { continue }
            // "The King and Queen Camilla", "the Federal Chancellor and President Ruto": two people.
            let before = j - len - 1
            if before >= 0, toks[before].isWord, !toks[before].isCapitalized || determiners.contains(toks[before].lower)
                || PersonLexicon.titleModifiers.contains(toks[before].lower) { return nil }
            return t
        }
        return nil
    }

    private static func joinsAnOffice(_ toks: [TextToken], _ j: Int) -> Bool {
        var k = j - 1
        // "The Tánaiste and …" opening a sentence: its capitalized "The" still opens the office.
        while k >= 0, k > j - 5, toks[k].isWord, toks[k].isCapitalized, !toks[k].possessive, toks[k].lower != "the" { k -= 1 }
        return k >= 0 && k < j - 1 && toks[k].isWord && toks[k].lower == "the" && (k + 1..<j).contains { toks[$0].lexicon.contains(.title) }
    }

    /// Titles of a reigning monarch, whom a long style may precede ("Custodian of the Two Holy Mosques King Salman").
    private static let crownTitles: Set<String> = ["King", "Queen", "Emir", "Sultan"]

    /// Titles read only in apposition after a name, because they are given names elsewhere ("Amir").
    private static let appositiveOnlyTitles: [String: PersonLexicon.Title] = ["amir": PersonLexicon.Title(display: "Emir", leader: true)]

    /// "the State of Qatar", "the Kingdom of Bahrain": words before "of" and a country's name.
    private static let statePrefixes: Set<String> = ["state", "republic", "kingdom", "sultanate", "emirate", "federation",
                                                     "commonwealth", "principality"]

    /// Khmer honorific words that may follow "Samdech" before a name ("Samdech Akka Moha Sena Padei Techo").
    private static let khmerStyleWords: Set<String> = ["akka", "moha", "sena", "padei", "techo", "borvor", "thipadei",
                                                       "krolahom", "vibol", "pheakdei", "botum", "sakor", "preah"]

    /// Party names written as one capitalized word before "Leader" ("Conservative Leader", "Labour Leader").
    private static let partyNames: Set<String> = ["conservative", "liberal", "labour", "labor", "socialist", "green", "greens",
                                                  "democratic", "democrat", "republican", "tory", "communist"]

    /// Lower-case words before "leader" that make it a party's or a group's ("parliamentary leader").
    private static let groupLeaderWords: Set<String> = ["parliamentary", "party", "opposition", "group", "rebel", "militia",
                                                        "caucus", "majority", "minority", "union", "faction", "protest",
                                                        "separatist", "religious", "spiritual", "student", "floor"]

    /// Styles of the nobility that open a name without telling an office.
    private static let nobleStyles: Set<String> = ["Lord", "Lady", "Sir", "Dame"]

    /// Honorifics that may stand between a title and a name.
    static let styleHonorifics: Set<String> = ["sir", "dame", "sheikh", "sheikha", "shaikh", "sayyid", "sayyida",
                                                       "seri", "sri", "datuk", "dato", "mian", "shri", "shrimati", "smt", "sardar",
                                                       // Nigerian and Fijian styles: "Alhaji Aliko Dangote", "Chief Olusegun Obasanjo", "Ratu Naiqama Lalabalavu".
                                                       "alhaji", "alhaja", "chief", "ratu"]

    /// "King Charles and Queen Camilla", "the King and Queen Camilla": a queen named right after
    /// a king is his consort, not a head of state.
    private static func isConsort(_ toks: [TextToken], _ i: Int, title: PersonLexicon.Title) -> Bool {
        guard title.display == "Queen", i >= 2, toks[i - 1].lower == "and" else { return false }
        return (max(0, i - 4)..<(i - 1)).contains { toks[$0].isWord && toks[$0].lower == "king" }
    }

    /// A title in apposition after a name: ", India's prime minister," / ", the German chancellor."
    /// Returns the title, its country and the index just past it.
    private static func appositiveTitle(_ toks: [TextToken], after e: Int) -> (PersonLexicon.Title, String?, Bool, Int)? {
        guard e + 2 < toks.count, toks[e].text == "," else { return nil }
        var k = e + 1
        var country: String? = nil
        // ", a former Swedish prime minister,": an obituary's article "a" and a modifier may stand before the country.
        let article = toks[k].isWord && (toks[k].lower == "the" || toks[k].lower == "a")
        if article { k += 1 }
        if k < toks.count, toks[k].isWord, let (c, len) = countryPhrase(at: k, in: toks) {
            country = c; k += len
        }
        var former = false
        while k < toks.count, toks[k].isWord, PersonLexicon.titleModifiers.contains(toks[k].lower) || PersonLexicon.formerMarkers.contains(toks[k].lower) {
            if PersonLexicon.formerMarkers.contains(toks[k].lower) { former = true }
            k += 1
        }
        if country == nil, article, k > e + 2, k < toks.count, toks[k].isWord, let (c, len) = countryPhrase(at: k, in: toks) {
            country = c; k += len
        }
        // ", Mexico's economy minister,": a lower-case portfolio before the title.
        if country != nil, k + 1 < toks.count, toks[k].isWord, !toks[k].isCapitalized, matchTitle(toks, at: k) == nil,
           portfolios.contains(toks[k].lower) || appositivePortfolios.contains(toks[k].lower), matchTitle(toks, at: k + 1) != nil { k += 1 }
        // "Tommy Pigott, Principal Deputy Spokesperson": a capitalized office closing the line or sentence.
        if country == nil, !article, k < toks.count, toks[k].isWord, toks[k].isCapitalized {
            var t = k
            while t < toks.count, toks[t].isWord, toks[t].isCapitalized, officeModifiers.contains(toks[t].lower) { t += 1 }
            guard t < toks.count, toks[t].isCapitalized,
                  let m = matchTitle(toks, at: t) ?? appositiveOnlyTitles[toks[t].lower].map({ ($0, 1, false) }),
                  !honorifics.contains(m.title.display) else { return nil }
            var end = t + m.length
            // ", Minister for Foreign Affairs of the Republic of Singapore,": a portfolio after "for" before the country.
            if end + 2 < toks.count, toks[end].isWord, toks[end].lower == "for", toks[end + 1].isWord, toks[end + 1].isCapitalized {
                var q = end + 1
                while q < toks.count, q < end + 6, toks[q].isWord, toks[q].isCapitalized || toks[q].lower == "and" && q + 1 < toks.count && toks[q + 1].isCapitalized { q += 1 }
                if q < toks.count, toks[q].lower == "of" || [",", ".", ";"].contains(toks[q].text) { end = q }
            }
            // ", President of the UAE,", ", Amir of the State of Qatar,": the country after "of".
            func countryAfterOf(_ end: Int) -> (String, Int)? {
                guard end + 1 < toks.count, toks[end].isWord, toks[end].lower == "of" else { return nil }
                var c = end + 1
                if toks[c].isWord, toks[c].lower == "the" { c += 1 }
                // "of the Federal Republic of Nigeria": one qualifying word may stand before the state's form.
                if c + 3 < toks.count, toks[c].isWord, toks[c].isCapitalized, statePrefixes.contains(toks[c + 1].lower),
                   toks[c + 2].lower == "of" { c += 1 }
                if c + 2 < toks.count, toks[c].isWord, statePrefixes.contains(toks[c].lower), toks[c + 1].lower == "of" { c += 2 }
                guard c < toks.count, toks[c].isWord, let (found, len) = countryPhrase(at: c, in: toks) else { return nil }
                // "of the Lao People's Democratic Republic": the state's form may follow the country's word.
                var q = c + len
                while q < toks.count, q < c + len + 3, toks[q].isWord, toks[q].isCapitalized, !statePrefixes.contains(toks[q].lower) { q += 1 }
                if q < toks.count, toks[q].isWord, toks[q].isCapitalized, statePrefixes.contains(toks[q].lower) { return (found, q + 1) }
                return (found, c + len)
            }
            var country: String? = nil
            var body: [String] = []
            if let (found, e) = countryAfterOf(end) {
                country = found; end = e
            } else if end + 2 < toks.count, toks[end].lower == "of", toks[end + 1].lower == "the" {
                // ", President of the Senate of the Kingdom of Cambodia,", ", President of the European Commission,":
                // the office of a body (an organization word closes it), which is no head of state's.
                var q = end + 2
                while q < toks.count, q < end + 6, toks[q].isWord, toks[q].isCapitalized, !toks[q].possessive { q += 1 }
                if q > end + 2, toks[q - 1].lexicon.contains(.nonPerson) {
                    body = toks[(end + 2)..<q].map(\.text)
                    end = q
                    if let (found, e) = countryAfterOf(end) { country = found; end = e }
                }
            }
            // ", President of the Republic of Sierra Leone and Chairman of the Authority": a second office may follow.
            let secondOffice = end + 1 < toks.count && toks[end].lower == "and" && toks[end + 1].isCapitalized
                && (country != nil || matchTitle(toks, at: end + 1) != nil)
            // ", Crown Prince and Prime Minister of the Kingdom of Saudi Arabia,": the second office's country is the first's.
            if secondOffice, country == nil, let second = matchTitle(toks, at: end + 1),
               let (found, e) = countryAfterOf(end + 1 + second.length), e >= toks.count || [".", ",", ";"].contains(toks[e].text) {
                return (m.title, found, m.former, e)
            }
            guard secondOffice || end >= toks.count || toks[end].text == "." || toks[end].text == "," || toks[end].text == ";" else { return nil }
            // ", Deputy Prime Minister and …": a rank below a leader's office is part of it, and no leader's.
            var title = m.title
            if !body.isEmpty {
                title.display += " of the " + body.joined(separator: " ")
                title.leader = false
            }
            if t > k, title.leader, toks[k..<t].contains(where: { secondRanks.contains($0.lower) }) {
                title.display = (toks[k..<t].map(\.text) + [title.display]).joined(separator: " ")
                title.leader = false
            }
            return (title, country, former || m.former, end)
        }
        guard k < toks.count, country != nil || toks[e + 1].lower == "the",
              let m = matchTitle(toks, at: k), !toks[k + m.length - 1].possessive else { return nil }
        let end = k + m.length
        guard end >= toks.count || !toks[end].isWord || !toks[end].isCapitalized else { return nil }
        if honorifics.contains(m.title.display) { return nil }
        // ", the Conservative leader,": a party's name before "leader" heads a party, not a country.
        var title = m.title
        if title.display == "Leader", (e + 1..<k).contains(where: { toks[$0].isCapitalized && partyNames.contains(toks[$0].lower) }) {
            title.leader = false
        }
        return (title, country, former || m.former, end)
    }

    /// "was sworn in as president of Chile", "took office as prime minister", "was elected president":
    /// the title (and country) of an office taken right after a name; nil for anything else.
    private static func assumedOffice(_ toks: [TextToken], after e: Int) -> (PersonLexicon.Title, String?)? {
        var k = e
        func word(_ i: Int) -> String? { i < toks.count && toks[i].isWord ? toks[i].lower : nil }
        while let w = word(k), ["was", "is", "has", "been", "had", "formally", "officially"].contains(w) { k += 1 }
        switch word(k) {
        case "sworn", "installed": guard word(k + 1) == "in" || word(k + 1) == "as" else { return nil }; k += word(k + 1) == "in" ? 2 : 1
        case "took": guard word(k + 1) == "office" else { return nil }; k += 2
        case "inaugurated", "elected", "reelected", "re-elected": k += 1
        default: return nil
        }
        if word(k) == "as" { k += 1 }
        if word(k) == "the" || word(k) == "new" { k += 1 }
        var country: String? = nil
        if let (c, len) = countryPhrase(at: k, in: toks) { country = c; k += len }
        guard k < toks.count, let m = matchTitle(toks, at: k), !honorifics.contains(m.title.display) else { return nil }
        k += m.length
        if word(k) == "of" {
            guard let (c, _) = countryPhrase(at: k + 1, in: toks) else { return nil }
            country = country ?? c
        }
        return (m.title, country)
    }

    /// True when a possessive title starts a role reference ("the president's", "Japan's
    /// prime minister's"), not a name ("President's Day").
    private static func isRoleReferenceStart(_ toks: [TextToken], _ i: Int) -> Bool {
        i > 0 && toks[i - 1].isWord && (determiners.contains(toks[i - 1].lower) || toks[i - 1].possessive
            || PersonLexicon.countries[toks[i - 1].lower] != nil)
    }

    /// A Hangul name followed by a Korean title ("이재명 대통령은", "전 일본 총리 …" marks former and country).
    private static func koreanTitled(_ toks: [TextToken], at i: Int, scanned: Int) -> Candidate? {
        guard i + 1 < toks.count, toks[i].isWord, toks[i + 1].isWord, isHangul(toks[i].text),
              (2...5).contains(toks[i].text.count), PersonLexicon.koreanCountries[toks[i].text] == nil,
              let match = PersonLexicon.koreanTitles.first(where: { toks[i + 1].text.hasPrefix($0.word) }),
              toks[i + 1].text.count - match.word.count <= 2 else { return nil }
        var former = false
        var country: String? = nil
        var j = i - 1
        while j >= 0, toks[j].isWord, j >= i - 2 {
            if toks[j].text == "전" { former = true } else if let c = PersonLexicon.koreanCountries[toks[j].text] { country = c } else { break }
            j -= 1
        }
        return Candidate(scanned: scanned, tokens: i..<(i + 1), words: [toks[i].text], title: match.title,
                         country: country, former: former, weak: false)
    }

    private static func isHan(_ w: String) -> Bool {
        w.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3040...0x30FF).contains($0.value) }
    }

    private static func isHangul(_ w: String) -> Bool {
        w.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// True when, later in the sentence, a comma is followed by a verb of saying ("X, an adviser, said").
    private static func speakerFollows(_ toks: [TextToken], after start: Int, within sentence: Range<Int>) -> Bool {
        // "the Special Adviser …, Bayo Onanuga, said": the comma right after the name may close the apposition.
        var k = start
        while k + 1 < sentence.upperBound {
            if toks[k].text == ",", toks[k + 1].isWord, PersonLexicon.speakerVerbs.contains(toks[k + 1].lower) { return true }
            k += 1
        }
        return false
    }

    /// A given name in the hyphenated romanization of Korean names: "Jae-myung", "Sung-lac".
    /// "Kim Jong Un", "Yoon Suk Yeol": a Korean family name and a given name written as two capitalized syllables.
    static func isUnhyphenatedKoreanName(_ words: [String]) -> Bool {
        words.count == 3 && PersonLexicon.koreanFamilyNames.contains(words[0].lowercased())
            && words.dropFirst().allSatisfy { $0.first?.isUppercase == true && PersonLexicon.isKoreanSyllable($0) }
    }

    static func isHyphenatedGivenName(_ t: TextToken) -> Bool { t.isCapitalized && NameKey.isHyphenatedGivenName(t.text) }

    /// The longest title starting at `i`, its length in tokens, and whether it carries a
    /// "former-" / "ex-" prefix.
    private static func matchTitle(_ toks: [TextToken], at i: Int) -> (title: PersonLexicon.Title, length: Int, former: Bool)? {
        guard toks[i].isWord, toks[i].mayOpenTitle else { return nil }
        var first = toks[i].lower
        var former = false
        for p in formerPrefixes where first.hasPrefix(p) { former = true; first = String(first.dropFirst(p.count)) }
        var length = min(PersonLexicon.longestTitle, toks.count - i)
        while length >= 1 {
            var words = [first]
            var ok = true
            for m in 1..<length {
                guard toks[i + m].isWord else { ok = false; break }
                words.append(toks[i + m].lower)
            }
            if ok, let title = PersonLexicon.titles[words] {
                // "Hun Sen, President of the Senate": an abbreviated title without its period right after a
                // name word is the end of that name, not "Sen." for Senator.
                if length == 1, officeAbbreviations.contains(first), i >= 1, toks[i - 1].isWord, toks[i - 1].nameShaped,
                   !toks[i - 1].possessive, i + 1 >= toks.count || toks[i + 1].text != "." { return nil }
                var consumed = length
                if i + consumed < toks.count, toks[i + consumed].text == ".",
                   PersonLexicon.abbreviations.contains(words[words.count - 1]) { consumed += 1 }
                return (title, consumed, former)
            }
            length -= 1
        }
        return nil
    }

    /// True when a word may open a title, after any "former-" / "ex-" prefix (`lexicon` must be set).
    static func mayOpenTitle(_ t: TextToken) -> Bool {
        guard t.isWord else { return false }
        guard TextScan.containsByte(t.lower, 0x2D) else { return t.lexicon.contains(.titleFirst) }
        var first = t.lower
        for p in formerPrefixes where first.hasPrefix(p) { first = String(first.dropFirst(p.count)) }
        return titleFirstWords.contains(first)
    }

    /// A country named at `k` by one or two words ("Japan", "South Korea"), and its length.
    private static func countryPhrase(at k: Int, in toks: [TextToken]) -> (String, Int)? {
        guard k < toks.count, toks[k].isWord, toks[k].isCapitalized else { return nil }
        if k + 1 < toks.count, toks[k + 1].isWord, let c = PersonLexicon.countries[toks[k].lower + " " + toks[k + 1].lower] {
            return (c, 2)
        }
        if let c = PersonLexicon.countries[toks[k].lower] { return (c, 1) }
        return nil
    }

    /// True for a word that can be part of a name: capitalized, not all capitals, no digits,
    /// and not a place, organization, calendar, country or title word.
    @inline(__always)
    static func isNameWord(_ t: TextToken) -> Bool { t.nameShaped }

    /// `isNameWord` computed from the token's text, once, when the token is cut
    /// (`lexicon` must be set).
    static func nameShaped(_ t: TextToken) -> Bool {
        guard t.isWord, t.isCapitalized, !t.isAllCaps else { return false }
        var ascii = true
        for b in t.text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x30 && b <= 0x39 { return false }
        }
        if !ascii, t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
        let lower = t.lower
        if !t.lexicon.isDisjoint(with: [.nonPerson, .country, .capital, .title, .pluralTitle]) { return false }
        let hyphen = TextScan.containsByte(lower, 0x2D)
        if hyphen { for p in formerPrefixes where lower.hasPrefix(p) { return false } }
        if hyphen {
            for (n, part) in t.text.split(separator: "-").enumerated() where part.first?.isUppercase == true {
                let w = part.lowercased()
                // "Saint-Cyr", "Saint-Just": a family name may open with "Saint-"; the place it also names needs an anchor.
                if n == 0, w == "saint" { continue }
                if PersonLexicon.countries[w] != nil || PersonLexicon.nonPersonWords.contains(w) { return false }
            }
        }
        return true
    }

    /// "Pushpa Kamal Dahal 'Prachanda'": one capitalized word in quotes right after a full name is a
    /// nom de guerre that later stands alone for that person ("Prachanda urged …"), unless it names someone else.
    private static func addQuotedNicknames(_ candidates: [Candidate], blocks: [ScannedBlock], drafts: inout Drafts) {
        func isQuote(_ t: TextToken) -> Bool { !t.isWord && (t.text == "'" || t.text == "\"" || t.text == "\u{2018}" || t.text == "\u{2019}" || t.text == "\u{201C}" || t.text == "\u{201D}") }
        for c in candidates where c.words.count >= 2 {
            let toks = blocks[c.scanned].tokens
            let e = c.tokens.upperBound
            guard e + 2 < toks.count, isQuote(toks[e]), toks[e + 1].isWord, toks[e + 1].isCapitalized, !toks[e + 1].possessive,
                  isQuote(toks[e + 2]), toks[e].start == toks[e - 1].end + 1, toks[e + 1].start == toks[e].end,
                  toks[e + 2].start == toks[e + 1].end, drafts.bySurname[toks[e + 1].key] == nil,
                  let d = drafts.byKey[NameKey.of(c.words.joined(separator: " "))] else { continue }
            let nickname = toks[e + 1].text
            drafts.bySurname[toks[e + 1].key] = [d]
            if drafts.list[d].forms[nickname] == nil { drafts.list[d].order.append(nickname); drafts.list[d].forms[nickname] = 0 }
        }
    }

    /// The run of name words starting at `k` (particles allowed inside), ending after a
    /// possessive, at most `limit` words.
    /// Offices written short ("Sen.", "Rep.", "Gov.", "Gen."), which are also family names ("Hun Sen"): without
    /// the period, right after a name word, the word ends that name. Courtesy styles ("Dr", "Prof") are not here.
    static let officeAbbreviations: Set<String> = ["sen", "rep", "gov", "gen"]

    static func nameRun(_ toks: [TextToken], from k: Int, limit: Int) -> Range<Int> {
        var e = k
        var words = 0, nicknames = 0
        while e < toks.count, words - nicknames < limit {
            defer { words = (k..<e).filter { toks[$0].isWord && !toks[$0].lexicon.contains(.particle) }.count }
            let t = toks[e]
            if isNameWord(t) || (e == k && startsKoreanName(toks, e)) || (e == k + 1 && continuesKoreanName(toks, e)) {
                e += 1
                if t.possessive { break }
                continue
            }
            if e > k, t.isWord, !t.isCapitalized, t.lexicon.contains(.particle) {
                var f = e + 1
                while f < toks.count, toks[f].isWord, !toks[f].isCapitalized, toks[f].lexicon.contains(.particle) { f += 1 }
                if f < toks.count, f - e <= 2, isNameWord(toks[f]) { e = f; continue }
                break
            }
            // "Ferdinand \"Bongbong\" Marcos Jr.": a quoted nickname between name words stays inside the run.
            if e > k, t.text == "\"", e + 3 < toks.count, toks[e + 2].text == "\"", isNameWord(toks[e + 1]),
               !toks[e + 1].possessive, !toks[e - 1].possessive, isNameWord(toks[e + 3]) {
                e += 3
                nicknames += 1
                continue
            }
            // "Hun Sen, President of the Senate": an abbreviated title without its period ends the name it follows.
            if e > k, t.isWord, t.isCapitalized, !t.isAllCaps, officeAbbreviations.contains(t.lower),
               !toks[e - 1].possessive, e + 1 >= toks.count || toks[e + 1].text != "." && !isNameWord(toks[e + 1]) {
                e += 1
                break
            }
            // "Hassan Sheikh Mohamud": inside a name, "Sheikh" is part of it, not a title.
            if e > k, t.isWord, t.lower == "sheikh", e + 1 < toks.count, isNameWord(toks[e + 1]), !toks[e - 1].possessive {
                e += 1
                continue
            }
            if e > k, t.isWord, isRegnalNumber(t.text) {
                e += 1
                break
            }
            if t.isWord, t.lower.hasPrefix("al-") || t.lower.hasPrefix("el-"), t.text.count > 3 {
                e += 1
                if t.possessive { break }
                continue
            }
            // "Prime Minister Luís Montenegro": right after a given name, a country or capital closing
            // the run is a family name.
            if e == k + 1, t.isWord, t.isCapitalized, !t.isAllCaps, !t.possessive, !toks[k].possessive,
               !t.lexicon.isDisjoint(with: [.country, .capital]), t.lexicon.isDisjoint(with: [.title]),
               e + 1 >= toks.count || !isNameWord(toks[e + 1]), PersonLexicon.givenNames.contains(toks[k].lower) {
                e += 1
            }
            break
        }
        return k..<e
    }

    /// The name words of a run without a quoted nickname: "Ferdinand \"Bongbong\" Marcos Jr." → Ferdinand Marcos Jr.
    static func withoutNickname(_ words: [String]) -> [String] {
        var out: [String] = []
        var quoted = false
        for w in words {
            if w == "\"" { quoted.toggle(); continue }
            if !quoted { out.append(w) }
        }
        return out
    }

    /// True when a name-shaped run is joined by "and" to a name anchored by title or name shape:
    /// "Xi Jinping and Donald Trump", "President Lula and Xi Jinping".
    private static func coordinatedWithAName(_ block: ScannedBlock, run: Range<Int>, scanned: Int, found: [Candidate]) -> Bool {
        let toks = block.tokens
        for k in run where PersonLexicon.particles.contains(toks[k].lower) || !isNameWord(toks[k]) { return false }
        let e = run.upperBound
        if e + 1 < toks.count, toks[e].lower == "and" {
            if matchTitle(toks, at: e + 1) != nil { return true }
            let next = nameRun(toks, from: e + 1, limit: 4)
            if next.count >= 2, let c = weakCandidate(block, run: next, scanned: scanned), !c.weak { return true }
        }
        // "Chairman Lee Jae-yong and Hyundai Motor Group Chairman Chung Eui-sun": words that an organization's
        // word or an office follows name the organization, not a second person.
        if run.lowerBound >= 2, toks[run.lowerBound - 1].lower == "and",
           e >= toks.count || !(toks[e].isWord && toks[e].isCapitalized && !toks[e].lexicon.isDisjoint(with: [.nonPerson, .title])),
           found.last.map({ $0.scanned == scanned && $0.tokens.upperBound == run.lowerBound - 1 && !$0.weak }) == true {
            return true
        }
        return false
    }

    /// "No Kwang-chol", "An Chang-ho": a short capitalized word that reads as an English
    /// function word is a Korean family name when a hyphenated given name follows.
    static func startsKoreanName(_ toks: [TextToken], _ i: Int) -> Bool {
        i + 1 < toks.count && toks[i].isWord && toks[i].isCapitalized && !toks[i].possessive
            && toks[i].text.unicodeScalars.count <= 3 && toks[i + 1].isWord && isHyphenatedGivenName(toks[i + 1])
    }

    /// "Lee In-young", "Kim On-yu": a hyphenated given name opening on a short English function word
    /// ("In-", "On-", "So-") still belongs to the short family name before it.
    static func continuesKoreanName(_ toks: [TextToken], _ i: Int) -> Bool {
        guard i > 0, toks[i].isWord, !toks[i].nameShaped, isHyphenatedGivenName(toks[i]),
              let dash = toks[i].text.utf8.firstIndex(of: 0x2D), toks[i].text.utf8.distance(from: toks[i].text.utf8.startIndex, to: dash) <= 2 else { return false }
        let family = toks[i - 1]
        return family.nameShaped && !family.possessive && family.text.utf8.count <= 5
    }

    /// "al-Sharaa", "el-Sisi": a family name behind a lower-case Arabic article, which may stand alone.
    static func isArticleName(_ t: TextToken) -> Bool {
        var it = t.text.utf8.makeIterator()
        guard let a = it.next(), a == 0x61 || a == 0x65, it.next() == 0x6C, it.next() == 0x2D, let c = it.next() else { return false }
        return (c >= 0x41 && c <= 0x5A) || c >= 0x80
    }

    /// True for a regnal number after a name ("Charles III", "Felipe VI").
    static func isRegnalNumber(_ w: String) -> Bool {
        w.count <= 4 && !w.isEmpty && w.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }

    /// True when capitalized words right after a titled name end in an institution word, maybe
    /// behind a few organization words: "King Saud University", "King Abdulaziz International Conference Center".
    private static func namesAnInstitution(_ toks: [TextToken], after e: Int) -> Bool {
        guard e > 0, !toks[e - 1].possessive else { return false }
        var k = e
        while k < toks.count, k < e + 4, toks[k].isWord, toks[k].isCapitalized {
            if institutionWords.contains(toks[k].lower) { return true }
            guard toks[k].lexicon.contains(.nonPerson) else { return false }
            k += 1
        }
        return false
    }

    /// Capitalized words that, right after a titled name, show the name is an institution's
    /// ("King Saud University", "President Wilson Bridge").
    private static let institutionWords: Set<String> = ["university", "college", "school", "academy", "airport",
                                                        "street", "avenue", "road", "square", "bridge", "park",
                                                        "foundation", "institute", "hospital", "center", "centre",
                                                        "museum", "library", "hall", "palace", "tower", "stadium",
                                                        "station", "memorial", "prize", "award", "fund", "port",
                                                        "boulevard", "highway", "canal", "dam", "mosque", "church",
                                                        "cathedral", "temple", "shrine", "base", "building",
                                                        "conference", "convention", "arena", "complex",
                                                        "group", "holdings", "industries", "corporation", "enterprises"]

    /// Words that may open a sentence before a title without naming an organization.
    /// "Chief Minister Khyber Pakhtunkhwa Sohail Afridi" under a headline's "KP CM": after a title, leading words
    /// whose initials the article writes as an acronym name the office's seat, not the person. Only titled runs
    /// of four words or more are checked, so the token search stays rare.
    private static func cutAbbreviatedPlaces(_ candidates: inout [Candidate], blocks: [ScannedBlock]) {
        for c in candidates.indices where candidates[c].title != nil && candidates[c].words.count >= 4 {
            let words = candidates[c].words
            for m in 2...(words.count - 2) {
                guard words[0..<m].allSatisfy({ $0.first?.isUppercase == true }) else { break }
                let initials = String(words[0..<m].compactMap(\.first))
                guard blocks.contains(where: { b in b.tokens.contains { $0.isWord && $0.text == initials } }) else { continue }
                if candidates[c].country == nil { candidates[c].country = words[0..<m].joined(separator: " ") }
                candidates[c].words = Array(words[m...])
                candidates[c].tokens = (candidates[c].tokens.lowerBound + m)..<candidates[c].tokens.upperBound
                break
            }
        }
    }

    /// Devotional first names that South Asian mentions of a person often leave out.
    static let devotionalNames = ["Muhammad", "Mohammad", "Mohammed", "Muhammed", "Md"]
    static let devotionalKeys = devotionalNames.map(NameKey.of)

    /// "His Royal Highness Prince X, Crown Prince and Prime Minister of …": a royal style the office in apposition outranks.
    private static let royalStyles: Set<String> = ["Prince", "Princess"]

    /// "His Majesty Sultan …", "His Highness Emir …": a form of address before a title, not an organization.
    private static let formsOfAddress: Set<String> = ["majesty", "highness", "excellency"]

    private static let openers: Set<String> = ["the", "a", "an", "when", "while", "after", "before", "and", "but", "as",
                                               "in", "on", "at", "for", "with", "by", "of", "meanwhile", "also",
                                               "however", "notably", "still", "yet", "if", "since", "because",
                                               "although", "though", "during", "under", "like", "unlike", "until",
                                               "so", "now", "today", "yesterday", "earlier", "later", "last", "this",
                                               "that", "these", "those", "both", "its", "his", "her", "their", "our",
                                               "then", "thus", "instead", "there", "here", "from", "to", "new"]

    /// Cuts a run to a shorter known name it starts with ("Lee Jae Myung Pursues" → "Lee Jae
    /// Myung") and drops weak runs that hide a known name further in.
    private static func trimmed(_ candidates: [Candidate]) -> [Candidate] {
        let known = Set(candidates.filter { $0.words.count >= 2 }.map { NameKey.of($0.words.joined(separator: " ")) })
        let strongPairs = Set(candidates.filter { !$0.weak && $0.words.count >= 2 }.map { NameKey.of($0.words[0] + $0.words[1]) })
        let firstWords = Set(candidates.filter { $0.words.count >= 2 && !isPatronymic($0.words[1]) }.map { NameKey.of($0.words[0]) })
        var out: [Candidate] = []
        for var c in candidates {
            // "Alexander Grigoryevich, I am glad to see you": given name and patronymic address a
            // person of the article ("Alexander Lukashenko"); they name no one new.
            if c.title == nil, c.words.count == 2, isPatronymic(c.words[1]), firstWords.contains(NameKey.of(c.words[0])) { continue }
            if c.words.count >= 3 {
                // "Mohamed bin Zayed Al Nahyan" stays whole beside a "Mohamed bin Zayed": a family name opening
                // on a particle ("Al", "da") is the name's end, not words after it.
                for len in stride(from: c.words.count - 1, through: 2, by: -1)
                where known.contains(NameKey.of(c.words.prefix(len).joined(separator: " ")))
                    && !PersonLexicon.particles.contains(c.words[len].lowercased()) {
                    c.words = Array(c.words.prefix(len))
                    c.tokens = c.tokens.lowerBound..<(c.tokens.lowerBound + len)
                    break
                }
            }
            if c.weak, c.words.count >= 3,
               (1..<(c.words.count - 1)).contains(where: { strongPairs.contains(NameKey.of(c.words[$0] + c.words[$0 + 1])) }) {
                continue
            }
            out.append(c)
        }
        return out
    }

    /// "Canadian Prime Minister Holds Talks Amid Tariff Row": a headline in title case capitalizes
    /// every word, so its capitals do not mark names. A name read there keeps only its opening
    /// words that the article's text also writes capitalized ("Shigeru Ishiba Visits" →
    /// "Shigeru Ishiba"); one with none of them is dropped. Lower-case particles ("da") go with
    /// the words around them. An article with no text keeps its headline's names.
    static func corroborated(_ candidates: [Candidate], blocks: [ScannedBlock]) -> [Candidate] {
        func inHeadline(_ c: Candidate) -> Bool { blocks[c.scanned].index == -1 && blocks[c.scanned].titleCase }
        guard candidates.contains(where: inHeadline) else { return candidates }
        // Only the headline's name words are looked for in the text.
        var wanted = Set<String>()
        for c in candidates where inHeadline(c) { for w in c.words { wanted.insert(NameKey.of(w)) } }
        var written = Set<String>()
        var anyText = false
        for b in blocks where b.index >= 0 {
            for t in b.tokens where t.isWord && t.isCapitalized {
                anyText = true
                if wanted.contains(t.key) { written.insert(t.key) }
            }
        }
        guard anyText else { return candidates }
        // The keys of the text's lower-case words, built only if a headline name asks.
        var lowerWords: Set<String>? = nil
        func lowerText() -> Set<String> {
            if let lowerWords { return lowerWords }
            var keys = Set<String>()
            for b in blocks where b.index >= 0 { for t in b.tokens where t.isWord && !t.isCapitalized { keys.insert(t.key) } }
            lowerWords = keys
            return keys
        }
        var out: [Candidate] = []
        out.reserveCapacity(candidates.count)
        for var c in candidates {
            guard inHeadline(c) else { out.append(c); continue }
            // "Remarks by President Marco Rossi and …" over a transcript that says "PRESIDENT ROSSI:": after a
            // title, up to two given names or initials the text leaves out may open the name its text writes.
            // A headline's verb ("President Welcomes Albanese") is no given name: it is a word of the lexicon's
            // verbs or other classes, or the text writes it in lower case.
            var given = 0
            if c.title != nil {
                while given < min(2, c.words.count - 1), !written.contains(NameKey.of(c.words[given])),
                      c.words[given].first?.isUppercase == true,
                      LexiconClass.of(c.words[given].lowercased()).isDisjoint(with: [.interaction, .nonPerson, .title, .country, .capital]),
                      !lowerText().contains(NameKey.of(c.words[given])) { given += 1 }
                if !written.contains(NameKey.of(c.words[given])) { given = 0 }
            }
            var kept = given
            while kept < c.words.count {
                let w = c.words[kept]
                guard w.first?.isLowercase == true || written.contains(NameKey.of(w)) else { break }
                kept += 1
            }
            if kept == given { kept = 0 }
            while kept > 0, c.words[kept - 1].first?.isLowercase == true { kept -= 1 }
            guard kept > 0 else { continue }
            if kept < c.words.count {
                c.words = Array(c.words.prefix(kept))
                c.tokens = c.tokens.lowerBound..<(c.tokens.lowerBound + kept)
            }
            out.append(c)
        }
        return out
    }

    /// True for a Russian, Belarusian or Ukrainian patronymic ("Vladimirovich", "Grigoryevich",
    /// "Volodymyrovych", "Ilyich", "Petrovna", "Kuzminichna"), read from its ending.
    static func isPatronymic(_ word: String) -> Bool {
        let u = word.utf8
        guard u.count >= 6 else { return false }
        return word.hasSuffix("vich") || word.hasSuffix("vych") || word.hasSuffix("vna") || word.hasSuffix("ich")
            || word.hasSuffix("ichna")
    }

    // MARK: - Drafts: people of the article while they are being built

    /// One person of the article while it is being built: name forms seen, roles, flags.
    struct Draft {
        var key: String
        var words: [String]
        var forms: [String: Int] = [:]
        var order: [String] = []
        var roles: [Role] = []
        var leader = false
        var former = false
        var leaderRoleCountries: Set<String> = []
    }

    /// The article's drafts with look-ups by name key and by standalone surname.
    struct Drafts {
        var list: [Draft] = []
        var byKey: [String: Int] = [:]
        /// Surname (or any single name word that may stand alone) → drafts.
        var bySurname: [String: [Int]] = [:]

        mutating func add(_ c: Candidate) {
            let form = c.words.joined(separator: " ")
            let key = NameKey.of(form)
            let d: Int
            if let existing = byKey[key] ?? devotionalVariant(c.words, key: key) {
                d = existing
                byKey[key] = existing
            } else {
                d = list.count
                list.append(Draft(key: key, words: c.words))
                byKey[key] = d
                let singles = NameKey.standaloneKeys(c.words)
                for s in Set(singles) where !s.isEmpty { bySurname[s, default: []].append(d) }
            }
            if list[d].forms[form] == nil { list[d].order.append(form) }
            list[d].forms[form, default: 0] += 1
            addRole(of: c, to: d)
        }

        /// "Muhammad Shehbaz Sharif" and "Shehbaz Sharif": South Asian names often open with a devotional
        /// "Muhammad" that other mentions leave out; the draft of the other form, if any.
        /// `key` is the key of `words`; a key is letters and digits only, so the key of "Muhammad X"
        /// is "muhammad" followed by the key of X.
        func devotionalVariant(_ words: [String], key: String) -> Int? {
            guard words.count >= 2 else { return nil }
            if words.count >= 3, PersonRecognizer.devotionalNames.contains(words[0]) {
                return byKey[NameKey.of(words.dropFirst().joined(separator: " "))]
            }
            for p in PersonRecognizer.devotionalKeys { if let d = byKey[p + key] { return d } }
            return nil
        }

        mutating func addRole(of c: Candidate, to d: Int) {
            // "Sheikh", "Sir": a style of address is no office.
            guard let title = c.title, !PersonRecognizer.honorifics.contains(title.display),
                  !PersonRecognizer.styleHonorifics.contains(title.display.lowercased()) else { return }
            let role = Role(title: title.display, country: c.country)
            if !list[d].roles.contains(role) { list[d].roles.append(role) }
            if let joined = c.joinedTitle, !c.former {
                let other = Role(title: joined.display, country: c.country)
                if !list[d].roles.contains(other) { list[d].roles.append(other) }
            }
            if c.former { list[d].former = true } else if title.leader { list[d].leader = true }
        }
    }

    // MARK: - Mentions

    private static func matchFullNames(_ blocks: [ScannedBlock], drafts: Drafts) -> [LocatedMention] {
        var out: [LocatedMention] = []
        let multi = drafts.list.enumerated().filter { $0.element.words.count >= 2 }
        guard !multi.isEmpty else { return out }
        let keys = Dictionary(multi.map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // "Juan Ramón de la Fuente Ramírez": as many words as the longest name, at most eight.
        let longest = min(8, max(5, multi.map { $0.element.words.count }.max() ?? 5))
        // With ASCII keys a run can only match when each of its partial keys is a prefix of a
        // name's key, so most runs stop after one look-up.
        let asciiKeys = keys.keys.allSatisfy(isASCII)
        var prefixes: Set<String> = [""]
        // The first byte and first two bytes of every key, as bit sets: a word whose key opens
        // no name's key is passed over without hashing.
        var firstBytes = [UInt64](repeating: 0, count: 2)
        var firstPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        if asciiKeys {
            for k in keys.keys {
                for len in 1...max(1, k.utf8.count) { prefixes.insert(String(k.utf8.prefix(len))!) }
                var it = k.utf8.makeIterator()
                if let b0 = it.next() {
                    firstBytes[Int(b0) >> 6] |= 1 << UInt64(b0 & 63)
                    if let b1 = it.next() { let p = Int(b0) << 7 | Int(b1); firstPairs[p >> 6] |= 1 << UInt64(p & 63) }
                }
            }
        }
        /// False when the ASCII key `k` is no prefix of any name's key, decided from its first two bytes.
        func mayOpenAKey(_ k: String) -> Bool {
            var it = k.utf8.makeIterator()
            guard let b0 = it.next(), b0 < 0x80 else { return true }
            guard let b1 = it.next() else { return firstBytes[Int(b0) >> 6] & (1 << UInt64(b0 & 63)) != 0 }
            guard b1 < 0x80 else { return true }
            let p = Int(b0) << 7 | Int(b1)
            return firstPairs[p >> 6] & (1 << UInt64(p & 63)) != 0
        }
        for (b, block) in blocks.enumerated() {
            let toks = block.tokens
            var i = 0
            scan: while i < toks.count {
                guard toks[i].isWord, toks[i].isCapitalized else { i += 1; continue }
                if asciiKeys, !mayOpenAKey(toks[i].key) { i += 1; continue }
                var key = ""
                var best: (Int, Int)? = nil
                var asciiSoFar = asciiKeys
                for len in 1...min(longest, toks.count - i) {
                    let t = toks[i + len - 1]
                    guard t.isWord else { break }
                    key += t.key
                    if asciiSoFar {
                        asciiSoFar = isASCII(t.key)
                        if asciiSoFar && !prefixes.contains(key) { break }
                    }
                    if len >= 2, let d = keys[key] { best = (d, len) }
                    if t.possessive { break }
                }
                if let (d, len) = best {
                    out.append(LocatedMention(person: drafts.list[d].key, scanned: b, tokens: i..<(i + len),
                                              possessive: toks[i + len - 1].possessive, roleOnly: false))
                    i += len
                    continue scan
                }
                i += 1
            }
        }
        return out
    }

    @inline(__always)
    private static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

    private static func matchSurnames(_ blocks: [ScannedBlock], drafts: Drafts, full: [LocatedMention]) -> [LocatedMention] {
        var covered: Set<Int> = []  // scanned * 1_000_000 + token
        for m in full { for t in m.tokens { covered.insert(m.scanned &* 1_000_000 &+ t) } }
        var out: [LocatedMention] = []
        // "when Bessent and He agreed …": the family name "He" (He Lifeng) never stands alone as a key, since it is
        // the pronoun too; capitalized inside a sentence, after a word, it is the one person of the article so named.
        let heNamed = drafts.list.indices.filter { drafts.list[$0].words.count >= 2 && drafts.list[$0].words[0] == "He" }
        for (b, block) in blocks.enumerated() {
            let toks = block.tokens
            for (i, t) in toks.enumerated() where t.isWord && (t.isCapitalized || isArticleName(t)) && !covered.contains(b &* 1_000_000 &+ i) {
                // "He and Bessent also discussed …" opening a sentence: joined by "and" to another name, the same person.
                if heNamed.count == 1, t.text == "He", !block.titleCase, i + 1 < toks.count, toks[i + 1].isWord,
                   i > 0 && toks[i - 1].isWord && !toks[i - 1].text.hasSuffix(".") && (!toks[i + 1].isCapitalized || toks[i + 1].lower == "and")
                    || toks[i + 1].lower == "and" && i + 2 < toks.count && toks[i + 2].isCapitalized
                        && drafts.bySurname[toks[i + 2].key] != nil {
                    out.append(LocatedMention(person: drafts.list[heNamed[0]].key, scanned: b, tokens: i..<(i + 1),
                                              possessive: t.possessive, roleOnly: false))
                    continue
                }
                guard var options = drafts.bySurname[t.key], !options.isEmpty else { continue }
                // "the President of Dangote Group": a surname opening an institution's name is no mention of the person.
                if !t.possessive, !block.titleCase, namesAnInstitution(toks, after: i + 1) { continue }
                if !block.titleCase, i + 1 < toks.count, !t.possessive, isNameWord(toks[i + 1]),
                   !covered.contains(b &* 1_000_000 &+ i + 1), drafts.bySurname[toks[i + 1].key] == nil { continue }
                // Of two people sharing a surname, "Minister Lee" and "Lee's ministry" are the minister's.
                if options.count > 1, let office = officeAround(toks, i) {
                    let fit = holders(of: office, among: options, drafts: drafts)
                    if !fit.isEmpty { options = fit }
                }
                let d = resolve(options, scanned: b, drafts: drafts, full: full, before: i)
                // "von der Leyen", "da Silva": the lower-case particles of the name before the surname belong to the mention.
                var start = i
                while start > 0, toks[start - 1].isWord, !toks[start - 1].isCapitalized, toks[start - 1].lexicon.contains(.particle),
                      drafts.list[d].words.contains(toks[start - 1].text) { start -= 1 }
                out.append(LocatedMention(person: drafts.list[d].key, scanned: b, tokens: start..<(i + 1),
                                          possessive: t.possessive, roleOnly: false))
            }
        }
        return out
    }

    /// The draft `d` and the drafts of its initial form or full form ("A. Kasymaliev", "Adylbek Kasymaliev").
    private static func initialForms(of d: Int, in drafts: Drafts) -> [Int] {
        let ws = drafts.list[d].words
        guard ws.count == 2 else { return [d] }
        return drafts.list.indices.filter { o in
            let vs = drafts.list[o].words
            guard o != d else { return true }
            guard vs.count == 2, vs[1] == ws[1], let a = ws[0].first, let b = vs[0].first, a == b else { return false }
            return (ws[0].count <= 2) != (vs[0].count <= 2)
        }
    }

    /// "C.P.", "S.": capital letters each followed by a period, as initials opening a name.
    private static func isInitials(_ t: TextToken) -> Bool {
        let u = t.text.utf8
        guard u.count >= 2, u.last == 0x2E else { return false }
        var letter = true
        for b in u {
            if letter { guard b >= 0x41 && b <= 0x5A else { return false } } else { guard b == 0x2E else { return false } }
            letter.toggle()
        }
        return true
    }

    /// True for a single capital initial with its period ("D.").
    private static func isInitial(_ t: TextToken) -> Bool {
        let u = t.text.utf8
        return u.count == 2 && u.first! >= 0x41 && u.first! <= 0x5A && u.last == 0x2E
    }

    /// The drafts among `options` holding an office titled `title` ("Minister" fits "Trade Minister", but not
    /// "Prime Minister" or "Vice Minister": a rank word before the title makes another office).
    private static func holders(of title: String, among options: [Int], drafts: Drafts) -> [Int] {
        options.filter { d in
            drafts.list[d].roles.contains { role in
                guard role.title != title else { return true }
                guard role.title.hasSuffix(" " + title) else { return false }
                let rank = role.title.dropLast(title.count + 1).split(separator: " ").last
                return rank != "Prime" && rank != "Vice" && rank != "Deputy"
            }
        }
    }

    /// The office a surname at `i` is written with: a title right before it ("Minister Lee") or the
    /// possessed seat of one right after it ("Lee's ministry"); nil for a bare surname.
    private static func officeAround(_ toks: [TextToken], _ i: Int) -> String? {
        // "Prime Minister Kim" beside "Minister Kim": the two-word title names the office.
        if i > 1, toks[i - 2].isWord, toks[i - 2].isCapitalized, toks[i - 1].isWord, toks[i - 1].isCapitalized,
           let t = PersonLexicon.titles[[toks[i - 2].lower, toks[i - 1].lower]], !honorifics.contains(t.display) { return t.display }
        if i > 0, toks[i - 1].isWord, toks[i - 1].isCapitalized, let t = PersonLexicon.titles[[toks[i - 1].lower]],
           !honorifics.contains(t.display) { return t.display }
        if toks[i].possessive, i + 1 < toks.count, toks[i + 1].isWord, let seat = officeSeats[toks[i + 1].lower] { return seat }
        return nil
    }

    /// Seats of an office after a possessive surname, and the title of who holds it.
    private static let officeSeats: [String: String] = ["ministry": "Minister", "presidency": "President"]

    /// Picks the person a bare surname means: the only holder; else the one named in full in
    /// the same block; else the one holding a leader's title; else the most mentioned.
    private static func resolve(_ options: [Int], scanned: Int, drafts: Drafts, full: [LocatedMention], before: Int? = nil) -> Int {
        if options.count == 1 { return options[0] }
        let keys = options.map { drafts.list[$0].key }
        // "Lee, a former lawyer, … hosted the heads of five groups, including Chung and Lee Jae-yong": a full name the
        // paragraph gives only after the bare surname introduces someone else; it does not tell whom the surname means.
        let nearby = Set(full.filter { m in m.scanned == scanned && (before.map { m.tokens.lowerBound < $0 } ?? true) }.map(\.person)).intersection(keys)
        if nearby.count == 1, let d = drafts.byKey[nearby.first!] { return d }
        let leaders = options.filter { drafts.list[$0].leader }
        if leaders.count == 1 { return leaders[0] }
        var counts: [String: Int] = [:]
        for m in full { counts[m.person, default: 0] += 1 }
        return options.max { (counts[drafts.list[$0].key] ?? 0, -$0) < (counts[drafts.list[$1].key] ?? 0, -$1) }!
    }

    /// Compass words that stand for a country whose name they open ("the North" for North Korea).
    private static let compassWords: Set<String> = ["north", "south"]

    /// "The premier" and "the prime minister" name one office.
    private static let headsOfGovernment: Set<String> = ["Prime Minister", "Premier"]

    /// Titles whose holder "the head of state" means.
    private static let headsOfState: Set<String> = ["President", "King", "Queen", "Emir", "Amir", "Sultan"]

    private static let titleFirstWords = Set(PersonLexicon.titles.keys.compactMap(\.first))

    private static let leaderTitles = Set(PersonLexicon.titles.values.filter(\.leader).map(\.display))

    /// Resolves each role-only reference to the one person of the article holding that role
    /// (title and country); references that fit nobody or several people are dropped.
    /// Of several holders, "The president expects to meet Xi" means the one not named in its sentence.
    private static func resolveRoles(_ refs: [RoleReference], drafts: Drafts, blocks: [ScannedBlock],
                                     named: [LocatedMention]) -> [LocatedMention] {
        var out: [LocatedMention] = []
        // Leaders' offices told of a person by a description only ("The South African president"), and their countries.
        var described: [String: String] = [:], describedCountry: [String: String] = [:]
        for r in refs {
            if let previous = r.openerOf {
                // The person the sentence before opens on, past the capitalized words of an office, when this
                // sentence does not name that person again.
                let ts = blocks[r.scanned].tokens
                let sentence = r.tokens.lowerBound..<(blocks[r.scanned].sentences.first { $0.contains(r.tokens.lowerBound) }?.upperBound ?? r.tokens.upperBound)
                if let opener = named.first(where: { $0.scanned == r.scanned && !$0.roleOnly && previous.contains($0.tokens.lowerBound) }),
                   opener.tokens.lowerBound - previous.lowerBound <= 4,
                   (previous.lowerBound..<opener.tokens.lowerBound).allSatisfy({ ts[$0].isWord && ts[$0].isCapitalized }),
                   !named.contains(where: { $0.scanned == r.scanned && $0.person == opener.person && sentence.contains($0.tokens.lowerBound) }) {
                    out.append(LocatedMention(person: opener.person, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                }
                continue
            }
            if let org = r.organization {
                // The one person whose full name came after that organization's word, within the words of the office.
                let heads = Set(named.filter { m in
                    guard !m.roleOnly, m.tokens.count >= 2, m.scanned <= r.scanned else { return false }
                    let ts = blocks[m.scanned].tokens
                    var k = m.tokens.lowerBound - 1
                    while k >= 0, m.tokens.lowerBound - k <= 4, ts[k].isWord, ts[k].isCapitalized {
                        if ts[k].lower == org { return true }
                        k -= 1
                    }
                    return false
                }.map(\.person))
                if heads.count == 1 {
                    out.append(LocatedMention(person: heads.first!, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                }
                continue
            }
            let toks = blocks[r.scanned].tokens
            // "Deputy Chief Minister D K Shivakumar … The Deputy CM told reporters": an office of a second rank is the
            // one person whose full name came after that rank and the same office, never the office's own holder.
            if let rank = toks[r.tokens].first(where: { $0.isWord && $0.isCapitalized && secondRanks.contains($0.lower) })?.lower,
               !r.title.display.lowercased().contains(rank) {
                let deputies = Set(named.filter { m in
                    guard !m.roleOnly, m.tokens.count >= 2, m.scanned <= r.scanned else { return false }
                    let ts = blocks[m.scanned].tokens
                    var k = m.tokens.lowerBound - 1
                    var ranked = false, titled = false
                    while k >= 0, m.tokens.lowerBound - k <= 5, ts[k].isWord, ts[k].isCapitalized {
                        if ts[k].lower == rank { ranked = true }
                        if !titled, matchTitle(ts, at: k)?.title.display == r.title.display { titled = true }
                        k -= 1
                    }
                    return ranked && titled
                }.map(\.person))
                if deputies.count == 1 {
                    out.append(LocatedMention(person: deputies.first!, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                }
                if deputies.count == 1 || r.organization == nil && r.openerOf == nil { continue }
            }
            // "Saudi Foreign Minister Prince Faisal bin Farhan": an office right before a name, past one
            // more capitalized title, is that person's, not a reference to someone else.
            if let held = named.first(where: { m in
                m.scanned == r.scanned && m.tokens.lowerBound >= r.tokens.upperBound && m.tokens.lowerBound <= r.tokens.upperBound + 1
                    && (r.tokens.upperBound..<m.tokens.lowerBound).allSatisfy { toks[$0].isWord && toks[$0].isCapitalized }
                    // "Myanmar's military leader, Senior General Min Aung Hlaing": past a comma, a rank before the name.
                    || m.scanned == r.scanned && r.tokens.upperBound + 1 < m.tokens.lowerBound && m.tokens.lowerBound <= r.tokens.upperBound + 4
                        && toks[r.tokens.upperBound].text == ","
                        && (r.tokens.upperBound + 1..<m.tokens.lowerBound).allSatisfy { toks[$0].isWord && toks[$0].isCapitalized
                            && (toks[$0].lexicon.contains(.title) || toks[$0].lexicon.contains(.titleFirst) || officePrefixes.contains(toks[$0].lower)) }
            }) {
                out.append(LocatedMention(person: held.person, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                continue
            }
            /// True when the person's full name came right after "High Commissioner", a Commonwealth country's envoy.
            func highCommissioner(_ person: String) -> Bool {
                named.contains { m in
                    guard m.person == person, !m.roleOnly, m.tokens.lowerBound >= 2 else { return false }
                    let ts = blocks[m.scanned].tokens
                    return ts[m.tokens.lowerBound - 1].lower == "commissioner" && ts[m.tokens.lowerBound - 2].lower == "high"
                }
            }
            func holders(countryOfAnotherRole: Bool) -> [Int] {
                drafts.list.indices.filter { d in
                    let draft = drafts.list[d]
                    let pastOnly = draft.former && !draft.leader
                    guard r.former ? draft.former : !pastOnly else { return false }
                    return draft.roles.contains { role in
                        let titleFits = r.title.display == "Leader" ? leaderTitles.contains(role.title)
                            : role.title == r.title.display || (headsOfGovernment.contains(role.title) && headsOfGovernment.contains(r.title.display))
                            // "President Prabowo … the head of state also received …": a head of state's own title.
                            || r.title.display == "Head of State" && headsOfState.contains(role.title)
                            // "Crown Prince Mohammed … the Saudi de facto ruler": a crown prince or a leader rules.
                            || r.title.display == "De Facto Ruler" && (leaderTitles.contains(role.title) || role.title == "Crown Prince")
                            // "Australian High Commissioner Philip Green … The envoy later met …": an envoy is any head of a mission.
                            || r.title.display == "Envoy" && (role.title == "Ambassador" || role.title == "Commissioner" && highCommissioner(draft.key))
                        let countryFits = r.country == nil || role.country == r.country
                            || countryOfAnotherRole && role.country == nil && initialForms(of: d, in: drafts).contains { o in
                                drafts.list[o].roles.contains { $0.country == r.country } }
                        return titleFits && countryFits && (r.region == nil || role.country?.hasPrefix(r.region! + " ") == true)
                    }
                }
            }
            // "The President of the Commission held a call …": the office of a body, not a state's; only its holder
            // (one named "President of the … Commission") is meant.
            let e = r.tokens.upperBound
            if r.country == nil, e + 2 < toks.count, toks[e].lower == "of", toks[e + 1].lower == "the" {
                var q = e + 2
                while q < toks.count, q < e + 6, toks[q].isWord, toks[q].isCapitalized, !toks[q].possessive { q += 1 }
                // Not "the President of the Republic", "of the United States": a state, not a body.
                if q > e + 2, toks[q - 1].lexicon.contains(.nonPerson),
                   !toks[e + 2..<q].contains(where: { $0.lexicon.contains(.country) || statePrefixes.contains($0.lower) || $0.lower == "states" }) {
                    let head = r.title.display + " of the "
                    let bodies = drafts.list.indices.filter { d in drafts.list[d].roles.contains { $0.title.hasPrefix(head) } }
                    // "the Deputy Chairperson of the Commission": a rank below the office is someone else.
                    if bodies.count == 1, !toks[r.tokens].contains(where: { secondRanks.contains($0.lower) }) {
                        out.append(LocatedMention(person: drafts.list[bodies[0]].key, scanned: r.scanned, tokens: r.tokens,
                                                  possessive: false, roleOnly: true))
                    }
                    continue
                }
            }
            var matches = holders(countryOfAnotherRole: false)
            // "Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev … Prime Minister
            // A.Kasymaliev … The Kyrgyz Prime Minister": the country another of the holder's offices told.
            if matches.isEmpty, r.country != nil, r.region == nil {
                let told = holders(countryOfAnotherRole: true)
                if told.count == 1 { matches = told }
            }
            // "EAM Jaishankar met the visiting leader": the guest is the one the story told arriving or visiting.
            if matches.count > 1, blocks[r.scanned].tokens[r.tokens].contains(where: { $0.lower == "visiting" }) {
                let guests = matches.filter { d in
                    named.contains { m in
                        m.person == drafts.list[d].key && (m.scanned < r.scanned || m.scanned == r.scanned && m.tokens.upperBound <= r.tokens.lowerBound)
                            && toldArriving(blocks[m.scanned].tokens, after: m.tokens.upperBound)
                    }
                }
                if guests.count == 1 { matches = guests }
            }
            if matches.count > 1 {
                let sentence = blocks[r.scanned].sentence(containing: r.tokens.lowerBound)
                let inSentence = Set(named.filter { $0.scanned == r.scanned && sentence.contains($0.tokens.lowerBound) }.map(\.person))
                let others = matches.filter { !inSentence.contains(drafts.list[$0].key) }
                if others.count == 1, inSentence.count >= matches.count - 1 { matches = others }
            }
            // "President Karol Nawrocki has vetoed three bills. ¶ I will see the President on Monday": of several holders,
            // the only one named with the same title word in the paragraph before, or earlier in this one, is meant.
            if matches.count > 1, let head = toks[r.tokens].last(where: \.isWord)?.lower {
                let near = matches.filter { d in
                    named.contains { m in
                        guard m.person == drafts.list[d].key, m.scanned == r.scanned - 1
                                || m.scanned == r.scanned && m.tokens.upperBound <= r.tokens.lowerBound else { return false }
                        let mt = blocks[m.scanned].tokens
                        return mt[m.tokens.lowerBound].lower == head || m.tokens.lowerBound > 0 && mt[m.tokens.lowerBound - 1].lower == head
                    }
                }
                if near.count == 1 { matches = near }
            }
            // "President Javier Milei received his Paraguayan counterpart … the head of state spoke by phone with …": of
            // several heads of state, the phrase a home outlet uses for its own leader means the one the story named first.
            if matches.count > 1, r.title.display == "Head of State", r.country == nil,
               let first = named.first(where: { m in m.scanned < r.scanned && matches.contains { drafts.list[$0].key == m.person } }),
               !named.contains(where: { m in m.scanned == r.scanned && m.person != first.person && matches.contains { drafts.list[$0].key == m.person } }) {
                matches = matches.filter { drafts.list[$0].key == first.person }
            }
            // "President Ferdinand R. Marcos Jr. held a phone call with Indonesian President Prabowo … the President received
            // the courtesy call of …": "the President", capitalized and of no country, is the home outlet's own, named first
            // in the body, when no other president is named before it in its paragraph.
            if matches.count > 1, r.title.display == "President", r.country == nil, r.tokens.count == 2,
               toks[r.tokens.lowerBound].lower == "the", toks[r.tokens.lowerBound + 1].text == "President",
               let first = named.first(where: { m in
                   m.scanned < r.scanned && blocks[m.scanned].index >= 0 && matches.contains { drafts.list[$0].key == m.person } }),
               !named.contains(where: { m in m.scanned == r.scanned && m.tokens.upperBound <= r.tokens.lowerBound && m.person != first.person
                   && matches.contains { drafts.list[$0].key == m.person } }) {
                matches = matches.filter { drafts.list[$0].key == first.person }
            }
            // "X, Chairperson of the African Union Commission, received … ¶ the Chairperson held a call with …": a
            // capitalized office of no country is the one person holding that office of a body.
            if matches.isEmpty, !r.former, r.country == nil, toks[r.tokens.upperBound - 1].isCapitalized,
               !toks[r.tokens].contains(where: { secondRanks.contains($0.lower) }) {
                let head = r.title.display + " of the "
                let bodies = drafts.list.indices.filter { d in drafts.list[d].roles.contains { $0.title.hasPrefix(head) } }
                if bodies.count == 1 { matches = bodies }
            }
            // "Cyril Ramaphosa left London … ¶ The South African president, on his second state visit, …": a leader's office
            // with a country, held by nobody the article titles, opening a paragraph, describes the person the paragraph
            // before opened on when nothing tells that person's office; "the president" later on is that person too, not a president named only further
            // on ("… received by President Catherine Connolly" in the last paragraph): a role refers back, not forward.
            // (A headline names its people before the body does: "King receives phone call from Palestinian President".)
            if matches.count == 1, r.title.leader, blocks[r.scanned].index >= 0, !namedBefore(drafts.list[matches[0]].key, r, blocks: blocks, named: named) {
                matches = []
            }
            if matches.isEmpty, !r.former, r.title.leader, r.region == nil, r.organization == nil {
                if let person = described[r.title.display], r.country == nil || r.country == describedCountry[r.title.display] {
                    out.append(LocatedMention(person: person, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                    continue
                }
                if let country = r.country, r.tokens.lowerBound == 0, toks[0].lower == "the", r.scanned > 0,
                   let opener = named.filter({ !$0.roleOnly && $0.scanned == r.scanned - 1 && blocks[$0.scanned].index >= 0 })
                       .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
                   let d = drafts.byKey[opener.person], drafts.list[d].roles.isEmpty, !drafts.list[d].former,
                   !drafts.list.contains(where: { o in o.roles.contains { $0.country == country && leaderTitles.contains($0.title) } }) {
                    described[r.title.display] = opener.person
                    describedCountry[r.title.display] = country
                    out.append(LocatedMention(person: opener.person, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
                    continue
                }
            }
            if matches.count == 1 {
                out.append(LocatedMention(person: drafts.list[matches[0]].key, scanned: r.scanned, tokens: r.tokens,
                                          possessive: false, roleOnly: true))
            } else if matches.isEmpty, !r.former, r.country == nil, !r.title.leader,
                      let one = soleNamedBefore(r, blocks: blocks, named: named) {
                // "Finance Minister Lars Klingbeil is to present the budget. The SPD co-leader had met Merz …":
                // an office nobody is named with, opening a sentence, describes the one person the sentence before named.
                out.append(LocatedMention(person: one, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
            } else if matches.isEmpty, !r.former, r.country == nil, r.title.display == "Head of State",
                      let one = soleUntitledNamedBefore(r, drafts: drafts, named: named) {
                // "Emmanuel Macron received Merz … the head of state had also spoken with Tusk": an outlet that names
                // its own president without a title calls him "the head of state" after.
                out.append(LocatedMention(person: one, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
            } else if matches.isEmpty, !r.former, r.country == nil, headsOfGovernment.contains(r.title.display), r.tokens.count >= 2,
                      toks[r.tokens.lowerBound].lower == "the", toks[r.tokens.upperBound - 1].isCapitalized,
                      let one = firstNamedUntitled(before: r, drafts: drafts, blocks: blocks, named: named) {
                // "Sir Keir Starmer will host Macron … The Prime Minister spoke to …": a British paper's capitalized
                // "the Prime Minister", held by nobody titled so, is the story's first person, named with no office.
                out.append(LocatedMention(person: one, scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
            } else if matches.isEmpty, !r.former, let country = r.country {
                // Nobody in the article holds the role: leave it for the corpus (`RoleResolver`).
                out.append(LocatedMention(person: RoleResolver.key(title: r.title.display, country: country),
                                          scanned: r.scanned, tokens: r.tokens, possessive: false, roleOnly: true))
            }
        }
        return out
    }

    /// True when the words right after a name tell its bearer arriving or visiting: "Dissanayake, who arrived
    /// in New Delhi on Wednesday", "Wadephul arrived on Monday".
    private static func toldArriving(_ toks: [TextToken], after e: Int) -> Bool {
        var k = e
        while k < toks.count, k < e + 4 {
            if toks[k].isWord, arrivalWords.contains(toks[k].lower) { return true }
            if toks[k].isWord, toks[k].isCapitalized { return false }
            k += 1
        }
        return false
    }

    private static let arrivalWords: Set<String> = ["arrived", "arrives", "landed", "lands", "visiting", "visited"]

    /// The one person named before the reference who holds no office anywhere in the article, or nil.
    private static func soleUntitledNamedBefore(_ r: RoleReference, drafts: Drafts, named: [LocatedMention]) -> String? {
        var found: String? = nil
        for m in named where m.scanned < r.scanned || m.scanned == r.scanned && m.tokens.upperBound <= r.tokens.lowerBound {
            guard let d = drafts.byKey[m.person], drafts.list[d].roles.isEmpty else { continue }
            if let f = found, f != m.person { return nil }
            found = m.person
        }
        return found
    }

    /// The first person the body names before `r`, when that person is named with no office (a style such as
    /// "Sir" aside); nil otherwise.
    private static func firstNamedUntitled(before r: RoleReference, drafts: Drafts, blocks: [ScannedBlock],
                                           named: [LocatedMention]) -> String? {
        guard let first = named.first(where: { $0.scanned < r.scanned && blocks[$0.scanned].index >= 0 }),
              let d = drafts.byKey[first.person], drafts.list[d].roles.allSatisfy({ honorifics.contains($0.title) }) else { return nil }
        return first.person
    }

    /// The one person the sentence before names, when the role reference opens its own sentence of the same block.
    /// True when `person` is named by name (not by a role) before the reference `r`.
    private static func namedBefore(_ person: String, _ r: RoleReference, blocks: [ScannedBlock], named: [LocatedMention]) -> Bool {
        named.contains { m in
            m.person == person && !m.roleOnly && (m.scanned < r.scanned || m.scanned == r.scanned && m.tokens.upperBound <= r.tokens.lowerBound)
        }
    }

    private static func soleNamedBefore(_ r: RoleReference, blocks: [ScannedBlock], named: [LocatedMention]) -> String? {
        let block = blocks[r.scanned]
        let sentence = block.sentence(containing: r.tokens.lowerBound)
        guard sentence.lowerBound == r.tokens.lowerBound, sentence.lowerBound > 0 else { return nil }
        let before = block.sentence(containing: sentence.lowerBound - 1)
        let people = Set(named.filter { $0.scanned == r.scanned && before.contains($0.tokens.lowerBound) }.map(\.person))
        return people.count == 1 ? people.first : nil
    }

    /// True when a draft's only leader's office is "Chancellor" of no country or of a country other than Germany
    /// and Austria, the two states whose heads of government are chancellors.
    static func leadsOnlyAsChancellor(_ d: Draft) -> Bool {
        let leading = d.roles.filter { leaderTitles.contains($0.title) }
        return !leading.isEmpty && leading.allSatisfy { $0.title == "Chancellor" && $0.country != "Germany" && $0.country != "Austria" }
    }

    /// True when the article names Germany or Austria (or their capitals): "Chancellor" there
    /// may be a head of government; elsewhere it is a foreign minister ("Chancellor Mauro Vieira") or a finance minister.
    static func mentionsChancellorState(_ blocks: [ScannedBlock]) -> Bool {
        blocks.contains { b in b.tokens.contains { chancellorStateWords.contains($0.lower) } }
    }

    /// Words naming the states whose heads of government are chancellors.
    private static let chancellorStateWords: Set<String> = ["germany", "german", "austria", "austrian", "berlin", "vienna",
                                                            "bundestag"]

    // MARK: - Result

    private static func finish(article: Article, blocks: [ScannedBlock], drafts: Drafts, located: [LocatedMention]) -> PersonRecognition {
        var nameOf: [String: String] = [:]
        var people: [Person] = []
        var counts: [String: Int] = [:]
        for m in located { counts[m.person, default: 0] += 1 }
        for d in drafts.list {
            let best = d.order.max { (d.forms[$0]!, -d.order.firstIndex(of: $0)!) < (d.forms[$1]!, -d.order.firstIndex(of: $1)!) }!
            nameOf[d.key] = best
        }
        var aliasSets: [String: [String]] = [:]
        var mentions: [Mention] = []
        var out: [LocatedMention] = []
        for var m in located {
            let name = nameOf[m.person] ?? m.person
            let block = blocks[m.scanned]
            let surface = block.text(of: m.tokens)
            if !m.roleOnly {
                let form = block.tokens[m.tokens].map(\.text).joined(separator: " ")
                if form != name, !(aliasSets[name] ?? []).contains(form) { aliasSets[name, default: []].append(form) }
                // "Lee Jae-myung (이재명)": the name in its own script, in brackets right after.
                let t = block.tokens
                let e = m.tokens.upperBound
                if e + 2 < t.count, t[e].text == "(", t[e + 2].text == ")", t[e + 1].isWord, isHangul(t[e + 1].text) || isHan(t[e + 1].text),
                   !(aliasSets[name] ?? []).contains(t[e + 1].text) {
                    aliasSets[name, default: []].append(t[e + 1].text)
                }
            }
            mentions.append(Mention(person: name, surface: surface, article: article.id, block: block.index,
                                    offsetInBlock: block.tokens[m.tokens.lowerBound].start))
            m.person = name
            out.append(m)
        }
        var namesChancellorStates: Bool? = nil
        for d in drafts.list {
            let name = nameOf[d.key]!
            var aliases = d.order.filter { $0 != name }
            for a in aliasSets[name] ?? [] where !aliases.contains(a) { aliases.append(a) }
            var leader = d.leader
            if leader, leadsOnlyAsChancellor(d) {
                if namesChancellorStates == nil { namesChancellorStates = mentionsChancellorState(blocks) }
                leader = namesChancellorStates!
            }
            people.append(Person(name: name, aliases: aliases, roles: d.roles, leader: leader,
                                 former: d.former && !d.leader, mentions: counts[d.key] ?? 0, articles: [article.id]))
        }
        return PersonRecognition(people: people, mentions: mentions, blocks: blocks, located: out)
    }
}
