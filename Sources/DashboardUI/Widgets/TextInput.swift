import PilotCore

/// A single-line text field: insert at the cursor, delete, move, clear. Positions count characters;
/// drawing counts display cells.
public struct TextInput: Equatable, Sendable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeFirst(cursor)
            cursor = 0
        case .ctrl("w"):
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(chars)
        return true
    }

    /// Draws `prefix` and the text into one row, scrolled so the cursor is visible; returns the cursor column.
    @discardableResult
    func draw(into grid: inout Grid, row: Rect, prefix: String, style: Style) -> Int {
        grid.fill(row, style: style)
        let prefixWidth = grid.put(prefix, x: row.x, y: row.y, style: style, limit: row.width)
        let room = max(1, row.width - prefixWidth - 1)
        let chars = Array(text)
        var start = 0
        while DisplayWidth.of(String(chars[start..<cursor])) > room { start += 1 }
        let visible = String(chars[start...])
        grid.put(visible, x: row.x + prefixWidth, y: row.y, style: style, limit: row.width - prefixWidth)
        let cursorX = row.x + prefixWidth + DisplayWidth.of(String(chars[start..<cursor]))
        if cursorX < row.maxX { grid.restyle(Rect(x: cursorX, y: row.y, width: 1, height: 1)) { $0.reverse = true } }
        return cursorX
    }
}
