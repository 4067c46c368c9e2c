import PilotCore

public struct CoveragePaneState: Equatable, Sendable {
    public var list = ListState()
    public var year: Int
    /// Only this province's products (nil: every province).
    public var province: String?
    public var report: CoverageReport
    public var lines: [CoverageLine] = []

    init(model: DashboardModel) {
        year = model.today.year
        report = model.coverage
    }
}
