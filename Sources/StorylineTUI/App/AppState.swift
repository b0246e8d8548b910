import StorylineCore

/// Everything the browser shows, as one value: the library indexes, the terminal size, the
/// current view, its history, an optional overlay and a transient message.
public struct AppState: Sendable {
    /// Replaced once when related articles and stories, computed after the first screen, arrive.
    public internal(set) var catalog: Catalog
    /// Related articles and stories are still being computed in the background.
    public var linking = false
    /// The first screen was drawn from the cache's article list; the full library is loading.
    public var loading = false
    public var size: Size
    public var view = ViewState()
    public var history = NavigationHistory()
    public var overlay: Overlay? = nil
    /// A one-shot note for the status line; cleared by the next key.
    public var message: String? = nil
    /// The last text searched for with `/`, repeated by n and N.
    public var findText: String? = nil
    /// Numbers search requests; an answer for an older number is stale and dropped.
    public var searchGeneration = 0
    /// Earlier searches, oldest first, recalled with Up/Down in the search bar.
    public var searchHistory: [String] = []
    /// At most this many earlier searches are kept.
    public static let searchHistoryLimit = 100

    /// The opening state: the articles pane, newest first, nothing selected beyond the first row.
    public init(library: Library, size: Size) {
        catalog = Catalog(library)
        self.size = size
    }

    public var layout: Layout { Layout(size) }

    /// Panes worth showing: the timeline and leaders only when something was extracted.
    public var availablePanes: [Pane] {
        var p: [Pane] = [.articles, .reader]
        if !catalog.events.isEmpty { p.append(.timeline) }
        if !catalog.people.isEmpty { p.append(.leaders) }
        if !catalog.library.stories.isEmpty { p.append(.stories) }
        return p
    }

    /// Articles in the current sort order.
    public var articles: Catalog.Slice<Article> { catalog.articles(newestFirst: view.newestFirst) }
    /// The stories pane's list, in the chosen order.
    public var stories: Catalog.Slice<Story> { catalog.stories(view.storyOrder) }

    /// The article the reader shows: the one it was opened on, else the list selection.
    public var readerArticle: Article? {
        if let id = view.readerArticle { return catalog.article(id: id) }
        let list = articles
        return list.indices.contains(view.articleSelection) ? list[view.articleSelection] : nil
    }

    /// The reader's laid-out page for the current pane, if the reader is visible.
    public var readerPage: ReaderView.Page? {
        guard let box = layout.reader(in: view.pane), let a = readerArticle else { return nil }
        return catalog.page(a, highlight: view.highlight, width: box.width - 4, matching: view.readerQuery)
    }

    /// The person selected in the leaders pane.
    public var selectedPerson: Person? {
        catalog.people.indices.contains(view.personSelection) ? catalog.people[view.personSelection] : nil
    }

    /// The selected person's ties.
    public var ties: [Catalog.Tie] { selectedPerson.map { catalog.ties(of: $0.name) } ?? [] }

    /// The tie selected in the leaders pane.
    public var selectedTie: Catalog.Tie? {
        let t = ties
        return t.indices.contains(view.tieSelection) ? t[view.tieSelection] : nil
    }
}
