import PilotCore

/// A plain-text table whose columns line up in a terminal, CJK included (widths in display cells).
public enum TextTable {
    /// Cells are shown with `TerminalText.visible`, so a newline or escape in a name cannot break a row.
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [], maxWidths: [Int: Int] = [:]) -> String {
        let header = header.map(TerminalText.visible)
        let rows = rows.map { $0.map(TerminalText.visible) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        for (i, limit) in maxWidths { widths[i] = min(widths[i], limit) }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in DisplayWidth.pad(c, to: widths[i], alignRight: rightAligned.contains(i)) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// A Markdown table; every cell is literal text (`MarkdownText.escape`: pipes, newlines, HTML, links).
    public static func markdown(header: [String], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
