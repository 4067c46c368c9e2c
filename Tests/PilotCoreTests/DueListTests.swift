import Testing

@testable import PilotCore

/// The due list: one test per source, the grouping across a week boundary and a holiday, and the working days
/// left counted below zero once a date has passed.
@Suite struct DueListTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    func list(_ data: PilotData, today: CivilDate = Fixture.today) -> DueList {
        DueList(index: PilotIndex(data), today: today, calendar: calendar)
    }

    func items(_ data: PilotData, _ kind: DueKind, today: CivilDate = Fixture.today) -> [DueItem] {
        list(data, today: today).items.filter { $0.kind == kind }
    }

    func inspection(_ data: inout PilotData, _ id: String, _ change: (inout Inspection) -> Void) {
        var i = data.inspections[id: id]!
        change(&i)
        data.inspections.upsert(i)
    }

    /// A compliant store owes nothing but the pilot's end and the province's summary.
    @Test func aCompliantStoreOwesOnlyThePilotEndAndSummary() {
        #expect(list(Fixture.compliant()).items.map(\.kind) == [.provinceSummary, .pilotEnd])
    }

    @Test func aRectificationReportIsOwedByTheHolderAndOverdueCountsNegativeWorkingDays() {
        var data = Fixture.compliant()
        inspection(&data, "I26") { $0.rectificationDue = d("2026-04-16") }
        let found = items(data, .rectificationReport)
        let due = calendar.adding(workingDays: 30, to: d("2026-03-04"))
        #expect(found.count == 1)
        let item = found[0]
        #expect(item.due == due && item.group == .overdue)
        #expect(item.workingDaysLeft == -calendar.workingDays(from: due, to: Fixture.today) && item.workingDaysLeft < 0)
        #expect(item.from.zh == "测试持有人" && item.owner?.id == "K1" && item.record == Finding.RecordRef(.inspection, "I26"))
        #expect(item.productId == "P" && item.productName?.en == "Test mAb")
        #expect(list(data).overdueCount == 1)
    }

    @Test func onceTheReportIsInTheAssessmentIsOwedByTheInspectingUnit() {
        var data = Fixture.compliant()
        inspection(&data, "I26") {
            $0.rectificationDue = d("2026-04-16")
            $0.reportReceivedOn = d("2026-06-01")
        }
        #expect(items(data, .rectificationReport).isEmpty)
        let item = items(data, .overallAssessment)
        #expect(item.map(\.due) == [calendar.adding(workingDays: 20, to: d("2026-06-01"))])
        #expect(item.first?.from.zh == "中心" && item.first?.workingDaysLeft ?? 0 > 0)
        // The assessment recorded: nothing is owed.
        inspection(&data, "I26") {
            $0.overallAssessment = .compliant
            $0.overallAssessmentOn = d("2026-06-10")
        }
        #expect(items(data, .overallAssessment).isEmpty)
    }

    @Test func aPendingResultOwesTheLabItsReport() {
        var data = Fixture.compliant()
        try! data.samplings.insert(
            Sampling(
                id: "S9", productId: "P", segment: .drugProduct, batch: "B9", sampledOn: d("2026-06-01"), lab: "某所",
                conclusion: .pending))
        let item = items(data, .labReport)
        #expect(item.map(\.due) == [calendar.adding(workingDays: 25, to: d("2026-06-01"))])
        #expect(item.first?.from.zh == "某所" && item.first?.record == Finding.RecordRef(.sampling, "S9"))
    }

    @Test func aServedFailKeepsTheRetestWindowUntilItCloses() {
        var data = Fixture.compliant()
        var s = data.samplings[id: "S26"]!
        s.conclusion = .fail
        s.reportServedOn = d("2026-06-12")
        data.samplings.upsert(s)
        let due = calendar.adding(workingDays: 7, to: d("2026-06-12"))
        #expect(items(data, .retestWindow).map(\.due) == [due])
        // After the window the result stands: nothing is owed any more.
        #expect(items(data, .retestWindow, today: due.adding(days: 1)).isEmpty)
    }

    @Test func aPlannedInspectionIsDueOnItsFirstDayWithItsLeaderAsOwner() {
        var data = Fixture.compliant()
        try! data.inspections.insert(
            Inspection(
                id: "I27", productId: "P", siteIds: ["SH"], type: .routine, start: d("2026-07-06"), end: d("2026-07-07"),
                team: ["K3", "K1"], status: .planned))
        let item = items(data, .plannedInspection)
        #expect(item.map(\.due) == [d("2026-07-06")] && item.first?.owner?.name == "检查员三")
        #expect(list(data).owned(by: "检查员三").map(\.kind) == [.plannedInspection])
        #expect(list(data).owned(by: "k3").count == 1 && list(data).owned(by: "检查员一").isEmpty)
    }

    @Test func anUncoveredProductIsDueByTheYearsLastWorkingDay() {
        var data = Fixture.compliant()
        data.samplings.remove(id: "S26")
        let item = items(data, .coverageGap)
        #expect(item.map(\.due) == [d("2026-12-31")])
        #expect(item.first?.what.zh == "未覆盖：制剂抽检")
        #expect(item.first?.workingDaysLeft == calendar.workingDays(from: Fixture.today, to: d("2026-12-31")))
    }

    @Test func residentStaffShortfallsNowAndWhenADepartureOnFileLeavesFewerThanTwo() {
        var data = Fixture.compliant()
        var r = data.residentStaff[id: "R2"]!
        r.to = d("2026-06-30")
        data.residentStaff.upsert(r)
        let ahead = items(data, .residentStaff)
        #expect(ahead.map(\.due) == [d("2026-07-01")] && ahead.first?.record == Finding.RecordRef(.site, "SC"))
        r.to = d("2026-06-01")
        data.residentStaff.upsert(r)
        let now = items(data, .residentStaff)
        #expect(now.map(\.due) == [d("2026-06-02")] && now.first?.group == .overdue)
    }

    /// A product whose own plan (一品一策) asks for 3 resident staff is short with the 2 the national minimum accepts.
    @Test func residentStaffFollowTheProductsPlan() throws {
        var data = Fixture.compliant()
        #expect(items(data, .residentStaff).isEmpty)
        var p = try #require(data.products[id: "P"])
        var plan = SupervisionPlan.nationalMinimum
        plan.residentStaff = 3
        p.supervisionPlan = plan
        data.products.upsert(p)
        let short = items(data, .residentStaff)
        #expect(short.map(\.record) == [Finding.RecordRef(.site, "SC")] && short.first?.group == .overdue)
        #expect(short.first?.what.zh.hasPrefix("驻厂人员不足 3 名") == true && short.first?.what.en.hasPrefix("under 3 resident staff") == true)
    }

    @Test func thePilotEndsTheSummaryAndEnterpriseAssessmentsAreDue() {
        var data = Fixture.compliant()
        // Within 60 days of the end each product without an enterprise assessment is owed by its holder.
        let late = d("2026-11-26")
        #expect(items(data, .enterpriseAssessment, today: late).map(\.productId) == ["P"])
        #expect(items(data, .enterpriseAssessment).isEmpty)
        data.settings.upsert(Setting(id: ProvinceSummary.settingKey, value: "2026-11-20 沪药监函〔2026〕88号"))
        #expect(items(data, .provinceSummary, today: late).isEmpty)
        #expect(items(data, .pilotEnd, today: late).map(\.due) == [Rule.pilotEndDate])
        #expect(items(data, .pilotEnd, today: d("2027-01-04")).isEmpty)
    }

    /// Wednesday 2026-09-30, before 国庆 (10-01…10-07): Sunday 10-04 is this week with no working day left;
    /// Monday 10-05 is past the week boundary yet, a holiday, still none; Thursday 10-08 is the first.
    /// An open measure is due on its deadline (a seizure's computed by law: 7 working days across National Day),
    /// owned by its owner; a closed one, or one awaiting its test report, owes nothing.
    @Test func openMeasuresAreDueOnTheirDeadline() throws {
        var data = Fixture.compliant()
        let seize = Measure(
            id: "M-0001", productId: "P", answers: AnsweredFinding(.inspection, "I26"), kind: .sealSeize, decidedOn: d("2026-09-29"),
            decidedBy: "省局", owner: "王芳")
        var done = seize
        done.id = "M-0002"
        done.kind = .interview
        done.deadline = d("2026-10-20")
        done.status = .done
        done.closedOn = d("2026-10-19")
        done.evidence = "约谈记录"
        var waiting = seize
        waiting.id = "M-0003"
        waiting.needsTesting = true
        for m in [seize, done, waiting] { data.measures.upsert(m) }
        let found = items(data, .measure, today: d("2026-10-20"))
        #expect(found.count == 1)
        let item = try #require(found.first)
        #expect(item.due == d("2026-10-14") && item.group == .overdue && item.workingDaysLeft < 0)
        #expect(item.owner?.matches("王芳") == true && item.record == Finding.RecordRef(.measure, "M-0001"))
        #expect(item.what.zh.contains("查封") && item.productId == "P")
    }

    /// A measure's owner who is an inspector reads as the inspector does: by the English name in English.
    @Test func aMeasuresOwnerWhoIsAnInspectorHasTheirEnglishName() throws {
        let today = d("2026-11-26")
        let data = DemoData.make(today: today, reference: bundledReference)
        let item = try #require(items(data, .measure, today: today).first)
        let inspector = try #require(data.inspectors.records.first { $0.name == item.owner?.name })
        #expect(item.owner?.displayName(.en) == inspector.nameEn && item.owner?.matches(inspector.name) == true)
    }

    @Test func groupingAcrossAWeekBoundaryAndAHoliday() {
        var data = Fixture.compliant()
        for (id, day) in [("A", "2026-10-04"), ("B", "2026-10-05"), ("C", "2026-10-08"), ("D", "2026-11-02"), ("E", "2026-09-29")] {
            try! data.inspections.insert(
                Inspection(
                    id: id, productId: "P", siteIds: ["SH"], type: .routine, start: d(day), end: d(day), team: ["K1"], status: .planned))
        }
        let planned = items(data, .plannedInspection, today: d("2026-09-30"))
        #expect(planned.map(\.record?.id) == ["E", "A", "B", "C", "D"])
        #expect(planned.map(\.group) == [.overdue, .thisWeek, .next30Days, .next30Days, .later])
        #expect(planned.map(\.workingDaysLeft) == [-1, 0, 0, 1, calendar.workingDays(from: d("2026-09-30"), to: d("2026-11-02"))])
        #expect(DueList.within(7, of: d("2026-09-30"), planned).map(\.record?.id) == ["E", "A", "B"])
    }

    @Test func soonestFirstAcrossSources() {
        var data = Fixture.compliant()
        inspection(&data, "I26") { $0.rectificationDue = d("2026-04-16") }
        try! data.samplings.insert(
            Sampling(
                id: "S9", productId: "P", segment: .drugProduct, batch: "B9", sampledOn: d("2026-06-01"), lab: "某所",
                conclusion: .pending))
        let dues = list(data).items.map(\.due)
        #expect(dues == dues.sorted() && list(data).items.first?.kind == .rectificationReport)
    }
}
