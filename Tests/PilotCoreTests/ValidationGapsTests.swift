import Testing

@testable import PilotCore

private typealias F = Fixture

/// Issue 13 item 13: dates in the wrong order are refused by the record checks (so forms, `set` and imports agree),
/// a voided sampling counts nowhere, and dates are read as imports read them.
@Suite struct ValidationGapsTests {
    static let provinces = bundledReference.provinces

    func errors(_ record: AnyRecord, today: CivilDate = F.today) -> [RecordChecks.Problem<EntityField>] {
        RecordChecks.check(record, in: F.compliant(), provinces: Self.provinces, today: today).filter(\.isError)
    }

    @Test func anInspectionCannotBeCompletedBeforeItEnds() throws {
        var i = try #require(F.compliant().inspections[id: "I26"]) // 2026-03-02 – 2026-03-04, completed
        #expect(errors(.inspection(i)).isEmpty)
        i.end = F.d("2026-06-16") // the day after today
        let problems = errors(.inspection(i))
        #expect(problems.map(\.field) == [.inspection(.end)])
        #expect(problems.first?.message.zh.contains("结束日期 2026-06-16 晚于今天（2026-06-15）") == true)
        #expect(problems.first?.message.en.contains("ends 2026-06-16, after today") == true)
        // Planned, the same dates are fine; ending today is fine.
        i.status = .planned
        #expect(errors(.inspection(i)).isEmpty)
        i.status = .completed
        i.end = F.today
        #expect(errors(.inspection(i)).isEmpty)
    }

    @Test func aRectificationReportCannotBeReceivedBeforeTheInspectionEnded() throws {
        var i = try #require(F.compliant().inspections[id: "I26"])
        i.reportReceivedOn = F.d("2026-03-03")
        let problems = errors(.inspection(i))
        #expect(problems.map(\.field) == [.inspection(.reportReceivedOn)])
        #expect(problems.first?.message.en == "report received 2026-03-03, before the inspection ended (2026-03-04)")
        i.reportReceivedOn = F.d("2026-03-04")
        #expect(errors(.inspection(i)).isEmpty)
    }

    @Test func anOverallAssessmentCannotPrecedeTheReportItAssesses() throws {
        var i = try #require(F.compliant().inspections[id: "I26"]) // ended 2026-03-04
        i.overallAssessment = OverallAssessment.allCases.first
        i.overallAssessmentOn = F.d("2026-03-03")
        var problems = errors(.inspection(i))
        #expect(problems.map(\.field) == [.inspection(.overallAssessmentOn)])
        #expect(problems.first?.message.en == "assessed 2026-03-03, before the inspection ended (2026-03-04)")
        i.reportReceivedOn = F.d("2026-04-01")
        i.overallAssessmentOn = F.d("2026-03-20")
        problems = errors(.inspection(i))
        #expect(problems.first?.message.zh == "综合评定日期 2026-03-20 早于整改报告收到日期 2026-04-01")
        i.overallAssessmentOn = F.d("2026-04-01")
        #expect(errors(.inspection(i)).isEmpty, "the day the report came is fine")
    }

    @Test func aLabReportCannotPrecedeTheSamplesReceipt() throws {
        var s = try #require(F.compliant().samplings[id: "S26"]) // sampled 2026-04-01, reported 2026-04-21
        s.receivedOn = F.d("2026-04-25")
        let problems = errors(.sampling(s))
        #expect(problems.map(\.field) == [.sampling(.reportDate)])
        #expect(problems.first?.message.zh == "报告日期 2026-04-21 早于收样日期 2026-04-25")
        s.receivedOn = F.d("2026-03-30")
        #expect(errors(.sampling(s)).map(\.field) == [.sampling(.receivedOn)])
        s.receivedOn = F.d("2026-04-02")
        #expect(errors(.sampling(s)).isEmpty)
    }

