import CNcursesW
import DashboardUI
import Glibc
import Synchronization

/// Set by SIGTERM/SIGHUP (and SIGINT outside raw mode); the event loop sees it within one input timeout
/// and leaves cleanly, so the terminal is restored. Nothing in curses is called from the handler.
let stopRequested = Atomic<Bool>(false)

/// The ncurses backend: starts and restores the terminal, reads keys with `wget_wch`, and draws a `Grid`
/// by writing only the cells that changed since the previous frame.
public final class Terminal {
    private var previous: Grid?
    private var pairs: [Role: (pair: Int16, attributes: attr_t)] = [:]
    private let theme: Theme
    public private(set) var colors: Int = 0
    private var ended = false

    /// Checks that there is a terminal that can be used, without touching it.
    public static func checkAvailable(environment: [String: String]) throws(TerminalUnavailable) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(description: "no terminal: standard input and output must be a terminal for the dashboard")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalUnavailable(
                description: term.isEmpty
                    ? "TERM is not set, so the terminal's capabilities are unknown"
                    : "TERM=dumb cannot position the cursor")
        }
    }

    /// Starts curses. `theme` is used unless the terminal has no colours (then `mono`); `mouse` turns on
    /// clicks and the wheel.
    public init(theme: Theme, mouse: Bool = true) throws(TerminalUnavailable) {
        // The locale decides how wide characters are written. A non-UTF-8 locale (LANG=C) would turn every
        // Chinese character into escapes, so fall back to C.UTF-8 for output.
        setlocale(LC_ALL, "")
        if biopilot_codeset_is_utf8() == 0 {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        Terminal.installSignalHandlers()
        // newterm, unlike initscr, returns NULL for a terminal type terminfo does not know instead of exiting.
        guard let screen = biopilot_newterm() else {
            let term = String(cString: getenv("TERM"))
            throw TerminalUnavailable(description: "the terminal type \"\(term)\" is unknown to terminfo")
        }
        _ = set_term(screen)
        raw() // Ctrl-C arrives as a key, so quitting always restores the terminal
        noecho()
        nonl()
        keypad(biopilot_stdscr(), true)
        Terminal.defineCommonKeySequences()
        set_escdelay(25)
        biopilot_mouse(mouse ? 1 : 0)
        curs_set(0)
        wtimeout(biopilot_stdscr(), inputTimeout)
        var chosen = theme
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(biopilot_colors())
        } else {
            chosen = .mono
        }
        if colors < 8 { chosen = .mono }
        self.theme = chosen
        setUpPairs()
    }

    /// Home and End as the common terminals send them, whatever terminfo says: with TERM=xterm-256color inside tmux
    /// or screen (a usual setting), End arrives as ESC [ 4 ~, which terminfo's xterm entry does not know; curses then
    /// handed it over as Escape, `[`, `4`, `~`: the open form was closed with what was typed, and the coverage pane
    /// opened.
    private static func defineCommonKeySequences() {
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { define_key(sequence, KEY_HOME) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { define_key(sequence, KEY_END) }
    }

    deinit { end() }

    /// Restores the terminal. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
    }

    public var size: Size { Size(width: Int(biopilot_cols()), height: Int(biopilot_lines())) }

    private static func installSignalHandlers() {
        let handler: @convention(c) (Int32) -> Void = { _ in stopRequested.store(true, ordering: .relaxed) }
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] { signal(sig, handler) }
    }

    public var stopWasRequested: Bool { stopRequested.load(ordering: .relaxed) }

    private func setUpPairs() {
        var next: Int16 = 1
        let maxPairs = Int(biopilot_color_pairs())
        for role in Role.allCases {
            let entry = theme.entry(role)
            var attributes = biopilot_a_normal()
            if entry.bold { attributes |= biopilot_a_bold() }
            if entry.underline { attributes |= biopilot_a_underline() }
            if entry.dim { attributes |= biopilot_a_dim() }
            if entry.reverse { attributes |= biopilot_a_reverse() }
            var pair: Int16 = 0
            if colors >= 8 && Int(next) < maxPairs {
                let fg = Int16(entry.foreground.index(colors: colors))
                let bg = Int16(entry.background.index(colors: colors))
                if fg != -1 || bg != -1 {
                    init_pair(next, fg, bg)
                    pair = next
                    next += 1
                }
            }
            pairs[role] = (pair, attributes)
        }
    }

    /// Milliseconds `readKey` waits for a key before it answers nil.
    public var inputTimeout: Int32 = 250 {
        didSet { if inputTimeout != oldValue { wtimeout(biopilot_stdscr(), inputTimeout) } }
    }

    /// Reads one key, or nil after the input timeout (the caller then checks the store and signals).
    public func readKey() -> TerminalEvent? {
        var ch: wint_t = 0
        let result = wget_wch(biopilot_stdscr(), &ch)
        if result == biopilot_err() { return nil }
        if result == biopilot_key_code_yes() {
            switch Int32(ch) {
            case KEY_RESIZE: return .resize(size)
            case biopilot_key_mouse():
                var x: Int32 = 0
                var y: Int32 = 0
                let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
                return kinds[biopilot_read_mouse(&x, &y)].map { .mouse(MouseEvent($0, x: Int(x), y: Int(y))) }
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            default: return nil
            }
        }
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    /// Draws the grid, writing only cells that differ from the previous frame, then updates the screen once.
    public func draw(_ grid: Grid) {
        let diff = FrameDiff(from: previous, to: grid)
        if diff.clearsScreen { werase(biopilot_stdscr()) }
        for write in diff.writes {
            let cell = write.cell
            let (pair, themeAttributes) = pairs[cell.style.role] ?? (0, biopilot_a_normal())
            var attributes = themeAttributes
            if cell.style.bold { attributes |= biopilot_a_bold() }
            if cell.style.underline { attributes |= biopilot_a_underline() }
            if cell.style.reverse { attributes ^= biopilot_a_reverse() }
            var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
            wide.append(0)
            _ = biopilot_put_cell(Int32(write.y), Int32(write.x), wide, attributes, pair)
        }
        wnoutrefresh(biopilot_stdscr())
        doupdate()
        previous = grid
    }

    /// Forgets the previous frame and clears, so the next draw repaints everything (Ctrl-L).
    public func invalidate() {
        previous = nil
        clearok(biopilot_stdscr(), true)
    }

    public var themeProblems: [String] { theme.problems }
}
