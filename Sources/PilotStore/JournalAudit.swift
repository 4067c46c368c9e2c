/// Reading the audit trail: every entry for `biopilot log`, and the full hash-chain check for `log --verify`.
public enum JournalAudit {
    public enum Verdict: Equatable, Sendable {
        case intact(entries: Int, head: String)
        /// The first broken line, and its revision when the line could still be read.
        case broken(StoreError)
    }

    /// Entries oldest first; a line that cannot be read appears as its error.
    public static func entries(_ directory: String) throws(StoreError) -> [Result<JournalEntry, StoreError>] {
        let files = StoreFiles(directory: directory)
        guard let bytes = try FileIO.read(files.journal) else {
            throw StoreError(.missing, file: files.journal, "no journal in this store")
        }
        return JournalReader.readAll(bytes, file: files.journal)
    }

    /// Checks every line from the first: its hash, the chain, the revisions, and that store.json's recorded
    /// head is in the chain where it says.
    public static func verify(_ directory: String) throws(StoreError) -> Verdict {
        let files = StoreFiles(directory: directory)
        guard let bytes = try FileIO.read(files.journal) else {
            throw StoreError(.missing, file: files.journal, "no journal in this store")
        }
        let scan: JournalReader.Scan
        do {
            scan = try JournalReader.scan(bytes, firstLine: 1, previousHash: JournalEntry.genesisHash, previousRevision: 0, file: files.journal)
        } catch {
            return .broken(error)
        }
        if let snapshotBytes = try FileIO.read(files.snapshot) {
            let snapshot = try JSONReading.decode(Snapshot.self, from: snapshotBytes, file: files.snapshot)
            if snapshot.journalLines > 0 {
                guard snapshot.journalLines <= scan.lines.count,
                      scan.lines[snapshot.journalLines - 1].hash == snapshot.journalHead else {
                    return .broken(StoreError(.tampered, file: files.snapshot, position: "journalHead",
                                              "store.json expects journal line \(snapshot.journalLines) with hash \(snapshot.journalHead), which the journal does not have"))
                }
            }
        }
        if scan.tornBytes > 0 {
            return .broken(StoreError(.unreadable, file: files.journal, position: "line \(scan.lines.count + 1)",
                                      "an incomplete last line (\(scan.tornBytes) bytes) from an interrupted write; it is set aside at the next edit"))
        }
        return .intact(entries: scan.lines.count, head: scan.lines.last?.hash ?? JournalEntry.genesisHash)
    }
}
