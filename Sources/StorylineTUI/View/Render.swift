import StorylineCore

/// Draws the whole screen for a state. Pure: the same state and size give the same cells.
public func render(_ state: AppState, size: Size) -> ScreenBuffer {
    var s = state
    if s.size != size { s.size = size; s.settle() }
    var buffer = ScreenBuffer(size: size)
    let layout = s.layout
    if layout.tooSmall {
        TooSmall.draw(size: size, into: &buffer)
        return buffer
    }
    TabBar.draw(s, layout: layout, into: &buffer)
    switch s.view.pane {
    case .articles: ArticleListView.draw(s, layout: layout, into: &buffer)
    case .reader: ReaderPane.draw(s, box: layout.body, into: &buffer)
    case .timeline: TimelineView.draw(s, layout: layout, into: &buffer)
    case .leaders: LeadersView.draw(s, layout: layout, into: &buffer)
    case .stories: StoriesView.draw(s, layout: layout, into: &buffer)
    case .search: SearchView.draw(s, layout: layout, into: &buffer)
    }
    StatusLine.draw(s, layout: layout, into: &buffer)
    switch s.overlay {
    case .help(let scroll)?: HelpOverlay.draw(s, scroll: scroll, into: &buffer)
    case .chooser(let c)?: ChooserView.draw(c, layout: layout, into: &buffer)
    case .prompt(let p)?: PromptView.draw(p, layout: layout, into: &buffer)
    case nil: break
    }
    return buffer
}
