/// A line of text made of styled runs, produced by views before it is written to a buffer.
public struct StyledLine: Hashable, Sendable {
    /// A run of text in one style.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
    }

    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, _ style: Style = .plain) { spans = [Span(text, style)] }

    /// The plain text of the line.
    public var text: String { spans.map(\.text).joined() }
    /// True when some run has the given style.
    public func contains(style: Style) -> Bool { spans.contains { $0.style == style && !$0.text.isEmpty } }
}
