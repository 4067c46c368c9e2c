import Foundation

/// One line of a size's table: what was measured, its timings (none for memory and size rows), what it is
/// compared with in the same run, and the issue's goal for it.
struct BenchRow: Sendable {
    var measure: String
    var timings: Percentiles?
    /// Ratios to the reference tools, peak memory, or why there is no number.
    var note: String
    var goal: String

    init(_ measure: String, _ timings: [Double]? = nil, note: String = "", goal: String = "") {
        self.measure = measure
        self.timings = timings.map(Percentiles.init)
        self.note = note
        self.goal = goal
    }

    /// "0.84 ms", "660 ms", "15.2 s": three significant digits or so, whatever the scale.
    static func duration(_ ms: Double) -> String {
        switch ms {
        case ..<10: String(format: "%.2f ms", ms)
        case ..<100: String(format: "%.1f ms", ms)
        case ..<1000: String(format: "%.0f ms", ms)
        default: String(format: "%.2f s", ms / 1000)
        }
    }

    /// "4.90×": how many times the reference's median this row's median is.
    static func ratio(_ mine: Percentiles, _ reference: Percentiles, _ name: String) -> String {
        guard reference.p50 > 0 else { return "" }
        return String(format: "%.2f× %@", mine.p50 / reference.p50, name)
    }

    var cells: [String] {
        guard let t = timings else { return [measure, "", "", "", "", note, goal] }
        return [measure, String(t.count), Self.duration(t.p50), Self.duration(t.p99), Self.duration(t.max), note, goal]
    }
}
