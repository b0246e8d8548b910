import StorylineCore

/// The corpus search: `/` opens the bar, every edit asks the run loop for a query (answered
/// off the main loop), stale answers are dropped, and Enter opens a result with its matches
/// highlighted in the reader.
extension AppState {
    /// Opens the search bar: a jump to the search pane, or back into the bar when already there.
    mutating func startSearch() -> [Effect] {
        if view.pane == .search { view.search.editing = true; view.search.recall = nil; return [] }
        jump { $0.pane = .search; $0.search = SearchState() }
        return []
    }

    /// A key typed while the bar has focus.
    mutating func editSearch(_ key: Key) -> [Effect] {
        switch key {
        case .char(let c):
            view.search.text.append(c); view.search.recall = nil
            return requestSearch()
        case .backspace:
            guard !view.search.text.isEmpty else { return [] }
            view.search.text.removeLast(); view.search.recall = nil
            return requestSearch()
        case .ctrl("u"):
            view.search.text = ""; view.search.recall = nil
            return requestSearch()
        case .up:
            let i = (view.search.recall ?? searchHistory.count) - 1
            guard searchHistory.indices.contains(i) else { message = "no earlier search"; return [] }
            view.search.recall = i; view.search.text = searchHistory[i]
            return requestSearch()
        case .down:
            guard let r = view.search.recall else { message = "no later search; ↑ recalls earlier ones"; return [] }
            if r + 1 < searchHistory.count {
                view.search.recall = r + 1; view.search.text = searchHistory[r + 1]
            } else {
                view.search.recall = nil; view.search.text = ""
            }
            return requestSearch()
        case .enter:
            rememberSearch()
            if view.search.selectedHit != nil { openHit() } else if view.search.pending { message = "still searching…" }
            else if view.search.text.trimmingCharacters(in: .whitespaces).isEmpty { message = "type words to search for" }
            else if view.search.error != nil { message = "the search cannot run as typed (see the bar)" }
            else { message = "nothing matches to open: edit the search, or Esc closes it" }
        case .tab:
            rememberSearch()
            if !view.search.hits.isEmpty { view.search.editing = false }
            else { message = view.search.pending ? "still searching…" : "no results to move through" }
        case .ctrl("n"), .pageDown: move(1)
        case .ctrl("p"), .pageUp: move(-1)
        case .escape:
            // A search whose results were seen is worth recalling, even left with Esc.
            if view.search.answered == view.search.text { rememberSearch() }
            if let v = history.goBack(from: view) { view = v } else { view.pane = .articles }
        case .ctrl("c"): return [.quit]
        default: break
        }
        return []
    }

    /// Asks for the bar's text to be searched; an empty bar clears the results at once.
    mutating func requestSearch() -> [Effect] {
        searchGeneration += 1
        if view.search.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let text = view.search.text, recall = view.search.recall
            view.search = SearchState(text: text)
            view.search.recall = recall
            return []
        }
        view.search.pending = true
        return [.search(generation: searchGeneration, text: view.search.text)]
    }

    /// Takes an answer if it is for the latest request and the bar still holds its text.
    mutating func receive(_ answer: SearchAnswer, for text: String, generation: Int) {
        guard generation == searchGeneration, view.pane == .search, view.search.text == text else { return }
        view.search.pending = false
        view.search.answered = text
        view.search.hits = answer.hits
        view.search.more = answer.more
        view.search.atoms = answer.atoms
        view.search.hasFilters = answer.hasFilters
        view.search.error = answer.error
        view.search.notes = answer.notes
        view.search.selection = 0
        view.search.scroll = 0
        settle()
    }

    /// Adds the bar's text to the recall list (no repeats of the last entry).
    private mutating func rememberSearch() {
        let t = view.search.text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, searchHistory.last != t else { return }
        searchHistory.removeAll { $0 == t }
        searchHistory.append(t)
        if searchHistory.count > Self.searchHistoryLimit { searchHistory.removeFirst(searchHistory.count - Self.searchHistoryLimit) }
    }

    /// Opens the selected result in the reader with every match highlighted, on the first match.
    mutating func openHit() {
        guard let hit = view.search.selectedHit else { return }
        guard catalog.article(id: hit.article) != nil else { message = "the article is no longer loaded"; return }
        view.search.editing = false
        let atoms = view.search.atoms
        jump {
            $0.pane = .reader; $0.readerArticle = hit.article; $0.readerScroll = 0; $0.highlight = nil
            $0.readerQuery = atoms.isEmpty ? nil : atoms; $0.readerMatch = 0
        }
        let lines = readerPage?.matchLines ?? []
        if let first = lines.first {
            view.readerScroll = max(0, first - visibleRows / 3)
            message = "match 1/\(lines.count); n/N walk the matches"
        }
    }

    /// Moves the reader to the next (or previous) line holding a search match, wrapping around.
    /// From the match last moved to while it is on screen; after scrolling it away, from the
    /// screen (as in less): the first match from its top, or the last before its bottom.
    mutating func walkMatches(forward: Bool) {
        let lines = readerPage?.matchLines ?? []
        guard !lines.isEmpty else { message = "no matches of the search in this article"; return }
        let n = lines.count
        let shown = view.readerScroll..<(view.readerScroll + max(1, visibleRows))
        let next: Int, wrapped: Bool
        if lines.indices.contains(view.readerMatch), shown.contains(lines[view.readerMatch]) {
            next = ((view.readerMatch + (forward ? 1 : -1)) % n + n) % n
            wrapped = forward ? next == 0 : next == n - 1
        } else if forward {
            let i = lines.firstIndex { $0 >= shown.lowerBound }
            next = i ?? 0; wrapped = i == nil
        } else {
            let i = lines.lastIndex { $0 < shown.upperBound }
            next = i ?? n - 1; wrapped = i == nil
        }
        view.readerMatch = next
        view.readerScroll = max(0, lines[next] - visibleRows / 3)
        message = "match \(next + 1)/\(n)" + (wrapped && n > 1 ? " (wrapped)" : "")
    }
}
