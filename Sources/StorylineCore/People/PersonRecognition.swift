/// A resolved mention with where it sits among a block's tokens, so that clause-level
/// scanners (interactions) can see who is named before or after a verb.
public struct LocatedMention: Hashable, Sendable {
    /// Canonical name (within the article) of the person.
    public var person: String
    /// Index into `PersonRecognition.blocks`.
    public var scanned: Int
    /// Token range of the mention in that block.
    public var tokens: Range<Int>
    /// True when written as a possessive ("Lee's").
    public var possessive: Bool
    /// True when the mention is a role only ("Japan's leader", "the president").
    public var roleOnly: Bool
}

/// What the person recognizer found in one article: the people with aliases, roles and
/// leader flags, every mention, and the scanned blocks for later clause-level passes.
public struct PersonRecognition: Sendable {
    public var people: [Person]
    public var mentions: [Mention]
    public var blocks: [ScannedBlock]
    /// Mentions in reading order (block, then token).
    public var located: [LocatedMention]
}
