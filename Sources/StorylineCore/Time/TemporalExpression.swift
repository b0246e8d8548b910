/// The tense around a time expression, as far as simple cues tell: it decides whether a
/// partial date ("June 10", "on Tuesday", "in November") lies before or after the anchor.
public enum Tense: String, Codable, Sendable {
    case past
    case future
    case unknown
}

/// One time expression found in a text, with its normalized interval.
public struct TemporalExpression: Hashable, Sendable {
    /// The expression as written.
    public var text: String
    /// Scalar offsets of the expression within the tagged text.
    public var range: Range<Int>
    /// The resolved interval, or nil when it cannot be resolved (no anchor, no reference).
    public var span: TimeSpan?
    /// Tense cues in the expression's clause.
    public var tense: Tense
    /// True when the expression states its year ("Dec 4, 2025", "in 1942", "2025-06-11").
    public var explicitYear: Bool
    /// Index range of the expression's tokens in the token array it was found in.
    public var tokens: Range<Int>
    /// For "one day after …" / "two weeks before …" left unresolved: the signed distance in
    /// days from the event it is measured against, so a caller that knows that event can date it.
    public var daysFromReference: Int?

    public init(text: String, range: Range<Int>, span: TimeSpan?, tense: Tense, explicitYear: Bool, tokens: Range<Int>,
                daysFromReference: Int? = nil) {
        self.text = text; self.range = range; self.span = span; self.tense = tense
        self.explicitYear = explicitYear; self.tokens = tokens; self.daysFromReference = daysFromReference
    }
}
