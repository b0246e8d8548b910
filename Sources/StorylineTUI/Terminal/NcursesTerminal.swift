import CNcursesw
import Foundation
import StorylineCore

/// The real terminal, through wide-character ncurses. The only code that imports CNcursesw.
/// Draws a buffer by rewriting the rows that changed, refuses control characters, and
/// restores the terminal on `close()` (also after Ctrl-C, SIGTERM, SIGHUP).
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: ScreenBuffer?
    private let signals = SignalFlag()
    private let colors: Bool
    private var closed = false
    /// The signal that ended the session, if one did.
    public private(set) var stoppedBy: Int32?
    /// The first SIGINT, SIGTERM or SIGHUP received since the terminal was opened, even after
    /// `close` (the signals stay caught, so work after the screen is closed can poll for them).
    public var signalReceived: Int32? { signals.received }

    /// Starts ncurses on the controlling terminal, or explains why it cannot.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        guard codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" else {
            throw TerminalError.notUTF8(codeset)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.noTerm }
        guard let scr = newterm(nil, stdout, stdin) else { throw TerminalError.unknownTerm(term) }
        screen = scr
        set_term(scr)
        guard let win = stdscr else { endwin(); throw TerminalError.unknownTerm(term) }
        window = win
        cbreak(); noecho(); nonl()
        keypad(win, true)
        define_key("\u{1b}[200~", Self.pasteStart)
        define_key("\u{1b}[201~", Self.pasteEnd)
        Self.bracketedPaste(true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(win, 100)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colors = !noColor && has_colors()
        if colors {
            start_color()
            use_default_colors()
            init_pair(Int16(Style.Color.accent.rawValue), Int16(COLOR_CYAN), -1)
            init_pair(Int16(Style.Color.highlight.rawValue), Int16(COLOR_YELLOW), -1)
            init_pair(Int16(Style.Color.muted.rawValue), Int16(COLOR_WHITE), -1)
            init_pair(Int16(Style.Color.planned.rawValue), Int16(COLOR_MAGENTA), -1)
            init_pair(Int16(Style.Color.border.rawValue), Int16(COLOR_BLUE), -1)
        }
    }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// Rewrites the rows that differ from the last drawn buffer (all of them after a resize).
    public func draw(_ buffer: ScreenBuffer) {
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { werase(window) }
        for y in 0..<buffer.height {
            if !full, let prev = previous, (0..<buffer.width).allSatisfy({ prev[$0, y] == buffer[$0, y] }) { continue }
            drawRow(y, of: buffer)
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits for a key or resize, polling every 100 ms for a pending SIGINT/SIGTERM/SIGHUP.
    public func nextAction() -> Action? { nextAction(orFrom: Inbox()) }

    /// Waits for a key, resize or an action in `inbox`, polling the inbox and signals every 30 ms.
    public func nextAction(orFrom inbox: Inbox) -> Action? {
        wtimeout(window, 30)
        while true {
            if let sig = signals.received { stoppedBy = sig; return .interrupt }
            if let a = inbox.take() { return a }
            if let a = poll() { return a }
        }
    }

    /// One key or resize if one arrives within the input timeout; nil otherwise.
    public func poll() -> Action? {
        if let sig = signals.received { stoppedBy = sig; return .interrupt }
        var ch: wint_t = 0
        let r = wget_wch(window, &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE { previous = nil; return .resize(size) }
            if Int32(ch) == Self.pasteStart { return .paste(readPaste()) }
            return Self.functionKey(Int32(ch)).map(Action.key)
        }
        return Self.characterKey(UInt32(ch)).map(Action.key)
    }

    /// Key codes ncurses returns for the bracketed-paste markers ESC [200~ and ESC [201~.
    private static let pasteStart = Int32(KEY_MAX) + 1
    private static let pasteEnd = Int32(KEY_MAX) + 2

    /// Asks the terminal to mark pasted text (bracketed paste), or stops asking.
    private static func bracketedPaste(_ on: Bool) {
        fputs(on ? "\u{1b}[?2004h" : "\u{1b}[?2004l", stdout)
        fflush(stdout)
    }

    /// The text up to the end-of-paste marker (or a pause of half a second, or 100,000
    /// characters); keys inside it are text: Enter a line break, Tab a tab.
    private func readPaste() -> String {
        var text = ""
        var idle = 0
        while idle < 16, text.count < 100_000 {
            var ch: wint_t = 0
            let r = wget_wch(window, &ch)
            if r == ERR { idle += 1; continue }
            idle = 0
            if r == KEY_CODE_YES {
                if Int32(ch) == Self.pasteEnd { break }
                if Int32(ch) == KEY_ENTER { text.append("\n") }
                continue
            }
            if ch == 13 { text.append("\n") } else if let u = Unicode.Scalar(UInt32(ch)) { text.unicodeScalars.append(u) }
        }
        return text
    }

    /// Opens a web address with `$BROWSER` (else xdg-open), or shows text in `$PAGER` (else
    /// less), with the screen suspended meanwhile. Programs run without a shell.
    @discardableResult
    public func perform(_ effect: Effect) -> String? {
        let env = ProcessInfo.processInfo.environment
        func setting(_ name: String, _ fallback: String) -> ExternalCommand {
            env[name].flatMap(ExternalCommand.parse) ?? ExternalCommand.parse(fallback)!
        }
        let command: ExternalCommand
        let variable: String
        var arguments: [String]
        var input: String? = nil
        switch effect {
        case .openURL(let url):
            command = setting("BROWSER", "xdg-open")
            variable = "BROWSER"
            arguments = command.arguments + [url]
        case .page(let text):
            command = setting("PAGER", "less")
            variable = "PAGER"
            arguments = command.arguments
            input = text
        default: return nil
        }
        guard let path = command.resolved(path: env["PATH"] ?? "/usr/bin:/bin") else {
            return "cannot run \(command.executable): not found on PATH; set $\(variable)"
        }
        Self.bracketedPaste(false)
        def_prog_mode(); endwin()
        signal(SIGPIPE, SIG_IGN)
        var note: String? = nil
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let pipe = Pipe()
        if input != nil { p.standardInput = pipe }
        var handedOver = false
        do {
            try p.run()
            // Process starts the child in its own process group, in the background of the
            // terminal: an interactive pager or browser (less, w3m) would be stopped or fail
            // on its first terminal access. Make its group the foreground one while it runs.
            let group = getpgid(p.processIdentifier)
            if group > 0, group != getpgrp(), tcgetpgrp(STDIN_FILENO) == getpgrp() {
                handedOver = tcsetpgrp(STDIN_FILENO, group) == 0
                if handedOver { kill(-group, SIGCONT) }
            }
            if let text = input {
                // Writes on a separate thread so a pager that quits early cannot block us.
                let handle = pipe.fileHandleForWriting
                let data = Data(text.utf8)
                DispatchQueue.global().async {
                    try? handle.write(contentsOf: data)
                    try? handle.close()
                }
            }
            p.waitUntilExit()
        } catch {
            note = "cannot run \(command.executable): \(error.localizedDescription)"
        }
        if handedOver {
            // Taking the terminal back from the background raises SIGTTOU unless it is ignored.
            let previousHandler = signal(SIGTTOU, SIG_IGN)
            tcsetpgrp(STDIN_FILENO, getpgrp())
            signal(SIGTTOU, previousHandler)
        }
        reset_prog_mode()
        Self.bracketedPaste(true)
        previous = nil
        wrefresh(window)
        if note == nil, p.terminationStatus != 0 { note = "\(command.executable) exited with status \(p.terminationStatus)" }
        return note
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        Self.bracketedPaste(false)
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    deinit { close() }

    private func drawRow(_ y: Int, of buffer: ScreenBuffer) {
        var x = 0
        while x < buffer.width {
            let cell = buffer[x, y]
            if cell.isContinuation { x += 1; continue }
            put(cell, x: x, y: y)
            x += max(1, cell.width)
        }
    }

    /// Writes one cell; anything the C library would measure differently, or any control
    /// character, is replaced so the columns after it stay where the buffer put them.
    private func put(_ cell: Cell, x: Int, y: Int) {
        var scalars = Array(cell.text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1))
        let safe = !scalars.isEmpty && !scalars.contains { Sanitizer.isControl($0.value) || $0.value < 0x20 }
            && Int(wcwidth(wchar_t(bitPattern: scalars[0].value))) == cell.width
        if !safe { scalars = ["?"] }
        let attrs = attrs(for: cell.style)
        let pair = colors ? Int16(cell.style.color?.rawValue ?? 0) : 0
        var wide: [wchar_t] = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var cc = cchar_t()
        setcchar(&cc, &wide, attrs, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
        if !safe && cell.width == 2 {
            var sp: [wchar_t] = [32, 0]
            var blank = cchar_t()
            setcchar(&blank, &sp, attrs, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    private func attrs(for s: Style) -> attr_t {
        var a = storyline_A_NORMAL
        if s.bold { a |= storyline_A_BOLD }
        if s.dim { a |= storyline_A_DIM }
        if s.italic { a |= storyline_A_ITALIC }
        if s.underline { a |= storyline_A_UNDERLINE }
        if s.reverse { a |= storyline_A_REVERSE }
        return a
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }

    private static func characterKey(_ v: UInt32) -> Key? {
        switch v {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        default:
            guard let s = Unicode.Scalar(v), !Sanitizer.isControl(v) else { return nil }
            return .char(Character(s))
        }
    }
}
