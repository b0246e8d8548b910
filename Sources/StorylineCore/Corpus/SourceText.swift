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

    /// The decoded text and the repairs that were needed (for warnings).
    public static func decode(_ data: Data) -> Result<(text: String, repairs: [String]), Rejection> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if looksBinary(bytes) { return .failure(.binary) }
        var repairs: [String] = []
        var text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let bad = text.unicodeScalars.reduce(0) { $0 + ($1.value == 0xFFFD ? 1 : 0) }
            repairs.append("invalid UTF-8: \(bad) byte sequence\(bad == 1 ? "" : "s") replaced with U+FFFD")
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let clean = Sanitizer.sanitize(text)
        if clean.changed { repairs.append("control or escape characters removed") }
        return .success((clean.text, repairs))
    }

    /// NUL bytes, or many non-text control bytes, in the first 8 KiB mean binary data.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.reduce(0) { n, b in n + ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x1B && b != 0x0C) ? 1 : 0) }
        return controls * 10 > head.count
    }
}
