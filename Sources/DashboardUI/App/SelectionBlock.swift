/// A rectangle of reverse-video cells on a rendered screen: how every list and the calendar show what is
/// selected, so a click can be measured from it without each pane repeating its layout.
struct SelectionBlock: Equatable {
    let x: Int
    let y: Int
    let width: Int
    let height: Int

    /// Each run of reversed cells in `area`, with runs at the same columns on consecutive rows joined.
    static func all(in grid: Grid, area: Rect) -> [SelectionBlock] {
        var blocks: [SelectionBlock] = []
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                guard grid[x, y].style.reverse else {
                    x += 1
                    continue
                }
                let start = x
                while x < area.maxX && grid[x, y].style.reverse { x += 1 }
                let run = SelectionBlock(x: start, y: y, width: x - start, height: 1)
                if let i = blocks.firstIndex(where: { $0.x == run.x && $0.width == run.width && $0.y + $0.height == y }) {
                    let b = blocks[i]
                    blocks[i] = SelectionBlock(x: b.x, y: b.y, width: b.width, height: b.height + 1)
                } else {
                    blocks.append(run)
                }
            }
        }
        // A cursor in a text field is a single reversed cell, not a selection.
        return blocks.filter { $0.width > 1 }
    }

    static func widest(in grid: Grid, area: Rect) -> SelectionBlock? { all(in: grid, area: area).max { $0.width < $1.width } }

    static func narrowest(in grid: Grid, area: Rect) -> SelectionBlock? { all(in: grid, area: area).min { $0.width < $1.width } }
}
