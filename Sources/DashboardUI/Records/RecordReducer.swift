import PilotCore

/// Adding, editing and deleting records, moving products along the pilot path, and `:log`.
enum RecordReducer {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func add(_ state: inout AppState, _ kind: EntityKind) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state), let blank = RecordForms.blank(kind, state: state) else { return [] }
        state.form = RecordForms.form(blank, state: state, editing: false)
        return []
    }

    static func edit(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        guard let record = state.model.index.data.record(kind, id: id) else {
            state.message = StatusMessage(text: state.language == .zh ? "没有 \(kind.rawValue) \(id)" : "no \(kind.rawValue) \(id)", isError: true)
            return []
        }
        state.form = RecordForms.form(record, state: state, editing: true)
        return []
    }

    static func askDelete(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        let L = state.language
        guard let record = state.model.index.data.record(kind, id: id) else {
            state.message = StatusMessage(text: L == .zh ? "没有 \(kind.rawValue) \(id)" : "no \(kind.rawValue) \(id)", isError: true)
            return []
        }
        let users = RecordChecks.references(to: kind, id: id, in: state.model.index.data)
        guard users.isEmpty else {
            let list = users.prefix(4).joined(separator: ", ") + (users.count > 4 ? " …" : "")
            state.message = StatusMessage(text: (L == .zh ? "不能删除 \(id)：仍被引用 " : "cannot delete \(id): still referred to by ") + list, isError: true)
            return []
        }
        state.prompt = .confirm(.delete(record))
        return []
    }

    /// Deletes the record as it was shown when the question was asked (its before-state).
    static func delete(_ state: inout AppState, _ record: AnyRecord) -> [Effect] {
        let id = record.id
        if record.kind == .product, state.products.detail?.productId == id { state.products.detail = nil }
        return [.save(RecordEdit(changes: [.init(before: record, after: nil)], reason: nil, conflicts: nil, done: b("已删除 \(id)", "deleted \(id)")))]
    }

    static func productCommand(_ state: inout AppState, _ command: Command, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state), let product = state.model.index.data.products[id: id] else { return [] }
        let L = state.language
        switch command {
        case .advanceStage:
            guard let next = StagePath.next(after: product.stage) else {
                state.message = StatusMessage(text: L == .zh ? "\(id) 已到最后一步" : "\(id) is at the last step", isError: true)
                return []
            }
            let stages = PilotStage.allCases
            state.form = FormState(
                title: b("\(id) 试点步骤", "\(id): step of the pilot path"),
                fields: [
                    FormField("stage", b("步骤", "Step"), choice: next.rawValue, values: stages.map(\.rawValue), labels: stages.map { $0.label[L] }),
                    FormField("date", b("日期", "Date"), text: state.model.today.description),
                    FormField("reason", b("理由（跳步时必填）", "Reason (if not the next)"), text: ""),
                ],
                focus: 1, purpose: .stageStep(id), original: .product(product))
        case .stageBack:
            state.prompt = .reason(.stageBack(product), TextInput())
        case .deleteRecord:
            return askDelete(&state, .product, id)
        default:
            break
        }
        return []
    }

    static func stageBack(_ state: inout AppState, _ product: PilotProduct, _ reason: String) -> [Effect] {
        let id = product.id
        do {
            let back = try StagePath.goBack(product, reason: reason)
            return [.save(RecordEdit(changes: [.init(before: .product(product), after: .product(back))], reason: reason, conflicts: nil,
                                     done: b("\(id) 已撤回至 \(back.stage?.label.zh ?? "—")", "\(id) back to \(back.stage?.label.en ?? "—")")))]
        } catch {
            state.message = StatusMessage(text: state.language == .zh ? "需要理由" : "a reason is required", isError: true)
            return []
        }
    }

    /// The record `:log` is about: the case or product, the selected inspection, or the selected sampling.
    static func log(_ state: inout AppState) -> [Effect] {
        switch state.pane {
        case .products, .coverage:
            let id = state.products.detail?.productId ?? (state.pane == .coverage ? state.selectedCoverageLine?.productId : state.selectedRow?.product.id)
            return id.map { [.showLog(.product, $0)] } ?? []
        case .calendar:
            return Agenda.selectedInspection(state).map { [.showLog(.inspection, $0.id)] } ?? []
        case .sampling:
            return state.selectedSampling.map { [.showLog(.sampling, $0.sampling.id)] } ?? []
        }
    }
}

/// The step form (`>` in a case): the next step by default; another step, or a date before the last one,
/// needs a reason, which is kept on the step and in the journal.
enum StageForm {
    static func handle(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
        var form = form
        let L = state.language
        // The step is taken from the product as the form opened (its before-state), not as the model is now.
        guard case .stageStep(let id) = form.purpose, case .product(let product)? = form.original else { return [] }
        switch form.handle(key) {
        case .cancel:
            state.form = nil
        case .ignored, .moved, .edited:
            let expected = StagePath.next(after: product.stage)
            form.info = form["stage"].text == expected?.rawValue ? nil
                : (L == .zh ? "不是下一步（\(expected?.label.zh ?? "—")），需填写理由" : "not the next step (\(expected?.label.en ?? "—")): a reason is required")
            form["date"].error = CivilDate(form["date"].text.trimmed) == nil ? (L == .zh ? "不是日期" : "not a date") : nil
            state.form = form
        case .submit:
            state.form = form
            guard let stage = PilotStage(rawValue: form["stage"].text), let date = CivilDate(form["date"].text.trimmed) else {
                state.message = StatusMessage(text: L == .zh ? "请先改正标记的字段" : "correct the marked fields first", isError: true)
                return []
            }
            let reason = form["reason"].text.trimmed
            do {
                let advanced = try StagePath.advance(product, to: stage, on: date, by: state.context.user, reason: reason.isEmpty ? nil : reason)
                return [.save(RecordEdit(changes: [.init(before: .product(product), after: .product(advanced))],
                                         reason: reason.isEmpty ? nil : reason, conflicts: nil,
                                         done: Bilingual(zh: "\(id)：\(stage.label.zh)（\(date)）", en: "\(id): \(stage.label.en) (\(date))")))]
            } catch {
                switch error {
                case .reasonRequired(let text): state.message = StatusMessage(text: text[L], isError: true)
                case .dateBeforePreviousStep(let d):
                    state.message = StatusMessage(text: L == .zh ? "日期早于上一步（\(d)），需填写理由" : "the date is before the previous step (\(d)): a reason is required", isError: true)
                case .nothingToUndo: break
                }
            }
        }
        return []
    }
}
