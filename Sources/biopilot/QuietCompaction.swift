import PilotStore

/// The stores a command opened, so that once it has printed its answer the ones it wrote to get their due
/// snapshot rewrite (seconds on a national store) there, and never inside the save itself.
enum QuietCompaction {
    /// A command runs on one thread, from `openStore` to its answer.
    nonisolated(unsafe) private static var stores: [(store: any Store, revision: Int)] = []

    static func opened(_ store: any Store) { stores.append((store, store.revision)) }

    /// Compacts, when due, each store this command moved forward; a failure is a note on stderr, nothing more.
    /// The stores stay here until the process ends: freeing a national store's tables cost 3–9% of a command, to
    /// give memory back to a process about to exit. Each store's locks are taken and released per
    /// operation, and its writes are fsynced before they return, so nothing waits on its deinit.
    static func afterAnswer() {
        for (store, revision) in stores where store.revision > revision { store.compactIfDue() }
    }
}
