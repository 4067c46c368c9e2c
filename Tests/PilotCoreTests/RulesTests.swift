import Testing

@testable import PilotCore

@Suite struct RulesTests {
    typealias F = Fixture

    func only(_ rule: Rule, in data: PilotData, today: CivilDate = Fixture.today) -> [Finding] {
        F.findings(data, today: today).filter { $0.rule == rule.id }
    }

    @Test func compliantProductHasNoErrorsOrWarnings() {
        let findings = F.findings(F.compliant())
        #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings.map { $0.message.en })")
    }

    @Test func rule1Scope() {
        var data = F.compliant()
        F.product(&data) { $0.basis = ProductBasis.none }
        let f = only(.scope, in: data)
        #expect(f.count == 1 && f[0].severity == .error && f[0].section == "二(三)")
    }

    @Test func rule2ContractManufacturerExperience() {
        var data = F.compliant()
        data.enterprises.upsert(
            {
                var e = data.enterprises[id: "C"]!
                e.biologicsSince = F.d("2022-01-01")
                return e
            }())
        // Judged at the provincial selection (2024-12-01), not today.
        let f = only(.contractExperience, in: data)
        #expect(f.count == 1 && f[0].severity == .error && f[0].message.en.contains("2 y 11 m"))
        // Exactly three years at the selection is enough.
        data.enterprises.upsert(
            {
                var e = data.enterprises[id: "C"]!
                e.biologicsSince = F.d("2021-12-01")
                return e
            }())
        #expect(only(.contractExperience, in: data).isEmpty)
        data.enterprises.upsert(
            {
                var e = data.enterprises[id: "C"]!
                e.biologicsSince = nil
                return e
            }())
        #expect(only(.contractExperience, in: data).map(\.severity) == [.warning])
    }

    @Test func rule3UnifiedQualitySystem() {
        var data = F.compliant()
        F.product(&data) { $0.unifiedQualitySystem = false }
        #expect(only(.unifiedQualitySystem, in: data).map(\.severity) == [.error])
        F.product(&data) { $0.unifiedQualitySystem = nil }
        #expect(only(.unifiedQualitySystem, in: data).map(\.severity) == [.warning])
    }

    @Test func rule4Liability() {
        var data = F.compliant()
        data.enterprises.upsert(
            {
                var e = data.enterprises[id: "H"]!
                e.liabilityCompensation = nil
                return e
            }())
        #expect(only(.liability, in: data).map(\.severity) == [.error])
    }

    @Test func rule5ApplicationCutoff() {
        var data = F.compliant()
        F.product(&data) { $0.steps[0].date = F.d("2026-01-01") }
        let f = only(.applicationDeadline, in: data)
        #expect(f.map(\.severity) == [.error])
        F.product(&data) { $0.steps[0].date = F.d("2025-12-31") }
        #expect(only(.applicationDeadline, in: data).isEmpty)
    }

    @Test func rule6JointPlanForCrossProvince() {
        var data = F.compliant()
        F.product(&data) {
            $0.jointPlanDates = [:]
            $0.legacyJointPlan = false
        }
        #expect(only(.jointPlan, in: data).map(\.severity) == [.error])
        // Same province: no joint plan needed.
        data.sites.upsert(
            {
                var s = data.sites[id: "SC"]!
                s.provinceCode = "310000"
                return s
            }())
        #expect(only(.jointPlan, in: data).isEmpty)
    }

    @Test func rule7ApprovalOrder() {
        var data = F.compliant()
        F.product(&data) { p in p.steps = p.steps.filter { $0.stage != .governmentApproval } }
        #expect(only(.approvalOrder, in: data).map(\.severity) == [.error])
        data = F.compliant()
        F.product(&data) { p in
            let i = p.steps.firstIndex { $0.stage == .licence }!
            p.steps[i].date = F.d("2025-03-01") // before NMPA confirmation on 2025-03-20
        }
        let f = only(.approvalOrder, in: data)
        #expect(f.contains { $0.severity == .error && $0.message.en.contains("precedes") })
    }

