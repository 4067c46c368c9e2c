import PilotCore

/// The ways out of a save refused because someone else changed the record. Nothing was written; whatever is
/// saved next carries their version as its before-state, so the store checks it again.
enum ConflictReducer {
    /// Opens the overlay for the edit just refused, against the record now loaded. False when the refusal
    /// cannot be shown as a conflict of that edit (an undo, several records): the caller shows the message.
    static func open(_ state: inout AppState) -> Bool {
        guard let edit = state.pendingEdit, !edit.isUndo, edit.changes.count == 1,
            let change = edit.changes.first, let base = change.before
        else { return false }
        let theirs = state.model.index.data.record(base.kind, id: base.id)
        guard theirs != base else { return false }
        let L = state.language
        let id = base.id
        if theirs == change.after {
            // Someone else made the very same change: there is nothing left to save.
            state.form = nil
            state.message = StatusMessage(
                text: Bilingual(zh: "\(id)：其他用户已做了相同的修改", en: "\(id): another user made the same change")[L], isError: false)
            return true
        }
        state.conflict = ConflictState(edit: edit, base: base, theirs: theirs, mine: change.after, form: state.form)
        state.form = nil
        if case .reason = state.prompt { state.prompt = nil }
        // Short, for the status line: the overlay says the rest.
        let text =
            theirs == nil
            ? Bilingual(zh: "未保存：已被其他用户删除", en: "not saved: deleted by another user")
            : Bilingual(zh: "未保存：已被其他用户修改", en: "not saved: changed by another user")
        state.message = StatusMessage(text: text[L], isError: true)
        return true
    }

    /// A command from the conflict's key table.
    static func run(_ state: inout AppState, _ conflict: ConflictState, _ command: Command) -> [Effect] {
        var conflict = conflict
        switch command {
        case .keepTheirs: return keepTheirs(&state, conflict)
        case .applyMine: return applyMine(&state, conflict)
        case .keepEditing: return keepEditing(&state, conflict)
        case .down: conflict.scroll = min(conflict.scroll + 1, max(0, conflict.rows(state.language).count - 1))
        case .up: conflict.scroll = max(0, conflict.scroll - 1)
        case .help:
            state.showHelp = true
        default: break
        }
        state.conflict = conflict
        return []
    }

    static func keepTheirs(_ state: inout AppState, _ conflict: ConflictState) -> [Effect] {
        state.conflict = nil
        let id = conflict.id
        let text =
            conflict.deletedByThem
            ? Bilingual(zh: "\(id) 保持删除；已放弃你的修改", en: "\(id) stays deleted; yours discarded")
            : Bilingual(zh: "已保留对方的 \(id)；已放弃你的修改", en: "kept their version of \(id); yours discarded")
        state.message = StatusMessage(text: text[state.language], isError: false)
        return []
    }

    static func applyMine(_ state: inout AppState, _ conflict: ConflictState) -> [Effect] {
        let L = state.language
        let id = conflict.id
        guard let theirs = conflict.theirs else {
            state.message = StatusMessage(
                text: Bilingual(zh: "\(id) 已被删除：e 作为新记录继续编辑，t 放弃", en: "\(id) was deleted: e edits it as new, t discards")[L], isError: true
            )
            return []
        }
        let edit = conflict.edit
        let data = state.model.index.data
        state.conflict = nil
        if let form = conflict.form, let merged = conflict.merged {
            // Through the form's own save: its checks run against their version, and its before-state is theirs.
            let rebased = FormRebase.rebased(form, theirs: theirs, merged: merged, state: state)
            // A reason already given for scheduling conflicts is kept.
            let effects = FormReducer.submit(&state, rebased, reason: edit.conflicts == nil ? nil : edit.reason)
            if effects.isEmpty, state.form != nil, state.prompt == nil {
                let hint = Bilingual(zh: "在对方的版本上未通过校验：请改正标记的字段", en: "fails the checks on their version: correct the marked fields")
                let refusal = state.message.flatMap { $0.isError ? $0.text + " — " : nil } ?? ""
                state.message = StatusMessage(text: refusal + hint[L], isError: true)
            }
            return effects
        }
        guard let merged = conflict.merged else {
            // Your delete, of their version: still refused while something refers to it.
            let users = RecordChecks.references(to: conflict.kind, id: conflict.id, in: data, language: L)
            guard users.isEmpty else {
                state.message = StatusMessage(
                    text: Bilingual(zh: "不能删除 \(conflict.id)：仍被引用 ", en: "cannot delete \(conflict.id): still referred to by ")[L]
                        + users.prefix(4).joined(separator: ", "), isError: true)
                return []
            }
            return [
                .save(
                    RecordEdit(
                        changes: [.init(before: theirs, after: nil)], reason: edit.reason, conflicts: edit.conflicts, done: edit.done))
            ]
        }
        if let problem = RecordChecks.check(merged, in: data, provinces: state.model.provinces, today: state.model.today).first(
            where: \.isError)
        {
            state.message = StatusMessage(text: Bilingual(zh: "未保存：", en: "not saved: ")[L] + problem.message[L], isError: true)
            return []
        }
        return [
            .save(
                RecordEdit(changes: [.init(before: theirs, after: merged)], reason: edit.reason, conflicts: edit.conflicts, done: edit.done)
            )
        ]
    }

    static func keepEditing(_ state: inout AppState, _ conflict: ConflictState) -> [Effect] {
        let L = state.language
        let id = conflict.id
        state.conflict = nil
        guard let form = conflict.form else {
            // An action without a form: there is nothing to go back to, and nothing was saved.
            state.message = StatusMessage(text: Bilingual(zh: "未保存任何内容", en: "nothing was saved")[L], isError: false)
            return []
        }
        if let theirs = conflict.theirs, let merged = conflict.merged {
            state.form = FormRebase.rebased(form, theirs: theirs, merged: merged, state: state)
            state.message = StatusMessage(
                text: Bilingual(zh: "对方的版本加上你的修改；Enter 保存", en: "their version plus your changes; Enter saves")[L], isError: false)
        } else if let mine = conflict.mine, let asNew = FormRebase.asNew(form, mine: mine, state: state) {
            state.form = asNew
            state.message = StatusMessage(
                text: Bilingual(zh: "\(id) 已被删除：Enter 另存为新记录", en: "\(id) was deleted: Enter saves yours as new")[L], isError: false)
        } else {
            state.message = StatusMessage(
                text: Bilingual(zh: "\(id) 已被删除；未保存任何内容", en: "\(id) was deleted; nothing was saved")[L], isError: false)
        }
        return []
    }
}
