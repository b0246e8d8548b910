/// The comparison key of a name: matching-normalized, lower case, letters and digits only,
/// so "Lee Jae-myung", "Lee Jae Myung" and "Lee\u{202F}Jae\u{2011}myung" are one key.
public enum NameKey {
    /// The key of a name or of a run of name words.
    public static func of(_ name: String) -> String {
        // ASCII: letters lower-cased and digits kept, byte by byte (what the general path gives).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b + 32) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for s in latinFolded(MatchText.normalize(name).lowercased()).unicodeScalars
        where s.properties.isAlphabetic || s.properties.numericType != nil {
            out.append(s)
        }
        return String(out)
    }

    /// Latin letters without their accents, for keys: outlets write "Erdoğan" and "Erdogan", "Tô Lâm"
    /// and "To Lam" for one person. Text without accented Latin letters is returned as is.
    static func latinFolded(_ s: String) -> String {
        var accented = false
        for u in s.unicodeScalars where u.value >= 0xC0 {
            if (0xC0...0x24F).contains(u.value) || (0x1E00...0x1EFF).contains(u.value) || (0x300...0x36F).contains(u.value) {
                accented = true
                break
            }
        }
        guard accented else { return s }
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch u.value {
            case 0x300...0x36F: continue
            case 0x131: out.append("i")
            case 0x111, 0x110: out.append("d")
            case 0x142, 0x141: out.append("l")
            case 0xF8, 0xD8: out.append("o")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// A key that ignores word order, middle initials and the spelling of an Arabic article, for
    /// names written family name first in one outlet and last in another ("Takaichi Sanae", "Sanae
    /// Takaichi"; "Vladimir V. Putin"; "Abdel Fattah al-Sisi", "Abdel Fattah El-Sisi").
    public static func looseKey(_ name: String) -> String {
        let ws = words(name)
        let kept = ws.enumerated().filter { i, w in
            !(i > 0 && i < ws.count - 1 && of(w).unicodeScalars.count == 1)
        }.map { i, w -> String in
            let lower = w.lowercased()
            let article = (lower.hasPrefix("al-") || lower.hasPrefix("el-")) && lower.unicodeScalars.count > 3
            let key = slavicEnding(of(article ? String(w.dropFirst(3)) : w))
            return i == 0 && ws.count >= 2 ? transliterated(key) : key
        }
        return kept.sorted().joined(separator: "|")
    }

    /// One spelling of the Slavic adjectival surname ending: "Zelenskyy", "Zelenskyi" and
    /// "Zelenskiy" are "Zelensky" (transliterations differ between outlets).
    static func slavicEnding(_ key: String) -> String {
        let u = Array(key.utf8)
        guard u.count > 5, u[u.count - 4] == UInt8(ascii: "s") || u[u.count - 4] == UInt8(ascii: "c"),
              u[u.count - 3] == UInt8(ascii: "k") else { return key }
        let (a, b) = (u[u.count - 2], u[u.count - 1])
        let y = UInt8(ascii: "y"), i = UInt8(ascii: "i")
        guard (a == y || a == i) && (b == y || b == i) else { return key }
        return String(decoding: u.dropLast(2) + [y], as: UTF8.self)
    }

    /// One spelling of a given name's final "y" or "i" after a consonant or "e", as Russian given names are
    /// transliterated both ways ("Sergey"/"Sergei", "Dmitry"/"Dmitri", "Yury"/"Yuri"); other keys are returned as is.
    static func transliterated(_ key: String) -> String {
        let u = Array(key.utf8)
        guard u.count > 3, u[u.count - 1] == UInt8(ascii: "y") else { return key }
        let before = u[u.count - 2]
        guard before >= 0x61, before <= 0x7A, !"aiouy".utf8.contains(before) else { return key }
        return String(decoding: u.dropLast() + [UInt8(ascii: "i")], as: UTF8.self)
    }

    /// The name's words, split at spaces only ("Lee Jae-myung" → Lee, Jae-myung).
    public static func words(_ name: String) -> [String] {
        MatchText.normalize(name).split(separator: " ").map(String.init)
    }

    /// Keys of the words of a full name that may stand alone for the person: the family
    /// name, first or last. A common given name ("Donald") or a hyphenated Korean given
    /// name ("Jae-myung") never stands alone.
    public static func standaloneKeys(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return words.map(of) }
        // "Kim Jong Un", "Yoon Suk Yeol": only the Korean family name stands alone ("Un" is no one, nor the UN).
        if PersonRecognizer.isUnhyphenatedKoreanName(words) { return [of(words[0])] }
        var keys: [String] = []
        let first = words[0].lowercased()
        // "Mohammed bin Salman" is "Crown Prince Mohammed": before a patronymic the given name stands alone.
        let patronymic = words.count >= 3 && ["bin", "bint", "ibn"].contains(words[1].lowercased())
        // "Ma. Theresa Lazaro", "S. Jaishankar": an abbreviated first name never stands alone.
        // "Israel Katz": a first word that names a country or capital is a given name there, never the person alone.
        if patronymic || !PersonLexicon.givenNames.contains(first), !first.hasSuffix("."),
           PersonLexicon.countries[first] == nil, PersonLexicon.capitals[first] == nil { keys.append(of(first)) }
        // "Luiz Inácio Lula da Silva" is "Lula": the word before a particle stands alone too.
        if let p = words.indices.dropFirst().first(where: { PersonLexicon.particles.contains(words[$0]) }),
           !PersonLexicon.givenNames.contains(words[p - 1].lowercased()), !keys.contains(of(words[p - 1])) {
            keys.append(of(words[p - 1]))
        }
        // "Ferdinand Marcos Jr.": the family name sits before a generational suffix.
        var lastIndex = words.count - 1
        if lastIndex >= 2, generationalSuffixes.contains(of(words[lastIndex])) { lastIndex -= 1 }
        let last = words[lastIndex]
        if !isHyphenatedGivenName(last) && of(last) != keys.first { keys.append(of(last)) }
        // "Abdel Fattah al-Sisi" is "Sisi" too: a family name behind an Arabic article stands alone without it.
        let lastLower = last.lowercased()
        if (lastLower.hasPrefix("al-") || lastLower.hasPrefix("el-")) && lastLower.unicodeScalars.count > 4 {
            keys.append(of(String(last.dropFirst(3))))
        }
        // "José Antonio Kast Rist", "Gabriel Boric Font": after a given name, the first of two
        // surnames stands alone (not in names with particles or an Arabic article); in a name of
        // three words, whatever the given name ("Yamandú Orsi Martínez" is "Orsi").
        if lastIndex >= 2, PersonLexicon.givenNames.contains(first) || lastIndex == 2 && words.count == 3, !words.contains(where: { w in
            PersonLexicon.particles.contains(w.lowercased()) || w.lowercased().hasPrefix("al-") || w.lowercased().hasPrefix("el-")
        }) {
            let paternal = words[lastIndex - 1]
            if !PersonLexicon.givenNames.contains(paternal.lowercased()), !isHyphenatedGivenName(paternal), !keys.contains(of(paternal)) {
                keys.append(of(paternal))
            }
        }
        // "He Lifeng", "No Kwang-chol": a family name that is also an English word ("He", "No") never stands alone.
        return keys.filter { !$0.isEmpty && !PersonLexicon.nonPersonWords.contains($0) }
    }

    /// "Jr.", "Sr.", "II", "III", "IV" after a family name, as keys.
    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// A given name in the hyphenated romanization of Korean names: "Jae-myung", "Sung-lac".
    public static func isHyphenatedGivenName(_ word: String) -> Bool {
        guard let firstChar = word.first, firstChar.isUppercase, let dash = word.firstIndex(of: "-") else { return false }
        let head = word[word.index(after: word.startIndex)..<dash]
        let rest = word[word.index(after: dash)...]
        return !rest.isEmpty && rest.allSatisfy { $0.isLowercase || $0 == "-" } && head.allSatisfy(\.isLowercase)
    }
}
