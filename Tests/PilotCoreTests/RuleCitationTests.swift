import Testing

@testable import PilotCore

/// Issue 12 item 20: each rule cites what it rests on, and a finding reads by its rule's title.
@Suite struct RuleCitationTests {
    @Test func deadlinesCiteTheirRegulationNotTheWorkPlan() {
        for rule in [Rule.rectificationDeadline, .assessmentDeadline, .samplingReportDeadline] {
            #expect(rule.section.hasPrefix("《") && rule.section.hasSuffix("》"), "\(rule.id)")
        }
        #expect(Rule.rectificationDeadline.section == "《药品检查管理办法（试行）》")
        #expect(Rule.samplingReportDeadline.section == "《药品质量抽查检验管理办法》")
    }

    @Test func recordChecksCiteWhatTheyRestOn() {
        // 六(三) is about conflicts of interest (rule 13), not an inspector booked twice.
        #expect(Rule.conflictOfInterest.section == "六(三)")
        #expect(Rule.doubleBooking.section == "五(二)")
        // A 不符合规定 result is handled under the sampling 办法; the sampling itself is 五(二)'s.
        #expect(Rule.failedSampling.section == "五(二)、《药品质量抽查检验管理办法》")
        // The check digit is the national coding standard's, not 二(二)'s (which is about the enterprises).
        #expect(Rule.creditCode.section == "《法人和其他组织统一社会信用代码编码规则》")
        // 一 is the work plan's goals; the end date is 二(四) and the summary 三(三).
        #expect(Rule.pilotEnd.section == "二(四)、三(三)")
        #expect(Rule.inspectionTeam.section.contains("《药品检查管理办法（试行）》"))
    }

    @Test func aFindingReadsByItsRulesTitle() {
        let f = Finding(.error, .rectificationDeadline, productId: "P01", Bilingual(zh: "逾期", en: "late"))
        #expect(f.title.zh == "整改报告期限" && f.ruleName[.zh] == "整改报告期限")
        #expect(f.ruleName[.en] == "Rectification report due (deadline.rectification)")
        #expect(f.heading(.zh) == "整改报告期限 [《药品检查管理办法（试行）》]")
        let reference = Finding(.error, .references, productId: nil, Bilingual(zh: "x", en: "x"))
        #expect(reference.citation == nil && reference.heading(.zh) == "记录引用")
        #expect(Finding(.error, .failedSampling, productId: nil, Bilingual(zh: "", en: "")).title.zh == "抽检不符合规定")
    }

    @Test func everyRuleHasAShortTitleOfItsOwn() {
        let titles = Rule.catalog.map { $0.shortTitle.zh }
        #expect(Set(titles).count == Rule.catalog.count)
        for rule in Rule.catalog { #expect(rule.shortTitle.zh.count <= 12, "\(rule.id): \(rule.shortTitle.zh)") }
        #expect(Finding(.error, .conflictOfInterest, productId: nil, Bilingual(zh: "", en: "")).title.zh == "利益冲突回避")
    }

    @Test func defectCountsCarryTheirGrades() {
        let d = Defects(critical: 0, major: 2, general: 4)
        #expect(d.label[.zh] == "严重0 主要2 一般4")
        #expect(d.label[.en] == "critical 0 major 2 general 4")
    }
}
