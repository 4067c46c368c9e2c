import PilotCore

public enum Document {
    public static func draw(into grid: inout Grid, area: Rect, lines: [DocumentLine], scroll: Int) {
        for n in 0..<area.height {
            let i = scroll + n
            guard i < lines.count else { break }
            var x = area.x
            for span in lines[i].spans where x < area.maxX {
                x += grid.put(span.text, x: x, y: area.y + n, style: span.style, limit: area.maxX - x)
            }
        }
    }

    /// Breaks text into lines of at most `width` cells: at spaces where there are any, anywhere in CJK text.
    /// Continuation lines start with `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        guard width > DisplayWidth.of(indent) + 1 else { return [DisplayWidth.truncate(text, to: max(1, width))] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var lastSpace: String.Index?
        for c in text {
            let w = DisplayWidth.of(c)
            if currentWidth + w > width {
                if let space = lastSpace, c != " " {
                    let head = String(current[..<space])
                    let tail = String(current[current.index(after: space)...])
                    lines.append(head)
                    current = indent + tail
                } else {
                    lines.append(current)
                    current = indent
                }
                currentWidth = DisplayWidth.of(current)
                lastSpace = nil
                if c == " " { continue }
            }
            if c == " " { lastSpace = current.endIndex }
            current.append(c)
            currentWidth += w
        }
        if !current.isEmpty && current != indent { lines.append(current) }
        return lines
    }
}
