/// One terminal column: a grapheme with its display width (1 or 2), or the right half of a
/// wide grapheme (`width == 0`, empty text), which the terminal never draws on its own.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text; self.width = width; self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }
    /// The right half of a wide character.
    public static let continuation = Cell(text: "", width: 0, style: .plain)

    public var isContinuation: Bool { width == 0 }
}
