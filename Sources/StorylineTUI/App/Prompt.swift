/// A one-line text prompt: the date range of the timeline filter, or a search.
public struct Prompt: Hashable, Sendable {
    /// What submitting the text does.
    public enum Purpose: Hashable, Sendable { case dateRange, find }

    public var title: String
    public var text: String
    public var hint: String
    public var purpose: Purpose = .dateRange
}
