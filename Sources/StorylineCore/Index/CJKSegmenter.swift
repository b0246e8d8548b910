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
    /// space-separated bigrams; other text is returned unchanged. Works on UTF-8 bytes: only
    /// 3- and 4-byte sequences (U+1000 and up) are decoded, everything else is copied as is.
    public static func segment(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0xE1 }) else { return text }
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 2)
            var run: [Range<Int>] = []
            func flush() {
                if run.count == 1 {
                    out.append(contentsOf: bytes[run[0]])
                } else if run.count > 1 {
                    out.append(0x20)
                    for k in 0..<(run.count - 1) {
                        if k > 0 { out.append(0x20) }
                        out.append(contentsOf: bytes[run[k]])
                        out.append(contentsOf: bytes[run[k + 1]])
                    }
                    out.append(0x20)
                }
                run.removeAll(keepingCapacity: true)
            }
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                guard b >= 0xE1 else {
                    if !run.isEmpty { flush() }
                    out.append(b); i += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : 3
                var v = UInt32(b) & (length == 4 ? 0x07 : 0x0F)
                for k in 1..<length where i + k < n { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                let end = min(n, i + length)
                if let scalar = Unicode.Scalar(v), isCJK(scalar) {
                    run.append(i..<end)
                } else {
                    if !run.isEmpty { flush() }
                    out.append(contentsOf: bytes[i..<end])
                }
                i = end
            }
            flush()
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when the text is exactly one CJK character (searched as a prefix of bigrams).
    public static func isSingleCJKCharacter(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count == 1 && isCJK(scalars.first!)
    }
}
