import Foundation
import StorylineCore

/// A pick-one list: which source of an event to open, which person to filter by, or where
/// to jump from an article or person.
public struct Chooser: Hashable, Sendable {
    /// What picking an item does.
    public enum Purpose: Hashable, Sendable {
        case source([SourceRef])
        /// nil entries clear the person filter.
        case person([String?])
        /// Open the article with this id in the reader.
        case article([String])
        /// Show the event with this id in the timeline.
        case event([String])
        /// Show this person in the leaders pane.
        case leader([String])
        /// Where each of an article's sources or citations leads.
        case citation([Target])
    }

    /// Where a source or citation leads: a web address, the citing paragraph, or nowhere.
    public enum Target: Hashable, Sendable { case web(String), paragraph(Int), none }

    public var title: String
    public var items: [String]
    public var selection = 0
    public var purpose: Purpose
    /// A longer line per item (why an article is related), shown for the selected item.
    public var details: [String]? = nil
    /// Text typed after `/`: only items containing it (ignoring case) are listed.
    public var filter = ""
    /// The filter line has the keys: letters go into it rather than moving.
    public var typing = false

    /// Indexes of the items the filter admits, in order.
    public var matching: [Int] {
        let f = AppState.foldForFind(filter.trimmingCharacters(in: .whitespaces))
        guard !f.isEmpty else { return Array(items.indices) }
        return items.indices.filter { AppState.foldForFind(items[$0]).contains(f) }
    }

    /// Moves the selection `delta` steps through the admitted items, stopping at the ends.
    public mutating func move(_ delta: Int) {
        let m = matching
        guard !m.isEmpty else { return }
        let at = m.firstIndex { $0 >= selection } ?? m.count - 1
        selection = m[min(m.count - 1, max(0, at.addingReportingOverflow(delta).partialValue))]
    }

    /// After the filter changed: keeps the selection if still admitted, else the next admitted item.
    public mutating func refilter() {
        let m = matching
        guard !m.isEmpty, !m.contains(selection) else { return }
        selection = m.first { $0 > selection } ?? m[0]
    }
}
