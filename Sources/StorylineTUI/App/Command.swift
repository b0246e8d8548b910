/// What a key means, independent of which key it is; the key table maps one to the other.
public enum Command: Hashable, Sendable {
    case down, up, pageDown, pageUp, halfDown, halfUp, top, bottom
    case nextPane, previousPane, open, back, quit, help
    case showArticles, showTimeline, showLeaders, showStories
    case historyBack, historyForward
    case toggleSort, openInBrowser, pager
    case filterPerson, filterDates, clearFilters, personTimeline
    case search, find, findNext, findPrevious
    case related, articleEvents, articlePeople, citations, story, personArticles
}
