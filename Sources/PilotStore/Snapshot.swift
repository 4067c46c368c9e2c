import PilotCore

/// `store.json`: the collections as of `revision`, and where the journal stood then.
struct Snapshot: Codable {
    static let format = "biopilot-store"

    var schemaVersion: Int
    var revision: Int
    /// Byte length and line count of `journal.jsonl` at `revision`: opening replays only what follows.
    var journalBytes: Int
    var journalLines: Int
    /// Hash of the journal line at `revision` (empty before the first edit), to check the journal continues it.
    var journalHead: String
    var data: PilotData

    /// Run on the version as soon as it is read (`SchemaMigrator.checkVersion`), passed in the decoder's userInfo.
    typealias VersionCheck = @Sendable (Int) throws(StoreError) -> Void
    static let versionCheckKey = CodingUserInfoKey(rawValue: "biopilot.snapshot.versionCheck")!

    private enum CodingKeys: String, CodingKey {
        case format, schemaVersion, revision, journalBytes, journalLines, journalHead
    }

    init(schemaVersion: Int, revision: Int, journalBytes: Int, journalLines: Int, journalHead: String, data: PilotData) {
        self.schemaVersion = schemaVersion
        self.revision = revision
        self.journalBytes = journalBytes
        self.journalLines = journalLines
        self.journalHead = journalHead
        self.data = data
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // The version first, as a separate read of it did: a newer or older store is refused or migrated whatever else it holds.
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        if let check = decoder.userInfo[Snapshot.versionCheckKey] as? VersionCheck { try check(schemaVersion) }
        let format = try c.decode(String.self, forKey: .format)
        guard format == Snapshot.format else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "not a biopilot store (format \"\(format)\")")
        }
        revision = try c.decode(Int.self, forKey: .revision)
        journalBytes = try c.decode(Int.self, forKey: .journalBytes)
        journalLines = try c.decode(Int.self, forKey: .journalLines)
        journalHead = try c.decode(String.self, forKey: .journalHead)
        data = try PilotData(from: decoder)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Snapshot.format, forKey: .format)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(revision, forKey: .revision)
        try c.encode(journalBytes, forKey: .journalBytes)
        try c.encode(journalLines, forKey: .journalLines)
        try c.encode(journalHead, forKey: .journalHead)
        try data.encode(to: encoder)
    }

    /// Revisions, line and byte counts stay far below this, so arithmetic on them can never overflow.
    static let maximumCount = 1 << 50

    /// Refuses counts no real store has (a crafted or damaged store.json), naming the field.
    func checkRanges(file: String) throws(StoreError) {
        for (name, value) in [("revision", revision), ("journalBytes", journalBytes), ("journalLines", journalLines)]
        where value < 0 || value > Snapshot.maximumCount {
            throw StoreError(.unreadable, file: file, position: name, "\(value) is out of range (0…\(Snapshot.maximumCount))")
        }
        // One journal line per revision, and every line is longer than a byte.
        guard journalLines == revision, journalLines <= journalBytes else {
            throw StoreError(
                .unreadable, file: file, position: "journalLines",
                "\(journalLines) journal lines do not fit revision \(revision) and \(journalBytes) bytes")
        }
    }

    /// Compact JSON (sorted keys, as the pretty snapshots of earlier versions, which still open) with no trailing
    /// newline: every strict prefix of the file is then invalid JSON, so a truncated snapshot can never be mistaken
    /// for a complete one. Not pretty: indentation made a third of the bytes to write, fsync and read back. The
    /// tables are encoded on every core (`SnapshotEncoding`), to the same bytes.
    func encoded() throws(StoreError) -> [UInt8] {
        do {
            return try SnapshotEncoding.encode(self)
        } catch {
            throw StoreError(.io, file: StoreFiles.snapshotName, "cannot encode the snapshot: \(error)")
        }
    }
}
