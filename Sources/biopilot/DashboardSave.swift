import DashboardUI
import PilotCore
import PilotStore

extension DashboardCommand {
    /// Runs a `.save` effect as one commit. Inside it (under the store's lock, after catching up with other
    /// writers) new records are numbered from the current data, so an add never replaces another member's
    /// record. Each change keeps the before-state its author saw: if the record changed since, the store
    /// writes nothing and the dashboard gets `.saveConflicted` with the current data loaded first.
    func save(_ edit: RecordEdit, store: Store, state: inout AppState) {
        guard !state.context.readOnly else {
            _ = reduce(&state, .saveFinished(ok: false, message: state.context.refusal(state.language)))
            return
        }
        var written = edit
        do {
            try store.commit(user: common.user) { data in
                written = edit.allocatingIDs(in: data)
                return Edit(changes: written.changes.map(Self.storeChange), reason: written.reason, conflicts: written.conflicts)
            }
            _ = reduce(&state, .dataChanged(store.data, revision: store.revision))
            _ = reduce(&state, .saveFinished(ok: true, message: written.done[state.language], saved: written))
        } catch let error as StoreError where error.kind == .conflict {
            _ = reduce(&state, .dataChanged(store.data, revision: store.revision))
            _ = reduce(&state, .saveConflicted(message: "\(error)"))
        } catch {
            // The form stays open with what was typed; the store is unchanged.
            _ = reduce(&state, .dataChanged(store.data, revision: store.revision))
            _ = reduce(&state, .saveFinished(ok: false, message: "\(error)"))
        }
    }

    static func storeChange(_ change: RecordEdit.Change) -> Change {
        switch (change.before, change.after) {
        case (nil, let after?): return .create(after)
        case (let before?, nil): return .delete(before)
        case (let before?, let after?): return .update(from: before, to: after)
        case (nil, nil): fatalError("an edit without a record")
        }
    }
}
