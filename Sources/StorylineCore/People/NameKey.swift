/// The comparison key of a name: matching-normalized, lower case, letters and digits only,
/// so "Lee Jae-myung", "Lee Jae Myung" and "Lee\u{202F}Jae\u{2011}myung" are one key.
public enum NameKey {
    /// The key of a name or of a run of name words.
    public static func of(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in MatchText.normalize(name).lowercased().unicodeScalars
        where s.properties.isAlphabetic || s.properties.numericType != nil {
            out.append(s)
        }
        return String(out)
    }

    /// The name's words, split at spaces and hyphens ("Lee Jae-myung" → Lee, Jae, myung).
    public static func words(_ name: String) -> [String] {
        MatchText.normalize(name).split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }
}
