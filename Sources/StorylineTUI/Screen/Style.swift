/// How a cell is drawn: attributes plus an optional semantic colour. The terminal maps
/// colours to whatever it supports (none under NO_COLOR); attributes always apply.
public struct Style: Hashable, Sendable {
    /// Semantic colours, so views say what a thing is rather than which palette entry it uses.
    public enum Color: Int, Hashable, Sendable, CaseIterable {
        case accent = 1, highlight, muted, planned, border
    }

    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false
    public var color: Color? = nil

    public init(bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false,
                reverse: Bool = false, color: Color? = nil) {
        self.bold = bold; self.dim = dim; self.italic = italic; self.underline = underline
        self.reverse = reverse; self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let selected = Style(reverse: true)
    public static let highlight = Style(bold: true, reverse: true, color: .highlight)
    public static let border = Style(color: .border)
    public static let accent = Style(bold: true, color: .accent)
}
