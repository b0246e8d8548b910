import Foundation

/// Turns raw file bytes into clean text: UTF-8 with invalid bytes replaced, BOM removed,
/// CRLF and CR normalized to LF, control and escape sequences stripped.
public enum SourceText {
    /// Why a file is not text at all.
    public enum Rejection: Error, Equatable, CustomStringConvertible {
        case empty
        case binary

        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary: return "binary data, not text"
            }
        }
    }

    /// The decoded text and the repairs that were needed (for warnings). UTF-16 files with a BOM are
    /// converted; a file with invalid UTF-8 and no valid multi-byte sequence at all is read as Windows-1252.
    public static func decode(_ data: Data) -> Result<(text: String, repairs: [String]), Rejection> {
        var bytes = [UInt8](data)
        var repairs: [String] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var text: String
        if let utf16 = decodeUTF16(bytes) {
            text = utf16
            repairs.append("UTF-16 text converted to UTF-8")
        } else {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
            if looksBinary(bytes) { return .failure(.binary) }
            if let valid = String(validating: bytes, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: bytes, as: UTF8.self)
                var bad = 0, good = 0
                for u in text.unicodeScalars where u.value >= 0x80 { if u.value == 0xFFFD { bad += 1 } else { good += 1 } }
                if good == 0 {
                    text = windows1252(bytes)
                    repairs.append("not UTF-8: read as Windows-1252 (Latin-1)")
                } else {
                    repairs.append("invalid UTF-8: \(bad) byte sequence\(bad == 1 ? "" : "s") replaced with U+FFFD")
                }
            }
        }
        if hasOtherLineEnds(text) {
            text = normalizeLineEnds(text)
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .failure(.empty) }
        guard needsSanitizing(text) else { return .success((text, repairs)) }
        let clean = Sanitizer.sanitize(text)
        if clean.changed { repairs.append("control or escape characters removed") }
        return .success((clean.text, repairs))
    }

    /// True when the text holds anything Sanitizer would remove (C0 controls other than tab and LF,
    /// DEL, C1 controls); a byte scan, so clean files skip the scalar-by-scalar pass.
    static func needsSanitizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var prev: UInt8 = 0
            for b in bytes {
                if (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || (prev == 0xC2 && b >= 0x80 && b <= 0x9F) { return true }
                prev = b
            }
            return false
        }
    }

    /// True when the text holds a line end other than LF (CR, NEL U+0085, LINE SEPARATOR
    /// U+2028, PARAGRAPH SEPARATOR U+2029); a byte scan of the UTF-8.
    static func hasOtherLineEnds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x0D { return true }
                if c == 0xC2, i + 1 < n, b[i + 1] == 0x85 { return true }
                if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }
    }

    /// CRLF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastCR = false
        for u in text.unicodeScalars {
            if u == "\n" && lastCR { lastCR = false; continue }
            lastCR = u == "\r"
            out.append(u == "\r" || u.value == 0x2028 || u.value == 0x2029 || u.value == 0x85 ? "\n" : u)
        }
        return String(out)
    }

    /// Text of a UTF-16 file that starts with a byte order mark, or nil.
    static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { little = true } else if bytes[0] == 0xFE && bytes[1] == 0xFF { little = false } else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with typographic quotes, dashes and the euro sign in 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                              0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        var out = String.UnicodeScalarView()
        for b in bytes {
            let v = b >= 0x80 && b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(out)
    }

    /// NUL bytes, or many non-text control bytes, in the first 8 KiB mean binary data.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.reduce(0) { n, b in n + ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x1B && b != 0x0C) ? 1 : 0) }
        return controls * 10 > head.count
    }
}
