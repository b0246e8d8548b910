import Foundation

/// Names the outlet from what the text itself reveals: agency tags in a dateline, credit
/// and copyright lines, site furniture, article or image URL domains. Never guesses.
public enum OutletDetector {
    /// Wire and news agency tags as they appear in datelines and bylines ("(AP)", "(AJP)").
    static let agencies: [String: String] = [
        "ap": "The Associated Press", "associated press": "The Associated Press", "reuters": "Reuters",
        "afp": "AFP", "ajp": "AJU Press", "yonhap": "Yonhap", "xinhua": "Xinhua", "kyodo": "Kyodo News",
        "jiji": "Jiji Press", "bloomberg": "Bloomberg", "upi": "UPI", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA",
        "pti": "PTI", "ians": "IANS", "bernama": "Bernama", "tass": "TASS", "kcna": "KCNA", "cnn": "CNN", "bbc": "BBC",
        "anadolu": "Anadolu Agency", "aa": "Anadolu Agency", "cna": "CNA", "rfa": "Radio Free Asia", "nhk": "NHK",
        "newsis": "Newsis", "news1": "News1", "aju": "AJU Press", "cp": "The Canadian Press", "aap": "AAP",
    ]

    /// Well-known news domains → names. Unknown domains fall back to the cleaned domain.
    static let domains: [String: String] = [
        "koreajoongangdaily.joins.com": "Korea JoongAng Daily", "joongang.co.kr": "JoongAng Ilbo",
        "joins.com": "JoongAng Ilbo", "donga.com": "The Dong-A Ilbo", "japannews.yomiuri.co.jp": "The Japan News",
        "yomiuri.co.jp": "The Yomiuri Shimbun", "ajupress.com": "AJU Press", "koreaherald.com": "The Korea Herald", "heraldcorp.com": "The Korea Herald",
        "koreatimes.co.kr": "The Korea Times", "yna.co.kr": "Yonhap", "chosun.com": "The Chosun Ilbo",
        "hani.co.kr": "The Hankyoreh", "kbs.co.kr": "KBS", "arirang.com": "Arirang", "reuters.com": "Reuters",
        "apnews.com": "The Associated Press", "theguardian.com": "The Guardian", "guim.co.uk": "The Guardian",
        "bbc.co.uk": "BBC", "bbc.com": "BBC", "bbci.co.uk": "BBC", "nytimes.com": "The New York Times",
        "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times",
        "bloomberg.com": "Bloomberg", "cnn.com": "CNN", "aljazeera.com": "Al Jazeera", "nikkei.com": "Nikkei Asia",
        "scmp.com": "South China Morning Post", "japantimes.co.jp": "The Japan Times", "asahi.com": "The Asahi Shimbun",
        "mainichi.jp": "The Mainichi", "nhk.or.jp": "NHK", "kyodonews.net": "Kyodo News", "xinhuanet.com": "Xinhua",
        "globaltimes.cn": "Global Times", "straitstimes.com": "The Straits Times", "channelnewsasia.com": "CNA",
        "npr.org": "NPR", "cnbc.com": "CNBC", "politico.com": "Politico", "afp.com": "AFP", "dw.com": "DW",
        "france24.com": "France 24", "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel", "abc.net.au": "ABC News",
        "foxnews.com": "Fox News", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "axios.com": "Axios",
        "economist.com": "The Economist", "time.com": "Time", "theatlantic.com": "The Atlantic",
    ]

    /// Furniture that only one site prints (ranking boxes, section names).
    static let furniture: [String: String] = ["jn access ranking": "The Japan News"]

    /// Scalars in the longest furniture line. Lower-casing never drops scalars and a canonically
    /// equivalent string has at most 4 scalars per scalar of the other, so a line of more than
    /// 4× this many scalars is no furniture line.
    static let furnitureLongest = furniture.keys.map(\.unicodeScalars.count).max() ?? 0

    /// Hosts that serve many sites' images, which reveal nothing about the outlet.
    static let sharedHosts = ["cloudfront.net", "amazonaws.com", "googleusercontent.com", "wp.com", "imgur.com",
                              "gravatar.com", "akamaized.net", "twimg.com", "fbcdn.net", "ggpht.com", "imgix.net"]

    /// The outlet named by a dateline or byline agency tag ("AJP", "Reuters"), or the tag itself when short.
    public static func agency(_ tag: String) -> String? {
        let k = tag.lowercased().trimmingCharacters(in: .whitespaces)
        if let n = agencies[k] { return n }
        return nil
    }

