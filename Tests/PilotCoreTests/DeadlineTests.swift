import Foundation
import Testing

@testable import PilotCore

@Suite struct DeadlineTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    /// 民法典 第二百零三条: a period in calendar days whose last day is a holiday ends on the next working day.
    @Test func aCalendarDayPeriodEndingOnAHolidayRollsForward() {
        let tenDays = DeadlineRule(id: "t", count: 10, unit: .calendarDays, title: Bilingual(zh: "t", en: "t"), source: "t")
        // 2026-09-23 + 10 days = 10-03, inside 国庆: the period ends on Thursday 10-08.
        #expect(tenDays.due(after: d("2026-09-23"), calendar: calendar) == d("2026-10-08"))
        // Ending on a Sunday rolls to Monday; ending on a working day stays.
        #expect(tenDays.due(after: d("2026-11-05"), calendar: calendar) == d("2026-11-16"))
        #expect(tenDays.due(after: d("2026-11-02"), calendar: calendar) == d("2026-11-12"))
        // Ending on the adjusted Saturday 10-10 (a working day) stays there.
        #expect(tenDays.due(after: d("2026-09-30"), calendar: calendar) == d("2026-10-10"))
        #expect(tenDays.status(after: d("2026-09-23"), today: d("2026-10-10"), calendar: calendar).overdueBy == 2)
    }

    @Test func theRulesCarryTheirNumbersAndSources() {
        let standard = Deadlines.standard
        #expect(standard.rectificationReport.count == 30 && standard.defectListReissue.count == 10)
        #expect(standard.overallAssessment.count == 20 && standard.labReport.count == 25 && standard.retestRequest.count == 7)
        #expect(standard.all.allSatisfy { $0.override == nil })
        // Only the seizure decision after testing (15 days, over ten) counts calendar days.
        #expect(standard.all.filter { $0.unit == .calendarDays } == [standard.sealDecisionAfterTest])
        #expect(standard.rectificationReport.source.hasPrefix("《药品检查管理办法（试行）》"))
        #expect(standard.labReport.source.hasPrefix("《药品质量抽查检验管理办法》"))
        #expect(standard.retestRequest.source.contains("第一百零二条"))
        #expect(Deadlines.settingKeys.contains("deadline.lab-report"))
    }

    /// A store setting overrides the number for the province; the rule remembers the regulation's number and
    /// the reason, and the due date moves.
    @Test func anOverrideChangesTheDueDateAndSaysWhy() {
        var data = PilotData()
        data.settings.upsert(Setting(id: "deadline.lab-report", value: "20", reason: "省局规定"))
        let rule = data.deadlines.labReport
        #expect(rule.count == 20 && rule.override == DeadlineOverride(regulationCount: 25, reason: "省局规定"))
        #expect(rule.period.zh == "20 个工作日（本省设定，规章为 25 个工作日：省局规定）")
        #expect(rule.period.en == "20 working days (set for this province; the regulation says 25: 省局规定)")
        let s = Sampling(
            id: "S", productId: "P", segment: .drugProduct, batch: "B", sampledOn: d("2026-02-09"), lab: "L",
            receivedOn: d("2026-02-10"), conclusion: .pending)
        #expect(SamplingStatus(s, deadlines: .standard, today: d("2026-03-01"), calendar: calendar).report?.due == d("2026-03-23"))
        #expect(SamplingStatus(s, deadlines: data.deadlines, today: d("2026-03-01"), calendar: calendar).report?.due == d("2026-03-16"))
        // A closed sampling needs no deadline: none is worked out, and it is never overdue.
        var passed = s
        passed.conclusion = .pass
        passed.reportDate = d("2026-04-20")
        let closed = SamplingStatus(passed, deadlines: .standard, today: d("2026-05-01"), calendar: calendar)
        #expect(closed.report == nil && closed.daysAtLab == nil && !closed.isOverdue)
        // A value that is not a number of days is refused by the record check and ignored by the rules.
        let bad = Setting(id: "deadline.lab-report", value: "twenty")
        #expect(RecordChecks.setting(bad).map(\.field) == [.value])
        #expect(RecordChecks.setting(Setting(id: "deadline.unknown", value: "3")).map(\.field) == [.id])
        #expect(RecordChecks.setting(Setting(id: "deadline.retest-request", value: "10")).isEmpty)
        #expect(Deadlines(settings: [bad]).labReport.count == 25)
    }

    /// Stores written before settings, the report/assessment split and the sampling's new dates still open.
    @Test func oldStoresStillDecode() throws {
        var data = PilotData()
        try data.inspections.insert(
            Inspection(
                id: "I", productId: "P", siteIds: [], type: .fullGMP, start: d("2026-03-02"), end: d("2026-03-04"), team: [],
                status: .completed, rectificationDue: d("2026-04-16"), rectificationClosed: d("2026-04-01")))
        let encoded = try JSONEncoder().encode(data)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        object.removeValue(forKey: "settings")
        let old = try JSONDecoder().decode(PilotData.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.settings.isEmpty && old.deadlines == .standard)
        let i = try #require(old.inspections[id: "I"])
        #expect(i.reportReceivedOn == nil && i.rectificationReportReceivedOn == d("2026-04-01") && i.overallAssessment == nil)
    }

    /// The due date of a rectification after a re-issued defect list: 30 + 10 working days.
    @Test func aReissuedDefectListAddsTenWorkingDays() throws {
        var i = Inspection(
            id: "I", productId: "P", siteIds: [], type: .fullGMP, start: d("2026-09-22"), end: d("2026-09-24"), team: [],
            status: .completed, rectificationDue: d("2026-11-12"))
        let before = try #require(RectificationStatus(i, deadlines: .standard, today: d("2026-11-13"), calendar: calendar))
        #expect(before.reportDue.due == d("2026-11-12") && before.reportDue.overdueBy == 1)
        i.defectListReissuedOn = d("2026-10-12")
        let after = try #require(RectificationStatus(i, deadlines: .standard, today: d("2026-11-13"), calendar: calendar))
        #expect(after.reportDue.due == d("2026-11-26") && !after.reportDue.isOverdue && after.assessmentDue == nil)
    }
}
