import PilotStore

/// The stores a command opened, so that once it has printed its answer the ones it wrote to get their due
/// snapshot rewrite (seconds on a national store) there, and never inside the save itself.
enum QuietCompaction {
    /// A command runs on one thread, from `openStore` to its answer.
    nonisolated(unsafe) private static var stores: [(store: Store, revision: Int)] = []

    static func opened(_ store: Store) { stores.append((store, store.revision)) }

    /// Compacts, when due, each store this command moved forward; a failure is a note on stderr, nothing more.
    static func afterAnswer() {
        for (store, revision) in stores where store.revision > revision { store.compactIfDue() }
        stores.removeAll()
    }
}
