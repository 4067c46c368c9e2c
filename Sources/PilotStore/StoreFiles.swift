import PilotCore

/// The names inside a store directory.
public struct StoreFiles: Sendable {
    public static let snapshotName = "store.json"
    public static let journalName = "journal.jsonl"
    public static let lockName = "store.lock"

    public let directory: String
    public var snapshot: String { directory + "/" + StoreFiles.snapshotName }
    public var journal: String { directory + "/" + StoreFiles.journalName }
    public var lock: String { directory + "/" + StoreFiles.lockName }

    public init(directory: String) {
        var d = directory
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        self.directory = d
    }
}
