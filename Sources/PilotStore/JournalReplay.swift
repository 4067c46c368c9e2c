import PilotCore

/// `log --verify` fed one line at a time, for a journal that is not a file (a PostgreSQL store's table): each line
/// read and checked as `JournalReader` does (its hash, the chain, the revision), lines in time order, the anchors,
/// and its change applied to a replay of the records with `DirectoryStore.apply`'s checks. Problems are named with
/// the words of the directory's verifier (`JournalVerifier`), which takes them from here.
package struct JournalReplay {
    /// Where the lines are, for messages (`postgresql://host:port/db biopilot.journal`).
    package let file: String
    /// The records as the lines so far leave them.
    package private(set) var data = PilotData()
    package private(set) var revision = 0
    package private(set) var hash = JournalEntry.genesisHash
    package private(set) var lines = 0
    private var lastTime = ""
    private var pending: [Int: JournalHead]

    /// Refuses at once an anchor at revision 0 (the empty journal) that is not the genesis hash.
    package init(file: String, anchors: [JournalHead]) throws(StoreError) {
        self.file = file
        pending = Dictionary(anchors.map { ($0.revision, $0) }, uniquingKeysWith: { first, _ in first })
        if let anchor = pending.removeValue(forKey: 0), !JournalEntry.genesisHash.hasPrefix(anchor.hash) {
            throw Self.genesisAnchorMismatch(anchor, file: file)
        }
    }

    package var head: JournalHead { JournalHead(revision: revision, hash: hash) }

    /// The next line (without its newline), checked and applied.
    package mutating func add(_ raw: ArraySlice<UInt8>) throws(StoreError) {
        let number = lines + 1
        let line = try JournalReader.read(raw, number: number, previousHash: hash, previousRevision: revision, file: file)
        try DirectoryStore.apply(line.entry, to: &data, file: file, line: number)
        lines = number
        revision = line.entry.revision
        hash = line.hash
        let position = "line \(number) (revision \(revision))"
        guard line.entry.time >= lastTime else { throw Self.backDated(line.entry.time, after: lastTime, file: file, position: position) }
        lastTime = line.entry.time
        if let anchor = pending.removeValue(forKey: revision), !hash.hasPrefix(anchor.hash) {
            throw Self.anchorMismatch(anchor, hash: hash, file: file, position: position)
        }
    }

    /// After the last line: an anchor past it means lines were removed from the end.
    package func finish() throws(StoreError) -> JournalHead {
        if let anchor = pending.values.min(by: { $0.revision < $1.revision }) {
            throw Self.anchorMissing(anchor, end: revision, file: file, position: "line \(lines + 1)")
        }
        return head
    }

    // MARK: The verifier's words

    /// Lines are appended in time order (UTC, ISO 8601 compares as text): an earlier time is back-dated.
    static func backDated(_ time: String, after last: String, file: String, position: String) -> StoreError {
        StoreError(
            .tampered, file: file, position: position,
            Bilingual(
                zh: "其时间 \(time) 早于上一行（\(last)）；该条目被倒填日期或插入",
                en: "its time \(time) is earlier than the line before it (\(last)); the entry was back-dated or inserted"))
    }

    static func anchorMismatch(_ anchor: JournalHead, hash: String, file: String, position: String) -> StoreError {
        StoreError(
            .tampered, file: file, position: position,
            Bilingual(
                zh: "锚点 \(anchor) 不符：该修订号现在的哈希为 \(hash.prefix(16))…；日志在此处或之前被改写",
                en:
                    "anchor \(anchor) does not match: this revision now has hash \(hash.prefix(16))…; the journal was rewritten at or before it"
            ))
    }

    static func anchorMissing(_ anchor: JournalHead, end revision: Int, file: String, position: String) -> StoreError {
        StoreError(
            .tampered, file: file, position: position,
            Bilingual(
                zh: "锚点 \(anchor) 不在日志中：日志止于修订号 \(revision)；其后的行被删除",
                en: "anchor \(anchor) is missing: the journal ends at revision \(revision); lines after it were removed"))
    }

    /// Revision 0 has no line: it is the empty journal every journal starts from, the head an empty store's reports
    /// state; it holds as long as its hash is the genesis hash.
    static func genesisAnchorMismatch(_ anchor: JournalHead, file: String) -> StoreError {
        StoreError(
            .tampered, file: file, position: "line 1",
            "anchor \(anchor) does not match: revision 0 is the empty journal, whose hash is \(JournalEntry.genesisHash.prefix(16))…")
    }
}
