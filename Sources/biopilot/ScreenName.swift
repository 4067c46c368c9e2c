import ArgumentParser
import DashboardUI

/// `render --screen`: the panes by the names typed after `:` in the dashboard. Pane's raw values are its tab
/// numbers, which ArgumentParser would show as the default (`default: 1`).
enum ScreenName: String, CaseIterable, ExpressibleByArgument {
    case products, calendar, sampling, coverage, due

    var pane: Pane {
        switch self {
        case .products: .products
        case .calendar: .calendar
        case .sampling: .sampling
        case .coverage: .coverage
        case .due: .due
        }
    }
}
