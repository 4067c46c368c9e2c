import PilotStore

/// Opens the store a location names, whichever backend holds it: a `postgresql://` or `postgres://` URL is a
/// PostgreSQL store, anything else a store directory.
public enum StoreOpener {
    public static func open(_ location: String, lockPolicy: LockPolicy = .standard) throws(StoreError) -> any Store {
        if PostgresStore.names(location) { return try PostgresStore.open(location) }
        return try DirectoryStore.open(location, lockPolicy: lockPolicy)
    }
}
