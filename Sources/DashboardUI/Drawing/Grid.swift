import PilotCore

/// The screen as cells: what `render` produces and what the terminal layer draws, cell by cell.
/// A wide (CJK) character occupies its cell and owns the next one as a continuation cell.
public struct Grid: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// One character, or "" in the continuation cell of a wide character.
        public var text: String
        /// 1, 2 (wide), or 0 (continuation).
        public var width: UInt8
        public var style: Style
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = Style(.text)) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", width: 1, style: style), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes `text` from (x, y), clipped to `limit` cells (default: to the grid's edge) and to the grid.
    /// Returns the number of cells written. A wide character that would straddle the limit is not drawn.
    /// Control characters and bidi overrides are drawn as their visible escapes (`TerminalText`), as in
    /// every CLI output: store text is data, never terminal control.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in TerminalText.visible(text) {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 { set(column, y, Cell(text: String(character), width: UInt8(w), style: style)) }
            // A wide character cut by the left edge shows its right half as a blank, never a lone continuation cell.
            if w == 2 && column + 1 >= 0 {
                let half = column >= 0 ? Cell(text: "", width: 0, style: style) : Cell(text: " ", width: 1, style: style)
                set(column + 1, y, half)
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Writes `text` truncated with `…` (by display cells) to exactly `width` cells, padding with spaces.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false) {
        guard width > 0 else { return }
        put(DisplayWidth.pad(TerminalText.visible(text), to: width, alignRight: alignRight), x: x, y: y, style: style, limit: width)
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x, y, Cell(text: " ", width: 1, style: style)) }
        }
    }

    /// Changes only the style of a region, keeping its text (a selection bar over a row).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { change(&cells[y * width + x].style) }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // Overwriting half of a wide character blanks its other half, so no orphan half-glyph remains.
        if cells[i].width == 0, x > 0, cells[i - 1].width == 2, cell.width != 0 {
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        }
        if cells[i].width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(text: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// One row as text; continuation cells add nothing, so the text's display width is the grid width.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<width { out += self[x, y].text }
        return out
    }

    /// The whole screen as text, trailing spaces removed: what `biopilot render` prints and golden files hold.
    public var text: String {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n") + "\n"
    }
}
