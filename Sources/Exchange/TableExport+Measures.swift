import PilotCore

extension TableExport {
    /// Risk-control measures: the stored fields, then the due date in force (computed for 查封、扣押 by the store's
    /// deadline rules, else as entered) and whether the measure is overdue on `today`.
    static func measureColumns(calendar: WorkingCalendar, today: CivilDate) -> [Column<Measure, PilotData>] {
        [
            Column(key: "id", zh: "编号", en: "ID") { r, _ in r.id },
            Column(key: "product_id", zh: "品种编号", en: "Product ID") { r, _ in r.productId },
            Column(key: "answers_kind", zh: "针对", en: "Answers", words: word(AnsweredFinding.Kind.self, \.label)) { r, _ in
                r.answers.kind.rawValue
            },
            Column(key: "answers_id", zh: "针对记录编号", en: "Answers ID") { r, _ in r.answers.id },
            Column(key: "kind", zh: "措施", en: "Measure", words: word(MeasureKind.self, \.label)) { r, _ in r.kind.rawValue },
            Column(key: "decided_on", zh: "决定日期", en: "Decided on") { r, _ in r.decidedOn.description },
            Column(key: "decided_by", zh: "决定机关", en: "Decided by") { r, _ in r.decidedBy },
            Column(key: "owner", zh: "责任人", en: "Owner") { r, _ in r.owner },
            Column(key: "deadline_entered", zh: "录入期限", en: "Deadline entered") { r, _ in text(r.deadline) },
            Column(key: "needs_testing", zh: "需要检验", en: "Needs testing", words: yesNo) { r, _ in text(r.needsTesting) },
            Column(key: "test_report_on", zh: "检验报告日期", en: "Test report on") { r, _ in text(r.testReportOn) },
            Column(key: "due", zh: "期限", en: "Due") { r, i in text(r.dueDate(i.deadlines, calendar: calendar)) },
            Column(key: "status", zh: "状态", en: "Status", words: word(MeasureStatus.self, \.label)) { r, _ in r.status.rawValue },
            Column(key: "overdue", zh: "逾期", en: "Overdue", words: yesNo) { r, i in
                text(r.isOverdue(today: today, deadlines: i.deadlines, calendar: calendar))
            },
            Column(key: "closed_on", zh: "办结日期", en: "Closed on") { r, _ in text(r.closedOn) },
            Column(key: "evidence", zh: "办结依据", en: "Evidence") { r, _ in r.evidence ?? "" },
        ]
    }
}
