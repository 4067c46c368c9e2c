import PilotCore

extension MeasureField: FormFieldKey { public var formID: FormFieldID { .record(.measure(self)) } }

/// The risk-control measure form (风险控制措施): add one answering a finding (an inspection or a sampling of the
/// product), edit it, or mark it done with the day and the evidence. The same form from the case, the calendar's
/// inspection card and the sampling pane.
enum MeasureForms: FormKind {
    typealias Field = MeasureField

    /// A finding as a choice value: `inspection:INS-0003`.
    static func value(_ f: AnsweredFinding) -> String { "\(f.kind.rawValue):\(f.id)" }

    static func finding(_ value: String) -> AnsweredFinding? {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = AnsweredFinding.Kind(rawValue: parts[0]) else { return nil }
        return AnsweredFinding(kind, parts[1])
    }

    /// The product's inspections and samplings, newest first, as the choices of the `answers` field.
    static func findings(of productId: String, state: AppState) -> (values: [String], labels: [String]) {
        let L = state.language
        let index = state.model.index
        let inspections = index.inspections(of: productId).sorted { ($0.start, $0.id) > ($1.start, $1.id) }.map { i in
            (
                value(AnsweredFinding(.inspection, i.id)),
                "\(i.id) \(i.start) \(i.type.label[L]) \(i.conclusion?.label[L] ?? i.status.label[L])"
            )
        }
        let samplings = index.samplings(of: productId).sorted { ($0.sampledOn, $0.id) > ($1.sampledOn, $1.id) }.map { s in
            (value(AnsweredFinding(.sampling, s.id)), "\(s.id) \(s.sampledOn) \(s.batch) \(s.conclusion.label[L])")
        }
        let all = samplings + inspections
        return (all.map(\.0), all.map(\.1))
    }

    static func answersSpec(_ productId: String, _ chosen: String, state: AppState) -> FormField.Spec {
        let choices = findings(of: productId, state: state)
        return .choice(
            Bilingual(zh: "针对", en: "Answers"), choices.values.contains(chosen) ? chosen : (choices.values.first ?? ""),
            values: choices.values, labels: choices.labels)
    }

    static func form(_ m: Measure, state: AppState, editing: Bool) -> FormState {
        let L = state.language
        let products = state.model.index.data.products.records.sorted { $0.id < $1.id }
        let title =
            editing
            ? Bilingual(zh: "修改风险控制措施 \(m.id)", en: "Edit risk-control measure \(m.id)")
            : Bilingual(zh: "新增风险控制措施", en: "Add a risk-control measure")
        let purpose: FormPurpose = editing ? .editMeasure(m.id) : .newMeasure
        var form = FormState(title: title, purpose: purpose, original: editing ? .measure(m) : nil) { (field: Field) in
            switch field {
            case .productId:
                .choice(
                    Bilingual(zh: "品种", en: "Product"), m.productId, values: products.map(\.id),
                    labels: products.map { "\($0.id) \($0.displayName(L))" })
            case .answers: answersSpec(m.productId, value(m.answers), state: state)
            case .kind:
                .choice(
                    Bilingual(zh: "措施", en: "Measure"), m.kind.rawValue, values: MeasureKind.allCases.map(\.rawValue),
                    labels: MeasureKind.allCases.map { $0.label[L] })
            case .decidedOn: .date(Bilingual(zh: "决定日期", en: "Decided on"), m.decidedOn, state)
            case .decidedBy: .text(Bilingual(zh: "决定机关", en: "Decided by"), m.decidedBy)
            // Chosen from the task force by name (typing searches names and pinyin), so `m` in the due pane finds it.
            case .owner: .pick(Bilingual(zh: "责任人", en: "Owner"), m.owner.isEmpty ? [] : [m.owner], .members, .optional)
            case .deadline: .date(Bilingual(zh: "期限（法定的自动计算）", en: "Deadline (unless by law)"), m.deadline, state)
            case .needsTesting: .toggle(Bilingual(zh: "需要检验（查封、扣押）", en: "Needs testing (seizure)"), m.needsTesting == true)
            case .testReportOn: .date(Bilingual(zh: "检验报告日期", en: "Test report on"), m.testReportOn, state)
            case .status:
                .choice(
                    Bilingual(zh: "状态", en: "Status"), m.status.rawValue, values: MeasureStatus.allCases.map(\.rawValue),
                    labels: MeasureStatus.allCases.map { $0.label[L] })
            case .closedOn: .date(Bilingual(zh: "办结/解除日期", en: "Closed on"), m.closedOn, state)
            case .evidence: .text(Bilingual(zh: "办结依据", en: "Evidence"), m.evidence ?? "")
            }
        }
        validate(&form, state: state)
        return form
    }

