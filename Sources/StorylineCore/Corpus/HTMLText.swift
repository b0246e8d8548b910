import Foundation

/// Plain text and page metadata from an HTML document: tags stripped, scripts/styles and
/// navigation furniture dropped, entities decoded, block elements turned into line breaks.
/// Offsets of blocks parsed from an HTML page refer to this extracted text.
public struct HTMLText: Sendable {
    /// The readable text, one block element per line; the `<article>` element's text when the page has one.
    public var text: String = ""
    /// og:title, else the first `<h1>`, else `<title>` without a " | Site" suffix.
    public var title: String?
    /// The raw publication time from meta tags or the first `<time datetime>`.
    public var publishedRaw: String?
    /// og:site_name or a publisher meta tag.
    public var siteName: String?
    /// The canonical link or og:url.
    public var url: String?
    /// The author meta tag, when it is a name rather than a link.
    public var author: String?
    /// Texts of `<figcaption>` elements, which are captions rather than body.
    public var captions: [String] = []

    /// True when the file is an HTML page (by extension or by its opening markup).
    public static func looksLikeHTML(_ text: String, path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        let head = Array(text.prefix(512).utf8)
        return TextScan.containsCaseless(head, "<!doctype html") || TextScan.containsCaseless(head, "<html")
            || TextScan.containsCaseless(head, "<body")
    }

