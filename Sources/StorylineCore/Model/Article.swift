/// The publication timestamp of an article as stated in its text. Time and zone are kept
/// only when the text gives them; nothing is invented.
public struct Published: Hashable, Codable, Sendable {
    public var day: Day
    /// Minutes since midnight, when the text states a time.
    public var minutes: Int?
    /// Offset from UTC in minutes, when the text states a zone ("JST", "KST", "+09:00").
    public var utcOffsetMinutes: Int?

    public init(day: Day, minutes: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.day = day; self.minutes = minutes; self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601: `2025-06-04T20:00+09:00`, `2025-06-11T07:27`, or `2025-06-11`.
    public var iso: String {
        guard let m = minutes else { return day.iso }
        var s = day.iso + "T" + pad2(m / 60) + ":" + pad2(m % 60)
        if let off = utcOffsetMinutes {
            s += (off < 0 ? "-" : "+") + pad2(abs(off) / 60) + ":" + pad2(abs(off) % 60)
        }
        return s
    }

    private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Parses what `iso` writes: "2025-06-10", "2025-06-10T21:30", "2025-06-10T21:30+09:00"
    /// (seconds and "Z" accepted too); nil for anything else.
    public init?(iso: String) {
        if let fast = iso.utf8.withContiguousStorageIfAvailable({ Published.parseFixed($0) }), let (day, minutes, offset) = fast {
            self.init(day: day, minutes: minutes, utcOffsetMinutes: offset)
            return
        }
        let chars = Array(iso)
        guard chars.count >= 10, let day = Day(iso: String(chars[0..<10])) else { return nil }
        var minutes: Int? = nil
        var offset: Int? = nil
        if chars.count >= 16, chars[10] == "T", let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])) {
            minutes = h * 60 + m
            let tail = String(chars[16...]).drop { $0 == ":" || $0.isNumber }
            if tail == "Z" { offset = 0 } else if let sign = tail.first, sign == "+" || sign == "-" {
                let parts = tail.dropFirst().split(separator: ":")
                if let oh = parts.first.flatMap({ Int($0.prefix(2)) }) {
                    let om = parts.count > 1 ? Int(parts[1]) ?? 0 : (parts[0].count == 4 ? Int(parts[0].suffix(2)) ?? 0 : 0)
                    offset = (sign == "-" ? -1 : 1) * (oh * 60 + om)
                }
            }
        }
        self.init(day: day, minutes: minutes, utcOffsetMinutes: offset)
    }
}

extension Published {
    /// Exactly the three forms `iso` writes, read byte by byte (caches parse one per article);
    /// nil for any other shape, which the general parser then reads.
    fileprivate static func parseFixed(_ b: UnsafeBufferPointer<UInt8>) -> (Day, Int?, Int?)? {
        guard b.count == 10 || b.count == 16 || b.count == 22, let (y, m, d) = Day.parseFixed(b),
              let day = Day(y, m, d) else { return nil }
        guard b.count > 10 else { return (day, nil, nil) }
        guard b[10] == 0x54, b[13] == 0x3A, let h = Day.digits(b, 11, 2), let mm = Day.digits(b, 14, 2) else { return nil }
        guard b.count > 16 else { return (day, h * 60 + mm, nil) }
        guard b[16] == 0x2B || b[16] == 0x2D, b[19] == 0x3A,
              let oh = Day.digits(b, 17, 2), let om = Day.digits(b, 20, 2) else { return nil }
        return (day, h * 60 + mm, (b[16] == 0x2D ? -1 : 1) * (oh * 60 + om))
    }
}

/// One unit of an article's readable content, with where it came from in the file.
public struct Block: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Body prose.
        case paragraph
        /// An image caption (markdown image alt text or a caption line), kept apart from the body.
        case caption
        /// A dated entry of a structured timeline ("Dec 4, 2025 – …"); `dateLabel` holds the date text.
        case timelineEntry
        /// A body sub-heading.
        case heading
    }

    public var kind: Kind
    /// The text as it appears in the file (sanitized of control characters), for display.
    public var text: String
    /// Offset of `text` in the sanitized file text, in Unicode scalars.
    public var offset: Int
    /// For timeline entries: the leading date as written ("Dec 4, 2025").
    public var dateLabel: String?
    /// Citation markers found in the block ("[27]" → 27), which are structure, not prose.
    public var citations: [Int]

    public init(kind: Kind, text: String, offset: Int, dateLabel: String? = nil, citations: [Int] = []) {
        self.kind = kind; self.text = text; self.offset = offset
        self.dateLabel = dateLabel; self.citations = citations
    }
}

/// A structured section of a page that is not prose: "Sources (3 articles)",
/// "Stories about this story (16 stories)", "All related articles (27 articles)".
public struct PageSection: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case sources, relatedStories, relatedArticles, timeline, other }
    public var kind: Kind
    /// The heading as written.
    public var title: String
    /// The count the heading states, if any.
    public var count: Int?
    /// Lines listed under the heading (e.g. source names), if any.
    public var items: [String]

    public init(kind: Kind, title: String, count: Int? = nil, items: [String] = []) {
        self.kind = kind; self.title = title; self.count = count; self.items = items
    }
}

/// A parsed news article: metadata plus readable blocks, with boilerplate removed.
public struct Article: Hashable, Codable, Sendable, Identifiable {
    /// The file name without its extension.
    public var id: String
    /// The path the article was loaded from.
    public var path: String
    public var title: String
    public var outlet: String?
    public var published: Published?
    public var byline: String?
    /// A dateline place, when the story opens with one ("SEOUL —", "SEOUL, Oct 31 (Reuters) -").
    public var dateline: String?
    /// The canonical URL, when the text reveals one.
    public var url: String?
    /// Readable content in file order: paragraphs, captions, timeline entries.
    public var blocks: [Block]
    /// Structured, non-prose sections.
    public var sections: [PageSection]

    public init(id: String, path: String, title: String, outlet: String? = nil, published: Published? = nil,
                byline: String? = nil, dateline: String? = nil, url: String? = nil,
                blocks: [Block] = [], sections: [PageSection] = []) {
        self.id = id; self.path = path; self.title = title; self.outlet = outlet; self.published = published
        self.byline = byline; self.dateline = dateline; self.url = url; self.blocks = blocks; self.sections = sections
    }

    /// Body text blocks (paragraphs and timeline entries), in order.
    public var paragraphs: [String] { blocks.filter { $0.kind != .caption }.map(\.text) }
    /// Image captions, in order.
    public var captions: [String] { blocks.filter { $0.kind == .caption }.map(\.text) }
}