    /// A new measure answering `finding` of `productId`: decided today by the product's lead province, owned by
    /// the user.
    static func newForm(productId: String, finding: AnsweredFinding?, state: AppState) -> FormState {
        let index = state.model.index
        let province = index.data.products[id: productId].flatMap { index.leadProvince(of: $0) }
        let authority = province.flatMap { state.model.provinces.named(code: $0) }.map { $0.name + "药品监督管理局" } ?? ""
        let draft = Measure(
            id: RecordEdit.provisionalID, productId: productId, answers: finding ?? AnsweredFinding(.sampling, ""),
            kind: finding?.kind == .inspection ? .rectification : .sealSeize, decidedOn: state.model.today, decidedBy: authority,
            owner: state.context.user)
        var form = form(draft, state: state, editing: false)
        form.focus(on: Field.kind)
        return form
    }

    /// The measure's form set to done, today, with the cursor on the evidence.
    static func doneForm(_ m: Measure, state: AppState) -> FormState {
        var done = m
        done.status = .done
        done.closedOn = done.closedOn ?? state.model.today
        var form = form(m, state: state, editing: true)
        form[Field.status].input = TextInput(done.status.rawValue)
        form[Field.closedOn].input = TextInput(done.closedOn?.description ?? "")
        form.isEdited = true
        validate(&form, state: state)
        form.focus(on: Field.evidence)
        return form
    }

    static func text(_ form: FormState, _ field: Field) -> String { form[field].text.trimmed }

    /// A new product lists its own findings to answer.
    static func fillDependents(_ form: inout FormState, after field: FormFieldID, state: AppState) {
        guard field == Field.productId.formID, let i = form.index(of: Field.answers) else { return }
        form.fields[i] = FormField(Field.answers.formID, answersSpec(form[Field.productId].text, form[Field.answers].text, state: state))
    }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        form.clearErrors()
        for field in [Field.decidedOn, .deadline, .testReportOn, .closedOn] {
            if let problem = form[field].dateProblem { form[field].error = problem[L] }
        }
        if form[Field.decidedOn].text.trimmed.isEmpty { form[Field.decidedOn].error = FormStrings.required[L] }
        form.info = nil
        guard let draft = measure(form, checked: false) else { return }
        for problem in RecordChecks.measure(draft, state.model.index.data, today: state.model.today) where problem.isError {
            if form[problem.field].error == nil { form[problem.field].error = problem.message[L] }
        }
        form.info = deadlineText(draft, state: state)[L]
    }

    /// "处理决定期限 2026-10-14（7 个工作日，《药品管理法》第一百条…）" for the form's info line.
    static func deadlineText(_ m: Measure, state: AppState) -> Bilingual {
        let data = state.model.index.data
        switch m.deadline(data.deadlines, calendar: state.model.calendar) {
        case .computed(let due, let rule, _):
            return Bilingual(zh: "\(rule.title.zh)：\(due)（\(rule.period.zh)）", en: "\(rule.title.en): \(due) (\(rule.period.en))")
        case .entered(let due): return Bilingual(zh: "期限 \(due)", en: "due \(due)")
        case .awaitingTestReport:
            return Bilingual(
                zh: "检验报告出具后 \(data.deadlines.sealDecisionAfterTest.period.zh)内作出决定",
                en: "decision due \(data.deadlines.sealDecisionAfterTest.period.en) after the test report")
        case .none: return Bilingual(zh: "未定期限", en: "no deadline")
        }
    }

    /// The measure the form describes, or nil while a field is marked (or, unchecked, while a date is unreadable).
    static func measure(_ form: FormState, checked: Bool = true) -> Measure? {
        guard form.isValid || !checked, let decided = form[Field.decidedOn].date,
            let kind = MeasureKind(rawValue: form[Field.kind].text), let status = MeasureStatus(rawValue: form[Field.status].text)
        else { return nil }
        let seizure = kind.hasStatutoryDeadline
        var m = Measure(
            id: form.original?.id ?? RecordEdit.provisionalID, productId: form[Field.productId].text,
            answers: finding(form[Field.answers].text) ?? AnsweredFinding(.sampling, ""), kind: kind, decidedOn: decided,
            decidedBy: text(form, .decidedBy), owner: text(form, .owner), deadline: seizure ? nil : form[Field.deadline].date,
            needsTesting: seizure && form[Field.needsTesting].on ? true : nil,
            testReportOn: seizure && form[Field.needsTesting].on ? form[Field.testReportOn].date : nil, status: status,
            closedOn: form[Field.closedOn].date, evidence: text(form, .evidence).isEmpty ? nil : text(form, .evidence))
        // An edited seizure keeps the deadline stored before (the form shows the computed one instead).
        if seizure, case .measure(let opened)? = form.original { m.deadline = opened.deadline }
        return m
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        guard let record = measure(form) else { return .invalid }
        let done =
            form.original == nil
            ? Bilingual(zh: "已新增风险控制措施 \(record.id)", en: "added risk-control measure \(record.id)")
            : Bilingual(zh: "已修改风险控制措施 \(record.id)", en: "updated risk-control measure \(record.id)")
        let change = form.original.map { RecordEdit.Change(before: $0, after: .measure(record)) } ?? RecordEdit.create(.measure(record))
        return .save(RecordEdit(changes: [change], reason: nil, conflicts: nil, done: done))
    }
}
