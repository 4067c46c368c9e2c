import Foundation

/// The table of one store size: printed aligned for a terminal, or as Markdown for the README.
struct BenchTable: Sendable {
    var title: String
    var rows: [BenchRow] = []

    static let header = ["measure", "n", "p50", "p99", "max", "compared in the same run", "goal (issue 15)"]

    mutating func add(_ row: BenchRow) { rows.append(row) }

    var markdown: String {
        // Markdown drops a cell's leading spaces: a yardstick row under its row is marked with an arrow instead.
        let cells = rows.map(\.cells).map { row in
            row.first?.hasPrefix("  ") == true ? ["↳ " + row[0].dropFirst(2)] + row.dropFirst() : row
        }
        let lines = [Self.header, Self.header.map { _ in "---" }] + cells
        return "#### \(title)\n\n"
            + lines.map { "| " + $0.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
            .joined(separator: "\n") + "\n"
    }

    var text: String {
        let lines = [Self.header] + rows.map(\.cells)
        let widths = Self.header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return "== \(title)\n"
            + lines.map { cells in
                zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                    .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }.joined(separator: "\n") + "\n"
    }
}
