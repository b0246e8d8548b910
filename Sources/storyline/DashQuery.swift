/// `storyline search "-trade summit"`: a query that starts with an exclusion would be read as
/// a bundle of short options ("-t -r -a …") and rejected. Such an argument is handed to the
/// parser with a leading space, which the query parser ignores; options of `search` itself,
/// the value after `--limit` (joined to it when negative), and everything after `--` are left alone.
enum DashQuery {
    /// The command line (without the program name) with dash-led queries of `search` shielded.
    static func shielded(_ arguments: [String]) -> [String] {
        guard arguments.first == "search" else { return arguments }
        var out = [arguments[0]]
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { out += arguments[i...]; break }
            if a == "--limit" && i + 1 < arguments.count {
                // "--limit -1" would read -1 as an option and report a missing value; joined,
                // the value reaches the check that says what a limit must be.
                out += arguments[i + 1].hasPrefix("-") ? [a + "=" + arguments[i + 1]] : [a, arguments[i + 1]]
                i += 2
                continue
            }
            out.append(isQuery(a) ? " " + a : a)
            i += 1
        }
        return out
    }

    /// True for an argument starting with "-" that no option spells: "-word …", "-", "- x",
    /// or anything with a space in it.
    private static func isQuery(_ a: String) -> Bool {
        guard a.hasPrefix("-") else { return false }
        if a.contains(" ") { return true }
        return !a.hasPrefix("--") && a != "-h"
    }
}
