/// A one-line text prompt, e.g. the date range of the timeline filter.
public struct Prompt: Hashable, Sendable {
    public var title: String
    public var text: String
    public var hint: String
}
