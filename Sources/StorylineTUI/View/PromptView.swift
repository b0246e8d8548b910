import StorylineCore

/// The one-line text prompt overlay.
enum PromptView {
    static func draw(_ p: Prompt, layout: Layout, into buffer: inout ScreenBuffer) {
        let body = layout.body
        let w = min(body.width - 4, 70)
        let box = Rect(x: body.x + (body.width - w) / 2, y: body.y + body.height / 2 - 2, width: w, height: 4)
        buffer.fill(box)
        buffer.box(box, title: p.title, focused: true)
        let inner = box.inset(1)
        buffer.write("> " + tail(p.text + "▏", to: inner.width - 2), x: inner.x, y: inner.y, limit: inner.width, style: .bold)
        buffer.write(DisplayWidth.truncate(p.hint, to: inner.width), x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
    }

    /// The end of `text` (where the cursor is) in `columns` display columns, "…" in front
    /// when the start is cut.
    static func tail(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        var kept = "", used = 1
        for ch in text.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > columns { break }
            kept.insert(ch, at: kept.startIndex); used += w
        }
        return "…" + kept
    }
}
