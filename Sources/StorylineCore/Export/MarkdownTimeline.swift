/// Renders events as a Markdown chronology: one heading per event, its summary, and every
/// source as a quoted sentence with the article's title, outlet and date.
public enum MarkdownTimeline {
    /// The chronology; `heading` names the selection ("Story S1: …").
    public static func render(_ events: [Event], library: Library, heading: String? = nil) -> String {
        let citations = Dictionary(ArticleCitation.cited(by: events, in: library).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "# Timeline\n\n"
        if let heading { out += "_\(escape(heading))_\n\n" }
        let articles = Set(events.flatMap { $0.sources.map(\.article) })
        out += "\(events.count) event\(events.count == 1 ? "" : "s") from \(articles.count) article\(articles.count == 1 ? "" : "s").\n"
        var undatedStarted = false
        for e in events {
            let title: String
            if let span = e.date {
                title = "\(RelatedReason.dateText(span)) · \(RelatedReason.typeNoun(e.type))"
            } else {
                if !undatedStarted { out += "\n## Undated\n"; undatedStarted = true }
                title = "\(RelatedReason.typeNoun(e.type)) (“\(escape(e.expression))”)"
            }
            out += "\n\(undatedStarted ? "###" : "##") \(title)\n\n"
            var line = ""
            if !e.participants.isEmpty { line += "**\(escape(RelatedReason.list(e.participants)))**: " }
            line += escape(e.summary)
            if e.status == .planned { line += " _(planned)_" }
            out += line + "\n\n"
            for s in e.sources {
                let credit = citations[s.article].map { c in
                    "*\(escape(c.title))*" + [c.outlet, c.published.map { String($0.prefix(10)) }].compactMap { $0 }.map { ", " + escape($0) }.joined()
                } ?? code(s.article)
                out += "- “\(escape(oneLine(s.sentence)))” — \(credit) \(code(s.article))\n"
            }
        }
        return out
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in oneLine(s) {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// An id as a code span, which needs no escaping inside.
    static func code(_ s: String) -> String { "`" + oneLine(s).replacingOccurrences(of: "`", with: "'") + "`" }

    /// Collapses line breaks so a value stays on its line.
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
