import StorylineCore

/// The message shown instead of the panes when the terminal is below the minimum size.
enum TooSmall {
    static func draw(size: Size, into buffer: inout ScreenBuffer) {
        let sentences = ["Terminal too small: \(size.width)x\(size.height)",
                         "Storyline needs at least \(Layout.minimum.width)x\(Layout.minimum.height).",
                         "Enlarge the window, or press q to quit."]
        // Wrapped, not cut: in a very narrow window the cut fell on the size it needs.
        let lines = sentences.enumerated().flatMap { i, s in
            DisplayWidth.wrap(s, to: max(1, size.width)).map { (text: $0, first: i == 0) }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let t = DisplayWidth.truncate(l.text, to: size.width)
            buffer.write(t, x: max(0, (size.width - DisplayWidth.of(t)) / 2), y: top + i, style: l.first ? .bold : .plain)
        }
    }
}
