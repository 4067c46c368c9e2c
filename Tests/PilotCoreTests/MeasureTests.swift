import Foundation
import Testing

@testable import PilotCore

/// Risk-control measures (风险控制措施): each kind's deadline, overdue, and the record checks.
@Suite struct MeasureTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    func measure(_ kind: MeasureKind, decided: String = "2026-09-29", deadline: String? = nil) -> Measure {
        Measure(
            id: "M-0001", productId: "P", answers: AnsweredFinding(.sampling, "S26"), kind: kind, decidedOn: d(decided),
            decidedBy: "省药监局", owner: "王芳", deadline: deadline.map(d))
    }

    /// 查封、扣押 on Tuesday 2026-09-29: 7 days of 《行政强制法》 are working days, so 9-30 is the first, the National
    /// Day holiday (10-01…10-07) is skipped, the adjusted Saturday 10-10 counts, and the seventh is Wednesday 10-14.
    @Test func aSeizureIsDecidedWithinSevenWorkingDaysAcrossNationalDay() {
        let m = measure(.sealSeize)
        guard case .computed(let due, let rule, let start) = m.deadline(.standard, calendar: calendar) else {
            Issue.record("no computed deadline")
            return
        }
        #expect(due == d("2026-10-14") && start == d("2026-09-29"))
        #expect(rule.id == "seal-decision" && rule.unit == .workingDays && rule.count == 7)
        #expect(rule.source.contains("第一百条") && rule.source.contains("《行政强制法》"))
        #expect(!m.isOverdue(today: d("2026-10-14"), deadlines: .standard, calendar: calendar))
        #expect(m.isOverdue(today: d("2026-10-15"), deadlines: .standard, calendar: calendar))
        #expect(m.deadlineStatus(.standard, today: d("2026-10-16"), calendar: calendar)?.overdueBy == 2)
        // Counted as calendar days it would have ended in the holiday; the working-day count is what the law means.
        #expect(due != d("2026-10-08"))
    }

    /// When the goods need testing, the decision is due 15 calendar days after the test report; a last day on a
    /// holiday or weekend moves to the next working day (民法典 第二百零三条).
    @Test func aSeizureThatNeedsTestingRunsFifteenDaysFromTheReport() {
        var m = measure(.sealSeize, decided: "2026-09-10")
        m.needsTesting = true
        #expect(m.deadline(.standard, calendar: calendar) == .awaitingTestReport)
        #expect(!m.isOverdue(today: d("2026-12-31"), deadlines: .standard, calendar: calendar))
        // 09-16 + 15 = 10-01, National Day: the period ends on Thursday 10-08.
        m.testReportOn = d("2026-09-16")
        #expect(m.dueDate(.standard, calendar: calendar) == d("2026-10-08"))
        // 11-06 + 15 = Saturday 11-21: Monday 11-23. A working day stays.
        m.testReportOn = d("2026-11-06")
        #expect(m.dueDate(.standard, calendar: calendar) == d("2026-11-23"))
        m.testReportOn = d("2026-11-02")
        #expect(m.dueDate(.standard, calendar: calendar) == d("2026-11-17"))
        guard case .computed(_, let rule, _) = m.deadline(.standard, calendar: calendar) else {
            Issue.record("no computed deadline")
            return
        }
        #expect(rule.unit == .calendarDays && rule.count == 15 && rule.id == "seal-decision-after-test")
        #expect(m.deadlineStatus(.standard, today: d("2026-11-20"), calendar: calendar)?.overdueBy == 3)
    }

    /// Every other kind's deadline is the one the decision set, as entered; none entered, none computed.
    @Test func otherKindsUseTheDeadlineEntered() {
        for kind in MeasureKind.allCases where kind != .sealSeize {
            #expect(!kind.hasStatutoryDeadline)
            #expect(measure(kind).deadline(.standard, calendar: calendar) == MeasureDeadline.none, "\(kind)")
            let m = measure(kind, decided: "2026-11-02", deadline: "2026-11-20")
            #expect(m.deadline(.standard, calendar: calendar) == .entered(d("2026-11-20")), "\(kind)")
            #expect(!m.isOverdue(today: d("2026-11-20"), deadlines: .standard, calendar: calendar))
            #expect(m.isOverdue(today: d("2026-11-21"), deadlines: .standard, calendar: calendar))
            #expect(m.deadlineStatus(.standard, today: d("2026-11-26"), calendar: calendar)?.overdueBy == 6)
            var done = m
            done.status = .done
            #expect(!done.isOverdue(today: d("2026-11-26"), deadlines: .standard, calendar: calendar), "a closed measure is never overdue")
        }
        // Every kind and status has both labels and a legal basis.
        for kind in MeasureKind.allCases { #expect(!kind.label.zh.isEmpty && !kind.label.en.isEmpty && !kind.basis.zh.isEmpty) }
        #expect(MeasureKind.warning.basis.zh.contains("第九十九条") && MeasureKind.recall.basis.zh.contains("第八十二条"))
        for status in MeasureStatus.allCases { #expect(!status.label.zh.isEmpty && !status.label.en.isEmpty) }
    }

    /// A province's store setting overrides the seizure period, as for every deadline rule.
    @Test func theSeizurePeriodCanBeOverriddenByASetting() {
        var data = PilotData()
        data.settings.upsert(Setting(id: "deadline.seal-decision", value: "5", reason: "省局规定"))
        #expect(RecordChecks.setting(data.settings.records[0]).isEmpty)
        #expect(measure(.sealSeize).dueDate(data.deadlines, calendar: calendar) == d("2026-10-12"))
        #expect(data.deadlines.sealDecision.override == DeadlineOverride(regulationCount: 7, reason: "省局规定"))
        #expect(Deadlines.settingKeys.contains("deadline.seal-decision-after-test"))
    }

    @Test func theChecksTieAMeasureToItsProductAndFinding() {
        var data = Fixture.compliant()
        let today = d("2026-11-26")
        let good = measure(.rectification, decided: "2026-11-02", deadline: "2026-11-30")
        #expect(RecordChecks.measure(good, data, today: today).isEmpty)
        try! data.measures.insert(good)
        #expect(RecordChecks.references(to: .sampling, id: "S26", in: data).contains("M-0001 (risk-control measure)"))
        #expect(RecordChecks.references(to: .product, id: "P", in: data).contains("M-0001 (risk-control measure)"))

        func fields(_ change: (inout Measure) -> Void) -> [MeasureField] {
            var m = good
            change(&m)
            return RecordChecks.measure(m, data, today: today).filter(\.isError).map(\.field)
        }
        #expect(fields { $0.productId = "X" }.contains(.productId))
        #expect(fields { $0.answers = AnsweredFinding(.inspection, "NOPE") } == [.answers])
        #expect(fields { $0.answers = AnsweredFinding(.sampling, "") } == [.answers])
        // The finding must be the product's own.
        try! data.products.insert(PilotProduct(id: "Q", name: "另一品种", type: .insulin, holderId: "H", segments: []))
        #expect(fields { $0.productId = "Q" } == [.answers])
        #expect(fields { $0.answers = AnsweredFinding(.inspection, "I26") }.isEmpty)
        #expect(fields { $0.owner = " " } == [.owner])
        #expect(fields { $0.decidedBy = "" } == [.decidedBy])
        #expect(fields { $0.deadline = d("2026-11-01") } == [.deadline])
        #expect(fields { $0.decidedOn = d("2026-11-27") }.contains(.decidedOn))
        // Done needs its day and its evidence; the day is not before the decision nor after today.
        #expect(Set(fields { $0.status = .done }) == [.closedOn, .evidence])
        #expect(
            fields {
                $0.status = .done
                $0.closedOn = d("2026-11-20")
                $0.evidence = "整改报告 2026-11-19"
            }.isEmpty)
        #expect(
            fields {
                $0.status = .done
                $0.closedOn = d("2026-11-01")
                $0.evidence = "x"
            } == [.closedOn])
        #expect(
            fields {
                $0.status = .done
                $0.closedOn = d("2026-11-27")
                $0.evidence = "x"
            } == [.closedOn])
        #expect(
            fields {
                $0.status = .lifted
                $0.closedOn = d("2026-11-20")
            }.isEmpty)
        #expect(fields { $0.closedOn = d("2026-11-20") } == [.closedOn])
        // Testing belongs to a seizure; its report cannot precede the seizure; a deadline entered is only a warning.
        #expect(fields { $0.needsTesting = true } == [.needsTesting])
        #expect(
            fields {
                $0.kind = .sealSeize
                $0.testReportOn = d("2026-11-10")
            } == [.testReportOn])
        #expect(
            fields {
                $0.kind = .sealSeize
                $0.needsTesting = true
                $0.testReportOn = d("2026-10-10")
            } == [.testReportOn])
        var seized = good
        seized.kind = .sealSeize
        #expect(RecordChecks.measure(seized, data, today: today).map(\.isError) == [false])
    }

    /// Stores written before measures open with none; a measure round-trips through JSON with its finding nested.
    @Test func measuresAreStoredAndOlderStoresOpen() throws {
        var data = PilotData()
        var m = measure(.sealSeize)
        m.needsTesting = true
        try data.measures.insert(m)
        let json = try JSONEncoder().encode(data)
        let stored = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let first = try #require((stored["measures"] as? [[String: Any]])?.first)
        #expect(first["answers"] as? [String: String] == ["kind": "sampling", "id": "S26"] && first["kind"] as? String == "seal-seize")
        #expect(try JSONDecoder().decode(PilotData.self, from: json) == data)
        var object = stored
        object.removeValue(forKey: "measures")
        let old = try JSONDecoder().decode(PilotData.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.measures.isEmpty && data.nextID(for: .measure) == "M-0002" && PilotData().nextID(for: .measure) == "M-0001")
    }
}