    /// The outlet named by a domain: the table, else the registrable part of the host. nil for shared hosts.
    public static func outlet(forURL url: String) -> String? {
        guard let host = host(of: url) else { return nil }
        if sharedHosts.contains(where: { host.hasSuffix($0) }) { return nil }
        var h = Substring(host)
        while true {
            if let n = domains[String(h)] { return n }
            guard let dot = h.firstIndex(of: "."), h[h.index(after: dot)...].contains(".") else { break }
            h = h[h.index(after: dot)...]
        }
        var parts = host.split(separator: ".").map(String.init)
        if let first = parts.first, ["www", "m", "img", "image", "images", "cdn", "static", "media", "news", "en", "amp"].contains(first), parts.count > 2 {
            parts.removeFirst()
        }
        return parts.joined(separator: ".")
    }

    /// The lower-cased host of an http(s) URL.
    public static func host(of url: String) -> String? {
        guard let r = url.range(of: "://") else { return nil }
        let rest = url[r.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" && $0 != ")" && $0 != " " }
        guard host.contains(".") else { return nil }
        return host.lowercased()
    }

    /// The outlet named by a credit line: "© 2025 The X", "Copyright … The Y. All rights reserved",
    /// "… edited by X staff". nil when the line is not such a credit.
    public static func credit(_ line: String) -> String? {
        let lower = line.lowercased()
        if let r = lower.range(of: "edited by ") {
            let tail = line[r.upperBound...]
            if let s = tail.range(of: " staff") { return clean(String(tail[..<s.lowerBound])) }
        }
        // "(FRANCE 24 with AFP)": the outlet that ran the wire copy; "(Kyodo)": the wire itself.
        if line.utf8.count <= 48, line.hasPrefix("("), line.hasSuffix(")"), Boilerplate.isAgencyTag(lower) {
            let inner = line.dropFirst().dropLast()
            if let w = inner.range(of: " with ", options: .caseInsensitive) {
                let name = inner[..<w.lowerBound].trimmingCharacters(in: .whitespaces)
                return name.first?.isUppercase == true ? name : nil
            }
            return agency(String(inner))
        }
        var rest: Substring
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") {
            rest = line.drop { $0 != " " && $0 != "2" && $0 != "1" }
        } else if lower.hasPrefix("copyright") {
            rest = line.dropFirst("copyright".count)
            // "Copyright (c) Korea Daily": the sign spelled out after the word.
            let sign = rest.drop { $0 == " " }
            if sign.lowercased().hasPrefix("(c)") { rest = sign.dropFirst(3) }
        } else { return nil }
        rest = rest.drop { $0 == " " || $0 == "©" || $0 == ":" || $0 == "(" || $0 == ")" }
        rest = rest.drop { $0.isNumber || $0 == " " || $0 == "-" || $0 == "–" || $0 == "©" || $0 == "," }
        // "(c) Copyright Thomson Reuters 2026.": the word spelled out after the sign.
        if rest.lowercased().hasPrefix("copyright ") { rest = rest.dropFirst("copyright ".count).drop { $0 == " " || $0.isNumber } }
        var name = String(rest)
        // "(c) 2026 The Sahel Dispatch, 14 Avenue …, Dakar": the name ends before the address.
        for stop in [". All rights", ", All rights", " All rights", ". all rights", " all rights", ".", "|", ", "] {
            if let r = name.range(of: stop) { name = String(name[..<r.lowerBound]) }
        }
        return clean(name)
    }

    /// Company forms after an outlet's name in a copyright line.
    private static let corporateSuffixes: Set<String> = ["limited", "ltd", "inc", "llc", "plc", "co", "corp", "corporation", "gmbh", "sa"]

    /// The outlet named by a furniture line ("JN ACCESS RANKING"), if any.
    public static func furnitureOutlet(_ line: String) -> String? {
        furniture[line.lowercased()]
    }

    private static func clean(_ s: String) -> String? {
        var t = s.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        // "The Financial Times Limited 2026": the company form and the year are not the outlet's name.
        while let last = t.split(separator: " ").last, t.contains(" "),
              last.allSatisfy(\.isNumber) || corporateSuffixes.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            t = String(t.dropLast(last.count)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        }
        guard !t.isEmpty, t.count <= 60, t.first?.isUppercase == true else { return nil }
        return t
    }
}
