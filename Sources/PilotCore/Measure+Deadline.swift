extension Measure {
    /// The measure's deadline under the store's deadline rules (`PilotData.deadlines`, with its overrides).
    public func deadline(_ deadlines: Deadlines, calendar: WorkingCalendar) -> MeasureDeadline {
        guard kind.hasStatutoryDeadline else { return deadline.map(MeasureDeadline.entered) ?? .none }
        if needsTesting == true {
            guard let report = testReportOn else { return .awaitingTestReport }
            let rule = deadlines.sealDecisionAfterTest
            return .computed(rule.due(after: report, calendar: calendar), rule: rule, start: report)
        }
        let rule = deadlines.sealDecision
        return .computed(rule.due(after: decidedOn, calendar: calendar), rule: rule, start: decidedOn)
    }

    /// The due date, when there is one.
    public func dueDate(_ deadlines: Deadlines, calendar: WorkingCalendar) -> CivilDate? { deadline(deadlines, calendar: calendar).date }

    /// Where the deadline stands today: a computed one by its rule's unit, an entered one in calendar days.
    public func deadlineStatus(_ deadlines: Deadlines, today: CivilDate, calendar: WorkingCalendar) -> DeadlineStatus? {
        switch deadline(deadlines, calendar: calendar) {
        case .computed(let due, let rule, let start): rule.status(due: due, start: start, today: today, calendar: calendar)
        case .entered(let due): DeadlineStatus(due: due, overdueBy: due.days(until: today))
        case .awaitingTestReport, .none: nil
        }
    }

    /// Open and past its deadline.
    public func isOverdue(today: CivilDate, deadlines: Deadlines, calendar: WorkingCalendar) -> Bool {
        isOpen && deadlineStatus(deadlines, today: today, calendar: calendar)?.isOverdue == true
    }
}