    @Test func rule8ResidentStaff() {
        var data = F.compliant()
        data.residentStaff.upsert(
            {
                var r = data.residentStaff[id: "R2"]!
                r.to = F.d("2026-05-31")
                return r
            }())
        let f = only(.residentStaff, in: data)
        #expect(f.count == 1 && f[0].severity == .error && f[0].message.zh.contains("1 名"))
        // Not yet in production: no requirement.
        #expect(only(.residentStaff, in: data, today: F.d("2025-05-20")).isEmpty)
    }

    @Test func rule9DocumentAddresses() {
        var data = F.compliant()
        F.product(&data) { $0.licenceNamesBothAddresses = false }
        #expect(only(.documentAddresses, in: data).map(\.severity) == [.error])
        data = F.compliant()
        data.sites.upsert(
            {
                var s = data.sites[id: "SC"]!
                s.drugProduct = false
                return s
            }())
        #expect(only(.documentAddresses, in: data).map(\.severity) == [.error])
    }

    @Test func rule10AnnualCoverage() {
        var data = F.compliant()
        data.inspections.remove(id: "I26")
        data.samplings.remove(id: "S26")
        let f = only(.annualCoverage, in: data)
        #expect(f.count == 2 && f.allSatisfy { $0.severity == .warning })
        // A year that has ended uncovered is an error.
        data.inspections.remove(id: "I25")
        #expect(only(.annualCoverage, in: data).contains { $0.severity == .error && $0.message.en.contains("2025") })
        // One site missed.
        data = F.compliant()
        data.inspections.upsert(
            {
                var i = data.inspections[id: "I26"]!
                i.siteIds = ["SH"]
                return i
            }())
        #expect(only(.annualCoverage, in: data).contains { $0.message.en.contains("1/2 sites") })
    }

    @Test func rule11PilotEnd() {
        let data = F.compliant()
        #expect(only(.pilotEnd, in: data).isEmpty)
        // One finding for the province, about no product in particular.
        let near = only(.pilotEnd, in: data, today: F.d("2026-11-22"))
        #expect(near.map(\.severity) == [.warning] && near[0].productId == nil)
        #expect(near[0].message.zh.contains("P") && near[0].message.zh.contains("省局试点工作总结未登记"))
        #expect(only(.pilotEnd, in: data, today: F.d("2027-01-04")).map(\.severity) == [.error])
        var assessed = data
        F.product(&assessed) { $0.steps.append(StageStep(stage: .enterpriseAssessment, date: F.d("2026-12-10"))) }
        // Every enterprise assessed, the province's summary still missing.
        #expect(only(.pilotEnd, in: assessed, today: F.d("2027-01-04")).map(\.severity) == [.error])
        try! assessed.settings.insert(Setting(id: ProvinceSummary.settingKey, value: "2026-12-20 沪药监函〔2026〕88号"))
        #expect(only(.pilotEnd, in: assessed, today: F.d("2027-01-04")).isEmpty)
    }

    @Test func rule12Vaccines() {
        var data = F.compliant()
        F.product(&data) {
            $0.type = .multivalentVaccine
            $0.isVaccine = true
        }
        #expect(only(.vaccines, in: data).map(\.severity) == [.warning])
        F.product(&data) { $0.lotRelease = true }
        #expect(only(.vaccines, in: data).map(\.severity) == [.info])
    }

    @Test func rule13ConflictOfInterest() {
        var data = F.compliant()
        data.inspections.upsert(
            {
                var i = data.inspections[id: "I26"]!
                i.team = ["K1", "K2"]
                return i
            }())
        let f = only(.conflictOfInterest, in: data)
        #expect(f.count == 1 && f[0].severity == .error && f[0].record == .init(.inspection, "I26"))
        // A cancelled inspection is no longer a conflict.
        data.inspections.upsert(
            {
                var i = data.inspections[id: "I26"]!
                i.status = .cancelled
                return i
            }())
        #expect(only(.conflictOfInterest, in: data).isEmpty)
    }

