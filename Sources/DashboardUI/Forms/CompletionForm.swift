import PilotCore

/// Completing an inspection: its end, the defects found and the conclusions; shows the rectification due date.
enum CompletionForm: FormKind {
    typealias Field = CompletionFormField

    static func form(_ inspection: Inspection, state: AppState) -> FormState {
        let L = state.language
        let title = Bilingual(zh: "完成检查 \(inspection.id)", en: "Complete inspection \(inspection.id)")
        let purpose = FormPurpose.completeInspection(inspection.id)
        var form = FormState(title: title, purpose: purpose, original: .inspection(inspection)) { (field: Field) in
            switch field {
            case .end: .text(Bilingual(zh: "结束日期", en: "Ended on"), inspection.end.description)
            case .critical: .text(Bilingual(zh: "严重缺陷", en: "Critical (严重)"), String(inspection.defects?.critical ?? 0))
            case .major: .text(Bilingual(zh: "主要缺陷", en: "Major (主要)"), String(inspection.defects?.major ?? 0))
            case .general: .text(Bilingual(zh: "一般缺陷", en: "General (一般)"), String(inspection.defects?.general ?? 0))
            case .conclusion:
                .choice(
                    Bilingual(zh: "现场检查结论", en: "On-site conclusion"), (inspection.conclusion ?? .compliant).rawValue,
                    values: OnSiteConclusion.allCases.map(\.rawValue), labels: OnSiteConclusion.allCases.map { $0.label[L] })
            case .assessment: .text(Bilingual(zh: "综合评定", en: "Overall assessment"), inspection.assessment ?? "")
            }
        }
        validate(&form, state: state)
        return form
    }

    static func count(_ form: FormState, _ field: Field) -> Int? { Int(form[field].text.trimmingSpaces()).flatMap { $0 >= 0 ? $0 : nil } }

    static func completion(_ form: FormState) -> (end: CivilDate, defects: Defects, conclusion: OnSiteConclusion)? {
        guard let end = CivilDate(form[Field.end].text.trimmingSpaces()),
            let critical = count(form, .critical), let major = count(form, .major), let general = count(form, .general),
            let conclusion = OnSiteConclusion(rawValue: form[Field.conclusion].text)
        else { return nil }
        return (end, Defects(critical: critical, major: major, general: general), conclusion)
    }

    /// A rectification is due when there are defects or the conclusion is not "compliant".
    static func rectificationDue(
        _ end: CivilDate, _ defects: Defects, _ conclusion: OnSiteConclusion,
        calendar: WorkingCalendar
    ) -> CivilDate? {
        defects.total > 0 || conclusion != .compliant ? DeadlineRule.rectification.due(after: end, calendar: calendar) : nil
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        form.clearErrors()
        if CivilDate(form[Field.end].text.trimmingSpaces()) == nil { form[Field.end].error = FormStrings.notADateShort[L] }
        for field in [Field.critical, .major, .general] where count(form, field) == nil {
            form[field].error = Bilingual(zh: "应为非负整数", en: "a whole number ≥ 0")[L]
        }
        form.notes = []
        form.info = completion(form).map { c in
            if let due = rectificationDue(c.end, c.defects, c.conclusion, calendar: state.model.calendar) {
                Bilingual(zh: "整改期限：\(due)（结束后 20 个工作日）", en: "Rectification due \(due) (20 working days after the end)")[L]
            } else {
                Bilingual(zh: "无需整改", en: "No rectification due")[L]
            }
        }
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        guard case .completeInspection(let id) = form.purpose, case .inspection(let inspection)? = form.original,
            let c = completion(form)
        else { return .invalid }
        var done = inspection
        done.status = .completed
        done.end = c.end
        done.defects = c.defects
        done.conclusion = c.conclusion
        let assessment = form[Field.assessment].text.trimmingSpaces()
        done.assessment = assessment.isEmpty ? nil : assessment
        done.rectificationDue = rectificationDue(c.end, c.defects, c.conclusion, calendar: state.model.calendar)
        let due = done.rectificationDue.map { Bilingual(zh: "，整改期限 \($0)", en: ", rectification due \($0)") } ?? Bilingual(zh: "", en: "")
        return .save(
            RecordEdit(
                changes: [.init(before: .inspection(inspection), after: .inspection(done))], reason: nil,
                conflicts: nil, done: Bilingual(zh: "\(id) 已完成\(due.zh)", en: "\(id) completed\(due.en)")))
    }
}
