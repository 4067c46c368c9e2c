import Testing

@testable import PilotCore

/// A due measure's row: who owes it (the holder for what the enterprise must do, the deciding unit for the
/// regulator's own acts), and an overdue row never reading 0 working days.
@Suite struct DueMeasureRowTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    func item(_ kind: MeasureKind, deadline: CivilDate, today: CivilDate) throws -> DueItem {
        var data = Fixture.compliant()
        data.measures.upsert(
            Measure(
                id: "M-0001", productId: "P", answers: AnsweredFinding(.inspection, "I26"), kind: kind, decidedOn: d("2026-06-01"),
                decidedBy: "省局", owner: "王芳", deadline: deadline))
        let list = DueList(index: PilotIndex(data), today: today, calendar: calendar)
        return try #require(list.items.first { $0.kind == .measure })
    }

    /// Each kind, as the law gives it: the enterprise rectifies, recalls, stops and attends; the regulator
    /// warns, decides on what it sealed, investigates, penalises and hands over.
    @Test(arguments: [
        (MeasureKind.warning, "省局"), (.interview, "测试持有人"), (.rectification, "测试持有人"), (.suspendProduction, "测试持有人"),
        (.suspendSales, "测试持有人"), (.suspendUse, "测试持有人"), (.recall, "测试持有人"), (.sealSeize, "省局"),
        (.investigation, "省局"), (.penalty, "省局"), (.referral, "省局"),
    ])
    func theRowNamesThePartyThatOwesIt(_ kind: MeasureKind, _ from: String) throws {
        let row = try item(kind, deadline: d("2026-06-30"), today: d("2026-06-03"))
        #expect(row.from.zh == from, "\(kind)")
        #expect(kind.owedBy == (from == "省局" ? .regulator : .enterprise))
    }

    /// A recall due Friday 2026-11-20 seen on Sunday 11-22: no working day lies between, yet it is missed, so it
    /// reads -1 (not "0", which reads as due today); Monday is still -1, Tuesday -2.
    @Test func anOverdueRowReadsAtLeastMinusOne() throws {
        #expect(calendar.workingDays(from: d("2026-11-22"), to: d("2026-11-20")) == 0)
        for (today, left) in [("2026-11-21", -1), ("2026-11-22", -1), ("2026-11-23", -1), ("2026-11-24", -2)] {
            let row = try item(.recall, deadline: d("2026-11-20"), today: d(today))
            #expect(row.group == .overdue && row.workingDaysLeft == left && row.daysLeftText == String(left), "\(today)")
        }
        // Due today is not overdue: 0 stays 0.
        let dueToday = try item(.recall, deadline: d("2026-11-20"), today: d("2026-11-20"))
        #expect(dueToday.group == .thisWeek && dueToday.workingDaysLeft == 0)
    }
}
