import Testing

@testable import PilotCore

/// Issue 14 item 3: commissioned testing (委托检验) is a log of its own, never counted as sampling: not in coverage,
/// the sampling summary, the report deadline or the re-test rules.
@Suite struct CommissionedTestingTests {
    typealias F = Fixture

    /// The fixture plus two commissioned tests of 2026: one failed, one pending at the lab for months.
    func data() throws -> PilotData {
        var data = F.compliant()
        for (id, conclusion) in [("C1", SamplingConclusion.fail), ("C2", .pending)] {
            var s = Sampling(
                id: id, productId: "P", segment: .drugProduct, batch: "B\(id)", sampledOn: F.d("2026-02-02"), lab: "某所",
                reportDate: conclusion == .fail ? F.d("2026-03-02") : nil, conclusion: conclusion, commissioned: true)
            s.requestedOn = F.d("2026-01-28")
            s.reportServedOn = s.reportDate
            try data.samplings.insert(s)
        }
        return data
    }

    @Test func neverCountedAsSamplingAnywhere() throws {
        let data = try data()
        let index = PilotIndex(data)
        #expect(index.samplings(of: "P").map(\.id).sorted() == ["S25", "S26"])
        #expect(index.commissionedTests(of: "P").map(\.id) == ["C1", "C2"])
        #expect(data.supervisorySamplings.count == 2 && data.commissionedTests.count == 2)
        // The year summary: the one supervisory sampling of 2026, passed; no fail, no pending, no overdue.
        let summary = SamplingSummary.byProduct(data, year: 2026, today: F.today, calendar: bundledReference.calendar)
        #expect(summary.map(\.counts) == [SamplingSummary.Counts(pass: 1, fail: 0, pending: 0, overdue: 0)])
        // Coverage counts them apart; the drug-product mark is the supervisory sampling's.
        let c = Coverage.report(year: 2026, asOf: F.today, index: index).products[0]
        #expect(c.commissionedSamplings == 2 && c.drugProductSampling == .issued)
        // No report deadline and no re-test window run for them: no sampling rule names them. The one finding that
        // does is its own: the failed C1 still has no risk-control measure.
        let findings = F.findings(data)
        #expect(!findings.contains { ($0.record?.id == "C1" || $0.record?.id == "C2") && $0.rule != Rule.commissionedFailed.id })
        #expect(findings.filter { $0.rule == Rule.commissionedFailed.id }.compactMap(\.record?.id) == ["C1"])
        let status = SamplingStatus(
            data.samplings[id: "C2"]!, deadlines: data.deadlines, today: F.today, calendar: bundledReference.calendar)
        #expect(!status.isOverdue && status.report?.isOverdue == true)
        let failed = SamplingStatus(
            data.samplings[id: "C1"]!, deadlines: data.deadlines, today: F.today, calendar: bundledReference.calendar)
        #expect(failed.retestWindow == nil && !failed.retestWindowUnknown)
    }

    /// The same records as supervisory samplings would count: the tests above are not vacuous.
    @Test func asSupervisorySamplingsTheyWouldCount() throws {
        var data = try data()
        for id in ["C1", "C2"] {
            var s = data.samplings[id: id]!
            s.commissioned = false
            data.samplings.upsert(s)
        }
        let summary = SamplingSummary.byProduct(data, year: 2026, today: F.today, calendar: bundledReference.calendar)
        #expect(summary.map(\.counts) == [SamplingSummary.Counts(pass: 1, fail: 1, pending: 1, overdue: 1)])
        #expect(F.findings(data).contains { $0.record?.id == "C2" && $0.rule == Rule.samplingReportDeadline.id })
        #expect(F.findings(data).contains { $0.record?.id == "C1" && $0.rule == Rule.failedSampling.id })
    }
}
