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

    /// Closing punctuation stays on the line of what it closes, opening punctuation on the line of what it opens.
    static let noBreakBefore: Set<Character> = Set("，。、；：！？）》」』,.;:!?)")
    static let noBreakAfter: Set<Character> = Set("（《「『(")

    /// Breaks text into lines of at most `width` cells: at spaces where there are any, anywhere in CJK text.
    /// Continuation lines start with `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let indentWidth = DisplayWidth.of(indent)
        guard width > indentWidth + 1 else { return [DisplayWidth.truncate(text, to: max(1, width))] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        // Where the line may break: at a space (dropped), or beside a CJK character (kept), which may break
        // anywhere but before closing punctuation.
        var lastBreak: (index: String.Index, space: Bool)?
        var previousWide = false
        var previous: Character = " "
        for c in text {
            let w = DisplayWidth.of(c)
            let breaksBefore =
                (w == 2 || previousWide) && currentWidth > indentWidth && !noBreakBefore.contains(c)
                && !noBreakAfter.contains(previous)
            if currentWidth + w > width {
                if let brk = lastBreak, c != " ", !breaksBefore {
                    let head = String(current[..<brk.index])
                    let tail = String(current[(brk.space ? current.index(after: brk.index) : brk.index)...])
                    lines.append(head)
                    current = indent + tail
                } else {
                    lines.append(current)
                    current = indent
                }
                currentWidth = DisplayWidth.of(current)
                lastBreak = nil
                if c == " " { continue }
            }
            if c == " " {
                lastBreak = (current.endIndex, true)
            } else if breaksBefore && currentWidth > indentWidth {
                lastBreak = (current.endIndex, false)
            }
            previousWide = w == 2
            previous = c
            current.append(c)
            currentWidth += w
        }
        if !current.isEmpty && current != indent { lines.append(current) }
        return lines
    }
}
