import Foundation
import StorylineCore

/// The status-line notice for files that could not be loaded as they are: without it the
/// browser showed fewer articles than files and said nothing until it was closed.
public enum LoadNotice {
    /// "2 files skipped, 1 repaired; listed when you quit (empty.txt: empty file, …)": the counts
    /// first, as the status line cuts from the end; nil when every file loaded cleanly.
    public static func text(_ warnings: [LoadWarning]) -> String? {
        guard !warnings.isEmpty else { return nil }
        let skipped = Set(warnings.filter(\.skipped).map(\.path)).count
        let repaired = Set(warnings.filter { !$0.skipped }.map(\.path)).count
        var parts: [String] = []
        if skipped > 0 { parts.append("\(skipped) file\(skipped == 1 ? "" : "s") skipped") }
        if repaired > 0 { parts.append(skipped > 0 ? "\(repaired) repaired" : "\(repaired) file\(repaired == 1 ? "" : "s") repaired") }
        let first = warnings.first(where: \.skipped) ?? warnings[0]
        let name = (first.path as NSString).lastPathComponent
        let more = warnings.count > 1 ? ", …" : ""
        return parts.joined(separator: ", ") + "; listed when you quit (\(name): \(first.reason)\(more))"
    }
}
