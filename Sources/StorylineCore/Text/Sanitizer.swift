/// Removes control and escape sequences from untrusted text, once, when it enters.
/// Keeps tab and newline; drops other C0 controls, DEL, C1 controls, and whole
/// ESC sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, and two-byte escapes),
/// so that article text can never drive the terminal.
public enum Sanitizer {
    /// The sanitized text and whether anything was removed.
    public static func sanitize(_ text: String) -> (text: String, changed: Bool) {
        var out = String.UnicodeScalarView()
        var changed = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let s = next() {
            let v = s.value
            if v == 0x1B || v == 0x9B || v == 0x9D {
                changed = true
                skipEscape(introducer: v, next: next, pushBack: { pending = $0 })
                continue
            }
            if isControl(v) { changed = true; continue }
            out.append(s)
        }
        return (String(out), changed)
    }

    /// True for the scalars the terminal must never see: C0 except tab/LF, DEL, C1.
    /// Carriage returns count as control; line endings are normalized before this runs.
    public static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v)
    }

    private static func skipEscape(introducer: UInt32, next: () -> Unicode.Scalar?, pushBack: (Unicode.Scalar) -> Void) {
        var kind = introducer
        if introducer == 0x1B {
            guard let s = next() else { return }
            switch s.value {
            case 0x5B: kind = 0x9B  // ESC [ → CSI
            case 0x5D, 0x50, 0x5F, 0x5E, 0x58: kind = 0x9D  // OSC, DCS, APC, PM, SOS: string until ST/BEL
            default:
                // Two-character escape (ESC 7, ESC c, ESC ( B …): intermediates 0x20–0x2F then a final.
                var c = s
                while (0x20...0x2F).contains(c.value) { guard let n = next() else { return }; c = n }
                if c.value < 0x20 || c.value == 0x7F { pushBack(c) }
                return
            }
        }
        if kind == 0x9B {
            // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E.
            while let c = next() {
                if (0x40...0x7E).contains(c.value) { return }
                if !(0x20...0x3F).contains(c.value) { pushBack(c); return }
            }
            return
        }
        // String sequences end at BEL, ST (ESC \) or C1 ST; stop at a newline to bound damage.
        while let c = next() {
            if c.value == 0x07 || c.value == 0x9C { return }
            if c.value == 0x0A { pushBack(c); return }
            if c.value == 0x1B {
                if let d = next(), d.value != 0x5C { pushBack(d) }
                return
            }
        }
    }
}
