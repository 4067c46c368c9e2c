import PilotCore

public struct CoveragePaneState: Equatable, Sendable {
    public var list = ListState()
    public var year: Int
    /// Only this province's products (nil: every province).
    public var province: String?
    public var report: CoverageReport
    public var lines: [CoverageLine] = []
    /// Other years' reports already computed for this model (its revision and today): `[` and `]` back to a year
    /// seen before need not compute it again (a past year at national scale takes ~0.1 s).
    var pastReports: [Int: CoverageReport] = [:]
    var pastReportsOf: (revision: Int, today: CivilDate)?

    public static func == (a: Self, b: Self) -> Bool {
        (a.list, a.year, a.province, a.report, a.lines) == (b.list, b.year, b.province, b.report, b.lines)
    }

    init(model: DashboardModel) {
        year = model.today.year
        report = model.coverage
    }
}
