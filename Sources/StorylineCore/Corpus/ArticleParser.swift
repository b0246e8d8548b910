import Foundation

/// Parses the clean text of one scraped news page into an Article.
/// (Minimal first version: first non-empty line is the title, other lines are paragraphs.)
public enum ArticleParser {
    /// The article, or nil when the text holds nothing readable.
    public static func parse(text: String, path: String) -> Article? {
        let id = articleID(forPath: path)
        var blocks: [Block] = []
        var title: String? = nil
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = String(line)
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                if title == nil { title = trimmed } else { blocks.append(Block(kind: .paragraph, text: s, offset: offset)) }
            }
            offset += s.unicodeScalars.count + 1
        }
        guard let title else { return nil }
        return Article(id: id, path: path, title: title, blocks: blocks)
    }

    /// The file name without its extension.
    public static func articleID(forPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
