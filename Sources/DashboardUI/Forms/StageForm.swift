import PilotCore

/// The step form (`>` in a case): the next step by default; another step, or a date before the last one,
/// needs a reason, which is kept on the step and in the journal.
enum StageForm: FormKind {
    typealias Field = StageFormField

    /// The form for the product's next step, on today, with the cursor on the date.
    static func form(_ product: PilotProduct, next: PilotStage, state: AppState) -> FormState {
        let L = state.language
        let stages = PilotStage.allCases
        let title = Bilingual(zh: "\(product.id) 试点步骤", en: "\(product.id): step of the pilot path")
        var form = FormState(title: title, purpose: .stageStep(product.id), original: .product(product)) { (field: Field) in
            switch field {
            case .stage:
                .choice(Bilingual(zh: "步骤", en: "Step"), next.rawValue, values: stages.map(\.rawValue), labels: stages.map { $0.label[L] })
            case .date: .date(Bilingual(zh: "日期", en: "Date"), state.model.today, state)
            case .reason: .text(Bilingual(zh: "理由（跳步时必填）", en: "Reason (if not the next)"), "")
            }
        }
        form.focus(on: Field.date)
        validate(&form, state: state)
        return form
    }

    /// The product as the form opened: its step is taken from that (the before-state), not from the model now.
    static func product(_ form: FormState) -> PilotProduct? {
        guard case .product(let product)? = form.original else { return nil }
        return product
    }

    static func date(_ form: FormState) -> CivilDate? { form[Field.date].date }

    static func validate(_ form: inout FormState, state: AppState) {
        let L = state.language
        let expected = product(form).flatMap { StagePath.next(after: $0.stage) }
        form.info =
            form[Field.stage].text == expected?.rawValue
            ? nil
            : Bilingual(
                zh: "不是下一步（\(expected?.label.zh ?? "—")），需填写理由",
                en: "not the next step (\(expected?.label.en ?? "—")): a reason is required")[L]
        form[Field.date].error = date(form) == nil ? form[Field.date].dateProblem?[L] ?? FormStrings.notADateShort[L] : nil
    }

    static func submission(_ form: FormState, state: AppState, reason _: String?) -> FormSubmission {
        let L = state.language
        guard let product = product(form), let stage = PilotStage(rawValue: form[Field.stage].text), let date = date(form) else {
            return .invalid
        }
        let id = product.id
        let typed = form[Field.reason].text.trimmed
        let reason = typed.isEmpty ? nil : typed
        do {
            let advanced = try StagePath.advance(product, to: stage, on: date, by: state.context.user, reason: reason)
            return .save(
                RecordEdit(
                    changes: [.init(before: .product(product), after: .product(advanced))], reason: reason, conflicts: nil,
                    done: Bilingual(zh: "\(id)：\(stage.label.zh)（\(date)）", en: "\(id): \(stage.label.en) (\(date))")))
        } catch {
            switch error {
            case .reasonRequired(let text): return .refused(text[L])
            case .dateBeforePreviousStep(let d):
                return .refused(
                    Bilingual(
                        zh: "日期早于上一步（\(d)），需填写理由",
                        en: "the date is before the previous step (\(d)): a reason is required")[L])
            case .nothingToUndo: return .invalid
            }
        }
    }

    /// Cancelling the step form says nothing: the case it was opened from is still in view.
    static var cancelNotice: Bilingual? { nil }
}
