/// The cells to write to turn the frame on the terminal into the next one: the terminal layer draws only these,
/// so a key press repaints a few cells rather than the screen (ratatui's buffer diff). Pure, so it is tested
/// without a terminal.
public struct FrameDiff: Equatable, Sendable {
    public struct Write: Equatable, Sendable {
        public let x: Int
        public let y: Int
        public let cell: Grid.Cell
    }

    /// True when the terminal must be cleared first (no previous frame, or a different size).
    public let clearsScreen: Bool
    /// Cells to write, row by row, left to right. Continuation cells of wide characters are never written.
    public let writes: [Write]

    /// Compares `next` with the frame shown before it (nil after start-up or Ctrl-L).
    public init(from previous: Grid?, to next: Grid) {
        let old = previous.flatMap { $0.width == next.width && $0.height == next.height ? $0 : nil }
        clearsScreen = old == nil
        var writes: [Write] = []
        for y in 0..<next.height {
            for x in 0..<next.width {
                let cell = next[x, y]
                if cell.width == 0 { continue }
                // A cell is kept only when it and its right neighbour are unchanged: a wide character that
                // replaces two narrow ones (or the reverse) must be rewritten whole.
                if let old, old[x, y] == cell, x + 1 >= next.width || old[x + 1, y] == next[x + 1, y] { continue }
                // The bottom-right cell cannot be written without scrolling on some terminals: skip it.
                if y == next.height - 1 && x + Int(cell.width) >= next.width { continue }
                writes.append(Write(x: x, y: y, cell: cell))
            }
        }
        self.writes = writes
    }
}