    /// The rectification's three events: the report due 30 working days after the end (2026-03-04 → 04-16,
    /// across 清明), received, then the overall assessment due 20 working days later (04-10 → 05-12, across
    /// 劳动节 and the adjusted Saturday 05-09); each overdue on its own.
    @Test func rectificationReportThenAssessment() {
        var data = F.compliant()
        func edit(_ change: (inout Inspection) -> Void) {
            var i = data.inspections[id: "I26"]!
            change(&i)
            data.inspections.upsert(i)
        }
        edit {
            $0.conclusion = .pendingRectification
            $0.rectificationDue = DeadlineRule.rectificationReport.due(after: $0.end, calendar: bundledReference.calendar)
        }
        #expect(only(.rectificationDeadline, in: data, today: F.d("2026-04-16")).map(\.severity) == [.info])
        let late = only(.rectificationDeadline, in: data, today: F.d("2026-04-17"))
        #expect(late.map(\.severity) == [.error] && late[0].message.zh.contains("2026-04-16") && late[0].message.zh.contains("整改报告"))
        // A re-issued defect list gives 10 more working days: due 04-30.
        edit { $0.defectListReissuedOn = F.d("2026-03-20") }
        let reissued = only(.rectificationDeadline, in: data, today: F.d("2026-04-17"))
        #expect(reissued.map(\.severity) == [.info] && reissued[0].message.en.contains("2026-04-30"))
        #expect(only(.rectificationDeadline, in: data, today: F.d("2026-05-06")).map(\.severity) == [.error])
        // The report received is not the rectification completed: the assessment is now due.
        edit { $0.reportReceivedOn = F.d("2026-04-10") }
        #expect(only(.rectificationDeadline, in: data).isEmpty)
        let awaiting = only(.assessmentDeadline, in: data, today: F.d("2026-05-12"))
        #expect(awaiting.map(\.severity) == [.info] && awaiting[0].message.en.contains("2026-05-12"))
        #expect(only(.assessmentDeadline, in: data).map(\.severity) == [.error])
        #expect(data.inspections[id: "I26"]!.hasOpenRectification)
        edit {
            $0.overallAssessment = .compliant
            $0.overallAssessmentOn = F.d("2026-05-11")
        }
        #expect(only(.assessmentDeadline, in: data).isEmpty && only(.rectificationDeadline, in: data).isEmpty)
        #expect(!data.inspections[id: "I26"]!.hasOpenRectification)
    }

    /// An old store's closure date reads as the report received, so the assessment is still asked for.
    @Test func anOldClosureDateIsTheReportReceived() {
        var data = F.compliant()
        var i = data.inspections[id: "I26"]!
        i.conclusion = .pendingRectification
        i.rectificationDue = F.d("2026-04-01")
        i.rectificationClosed = F.d("2026-03-30")
        data.inspections.upsert(i)
        #expect(i.rectificationReportReceivedOn == F.d("2026-03-30"))
        #expect(only(.rectificationDeadline, in: data).isEmpty)
        // An older record could not hold an assessment: it is reported missing, not overdue.
        let old = only(.assessmentDeadline, in: data)
        #expect(old.map(\.severity) == [.info] && old[0].message.en.contains("older record"))
        // The same report recorded as received today's way, still unassessed after 20 working days, is overdue.
        i.reportReceivedOn = F.d("2026-03-30")
        data.inspections.upsert(i)
        #expect(only(.assessmentDeadline, in: data).map(\.severity) == [.error])
    }

    @Test func samplingFailureAndOverdueReport() {
        var data = F.compliant()
        data.samplings.upsert(
            {
                var s = data.samplings[id: "S26"]!
                s.conclusion = .fail
                return s
            }())
        let fail = only(.failedSampling, in: data)
        #expect(fail.count == 1 && fail[0].severity == .error && fail[0].message.en.contains("cannot be computed yet"))
        data.samplings.upsert(
            {
                var s = data.samplings[id: "S26"]!
                s.reportServedOn = F.d("2026-04-24")
                return s
            }())
        let served = only(.failedSampling, in: data)
        #expect(served.count == 1 && served[0].message.en.contains("window closed 2026-05-08"))
        data.samplings.upsert(
            {
                var s = data.samplings[id: "S26"]!
                s.conclusion = .pending
                s.reportDate = nil
                return s
            }())
        let overdue = only(.samplingReportDeadline, in: data)
        #expect(overdue.count == 1 && overdue[0].severity == .error)
        #expect(only(.samplingReportDeadline, in: data, today: F.d("2026-05-11")).isEmpty)
    }