    @Test func aPastStartIsAWarningToConfirmNotARefusal() {
        #expect(RecordChecks.startsInPast(F.d("2026-03-02"), today: F.today)?.zh == "开始日期 2026-03-02 已过去")
        #expect(RecordChecks.startsInPast(F.today, today: F.today) == nil)
    }

    @Test func aVoidedSamplingCountsNowhere() {
        var data = F.compliant()
        #expect(Coverage.report(year: 2026, asOf: F.today, index: PilotIndex(data)).products[0].sampling)
        var s = data.samplings[id: "S26"]!
        s.voided = SamplingVoid(date: F.today, reason: "录错品种")
        data.samplings.upsert(s)
        let index = PilotIndex(data)
        #expect(!Coverage.report(year: 2026, asOf: F.today, index: index).products[0].sampling)
        #expect(index.samplings(of: "P").map(\.id) == ["S25"])
        #expect(SamplingSummary.byProduct(data, year: 2026, today: F.today, calendar: bundledReference.calendar).isEmpty)
        // Kept in the store, voided.
        #expect(data.samplings[id: "S26"]?.voided?.reason == "录错品种")
    }

    @Test func aVoidedOverdueReportIsNoFinding() {
        var data = F.compliant()
        var s = Sampling(
            id: "S9", productId: "P", segment: .drugProduct, batch: "B9", sampledOn: F.d("2026-01-05"), lab: "某所", conclusion: .pending)
        data.samplings.upsert(s)
        #expect(F.findings(data).contains { $0.record?.id == "S9" })
        s.voided = SamplingVoid(date: F.today, reason: "录错品种")
        data.samplings.upsert(s)
        #expect(!F.findings(data).contains { $0.record?.id == "S9" })
    }

    @Test func theDemoShowsAVoidedSamplingThatCoversNothing() throws {
        let today = F.d("2026-11-22")
        let data = DemoData.make(today: today, reference: bundledReference)
        let voided = data.samplings.records.filter(\.isVoided)
        #expect(voided.map(\.productId) == ["P09"] && voided.first?.segment == .drugProduct && voided.first?.conclusion == .pass)
        let p09 = try #require(Coverage.report(year: 2026, asOf: today, index: PilotIndex(data)).products.first { $0.productId == "P09" })
        #expect(!p09.sampling)
    }

    @Test func datesAreReadAsImportsReadThem() {
        let today = F.d("2026-11-22")
        for text in ["2026-03-05", "2026-3-5", "2026/3/5", "2026.3.5", "2026年3月5日", " 2026/03/05 "] {
            #expect(CivilDate(lenient: text, today: today) == F.d("2026-03-05"), "\(text)")
        }
        #expect(CivilDate(lenient: "12-8", today: today) == F.d("2026-12-08"))
        #expect(CivilDate(lenient: "3月5日", today: today) == F.d("2026-03-05"))
        // A sheet has no today: a year-less date is not read.
        #expect(CivilDate(lenient: "12-8") == nil)
        for bad in ["-2026-03-05", "2026--03-05", "2026/+3/5", "２０２６-3-5", "26-3-5", "2026-3-5-1", "下周一", ""] {
            #expect(CivilDate(lenient: bad, today: today) == nil, "\(bad)")
        }
        #expect(CivilDate.problem(lenient: "2026/2/30", today: today)?.en == "2026/2/30: February 2026 has 28 days")
        #expect(CivilDate.problem(lenient: "2026-02-30", today: today)?.zh == "2026-02-30：2026 年 2 月只有 28 天")
        #expect(CivilDate.problem(lenient: "2-30", today: today)?.en == "2-30: February 2026 has 28 days")
        #expect(CivilDate.problem(lenient: "13-1", today: today)?.en == "13-1: the month must be 01–12")
        #expect(CivilDate.problem(lenient: "下周一", today: today)?.zh.hasPrefix("不是日期") == true)
        #expect(CivilDate.problem(lenient: "12-8", today: today) == nil)
    }
}
