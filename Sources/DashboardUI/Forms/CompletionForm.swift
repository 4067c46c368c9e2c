import PilotCore

/// Completing an inspection: its end, the defects found and the on-site conclusion; then the rectification's
/// events as they happen (a re-issued defect list, the report received, the overall assessment and its date).
/// Shows the due dates from the rules in force.
enum CompletionForm: FormKind {
    typealias Field = CompletionFormField

    static func form(_ inspection: Inspection, state: AppState) -> FormState {
        let L = state.language
        let title = Bilingual(zh: "完成检查 \(inspection.id)", en: "Complete inspection \(inspection.id)")
        let purpose = FormPurpose.completeInspection(inspection.id)
        let choices = OverallAssessment.allCases
        var form = FormState(title: title, purpose: purpose, original: .inspection(inspection)) { (field: Field) in
            switch field {
            case .end: .date(Bilingual(zh: "结束日期", en: "Ended on"), inspection.end, state)
            case .critical: .text(Bilingual(zh: "严重缺陷", en: "Critical (严重)"), String(inspection.defects?.critical ?? 0))
            case .major: .text(Bilingual(zh: "主要缺陷", en: "Major (主要)"), String(inspection.defects?.major ?? 0))
            case .general: .text(Bilingual(zh: "一般缺陷", en: "General (一般)"), String(inspection.defects?.general ?? 0))
            case .conclusion:
                .choice(
                    Bilingual(zh: "现场检查结论", en: "On-site conclusion"), (inspection.conclusion ?? .compliant).rawValue,
                    values: OnSiteConclusion.allCases.map(\.rawValue), labels: OnSiteConclusion.allCases.map { $0.label[L] })
            case .reissuedOn:
                .date(Bilingual(zh: "缺陷清单调整重发日期", en: "Defect list re-issued on"), inspection.defectListReissuedOn, state)
            case .reportReceivedOn:
                .date(Bilingual(zh: "整改报告收到日期", en: "Rectification report received"), inspection.rectificationReportReceivedOn, state)
            case .assessment:
                .choice(
                    Bilingual(zh: "综合评定", en: "Overall assessment"), inspection.overallAssessment?.rawValue ?? "",
                    values: [""] + choices.map(\.rawValue), labels: [FormStrings.noChoice] + choices.map { $0.label[L] })
            case .assessedOn: .date(Bilingual(zh: "综合评定日期", en: "Assessed on"), inspection.overallAssessmentOn, state)
            }
        }
        validate(&form, state: state)
        return form
    }

    static func count(_ form: FormState, _ field: Field) -> Int? { Int(form[field].text.trimmed).flatMap { $0 >= 0 ? $0 : nil } }

    /// An optional date field: .some(nil) when empty, nil when it cannot be read.
    static func date(_ form: FormState, _ field: Field) -> CivilDate?? {
        if form[field].text.trimmed.isEmpty { return .some(nil) }
        return form[field].date.map { .some($0) } ?? nil
    }

    /// The inspection as the form describes it, or nil while a field cannot be read.
    static func completed(_ form: FormState, state: AppState) -> Inspection? {
        guard case .inspection(let inspection)? = form.original,
            let end = form[Field.end].date,
            let critical = count(form, .critical), let major = count(form, .major), let general = count(form, .general),
            let conclusion = OnSiteConclusion(rawValue: form[Field.conclusion].text),
            let reissued = date(form, .reissuedOn), let received = date(form, .reportReceivedOn), let assessedOn = date(form, .assessedOn)
        else { return nil }
        var done = inspection
        done.status = .completed
        done.end = end
        done.defects = Defects(critical: critical, major: major, general: general)
        done.conclusion = conclusion
        let needed = done.defects.map { $0.total > 0 } == true || conclusion != .compliant
        done.rectificationDue =
            needed ? state.model.index.data.deadlines.rectificationReport.due(after: end, calendar: state.model.calendar) : nil
        done.defectListReissuedOn = reissued
        // The report received replaces an old store's closure date.
        if received != inspection.rectificationReportReceivedOn {
            done.reportReceivedOn = received
            done.rectificationClosed = nil
        }
        done.overallAssessment = OverallAssessment(rawValue: form[Field.assessment].text)
        done.overallAssessmentOn = assessedOn
        return done
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        form.clearErrors()
        if form[Field.end].date == nil { form[Field.end].error = form[Field.end].dateProblem?[L] ?? FormStrings.notADateShort[L] }
        for field in [Field.critical, .major, .general] where count(form, field) == nil {
            form[field].error = Bilingual(zh: "应为非负整数", en: "a whole number ≥ 0")[L]
        }
        for field in [Field.reissuedOn, .reportReceivedOn, .assessedOn] where date(form, field) == nil {
            form[field].error = form[field].dateProblem?[L] ?? FormStrings.notADateShort[L]
        }
        form.notes = []
        if !form[Field.assessment].text.isEmpty, date(form, .assessedOn) == .some(nil) {
            form[Field.assessedOn].error = Bilingual(zh: "有综合评定时必填", en: "required with an assessment")[L]
        }
        let done = completed(form, state: state)
        // The record's own checks (not completed before it ends, no report before the end), beside their fields.
        for problem in done.map({ RecordChecks.inspection($0, today: state.model.today) }) ?? [] {
            let field: Field =
                switch problem.field {
                case .end: .end
                case .reportReceivedOn: .reportReceivedOn
                case .overallAssessmentOn: .assessedOn
                }
            if form[field].error == nil { form[field].error = problem.message[L] }
        }
        form.info = done.map { RectificationText.summary($0, state: state)[L] }
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        guard form.isValid, case .completeInspection(let id) = form.purpose, case .inspection(let inspection)? = form.original,
            let done = completed(form, state: state)
        else { return .invalid }
        let summary = RectificationText.short(done, state: state)
        return .save(
            RecordEdit(
                changes: [.init(before: .inspection(inspection), after: .inspection(done))], reason: nil,
                conflicts: nil, done: Bilingual(zh: "\(id) 已完成\(summary.zh)", en: "\(id) completed\(summary.en)")))
    }
}
