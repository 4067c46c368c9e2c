/// A rectification's three events: the report due (30 working days after the inspection ends, 10 more
/// after a re-issued defect list), the report received, and the overall assessment (due 20 working days
/// after the report was received).
public struct RectificationStatus: Hashable, Sendable {
    public let reportDue: DeadlineStatus
    public let reportReceivedOn: CivilDate?
    /// Known once the report is received.
    public let assessmentDue: DeadlineStatus?
    public let assessment: OverallAssessment?
    public let assessedOn: CivilDate?

    /// nil when the inspection calls for no rectification.
    public init?(_ i: Inspection, deadlines: Deadlines, today: CivilDate, calendar: WorkingCalendar) {
        guard i.needsRectification else { return nil }
        let report = deadlines.rectificationReport
        var due = report.due(after: i.end, calendar: calendar)
        if i.defectListReissuedOn != nil { due = deadlines.defectListReissue.due(after: due, calendar: calendar) }
        reportReceivedOn = i.rectificationReportReceivedOn
        // Once the report is in, it is no longer overdue: the status counts to the day it arrived.
        reportDue = report.status(due: due, start: i.end, today: reportReceivedOn ?? today, calendar: calendar)
        assessment = i.overallAssessment
        assessedOn = i.overallAssessmentOn
        let assessed = i.overallAssessmentOn
        assessmentDue = i.rectificationReportReceivedOn.map {
            deadlines.overallAssessment.status(after: $0, today: assessed ?? today, calendar: calendar)
        }
    }

    /// The years any of these due dates were estimated in.
    public var estimatedYears: [Int] { Array(Set(reportDue.estimatedYears + (assessmentDue?.estimatedYears ?? []))).sorted() }
}
