import PilotCore
import Testing

@testable import DashboardUI

/// A voided sampling counts nowhere but stays in the case's record: listed under its own heading, dimmed, with the
/// day and the reason it was voided.
@Suite struct CaseVoidedSamplingTests {
    @Test func theCaseListsItsVoidedSamplingWithTheReason() throws {
        let voided = try #require(UI.data.samplings.records.first { $0.isVoided })
        let void = try #require(voided.voided)
        for language in Language.allCases {
            let s = UI.state(Size(width: 200, height: 40), language)
            let lines = CaseDetail.lines(s, productId: voided.productId, width: 198)
            let texts = lines.map { $0.spans.map(\.text).joined() }
            let heading = try #require(texts.firstIndex { $0.contains(Bilingual(zh: "已作废（不计入）", en: "Voided (not counted)")[language]) })
            let line = try #require(texts.firstIndex { $0.hasSuffix(voided.id) && $0.contains(void.reason) })
            #expect(line > heading && texts[line].contains(void.date.description))
            #expect(lines[line].spans.allSatisfy { $0.style.role == .muted }, "dimmed")
            // And it is not listed among the samplings in force.
            #expect(texts.filter { $0.hasSuffix(voided.id) }.count == 1)
        }
    }
}