    private static let dropped: Set<String> = ["script", "style", "noscript", "svg", "template", "iframe", "nav", "footer",
                                               "aside", "form", "button", "select", "menu"]
    private static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article",
                                              "section", "figure", "figcaption", "header", "blockquote", "tr", "table",
                                              "main", "pre", "hr", "dd", "dt", "dl", "title", "time", "address", "body"]

    /// Converts a whole page.
    public static func convert(_ html: String) -> HTMLText {
        var page = HTMLText()
        let s = Array(html.unicodeScalars)
        var full = String.UnicodeScalarView()
        var inArticle = String.UnicodeScalarView()
        var articleDepth = 0
        var sawArticle = false
        var skipTag: String? = nil
        var skipDepth = 0
        var capture: String? = nil   // "title", "h1", "figcaption"
        var captured = String.UnicodeScalarView()
        var titleTag: String?, h1: String?, ogTitle: String?
        var ldPublished: String?, metaPublished = false
        var modified: String?
        var i = 0
        func emit(_ c: Unicode.Scalar) {
            full.append(c)
            if articleDepth > 0 { inArticle.append(c) }
            if capture != nil { captured.append(c) }
        }
        func newline() { emit("\n") }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    i += 4
                    while i + 2 < s.count, !(s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">") { i += 1 }
                    i += 3
                    continue
                }
                var j = i + 1
                var closing = false
                if j < s.count, s[j] == "/" { closing = true; j += 1 }
                var name = ""
                while j < s.count, s[j].properties.isAlphabetic || (s[j].value >= 48 && s[j].value <= 57) {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                if name.isEmpty { emit(c); i += 1; continue }
                name = name.lowercased()
                let attrStart = j
                var quote: Unicode.Scalar? = nil
                while j < s.count {
                    if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { break }
                    j += 1
                }
                let attrs = attributes(String(String.UnicodeScalarView(s[min(attrStart, s.count)..<min(j, s.count)])))
                i = j + 1
                if let skip = skipTag {
                    if name == skip { skipDepth += closing ? -1 : 1 }
                    if skipDepth <= 0 { skipTag = nil }
                    continue
                }
                if !closing && dropped.contains(name) && !(attrs["_selfclosing"] != nil) {
                    // Structured data (schema.org JSON-LD) often holds the only publication date of a page.
                    if name == "script", ldPublished == nil, let type = attrs["type"], type.lowercased().hasSuffix("ld+json") {
                        ldPublished = jsonLDValue("datePublished", s, from: i)
                        if modified == nil { modified = jsonLDValue("dateModified", s, from: i) }
                    }
                    skipTag = name; skipDepth = 1
                    continue
                }
                if name == "meta" {
                    if readMeta(attrs, into: &page, ogTitle: &ogTitle) { metaPublished = true }
                    // "article:modified_time": the only stamp of some pages, a last resort for dating them.
                    let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
                    if modified == nil, key == "article:modified_time" || key == "og:updated_time" || key == "datemodified",
                       let content = attrs["content"], !content.isEmpty { modified = content }
                    continue
                }
                if name == "link", attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"] { page.url = href; continue }
                if name == "time", !closing, page.publishedRaw == nil, let dt = attrs["datetime"] { page.publishedRaw = dt }
                if name == "article" {
                    if closing { articleDepth = max(0, articleDepth - 1) } else { articleDepth += 1; sawArticle = true }
                }
                if ["title", "h1", "figcaption"].contains(name) {
                    if !closing { capture = name; captured = String.UnicodeScalarView() } else if capture == name {
                        let text = collapse(String(captured))
                        capture = nil
                        if !text.isEmpty {
                            if name == "title", titleTag == nil { titleTag = text }
                            if name == "h1", h1 == nil { h1 = text }
                            if name == "figcaption" { page.captions.append(text) }
                        }
                        if name == "title" { continue }
                    }
                }
                if name == "title" && !closing { continue }
                if blocks.contains(name) { newline() } else if name == "td" || name == "th" { emit(" ") }
                continue
            }
            if skipTag != nil { i += 1; continue }
            if capture == "title" { captured.append(c); i += 1; continue }
            if c == "&" {
                var j = i + 1
                var ent = ""
                while j < s.count, j - i < 12, s[j] != ";", s[j] != " ", s[j] != "<" { ent.unicodeScalars.append(s[j]); j += 1 }
                if j < s.count, s[j] == ";", let d = decodeEntity(ent) {
                    emit(d); i = j + 1; continue
                }
            }
            emit(c == "\n" || c == "\t" || c == "\r" ? " " : c)
            i += 1
        }
        // A publication meta tag first, then JSON-LD "datePublished", then any other stamp (`<time>`, "date" meta).
        if !metaPublished, let ld = ldPublished { page.publishedRaw = ld }
        if page.publishedRaw == nil { page.publishedRaw = modified }
        let body = sawArticle && inArticle.count > 200 ? String(inArticle) : String(full)
        page.text = cleanLines(body)
        page.title = ogTitle ?? h1 ?? titleTag.map(stripSiteSuffix)
        // "<title>Headline | The Japan Times</title>" over "<h1>Headline</h1>": the tail names the site.
        if page.siteName == nil, let tag = titleTag, let (head, site) = siteSuffix(tag), !site.isEmpty,
           let title = page.title, head.lowercased() == title.lowercased() {
            page.siteName = site
        }
        return page
    }

    /// Reads one meta tag into the page; true when it was a publication-time tag ("article:published_time").
    @discardableResult
    private static func readMeta(_ a: [String: String], into page: inout HTMLText, ogTitle: inout String?) -> Bool {
        let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
        guard let content = a["content"], !content.isEmpty else { return false }
        switch key {
        case "og:title", "twitter:title": if ogTitle == nil { ogTitle = collapse(content) }
        case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date",
             "dc.date", "sailthru.date", "parsely-pub-date":
            if page.publishedRaw == nil || key.contains("published") { page.publishedRaw = content }
            return key.contains("published")
        case "og:site_name", "application-name", "publisher", "article:publisher":
            if page.siteName == nil, !content.hasPrefix("http") { page.siteName = collapse(content) }
        case "og:url": if page.url == nil { page.url = content }
        case "author", "article:author", "byl":
            if page.author == nil, !content.hasPrefix("http") { page.author = collapse(content) }
        default: break
        }
        return false
    }

    /// The first `"name": "…"` string value of the JSON-LD script whose body starts at scalar `from`
    /// (read up to its closing `</script`), or nil when it has none ("datePublished", "dateModified").
    static func jsonLDValue(_ name: String, _ s: [Unicode.Scalar], from: Int) -> String? {
        let key = Array(("\"" + name + "\"").unicodeScalars)
        var i = from
        while i + key.count < s.count {
            if s[i] == "<", s[i + 1] == "/" { return nil }
            guard s[i] == "\"", s[i + 1] == key[1], s[i..<(i + key.count)].elementsEqual(key) else { i += 1; continue }
            var j = i + key.count
            while j < s.count, s[j] == " " || s[j] == "\n" || s[j] == "\t" || s[j] == "\r" || s[j] == ":" { j += 1 }
            guard j < s.count, s[j] == "\"" else { return nil }
            var value = String.UnicodeScalarView()
            j += 1
            while j < s.count, s[j] != "\"", value.count < 64 { value.append(s[j]); j += 1 }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    /// Attribute name → decoded value for the inside of one tag.
    static func attributes(_ s: String) -> [String: String] {
        var out: [String: String] = [:]
        let c = Array(s.unicodeScalars)
        var i = 0
        while i < c.count {
            while i < c.count, c[i] == " " || c[i] == "\n" || c[i] == "\t" || c[i] == "\r" { i += 1 }
            if i < c.count, c[i] == "/" { if i + 1 >= c.count { out["_selfclosing"] = "" }; i += 1; continue }
            var name = ""
            while i < c.count, c[i] != "=", c[i] != " ", c[i] != "\n", c[i] != "/" { name.unicodeScalars.append(c[i]); i += 1 }
            if name.isEmpty { i += 1; continue }
            var value = ""
            if i < c.count, c[i] == "=" {
                i += 1
                if i < c.count, c[i] == "\"" || c[i] == "'" {
                    let q = c[i]; i += 1
                    while i < c.count, c[i] != q { value.unicodeScalars.append(c[i]); i += 1 }
                    i += 1
                } else {
                    while i < c.count, c[i] != " ", c[i] != "\n" { value.unicodeScalars.append(c[i]); i += 1 }
                }
            }
            out[name.lowercased()] = decodeEntities(value)
        }
        return out
    }

    /// One named or numeric entity without its `&` and `;`, or nil when unknown.
    static func decodeEntity(_ e: String) -> Unicode.Scalar? {
        if e.hasPrefix("#x") || e.hasPrefix("#X") { return UInt32(e.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if e.hasPrefix("#") { return UInt32(e.dropFirst()).flatMap(Unicode.Scalar.init) }
        let table: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 0xA0, "mdash": 0x2014,
                                       "ndash": 0x2013, "hellip": 0x2026, "rsquo": 0x2019, "lsquo": 0x2018, "ldquo": 0x201C,
                                       "rdquo": 0x201D, "middot": 0xB7, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122,
                                       "laquo": 0xAB, "raquo": 0xBB, "bull": 0x2022, "eacute": 0xE9, "thinsp": 0x2009]
        return table[e].flatMap(Unicode.Scalar.init)
    }

    /// Decodes every known entity in a string; unknown ones stay as written.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = String.UnicodeScalarView()
        let c = Array(s.unicodeScalars)
        var i = 0
        while i < c.count {
            if c[i] == "&", let semi = c[i...].prefix(12).firstIndex(of: ";"),
               let d = decodeEntity(String(String.UnicodeScalarView(c[(i + 1)..<semi]))) {
                out.append(d); i = semi + 1; continue
            }
            out.append(c[i]); i += 1
        }
        return String(out)
    }

    /// Runs of spaces collapsed, lines trimmed, no more than one blank line in a row.
    static func cleanLines(_ s: String) -> String {
        var lines: [String] = []
        var blank = true
        for raw in s.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = collapse(String(raw))
            if line.isEmpty {
                if !blank { lines.append("") }
                blank = true
            } else {
                lines.append(line); blank = false
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Whitespace runs become one space; leading and trailing whitespace removed.
    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { space = !out.isEmpty; continue }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// "Headline | The Site" → "Headline" (also " - " and " — " suffixes of a few words).
    static func stripSiteSuffix(_ t: String) -> String { siteSuffix(t)?.head ?? t }

    /// "Headline | The Japan Times" → ("Headline", "The Japan Times"): a short tail after the
    /// last separator, shorter than the head. nil when there is none.
    static func siteSuffix(_ t: String) -> (head: String, site: String)? {
        for sep in [" | ", " — ", " – ", " - "] {
            if let r = t.range(of: sep, options: .backwards) {
                let tail = t[r.upperBound...]
                if tail.split(separator: " ").count <= 5 && t[..<r.lowerBound].count > tail.count {
                    return (String(t[..<r.lowerBound]), String(tail).trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return nil
    }
}
