/// Makes Chinese, Japanese and Korean text searchable with a word tokenizer: every run of
/// CJK characters becomes its overlapping character bigrams ("외교부" → "외교 교부"), so a
/// 2-character query word matches wherever it appears, with or without particles attached.
public enum CJKSegmenter {
    /// True for Han, Hiragana, Katakana, Hangul and their compatibility/extension blocks.
    @inline(__always)
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
             0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// The text with every CJK run of two or more characters replaced in place by its
    /// space-separated bigrams; other text is returned unchanged (fast path for non-CJK text).
    public static func segment(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x1100 && isCJK($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flush() {
            if run.count <= 1 {
                out.append(contentsOf: run)
            } else {
                out.append(" ")
                for i in 0..<(run.count - 1) {
                    if i > 0 { out.append(" ") }
                    out.append(run[i]); out.append(run[i + 1])
                }
                out.append(" ")
            }
            run.removeAll(keepingCapacity: true)
        }
        for s in text.unicodeScalars {
            if isCJK(s) { run.append(s) } else { flush(); out.append(s) }
        }
        flush()
        return String(out)
    }

    /// True when the text is exactly one CJK character (searched as a prefix of bigrams).
    public static func isSingleCJKCharacter(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count == 1 && isCJK(scalars.first!)
    }
}
