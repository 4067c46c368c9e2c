import PilotCore

/// Adding, editing and deleting records, moving products along the pilot path, and `:log`.
enum RecordReducer {
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    static func add(_ state: inout AppState, _ kind: EntityKind) -> [Effect] {
        guard !CalendarReducer.refuseReadOnly(&state), let blank = RecordForms.blank(kind, state: state) else { return [] }
        state.form = RecordForms.form(blank, state: state, editing: false)
        return []
    }

    static func edit(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !CalendarReducer.refuseReadOnly(&state) else { return [] }
        guard let record = state.model.index.data.record(kind, id: id) else {
            state.message = StatusMessage(text: state.language == .zh ? "没有 \(kind.rawValue) \(id)" : "no \(kind.rawValue) \(id)", isError: true)
            return []
        }
        state.form = RecordForms.form(record, state: state, editing: true)
        return []
    }

    static func askDelete(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !CalendarReducer.refuseReadOnly(&state) else { return [] }
        let L = state.language
        guard state.model.index.data.record(kind, id: id) != nil else {
            state.message = StatusMessage(text: L == .zh ? "没有 \(kind.rawValue) \(id)" : "no \(kind.rawValue) \(id)", isError: true)
            return []
        }
        let users = RecordChecks.references(to: kind, id: id, in: state.model.index.data)
        guard users.isEmpty else {
            let list = users.prefix(4).joined(separator: ", ") + (users.count > 4 ? " …" : "")
            state.message = StatusMessage(text: (L == .zh ? "不能删除 \(id)：仍被引用 " : "cannot delete \(id): still referred to by ") + list, isError: true)
            return []
        }
        state.prompt = .confirm(.delete(kind, id))
        return []
    }

    static func delete(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard let record = state.model.index.data.record(kind, id: id) else { return [] }
        if kind == .product, state.products.detail?.productId == id { state.products.detail = nil }
        return [.save(RecordEdit(changes: [.init(before: record, after: nil)], reason: nil, conflicts: nil, done: b("已删除 \(id)", "deleted \(id)")))]
    }

    static func productCommand(_ state: inout AppState, _ command: Command, _ id: String) -> [Effect] {
        guard !CalendarReducer.refuseReadOnly(&state), let product = state.model.index.data.products[id: id] else { return [] }
        let L = state.language
        switch command {
        case .advanceStage:
            guard let next = StagePath.next(after: product.stage) else {
                state.message = StatusMessage(text: L == .zh ? "\(id) 已到最后一步" : "\(id) is at the last step", isError: true)
                return []
            }
            _ = next
            state.prompt = .stageDate(id, TextInput(state.model.today.description))
        case .stageBack:
            state.prompt = .reason(.stageBack(id), TextInput())
        case .deleteRecord:
            return askDelete(&state, .product, id)
        default:
            break
        }
        return []
    }

    static func advanceStage(_ state: inout AppState, _ id: String, _ text: String) -> [Effect] {
        let L = state.language
        guard let product = state.model.index.data.products[id: id], let next = StagePath.next(after: product.stage) else { return [] }
        guard let date = CivilDate(text.trimmed) else {
            state.message = StatusMessage(text: L == .zh ? "“\(text)”不是日期" : "\"\(text)\" is not a date", isError: true)
            return []
        }
        do {
            let advanced = try StagePath.advance(product, to: next, on: date, by: state.context.user, reason: nil)
            state.prompt = nil
            return [.save(RecordEdit(changes: [.init(before: .product(product), after: .product(advanced))], reason: nil, conflicts: nil,
                                     done: b("\(id)：\(next.label.zh)（\(date)）", "\(id): \(next.label.en) (\(date))")))]
        } catch {
            if case .dateBeforePreviousStep(let d) = error {
                state.message = StatusMessage(text: L == .zh ? "日期早于上一步（\(d)）" : "the date is before the previous step (\(d))", isError: true)
            }
            return []
        }
    }

    static func stageBack(_ state: inout AppState, _ id: String, _ reason: String) -> [Effect] {
        guard let product = state.model.index.data.products[id: id] else { return [] }
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
