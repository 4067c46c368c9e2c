import Testing

@testable import PilotCore

/// `validate`'s findings about what the task force owes after a finding: an open measure past its deadline, and a
/// failed commissioned test (委托检验) with no measure answering it.
@Suite struct MeasureFindingsTests {
    typealias F = Fixture

    func withMeasure(_ change: (inout Measure) -> Void = { _ in }) throws -> PilotData {
        var data = F.compliant()
        var m = Measure(
            id: "M-0001", productId: "P", answers: AnsweredFinding(.sampling, "S26"), kind: .recall, decidedOn: F.d("2026-06-01"),
            decidedBy: "省药监局", owner: "检查员一", deadline: F.d("2026-06-10"))
        change(&m)
        try data.measures.insert(m)
        return data
    }

    func found(_ data: PilotData, _ rule: Rule, today: CivilDate = F.today) -> [Finding] {
        F.findings(data, today: today).filter { $0.rule == rule.id }
    }

    /// Due 06-10, open on 06-15: an error naming the measure, its kind, the deadline and the owner.
    @Test func anOpenMeasurePastItsDeadlineIsAnError() throws {
        let data = try withMeasure()
        let f = found(data, .measureOverdue)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error && f.first?.record == Finding.RecordRef(.measure, "M-0001") && f.first?.productId == "P")
        let zh = f.first?.message.zh ?? ""
        #expect(zh.contains("M-0001") && zh.contains(MeasureKind.recall.label.zh) && zh.contains("2026-06-10") && zh.contains("检查员一"))
        #expect(zh.contains("已逾期 5 日"))
        let en = f.first?.message.en ?? ""
        #expect(
            en.contains("M-0001") && en.contains(MeasureKind.recall.label.en) && en.contains("was due 2026-06-10") && en.contains("owner"))
        // On its deadline, done, or lifted: nothing.
        #expect(found(data, .measureOverdue, today: F.d("2026-06-10")).isEmpty)
        #expect(
            found(
                try withMeasure {
                    $0.status = .done
                    $0.closedOn = F.d("2026-06-12")
                }, .measureOverdue
            ).isEmpty)
        #expect(
            found(
                try withMeasure {
                    $0.status = .lifted
                    $0.closedOn = F.d("2026-06-12")
                }, .measureOverdue
            ).isEmpty)
    }

    /// A seizure's decision deadline is the law's, in working days: the finding counts them.
    @Test func aSeizurePastItsComputedDeadlineCountsWorkingDays() throws {
        let data = try withMeasure {
            $0.kind = .sealSeize
            $0.deadline = nil
            $0.owner = ""
        }
        let f = found(data, .measureOverdue)
        #expect(f.count == 1 && f.first?.message.zh.contains("个工作日") == true && f.first?.message.zh.contains("未指定负责人") == true)
    }

    func withCommissionedFailure(_ data: inout PilotData) throws {
        var s = Sampling(
            id: "C1", productId: "P", segment: .drugProduct, batch: "BC1", sampledOn: F.d("2026-05-06"), lab: "某所",
            reportDate: F.d("2026-05-28"), conclusion: .fail, commissioned: true)
        s.requestedOn = F.d("2026-05-05")
        try data.samplings.insert(s)
    }

    /// A failed commissioned test with no measure answering it is a warning, in the words the task force uses; a
    /// measure recorded against it answers it. It is still no sampling: no sampling rule names it.
    @Test func aFailedCommissionedTestWithoutAMeasureIsAFinding() throws {
        var data = F.compliant()
        try withCommissionedFailure(&data)
        let f = found(data, .commissionedFailed)
        #expect(f.count == 1 && f.first?.severity == .warning && f.first?.record == Finding.RecordRef(.sampling, "C1"))
        #expect(f.first?.message.zh.hasPrefix("C1（测试单抗") == true)
        #expect(f.first?.message.zh.hasSuffix("委托检验不合格，尚未登记风险控制措施") == true)
        #expect(f.first?.message.en.hasPrefix("C1 (Test mAb") == true)
        #expect(f.first?.message.en.hasSuffix("commissioned test failed, no risk-control measure recorded yet") == true)
        #expect(!F.findings(data).contains { $0.record?.id == "C1" && $0.rule != Rule.commissionedFailed.id })
        // A measure answering it: no finding.
        try data.measures.insert(
            Measure(
                id: "M-0001", productId: "P", answers: AnsweredFinding(.sampling, "C1"), kind: .warning, decidedOn: F.d("2026-06-01"),
                decidedBy: "省药监局", owner: "检查员一", deadline: F.d("2026-06-30")))
        #expect(found(data, .commissionedFailed).isEmpty)
    }

    /// Passed, pending, or overturned on re-test: no finding.
    @Test func onlyAFailureThatStandsIsAFinding() throws {
        var data = F.compliant()
        try withCommissionedFailure(&data)
        var s = data.samplings[id: "C1"]!
        s.retest = Retest(requestedOn: F.d("2026-06-01"), result: .pass)
        data.samplings.upsert(s)
        #expect(found(data, .commissionedFailed).isEmpty)
        s.retest = nil
        s.conclusion = .pass
        data.samplings.upsert(s)
        #expect(found(data, .commissionedFailed).isEmpty)
    }

    /// The demo shows both: an overdue open measure and an unanswered failed commissioned test.
    @Test func theDemoShowsBoth() {
        let today = CivilDate("2026-11-26")!
        let data = DemoData.make(today: today, reference: bundledReference)
        let findings = RulesEngine(reference: bundledReference, today: today).findings(PilotIndex(data))
        #expect(findings.contains { $0.rule == Rule.measureOverdue.id })
        #expect(findings.contains { $0.rule == Rule.commissionedFailed.id })
    }
}
