/// The one key table: `update` looks keys up here and the help overlay lists it, so the
/// help can never disagree with what the keys do.
public enum KeyMap {
    /// One entry of the table: the keys, what they do, and the panes where they work
    /// (nil: everywhere).
    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var command: Command
        public var summary: String
        public var panes: Set<Pane>?
        /// A one-word hint for the status line, for the keys worth advertising there.
        public var hint: String? = nil
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.char("j"), .down], command: .down, summary: "move down / scroll", panes: nil),
        Binding(keys: [.char("k"), .up], command: .up, summary: "move up / scroll", panes: nil),
        Binding(keys: [.pageDown, .char(" ")], command: .pageDown, summary: "page down", panes: nil),
        Binding(keys: [.pageUp, .char("b")], command: .pageUp, summary: "page up", panes: nil),
        Binding(keys: [.ctrl("d")], command: .halfDown, summary: "half page down", panes: nil),
        Binding(keys: [.ctrl("u")], command: .halfUp, summary: "half page up", panes: nil),
        Binding(keys: [.char("g"), .home], command: .top, summary: "first line", panes: nil),
        Binding(keys: [.char("G"), .end], command: .bottom, summary: "last line", panes: nil),
        Binding(keys: [.enter, .right, .char("l")], command: .open, summary: "open / go into", panes: nil, hint: "open"),
        Binding(keys: [.char("q"), .escape, .left, .char("h")], command: .back, summary: "back; q quits at start", panes: nil),
        Binding(keys: [.char("Q"), .ctrl("c")], command: .quit, summary: "quit", panes: nil),
        Binding(keys: [.tab], command: .nextPane, summary: "next pane", panes: nil),
        Binding(keys: [.backTab], command: .previousPane, summary: "previous pane", panes: nil),
        Binding(keys: [.char("1")], command: .showArticles, summary: "articles", panes: nil),
        Binding(keys: [.char("2")], command: .showTimeline, summary: "timeline", panes: nil),
        Binding(keys: [.char("3")], command: .showLeaders, summary: "leaders", panes: nil),
        Binding(keys: [.char("4")], command: .showStories, summary: "stories", panes: nil),
        Binding(keys: [.backspace, .char("[")], command: .historyBack, summary: "history back", panes: nil),
        Binding(keys: [.char("]")], command: .historyForward, summary: "history forward", panes: nil),
        Binding(keys: [.char("/")], command: .search, summary: "search all articles", panes: nil, hint: "search"),
        Binding(keys: [.char("F")], command: .find, summary: "find in this list/text", panes: nil),
        Binding(keys: [.char("n")], command: .findNext, summary: "next match", panes: nil),
        Binding(keys: [.char("N")], command: .findPrevious, summary: "previous match", panes: nil),
        Binding(keys: [.char("r")], command: .related, summary: "related articles", panes: [.articles, .reader], hint: "related"),
        Binding(keys: [.char("e")], command: .articleEvents, summary: "the article's events", panes: [.articles, .reader]),
        Binding(keys: [.char("P")], command: .articlePeople, summary: "the article's people", panes: [.articles, .reader]),
        Binding(keys: [.char("C")], command: .citations, summary: "sources & citations", panes: [.articles, .reader]),
        Binding(keys: [.char("S")], command: .story, summary: "story of article/event", panes: [.articles, .reader, .timeline]),
        Binding(keys: [.char("v")], command: .pager, summary: "read article in $PAGER", panes: [.articles, .reader]),
        Binding(keys: [.char("a")], command: .personArticles, summary: "articles naming person", panes: [.leaders], hint: "articles"),
        Binding(keys: [.char("s")], command: .toggleSort, summary: "newest/oldest first", panes: [.articles], hint: "sort"),
        Binding(keys: [.char("s")], command: .toggleSort, summary: "newest/largest/oldest", panes: [.stories], hint: "sort"),
        Binding(keys: [.char("o")], command: .openInBrowser, summary: "open link in $BROWSER", panes: [.articles, .reader]),
        Binding(keys: [.char("p")], command: .filterPerson, summary: "filter by person", panes: [.timeline], hint: "person"),
        Binding(keys: [.char("f")], command: .filterDates, summary: "filter by dates", panes: [.timeline], hint: "dates"),
        Binding(keys: [.char("c")], command: .clearFilters, summary: "clear filters", panes: [.timeline]),
        Binding(keys: [.char("t")], command: .personTimeline, summary: "person's timeline", panes: [.leaders], hint: "timeline"),
        Binding(keys: [.char("?")], command: .help, summary: "this help", panes: nil, hint: "help"),
    ]

    /// The command `key` runs in `pane`, if any.
    public static func command(for key: Key, in pane: Pane) -> Command? {
        live(in: pane).first { $0.keys.contains(key) }?.command
    }

    /// The bindings that work in `pane`, in table order.
    public static func live(in pane: Pane) -> [Binding] {
        bindings.filter { $0.panes == nil || $0.panes!.contains(pane) }
    }

    /// "key:hint" for the advertised bindings live in `pane`, pane-specific ones first.
    public static func hints(in pane: Pane) -> [String] {
        let live = live(in: pane).filter { $0.hint != nil && !(pane == .reader && $0.command == .open) }
        return (live.filter { $0.panes != nil } + live.filter { $0.panes == nil }).map { "\($0.keys[0].label):\($0.hint!)" }
    }

    /// The first key label of a command in `pane`, for hints ("?", "q").
    public static func label(of command: Command, in pane: Pane) -> String? {
        live(in: pane).first { $0.command == command }?.keys.first?.label
    }
}
