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
        let shown = p.text + "▏"
        let fit = DisplayWidth.of(shown) > inner.width - 2 ? String(shown.suffix(inner.width - 3)) : shown
        buffer.write("> " + fit, x: inner.x, y: inner.y, limit: inner.width, style: .bold)
        buffer.write(p.hint, x: inner.x, y: inner.y + 1, limit: inner.width, style: .dim)
    }
}
