import PilotCore

extension AnnualReport {
    /// Risk-control measures decided in the year, by kind (every kind listed, zeros included).
    static func measuresByKind(_ measures: [Measure], _ L: Language) -> [Count] {
        MeasureKind.allCases.map { k in Count(key: k.rawValue, label: k.label[L], count: measures.filter { $0.kind == k }.count) }
    }

    /// The same measures by status, then those of them open past their deadline on `today`.
    static func measuresByStatus(
        _ measures: [Measure], _ L: Language, today: CivilDate, deadlines: Deadlines, calendar: WorkingCalendar
    ) -> [Count] {
        MeasureStatus.allCases.map { s in Count(key: s.rawValue, label: s.label[L], count: measures.filter { $0.status == s }.count) }
            + [
                Count(
                    key: "overdue", label: Bilingual(zh: "其中逾期未办结", en: "of which open past the deadline")[L],
                    count: measures.filter { $0.isOverdue(today: today, deadlines: deadlines, calendar: calendar) }.count)
            ]
    }
}
