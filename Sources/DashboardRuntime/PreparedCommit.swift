import PilotCore
import PilotStore

/// An edit whose preparation is long (a whole sheet parsed and checked) committed without holding the
/// store's exclusive lock for it (audit D9: a 100k-row import froze every dashboard and CLI command).
/// The edit is prepared against the store as last read; under the lock only the revision is compared, and
/// if another writer came in between, the edit is prepared again against the data as it now is.
enum PreparedCommit {
    static func run<Prepared>(
        _ store: any Store, user: String, reason: String?, write: Bool,
        prepare: (PilotData) -> Prepared, changes: (Prepared) -> [Change]
    ) throws -> Prepared {
        try store.refresh()
        var prepared = prepare(store.data)
        var revision = store.revision
        guard write, !changes(prepared).isEmpty else { return prepared }
        try store.commit(user: user, reason: reason) { data in
            if store.revision != revision {
                prepared = prepare(data)
                revision = store.revision
            }
            return changes(prepared)
        }
        return prepared
    }
}
