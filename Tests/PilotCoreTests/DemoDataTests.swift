import Testing

@testable import PilotCore

@Suite struct DemoDataTests {
    let today = CivilDate("2026-11-22")!

    @Test func isDeterministic() {
        #expect(DemoData.make(today: today, reference: bundledReference) == DemoData.make(today: today, reference: bundledReference))
    }

    @Test func coversTheWorkPlan() {
        let data = DemoData.make(today: today, reference: bundledReference)
        let index = PilotIndex(data)
        #expect(data.products.count >= 12)
        let types = Set(data.products.map(\.type))
        #expect(ProductType.allCases.allSatisfy { types.contains($0) })
        let bases = Set(data.products.compactMap(\.basis))
        #expect(ProductBasis.allCases.filter(\.isInPilotScope).allSatisfy { bases.contains($0) })
        let provinces = Set(data.sites.map(\.provinceCode) + data.enterprises.map(\.provinceCode))
        #expect(provinces.count >= 6)
        #expect(data.products.filter { index.isCrossProvince($0) }.count >= 4)
        #expect(data.inspectors.contains { !$0.conflicts.isEmpty })
        let years = Set(data.inspections.map(\.start.year))
        #expect(years.isSuperset(of: [2025, 2026]))
        #expect(Set(data.samplings.map(\.sampledOn.year)).isSuperset(of: [2025, 2026]))
        for e in data.enterprises { #expect(e.nameEn != nil && e.licence != nil) }
    }

    @Test func showsLiveProblems() {
        let data = DemoData.make(today: today, reference: bundledReference)
        let findings = RulesEngine(reference: bundledReference, today: today).findings(PilotIndex(data))
        func has(_ rule: Rule, _ severity: Finding.Severity? = nil, _ text: String = "") -> Bool {
            findings.contains {
                $0.rule == rule.id && (severity == nil || $0.severity == severity) && (text.isEmpty || $0.message.en.contains(text))
            }
        }
        #expect(has(.annualCoverage, nil, "no completed full-system GMP inspection in 2026"))
        #expect(has(.annualCoverage, nil, "no supervisory drug-product sampling in 2026"))
        #expect(has(.annualCoverage, nil, "(commissioned testing does not count)"))
        #expect(has(.annualCoverage, nil, "the holder has no site of its own and its quality system was not inspected"))
        #expect(has(.failedSampling, .error))
        #expect(has(.samplingReportDeadline, .error))
        #expect(has(.rectificationDeadline, .info, "rectification report awaited"))
        #expect(has(.assessmentDeadline, nil, "report received"))
        #expect(data.samplings.contains { $0.reportDueExtendedTo != nil && $0.conclusion == .pending })
        #expect(data.samplings.contains { $0.reportServedOn != nil && $0.conclusion == .fail && $0.retest == nil })
        #expect(findings.contains { $0.rule == Rule.failedSampling.id && $0.message.en.contains("re-test may be requested until") })
        #expect(has(.residentStaff, .error, "1 resident staff"))
        #expect(has(.contractExperience, .error, "under 3 years"))
        let report = Coverage.report(year: 2026, asOf: today, index: PilotIndex(data))
        #expect(report.covered > 0 && report.covered < report.total)
        // Risk-control measures: one open and overdue, one due soon, one done with its evidence.
        let calendar = bundledReference.calendar
        #expect(data.measures.contains { $0.isOverdue(today: today, deadlines: data.deadlines, calendar: calendar) })
        #expect(
            data.measures.contains {
                $0.kind == .sealSeize && $0.isOpen && !$0.isOverdue(today: today, deadlines: data.deadlines, calendar: calendar)
            })
        #expect(data.measures.contains { $0.status == .done && $0.evidence != nil })
    }

    /// The demo is placed relative to today: any day gives a consistent store (no inspection in a holiday,
    /// nothing completed in the future).
    @Test(arguments: ["2026-01-05", "2026-03-15", "2026-07-01", "2026-12-31", "2027-06-30"])
    func isConsistentForAnyToday(_ text: String) {
        let day = CivilDate(text)!
        let data = DemoData.make(today: day, reference: bundledReference)
        let calendar = bundledReference.calendar
        for i in data.inspections {
            if calendar.coveredYears.contains(i.start.year) { #expect(calendar.isWorkingDay(i.start), "\(i.id) starts \(i.start)") }
            if i.status == .completed { #expect(i.end <= day, "\(i.id) completed in the future") }
            if let received = i.reportReceivedOn { #expect(received <= day) }
            if let assessed = i.overallAssessmentOn { #expect(assessed <= day && i.reportReceivedOn.map { $0 <= assessed } == true) }
        }
        for s in data.samplings {
            #expect(s.sampledOn <= day)
            if let report = s.reportDate { #expect(report <= day) }
        }
        #expect(data.measures.count == 3)
        for m in data.measures {
            #expect(RecordChecks.measure(m, data, today: day).filter(\.isError).isEmpty, "\(m.id)")
        }
    }
}