    @Test func doubleBookingIsReported() {
        var data = F.compliant()
        try! data.inspections.insert(
            Inspection(
                id: "X", productId: "P", siteIds: ["SH"], type: .routine, start: F.d("2026-03-04"),
                end: F.d("2026-03-05"), team: ["K3"], status: .planned))
        #expect(only(.doubleBooking, in: data).count == 1)
    }

    @Test func brokenReferencesAreErrors() {
        var data = F.compliant()
        F.product(&data) { $0.holderId = "missing" }
        #expect(only(.references, in: data).contains { $0.severity == .error })
    }

    @Test func everyRuleHasASectionAndTitle() {
        #expect(Rule.pilotRules.count == 13)
        #expect(Set(Rule.catalog.map(\.id)).count == Rule.catalog.count)
        for rule in Rule.catalog { #expect(!rule.section.isEmpty && !rule.title.zh.isEmpty && !rule.title.en.isEmpty) }
    }

    @Test func riskMatrix() {
        #expect(RiskRating(intrinsic: .low, compliance: .low).relative == .low)
        #expect(RiskRating(intrinsic: .low, compliance: .high).relative == .medium)
        #expect(RiskRating(intrinsic: .medium, compliance: .high).relative == .high)
    }
}

@Suite struct RecordChecksTests {
    typealias F = Fixture

    @Test func caseCompletenessAndStagePath() throws {
        var data = F.compliant()
        F.product(&data) {
            $0.planRef = nil
            $0.risk = nil
        }
        let f = F.findings(data).filter { $0.rule == Rule.caseCompleteness.id }
        #expect(f.count == 2 && f.allSatisfy { $0.severity == .warning })
        let p = data.products[id: "P"]!
        // The next step after in-production is the summary; anything else needs a reason.
        #expect(StagePath.next(after: p.stage) == .enterpriseAssessment)
        #expect(throws: StagePath.Refusal.self) { try StagePath.advance(p, to: .licence, on: F.d("2026-07-01"), by: "u", reason: nil) }
        let summary = try StagePath.advance(p, to: .enterpriseAssessment, on: F.d("2026-12-01"), by: "u", reason: nil)
        #expect(summary.stage == .enterpriseAssessment && summary.steps.last?.by == "u")
        #expect(throws: StagePath.Refusal.self) { try StagePath.goBack(summary, reason: "") }
        #expect(try StagePath.goBack(summary, reason: "entered by mistake").stage == .inProduction)
        // A step past a missing one, with its reason: allowed and reported.
        var fresh = p
        fresh.steps = [StageStep(stage: .application, date: F.d("2024-11-01"))]
        let skipped = try StagePath.advance(
            fresh, to: .provincialPlan, on: F.d("2025-01-10"), by: "u", reason: "selection by the old procedure")
        data.products.upsert(skipped)
        #expect(F.findings(data).contains { $0.rule == "R7" && $0.message.en.contains("selection by the old procedure") })
    }

    @Test func fieldChecksAndReferences() {
        let data = F.compliant()
        var e = data.enterprises[id: "H"]!
        e.creditCode = "123"
        e.provinceCode = "999999"
        let problems = RecordChecks.enterprise(e, provinces: bundledReference.provinces)
        #expect(problems.contains { $0.field == .creditCode && $0.isError } && problems.contains { $0.field == .provinceCode })
        e.creditCode = "91350100M000100Y44"
        e.provinceCode = "310000"
        #expect(RecordChecks.enterprise(e, provinces: bundledReference.provinces).allSatisfy { !$0.isError })
        #expect(RecordChecks.references(to: .enterprise, id: "C", in: data).contains("SC (site)"))
        #expect(RecordChecks.references(to: .enterprise, id: "C", in: data).contains("K2 (inspector's conflict of interest)"))
        #expect(RecordChecks.references(to: .site, id: "SC", in: data).contains("P (product)"))
        #expect(RecordChecks.references(to: .inspector, id: "K2", in: data).isEmpty)
        var staff = data.residentStaff[id: "R1"]!
        staff.siteId = "SH"
        staff.to = F.d("2020-01-01")
        let s = RecordChecks.staff(staff, data)
        #expect(s.contains { $0.field == .to })
    }
}
