/// Merges the people found in each article into one list for the corpus: the same name key
/// is one person; a surname-only person joins a full name only when that is unambiguous.
public enum PeopleMerger {
    /// The merged people (leaders first, then by mentions) and, per article id, the map from
    /// the article's own names to the canonical ones.
    public static func merge(_ extractions: [ArticleExtraction]) -> (people: [Person], names: [String: [String: String]]) {
        var entries: [(article: String, person: Person)] = []
        for x in extractions { for p in x.people { entries.append((x.article, p)) } }
        var parent = Array(entries.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func union(_ a: Int, _ b: Int) { let (ra, rb) = (find(a), find(b)); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }

        // Each entry's name as compared (honorific dropped, accents folded), split into words, once.
        let nameWords = entries.map { comparableWords($0.person.name) }
        var byKey: [String: Int] = [:]
        var byLooseKey: [String: Int] = [:]
        for (i, e) in entries.enumerated() {
            var names = nameWords[i].count >= 2 ? [nameWords[i].joined(separator: " ")] : []
            names += e.person.aliases.map(comparableWords).filter { $0.count >= 2 }.map { $0.joined(separator: " ") }
            for n in names {
                let k = NameKey.of(n)
                if let j = byKey[k] { union(i, j) } else { byKey[k] = i }
                // "Takaichi Sanae" = "Sanae Takaichi", "Vladimir V. Putin" = "Vladimir Putin".
                let loose = NameKey.looseKey(n)
                if let j = byLooseKey[loose] { union(i, j) } else { byLooseKey[loose] = i }
            }
        }
        // Surname-only people join the single full name that carries that word and fits their roles.
        // A shorter name of two words or more joins the one longer name it is a shape of, when only
        // one person has that shape: its beginning cut short in a headline ("Luiz Inácio Lula"),
        // its end ("Lula da Silva"), or its first word with a later one, a middle name dropped
        // ("Bola Tinubu" = "Bola Ahmed Tinubu", "Felix Tshisekedi" = "Felix Antoine Tshisekedi Tshilombo").
        var shapes: [String: Set<Int>] = [:]
        for j in entries.indices {
            let ws = nameWords[j]
            guard ws.count >= 3 else { continue }
            for len in 2..<ws.count {
                shapes[NameKey.of(ws.prefix(len).joined(separator: " ")), default: []].insert(j)
                // An end that starts with a particle or a given name may be someone else's whole name,
                // and so is the end after "bin" ("Tamim bin Hamad Al Thani": Hamad Al Thani is the father).
                let head = ws[ws.count - len].lowercased()
                if !PersonLexicon.particles.contains(head), !PersonLexicon.givenNames.contains(head),
                   !patronymicWords.contains(ws[ws.count - len - 1].lowercased()) {
                    shapes[NameKey.of(ws.suffix(len).joined(separator: " ")), default: []].insert(j)
                }
            }
            for k in 2..<ws.count where !PersonLexicon.particles.contains(ws[k].lowercased()) {
                shapes[NameKey.of(ws[0] + " " + ws[k]), default: []].insert(j)
            }
            // "Félix Tshisekedi" = "Félix-Antoine Tshisekedi Tshilombo": a compound given name is often cut to its first part.
            if let dash = ws[0].firstIndex(of: "-"), ws[0][ws[0].index(after: dash)...].first?.isUppercase == true {
                let head = String(ws[0][..<dash])
                for k in 1..<ws.count where !PersonLexicon.particles.contains(ws[k].lowercased()) {
                    shapes[NameKey.of(head + " " + ws[k]), default: []].insert(j)
                }
            }
            // "Mohammed bin Abdulrahman Al Thani" = "Mohammed bin Abdulrahman bin Jassim Al Thani": after a
            // father's name, the grandfather's "bin X" is often left out.
            if ws.count >= 6 {
                for k in 3...(ws.count - 3) where patronymicWords.contains(ws[k].lowercased())
                    && ws[1..<k].contains(where: { patronymicWords.contains($0.lowercased()) }) {
                    var cut = ws
                    cut.removeSubrange(k...(k + 1))
                    shapes[NameKey.of(cut.joined(separator: " ")), default: []].insert(j)
                }
            }
            // "Muhammad Shehbaz Sharif" = "Shehbaz Sharif", "Md Shafiqul Alam" = "Shafiqul Alam": South
            // Asian names often open with a devotional "Muhammad" that most mentions leave out.
            let second = ws[1].lowercased()
            if ws[0] == "Mohammed", !patronymicWords.contains(second), !PersonLexicon.particles.contains(second) {
                shapes[NameKey.of(ws.dropFirst().joined(separator: " ")), default: []].insert(j)
            }
        }
        for i in entries.indices where nameWords[i].count >= 2 {
            guard let longer = shapes[NameKey.of(nameWords[i].joined(separator: " "))] else { continue }
            let groups = Set(longer.map(find))
            if groups.count == 1 { union(i, groups.first!) }
            // "Faisal bin Farhan" of "Faisal bin Farhan Al Saud" and "Faisal bin Farhan bin Abdullah": a grandfather
            // and a family name both fit one full name, so all three are one person.
            else if extendsOneLineage(nameWords[i], longer.map { nameWords[$0] }) { for g in groups { union(i, g) } }
        }
        mergeInitialForms(nameWords, find: find, union: union)
        mergeAdoptedGivenNames(nameWords, leaders: entries.map(\.person.leader), find: find, union: union)
        var holders: [String: [Int]] = [:]
        for j in entries.indices {
            let ws = nameWords[j]
            guard ws.count >= 2 else { continue }
            for k in NameKey.standaloneKeys(ws) { holders[k, default: []].append(j) }
        }
        var unplaced: [String: Int] = [:]
        for (i, e) in entries.enumerated() where nameWords[i].count < 2 {
            let key = NameKey.of(nameWords[i].joined(separator: " "))
            let candidates = holders[key] ?? []
            var groups = Set(candidates.map(find))
            if groups.count > 1 {
                groups = Set(candidates.filter { rolesFit(entries[$0].person, e.person) }.map(find))
            }
            if groups.count == 1 {
                union(i, groups.first!)
            } else if let j = unplaced[key] {
                union(i, j)
            } else {
                unplaced[key] = i
            }
        }

        // Each group's person is grown in place (slot per root, in order of first appearance):
        // copying a person out of a dictionary and back copied its article list on every
        // append, quadratic for a leader named in most articles.
        var slot: [Int: Int] = [:]
        var merged: [Person] = []
        var formCounts: [[String: Int]] = []
        var seen: [Set<String>] = []
        for (i, e) in entries.enumerated() {
            let root = find(i)
            let p = e.person
            if let k = slot[root] {
                formCounts[k][withoutCourtesy(p.name), default: 0] += max(p.mentions, 1)
                for a in [p.name] + p.aliases where !merged[k].aliases.contains(a) && a != merged[k].name { merged[k].aliases.append(a) }
                for r in p.roles where !merged[k].roles.contains(r) { merged[k].roles.append(r) }
                merged[k].leader = merged[k].leader || p.leader
                merged[k].former = merged[k].former || p.former
                merged[k].mentions += p.mentions
                for a in p.articles where seen[k].insert(a).inserted { merged[k].articles.append(a) }
            } else {
                slot[root] = merged.count
                merged.append(p)
                formCounts.append([withoutCourtesy(p.name): max(p.mentions, 1)])
                seen.append(Set(p.articles))
            }
        }
        var members = [[Int]](repeating: [], count: merged.count)
        for i in entries.indices { members[slot[find(i)]!].append(i) }
        var names: [String: [String: String]] = [:]
        var people: [Person] = []
        for k in merged.indices {
            var p = merged[k]
            let counts = formCounts[k]
            let forms = counts.keys.sorted()
            let longest = forms.map { NameKey.of(comparable($0)).count }.max() ?? 1
            // Of spellings alike but for accents, the accented one: ASCII-only outlets drop them.
            func accents(_ form: String) -> Int { form.unicodeScalars.count { $0.value >= 0x80 && $0.properties.isAlphabetic } }
            var best = forms.filter { NameKey.of(comparable($0)).count == longest }
                .max { (accents($0), counts[$0]!, $1) < (accents($1), counts[$1]!, $0) }!
            // "Claudia Sheinbaum Pardo" once, "Claudia Sheinbaum" everywhere else: a second family name
            // one outlet adds does not replace a form at least as many mentions use.
            let bestWords = comparableWords(best)
            if let common = forms.filter({ f in
                let ws = comparableWords(f)
                // … nor does a leading "Muhammad" one outlet adds ("Muhammad Shehbaz Sharif").
                let devotional = bestWords.count == ws.count + 1 && bestWords[0] == "Mohammed"
                    && Array(bestWords.dropFirst()).map(NameKey.of) == ws.map(NameKey.of)
                return ws.count >= 2 && ws.count < bestWords.count && counts[f]! >= counts[best]!
                    && (devotional || Array(bestWords.prefix(ws.count)).map(NameKey.of) == ws.map(NameKey.of))
                    && !bestWords[ws.count...].contains { generational.contains(NameKey.of($0)) || PersonRecognizer.isRegnalNumber($0) }
            }).max(by: { (counts[$0]!, $1) < (counts[$1]!, $0) }) { best = common }
            let all = [p.name] + p.aliases
            p.name = best
            p.aliases = all.filter { $0 != best }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if p.leader { p.former = false }
            p.roles = p.roles.filter { r in r.country != nil || !p.roles.contains { $0.title == r.title && $0.country != nil } }
            // A leader's office comes first, so that lists show "Prime Minister", not a looser title.
            if p.leader, let i = p.roles.firstIndex(where: { leaderTitles.contains($0.title) }), i > 0 {
                p.roles.insert(p.roles.remove(at: i), at: 0)
            }
            people.append(p)
            for i in members[k] { names[entries[i].article, default: [:]][entries[i].person.name] = best }
        }
        // "Sheikh Mohammed" in one article, "Mohammed" for the crown prince in another: a given name
        // alone that two people of the corpus carry names neither of them across the corpus.
        var givenAlone: [String: Int] = [:]
        for p in people { for a in Set(p.aliases.filter { isGivenNameAlone($0, of: p) }.map(NameKey.of)) { givenAlone[a, default: 0] += 1 } }
        for i in people.indices where people[i].aliases.contains(where: { isGivenNameAlone($0, of: people[i]) }) {
            let p = people[i]
            people[i].aliases.removeAll { isGivenNameAlone($0, of: p) && givenAlone[NameKey.of($0), default: 0] > 1 }
        }
        people.sort { a, b in
            if a.leader != b.leader { return a.leader }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.name < b.name
        }
        return (people, names)
    }

    /// True when an alias is one word and the first word of the person's name ("Mohammed" of "Mohammed bin Salman").
    private static func isGivenNameAlone(_ alias: String, of p: Person) -> Bool {
        let ws = comparableWords(alias)
        guard ws.count == 1, let first = comparableWords(p.name).first else { return false }
        return NameKey.of(ws[0]) == NameKey.of(first)
    }

    /// True when `short` holds a patronymic and each longer name is `short` followed by at most one ancestry
    /// ("bin Abdullah") and one family name ("Al Saud"), no two longer names disagreeing on either.
    static func extendsOneLineage(_ short: [String], _ longer: [[String]]) -> Bool {
        guard short.dropFirst().contains(where: { patronymicWords.contains($0.lowercased()) }) else { return false }
        var chains = Set<String>(), families = Set<String>()
        for ws in longer {
            guard ws.count > short.count, NameKey.of(ws.prefix(short.count).joined(separator: " ")) == NameKey.of(short.joined(separator: " ")) else { return false }
            let tail = Array(ws.dropFirst(short.count))
            let f = tail.firstIndex { $0.lowercased() == "al" || $0.lowercased().hasPrefix("al-") } ?? tail.count
            if f > 0 {
                guard patronymicWords.contains(tail[0].lowercased()) else { return false }
                chains.insert(NameKey.of(tail[..<f].joined(separator: " ")))
            }
            if f < tail.count { families.insert(NameKey.of(tail[f...].joined(separator: " "))) }
        }
        return chains.count <= 1 && families.count <= 1
    }

    /// Words that begin a father's name inside a person's name ("bin Salman").
    static let patronymicWords: Set<String> = ["bin", "bint", "binti", "ibn", "ben"]

    /// Romanizations of one Arabic given name that outlets spell differently ("Mohammed bin Salman",
    /// "Muhammad bin Salman"; "Hussein Mohamed", then "Mohammed"), each as one spelling.
    static let transliterations: [String: String] = {
        var m: [String: String] = [:]
        for w in ["muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "muhamad", "md"] { m[w] = "Mohammed" }
        for w in ["ahmed", "ahmad"] { m[w] = "Ahmed" }
        for w in ["abdel", "abdul", "abdal"] { m[w] = "Abdel" }
        return m
    }()

    /// "U.Khurelsukh" = "Khurelsukh Ukhnaa", "A. Kasymaliev" = "Adylbek Kasymaliev": a name of an initial and
    /// one word joins the one two-word name holding that word and a word opening with the initial, in
    /// either order (Mongolian and Central Asian outlets write the patronymic or given name as an initial).
    static func mergeInitialForms(_ nameWords: [[String]], find: (Int) -> Int, union: (Int, Int) -> Void) {
        func initial(_ w: String) -> Substring? {
            let u = w.unicodeScalars
            guard let f = u.first, f.properties.isUppercase, u.count == 1 || (u.count == 2 && u.last == ".") else { return nil }
            return Substring(String(f))
        }
        var full: [String: [Int]] = [:]
        for (j, ws) in nameWords.enumerated() where ws.count == 2 && initial(ws[0]) == nil && initial(ws[1]) == nil {
            for (a, b) in [(ws[0], ws[1]), (ws[1], ws[0])] {
                guard let f = a.unicodeScalars.first, f.properties.isUppercase else { continue }
                full[NameKey.of(String(f) + " " + b), default: []].append(j)
            }
        }
        guard !full.isEmpty else { return }
        for (i, ws) in nameWords.enumerated() where ws.count == 2 {
            guard let letter = initial(ws[0]), let holders = full[NameKey.of(letter + " " + ws[1])] else { continue }
            let groups = Set(holders.map(find))
            if groups.count == 1 { union(i, groups.first!) }
        }
    }

    /// "William Lai" = "Lai Ching-te": a Chinese name written family name first with a hyphenated given name,
    /// and an English given name before the same family name, join when both are leaders and no other leader
    /// carries either form's family name so.
    static func mergeAdoptedGivenNames(_ nameWords: [[String]], leaders: [Bool], find: (Int) -> Int, union: (Int, Int) -> Void) {
        var chinese: [String: [Int]] = [:]
        for (j, ws) in nameWords.enumerated() where leaders[j] && ws.count == 2 {
            let given = ws[1]
            guard let dash = given.firstIndex(of: "-"), given.first?.isUppercase == true,
                  given[given.index(after: dash)...].first?.isLowercase == true else { continue }
            chinese[NameKey.of(ws[0]), default: []].append(j)
        }
        guard !chinese.isEmpty else { return }
        for (i, ws) in nameWords.enumerated() where leaders[i] && ws.count == 2 && !ws[0].contains("-") && !ws[1].contains("-") {
            guard let holders = chinese[NameKey.of(ws[1])] else { continue }
            let groups = Set(holders.map(find))
            if groups.count == 1 { union(i, groups.first!) }
        }
    }

    /// Courtesy words some outlets write before a full name without a period ("Dr William Ruto",
    /// "Prof Yunus", Urdu "Mian"): dropped for comparing when a name remains after them.
    static let courtesyWords: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "professor", "mian", "shri", "smt", "shrimati"]

    /// A name as the merge compares it: accents folded ("Inácio" = "Inacio", "Félix" = "Felix")
    /// and a leading courtesy word dropped ("Dr Selemani Jafo" = "Selemani Jafo").
    /// Generational suffixes that complete a name rather than add a family name ("Jr", "Sr").
    private static let generational: Set<String> = ["jr", "sr"]

    static func comparable(_ name: String) -> String { comparableWords(name).joined(separator: " ") }

    /// The words of `comparable(name)`, split once.
    static func comparableWords(_ name: String) -> [String] {
        var words = NameKey.words(name)
        if words.count >= 2, courtesyWords.contains(NameKey.of(words[0])) { words.removeFirst() }
        return words.map { w in
            if let one = transliterations[w.lowercased()] { return one }
            if w.utf8.allSatisfy({ $0 < 0x80 }) { return w }
            var out = String.UnicodeScalarView()
            for s in w.decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
                out.append(s)
            }
            return String(out)
        }
    }

    /// The name without a leading courtesy word, when a name remains.
    static func withoutCourtesy(_ name: String) -> String {
        var words = NameKey.words(name)
        if words.count >= 2, courtesyWords.contains(NameKey.of(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// True when a surname-only person's titles agree with a full-name person's: a shared
    /// title and country, or both leaders.
    private static let leaderTitles = Set(PersonLexicon.titles.values.filter(\.leader).map(\.display))

    static func rolesFit(_ full: Person, _ short: Person) -> Bool {
        if short.roles.isEmpty { return full.leader && !short.former }
        return short.roles.contains { s in full.roles.contains { $0.title == s.title && (s.country == nil || $0.country == nil || $0.country == s.country) } }
    }
}
