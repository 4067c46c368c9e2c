import DashboardUI
import PilotCore
import PilotStore

extension EffectRunner {
    /// Runs a `.save` effect as one commit. Inside it (under the store's lock, after catching up with other
    /// writers) new records are numbered from the current data, so an add never replaces another member's
    /// record. Each change keeps the before-state its author saw: if the record changed since, the store
    /// writes nothing and the dashboard gets `.saveConflicted` with the current data loaded first.
    func save(_ edit: RecordEdit, in state: AppState) -> [Action] {
        guard !state.context.readOnly else {
            return [.saveFinished(ok: false, message: state.context.refusal(state.language))]
        }
        var written = edit
        do {
            let entries = try store.commit(user: user) { data in
                written = edit.allocatingIDs(in: data)
                return Edit(changes: written.changes.compactMap(Self.storeChange), reason: written.reason, conflicts: written.conflicts)
            }
            // Other members' edits the commit caught up with first, then ours: the model follows them all.
            return connectionBack(in: state) + [
                .dataChanged(store.data, revision: store.revision, changes: caughtUpChanges(then: entries)),
                .saveFinished(ok: true, message: written.done[state.language], saved: written),
            ]
        } catch let error as StoreError where error.kind == .conflict {
            return [.dataChanged(store.data, revision: store.revision), .saveConflicted(message: errorText(error, state.language))]
        } catch let error as StoreError where error.kind == .unreachable {
            // The form stays open with what was typed; what a reconnection caught up with before the loss is loaded.
            return connectionLost(error, in: state) + [
                .dataChanged(store.data, revision: store.revision, changes: caughtUpChanges()),
                .saveFinished(ok: false, message: unsavedWhileOffline(error, in: state)),
            ]
        } catch {
            // The form stays open with what was typed; the store is unchanged.
            return [
                .dataChanged(store.data, revision: store.revision), .saveFinished(ok: false, message: errorText(error, state.language)),
            ]
        }
    }

    /// The store's change for a dashboard change; one with no record on either side changes nothing and is dropped.
    static func storeChange(_ change: RecordEdit.Change) -> Change? {
        switch (change.before, change.after) {
        case (nil, let after?): return .create(after)
        case (let before?, nil): return .delete(before)
        case (let before?, let after?): return .update(from: before, to: after)
        case (nil, nil): return nil
        }
    }
}
