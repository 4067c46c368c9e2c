import PilotCore

/// Adding, editing and deleting records, moving products along the pilot path, and `:log`.
enum RecordReducer {
    static func add(_ state: inout AppState, _ kind: EntityKind) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        guard let blank = RecordForms.blank(kind, state: state) else {
            state.message = StatusMessage(text: whereAdded(kind)[state.language], isError: true)
            return []
        }
        state.form = RecordForms.form(blank, state: state, editing: false)
        return []
    }

    /// Where a kind without a blank form of its own is added: each needs a day, a product or a finding first.
    static func whereAdded(_ kind: EntityKind) -> Bilingual {
        switch kind {
        case .inspection: Bilingual(zh: "检查在日历中安排：选中日期按 a", en: "inspections are scheduled in the calendar: pick a day, press a")
        case .sampling: Bilingual(zh: "抽检在抽检面板按 a 新增", en: "samplings are added in the sampling pane with a")
        case .measure:
            Bilingual(
                zh: "风险控制措施针对一项发现：在品种档案中按 n 选中检查或抽检，再按 m",
                en: "a measure answers a finding: in the case select an inspection or sampling with n, then press m")
        case .setting: Bilingual(zh: "设置用命令行修改：biopilot set setting 键=值", en: "settings are changed with: biopilot set setting KEY=VALUE")
        case .enterprise, .site, .product, .staff, .inspector: Bilingual(zh: "", en: "")
        }
    }

    static func noRecord(_ kind: EntityKind, _ id: String) -> Bilingual {
        Bilingual(zh: "没有 \(kind.rawValue) \(id)", en: "no \(kind.rawValue) \(id)")
    }

    static func edit(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        guard let record = state.model.index.data.record(kind, id: id) else {
            state.message = StatusMessage(text: noRecord(kind, id)[state.language], isError: true)
            return []
        }
        state.form = RecordForms.form(record, state: state, editing: true)
        return []
    }

    static func askDelete(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        let L = state.language
        guard let record = state.model.index.data.record(kind, id: id) else {
            state.message = StatusMessage(text: noRecord(kind, id)[L], isError: true)
            return []
        }
        let users = RecordChecks.references(to: kind, id: id, in: state.model.index.data, language: L)
        guard users.isEmpty else {
            let list = users.prefix(4).joined(separator: ", ") + (users.count > 4 ? " …" : "")
            let text = Bilingual(zh: "不能删除 \(id)：仍被引用 ", en: "cannot delete \(id): still referred to by ")
            state.message = StatusMessage(text: text[L] + list, isError: true)
            return []
        }
        switch record {
        // A pilot product is a case, a measure a decision: deleting one is explained in the journal, like every other
        // removal from the plan. (A measure that stands but no longer applies is lifted, not deleted.)
        case .product, .measure: state.prompt = .reason(.delete(record), TextInput())
        // A sampling is evidence: one entered by mistake is voided with a reason, never deleted.
        case .sampling(let sampling):
            guard !sampling.isVoided else {
                state.message = StatusMessage(text: Bilingual(zh: "抽检 \(id) 已作废", en: "sampling \(id) is already voided")[L], isError: true)
                return []
            }
            state.prompt = .reason(.voidSampling(sampling), TextInput())
        default: state.prompt = .confirm(.delete(record))
        }
        return []
    }

    /// Deletes the record as it was shown when the question was asked (its before-state).
    static func delete(_ state: inout AppState, _ record: AnyRecord, reason: String? = nil) -> [Effect] {
        let id = record.id
        if record.kind == .product, state.products.detail?.productId == id { state.products.detail = nil }
        return [
            .save(
                RecordEdit(
                    changes: [.init(before: record, after: nil)], reason: reason, conflicts: nil,
                    done: Bilingual(zh: "已删除 \(id)", en: "deleted \(id)")))
        ]
    }

    /// Voids the sampling as it was shown when asked: one journal edit, undone with `u` like any other.
    static func void(_ state: inout AppState, _ sampling: Sampling, reason: String) -> [Effect] {
        var voided = sampling
        voided.voided = SamplingVoid(date: state.model.today, reason: reason)
        return [
            .save(
                RecordEdit(
                    changes: [.init(before: .sampling(sampling), after: .sampling(voided))], reason: reason, conflicts: nil,
                    done: Bilingual(zh: "抽检 \(sampling.id) 已作废（u 撤销）", en: "sampling \(sampling.id) voided (u undoes)")))
        ]
    }

    static func productCommand(_ state: inout AppState, _ command: Command, _ id: String) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state), let product = state.model.index.data.products[id: id] else { return [] }
        let L = state.language
        switch command {
        case .advanceStage:
            guard let next = StagePath.next(after: product.stage) else {
                state.message = StatusMessage(text: Bilingual(zh: "\(id) 已到最后一步", en: "\(id) is at the last step")[L], isError: true)
                return []
            }
            state.form = StageForm.form(product, next: next, state: state)
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
            return [
                .save(
                    RecordEdit(
                        changes: [.init(before: .product(product), after: .product(back))], reason: reason, conflicts: nil,
                        done: Bilingual(zh: "\(id) 已撤回至 \(back.stage?.label.zh ?? "—")", en: "\(id) back to \(back.stage?.label.en ?? "—")")
                    ))
            ]
        } catch {
            state.message = StatusMessage(text: Bilingual(zh: "需要理由", en: "a reason is required")[state.language], isError: true)
            return []
        }
    }

    /// `:log`: the audit trail of the record selected in the pane (the open case, the selected inspection or
    /// sampling); with arguments (`all`, `user NAME`, `since DATE`, `until DATE`) the whole journal's, narrowed.
    static func log(_ state: inout AppState, _ words: [String] = []) -> [Effect] {
        guard !words.isEmpty else {
            return state.pane.component.selectedRecord(state).map { [.showLog(LogQuery(kind: $0.kind, id: $0.id))] } ?? []
        }
        switch LogQuery.parse(words) {
        case .success(let query): return [.showLog(query)]
        case .failure(let problem):
            state.message = StatusMessage(text: problem.message[state.language], isError: true)
            return []
        }
    }
}
