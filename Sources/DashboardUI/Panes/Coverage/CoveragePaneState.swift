import PilotCore

public struct CoveragePaneState: Equatable, Sendable {
    public var list = ListState()
    public var year: Int
    /// Only this province's products (nil: every province).
    public var province: String?
    /// The report of a past year shown (nil in the current year, whose report is the model's: a second holder of
    /// the model's report made each edit copy all its rows; `AppState.coverageReport` reads the one shown).
    var pastYearReport: CoverageReport?
    public internal(set) var lines: [CoverageLine] = []
    /// The positions of each product's lines, so an edit's rows and the selection are found without a pass over
    /// every line.
    var linePositions: [String: [Int]] = [:]
    /// Other years' reports already computed for this model (its revision and today): `[` and `]` back to a year
    /// seen before need not compute it again (a past year at national scale takes ~0.1 s).
    var pastReports: [Int: CoverageReport] = [:]
    var pastReportsOf: (revision: Int, today: CivilDate)?

    public static func == (a: Self, b: Self) -> Bool {
        (a.list, a.year, a.province, a.pastYearReport, a.lines) == (b.list, b.year, b.province, b.pastYearReport, b.lines)
    }

    init(model: DashboardModel) {
        year = model.today.year
    }

    /// Sets the lines and their positions by product.
    mutating func setLines(_ new: [CoverageLine]) {
        lines = new
        linePositions = [:]
        for (at, line) in new.enumerated() {
            if let id = line.productId { linePositions[id, default: []].append(at) }
        }
    }
}

extension AppState {
    /// The coverage report the pane shows: the model's in the current year, else the past year's.
    public var coverageReport: CoverageReport {
        coverage.year == model.today.year ? model.coverage : coverage.pastYearReport ?? model.coverage
    }
}
