import Foundation
import Testing

@testable import Exchange
@testable import PilotCore

/// Issue 12 item 20: a Chinese report names each finding's rule by its title and citation, never by an internal
/// id (R11, deadline.rectification); the ids stay where scripts read them (JSON, CSV keys).
@Suite struct FindingWordingTests {
    static let today = CivilDate("2026-11-26")!
    static let index = PilotIndex(DemoData.make(today: today, reference: bundledReference))
    static let findings = RulesEngine(reference: bundledReference, today: today).findings(index)

    /// Any rule id of the catalog, standing alone ("R1" but not "R10" inside "R101", "deadline.rectification").
    static func ruleIds(in text: String) -> [String] {
        Rule.catalog.map(\.id).filter { id in
            text.ranges(of: id).contains { range in
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                return !(before?.isLetter == true || before?.isNumber == true) && !(after?.isNumber == true || after == ".")
            }
        }
    }

    @Test func theDemoHasFindingsOfPilotRulesAndRecordChecks() {
        #expect(Self.findings.contains { $0.rule.hasPrefix("R") })
        #expect(Self.findings.contains { $0.rule.contains(".") })
    }

    @Test func validateTextNamesRulesByTitleInChineseAndAlsoByIdInEnglish() {
        let zh = FindingsFormat.text(Self.findings, language: .zh)
        #expect(Self.ruleIds(in: zh).isEmpty, "\(Self.ruleIds(in: zh))")
        for f in Self.findings { #expect(zh.contains("\t\(f.title.zh)\t")) }
        let en = FindingsFormat.text(Self.findings, language: .en)
        for f in Self.findings { #expect(en.contains("\t\(f.title.en) (\(f.rule))\t")) }
        // Scripts keep the id.
        #expect(FindingsFormat.json(Self.findings).contains("\"rule\" : \"R"))
    }

    @Test func chineseReportsShowNoRuleIds() {
        let annual = AnnualReport.renderAnnual(
            Self.index, year: 2026, today: Self.today, format: .md, language: .zh, reference: bundledReference, head: "1:x")
        let summary = AnnualReport.summary(Self.index, today: Self.today, language: .zh, reference: bundledReference, head: "1:x")
        #expect(Self.ruleIds(in: annual).isEmpty, "\(Self.ruleIds(in: annual))")
        #expect(Self.ruleIds(in: summary).isEmpty, "\(Self.ruleIds(in: summary))")
        let error = Self.findings.first { $0.severity == .error }
        #expect(error.map { annual.contains($0.title.zh) && summary.contains($0.title.zh) } == true)
        // The CSV keeps the id in its key column.
        let csv = AnnualReport.renderAnnual(
            Self.index, year: 2026, today: Self.today, format: .csv, language: .zh, reference: bundledReference, head: "1:x")
        #expect(error.map { csv.contains("open-finding,\($0.rule),") } == true)
    }

    @Test func samplingReportSaysNotCompliantNotUnqualified() {
        let text = SamplingReport.render(
            Self.index.data, year: 2026, today: Self.today, format: .text, language: .zh, calendar: bundledReference.calendar,
            head: "1:x")
        #expect(text.contains("不符合规定") && !text.contains("不合格"))
    }

    /// Rule 11 in the summary's appendix: each product's enterprise assessment, those missing, and the province's
    /// own summary once it is recorded as the setting.
    @Test func theSummaryListsAssessmentsAndTheProvincesSummary() {
        var data = Self.index.data
        let before = AnnualReport.summary(Self.index, today: Self.today, language: .zh, reference: bundledReference, head: "1:x")
        let assessed = data.products.records.filter { $0.date(of: .enterpriseAssessment) != nil }
        #expect(!assessed.isEmpty && assessed.allSatisfy { before.contains("- \($0.id) ") })
        #expect(before.contains("- 未登记企业评估：") && before.contains("- 省局试点工作总结：未登记"))
        data.settings.upsert(Setting(id: ProvinceSummary.settingKey, value: "2026-12-20 沪药监函〔2026〕88号", reason: nil))
        let after = AnnualReport.summary(PilotIndex(data), today: Self.today, language: .en, reference: bundledReference, head: "1:x")
        #expect(after.contains("- The province's pilot summary: sent 2026-12-20, document 沪药监函〔2026〕88号"), "\(after)")
    }
}
