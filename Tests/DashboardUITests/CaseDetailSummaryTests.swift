import PilotCore
import Testing

@testable import DashboardUI

/// Rule 11's one finding for the province shows in the case of each product still without its enterprise
/// assessment, and only there.
@Suite struct CaseDetailSummaryTests {
    func text(_ id: String) -> String {
        CaseDetail.lines(UI.state(Size(width: 200, height: 40), .en), productId: id, width: 198).map { $0.spans.map(\.text).joined() }
            .joined(separator: "\n")
    }

    @Test func theProvinceSummaryFindingShowsWhereAnAssessmentIsMissing() {
        #expect(text("P04").contains("products without an enterprise assessment"))
        #expect(!text("P01").contains("products without an enterprise assessment")) // assessed in the demo
    }
}
