import Glibc
import PilotCore

/// Reading the audit trail: the newest entries for `biopilot log` and `:log`, read from the end of the journal,
/// and the full check for `log --verify`, streamed so memory stays bounded however long the journal is.
public enum JournalAudit {
    public enum Verdict: Equatable, Sendable {
        case intact(entries: Int, head: JournalHead)
        /// The first problem found.
        case broken(StoreError)
    }

    /// The last `limit` entries, oldest first; a line that cannot be read appears as its error. The cost follows
    /// `limit`, not the journal's length.
    public static func last(_ limit: Int, in directory: String) throws(StoreError) -> [Result<JournalEntry, StoreError>] {
        let files = StoreFiles(directory: directory)
        let fd = try openJournal(files)
        defer { close(fd) }
        return try JournalStream.lastLines(fd, path: files.journal, count: limit).map {
            decode($0.line, offset: $0.offset, file: files.journal)
        }
    }

    /// The newest `limit` entries that `matches` accepts, newest first. Reads backwards in batches, so a filter
    /// that matches recent entries costs little however long the journal; a line `filter` rejects from its bytes is
    /// never decoded, so a filter that matches old or no entries costs a byte scan, not a decode of every line.
    /// Unreadable lines are skipped.
    public static func newest(
        _ limit: Int, in directory: String, filter: JournalLineFilter = JournalLineFilter(),
        matching matches: (JournalEntry) -> Bool
    ) throws(StoreError) -> [JournalEntry] {
        try scanNewest(limit, in: directory, filter: filter, matching: matches).entries
    }

    /// `newest`, also counting the lines decoded (what the cost follows).
    static func scanNewest(
        _ limit: Int, in directory: String, filter: JournalLineFilter, matching matches: (JournalEntry) -> Bool
    ) throws(StoreError) -> (entries: [JournalEntry], decoded: Int) {
        let files = StoreFiles(directory: directory)
        let fd = try openJournal(files)
        defer { close(fd) }
        var found: [JournalEntry] = []
        var decoded = 0
        var end: Int?
        // Small batches first: an unfiltered `log --limit 20` reads about 20 lines, not 512.
        var batchSize = max(1, min(limit, 512))
        while found.count < limit {
            let batch = try JournalStream.lastLines(fd, path: files.journal, count: batchSize, before: end)
            guard let first = batch.first else { break }
            for (line, offset) in batch.reversed() where filter.admits(line[...]) {
                decoded += 1
                guard case .success(let entry) = decode(line, offset: offset, file: files.journal), matches(entry) else { continue }
                found.append(entry)
                if found.count >= limit { return (found, decoded) }
            }
            end = first.offset
            if first.offset == 0 { break }
            batchSize = 512
        }
        return (found, decoded)
    }

    /// Entries of one record, newest first, at most `limit`. Reads backwards and decodes only lines that mention
    /// the record's id; stops at the record's creation, so a recent record costs little however long the journal.
    public static func history(
        of kind: EntityKind, id: String, limit: Int = 200,
        in directory: String
    ) throws(StoreError) -> [JournalEntry] {
        let files = StoreFiles(directory: directory)
        let fd = try openJournal(files)
        defer { close(fd) }
        let needle = Array(#""id":"\#(id)""#.utf8)
        var found: [JournalEntry] = []
        var end: Int?
        while found.count < limit {
            let batch = try JournalStream.lastLines(fd, path: files.journal, count: 512, before: end)
            guard let first = batch.first else { break }
            for (line, offset) in batch.reversed() where ByteSearch.contains(needle, in: line) {
                guard case .success(let entry) = decode(line, offset: offset, file: files.journal),
                    entry.entity == kind, entry.id == id
                else { continue }
                found.append(entry)
                if entry.action == .create || found.count >= limit { return found }
            }
            end = first.offset
            if first.offset == 0 { break }
        }
        return found
    }

    /// The journal's last line as `REV:HASH` (what `log --head` prints and `--anchor` takes back).
    public static func head(_ directory: String) throws(StoreError) -> JournalHead {
        let files = StoreFiles(directory: directory)
        let fd = try openJournal(files)
        defer { close(fd) }
        guard let last = try JournalStream.lastLines(fd, path: files.journal, count: 1).first else {
            return JournalHead(revision: 0, hash: JournalEntry.genesisHash)
        }
        let link = try JournalChain.link(last.line[...], file: files.journal, number: 0)
        return JournalHead(revision: link.revision, hash: link.hash)
    }

    /// Checks every line from the first (hash, chain, revisions), that each anchor `REV:HASH` is still in the
    /// chain, that store.json's recorded head is where it says, and that replaying the journal up to store.json's
    /// revision gives exactly store.json's records (naming the first that differs).
    public static func verify(_ directory: String, anchors: [JournalHead] = []) throws(StoreError) -> Verdict {
        let files = StoreFiles(directory: directory)
        let fd = try openJournal(files)
        defer { close(fd) }
        var snapshot: Snapshot?
        if let bytes = try FileIO.read(files.snapshot) {
            do {
                let decoded = try JSONReading.decode(Snapshot.self, from: bytes, file: files.snapshot)
                try decoded.checkRanges(file: files.snapshot)
                snapshot = decoded
            } catch {
                return .broken(error)
            }
        }
        var data = PilotData()
        var hash = JournalEntry.genesisHash
        var revision = 0
        var number = 0
        var compared = false
        var lastTime = ""
        var pending = Dictionary(anchors.map { ($0.revision, $0) }, uniquingKeysWith: { a, _ in a })
        do throws(StoreError) {
            // Revision 0 has no line: it is the empty journal every journal starts from, the head an empty store's
            // reports state; it holds as long as its hash is the genesis hash.
            if let anchor = pending.removeValue(forKey: 0), !JournalEntry.genesisHash.hasPrefix(anchor.hash) {
                throw StoreError(
                    .tampered, file: files.journal, position: "line 1",
                    "anchor \(anchor) does not match: revision 0 is the empty journal, whose hash is \(JournalEntry.genesisHash.prefix(16))…"
                )
            }
            if let snapshot, snapshot.revision == 0 {
                try compare(data, snapshot, files)
                compared = true
            }
            let ending = try JournalStream.forEachLine(fd, path: files.journal) { raw, _ throws(StoreError) in
                number += 1
                let line = try JournalReader.read(raw, number: number, previousHash: hash, previousRevision: revision, file: files.journal)
                try Store.apply(line.entry, to: &data, file: files.journal, line: number)
                // Lines are appended in time order (UTC, ISO 8601 compares as text): an earlier time is back-dated.
                guard line.entry.time >= lastTime else {
                    throw StoreError(
                        .tampered, file: files.journal, position: "line \(number) (revision \(line.entry.revision))",
                        Bilingual(
                            zh: "其时间 \(line.entry.time) 早于上一行（\(lastTime)）；该条目被倒填日期或插入",
                            en:
                                "its time \(line.entry.time) is earlier than the line before it (\(lastTime)); the entry was back-dated or inserted"
                        )
                    )
                }
                lastTime = line.entry.time
                hash = line.hash
                revision = line.entry.revision
                if let anchor = pending.removeValue(forKey: revision), !hash.hasPrefix(anchor.hash) {
                    throw StoreError(
                        .tampered, file: files.journal, position: "line \(number) (revision \(revision))",
                        Bilingual(
                            zh: "锚点 \(anchor) 不符：该修订号现在的哈希为 \(hash.prefix(16))…；日志在此处或之前被改写",
                            en:
                                "anchor \(anchor) does not match: this revision now has hash \(hash.prefix(16))…; the journal was rewritten at or before it"
                        )
                    )
                }
                if let snapshot, revision == snapshot.revision {
                    guard number == snapshot.journalLines, hash == snapshot.journalHead else {
                        throw StoreError(
                            .tampered, file: files.snapshot, position: "journalHead",
                            "store.json expects revision \(snapshot.revision) at line \(snapshot.journalLines) with hash \(snapshot.journalHead.prefix(16))…, which the journal does not have"
                        )
                    }
                    try compare(data, snapshot, files)
                    compared = true
                }
                return true
            }
            if let anchor = pending.values.min(by: { $0.revision < $1.revision }) {
                throw StoreError(
                    .tampered, file: files.journal, position: "line \(number + 1)",
                    Bilingual(
                        zh: "锚点 \(anchor) 不在日志中：日志止于修订号 \(revision)；其后的行被删除",
                        en: "anchor \(anchor) is missing: the journal ends at revision \(revision); lines after it were removed"))
            }
            if let snapshot, !compared {
                throw StoreError(
                    .tampered, file: files.snapshot, position: "revision",
                    Bilingual(
                        zh: "store.json 处于修订号 \(snapshot.revision)，但日志止于修订号 \(revision)；日志行被删除",
                        en:
                            "store.json is at revision \(snapshot.revision) but the journal ends at revision \(revision); journal lines were removed"
                    )
                )
            }
            if !ending.tail.isEmpty {
                throw StoreError(
                    .unreadable, file: files.journal, position: "line \(number + 1)",
                    Bilingual(
                        zh: "最后一行不完整（\(ending.tail.count) 字节），来自一次中断的写入；下一次修改会将其移开（或运行 `biopilot doctor --repair`）",
                        en:
                            "an incomplete last line (\(ending.tail.count) bytes) from an interrupted write; the next edit sets it aside (or run `biopilot doctor --repair`)"
                    )
                )
            }
        } catch {
            return .broken(error)
        }
        return .intact(entries: number, head: JournalHead(revision: revision, hash: hash))
    }

    /// The replayed records against store.json's, by kind and id; throws naming the first record that differs.
    static func compare(_ replayed: PilotData, _ snapshot: Snapshot, _ files: StoreFiles) throws(StoreError) {
        guard let (kind, id) = replayed.firstDifference(from: snapshot.data) else { return }
        let what: Bilingual
        switch (replayed.record(kind, id: id), snapshot.data.record(kind, id: id)) {
        case (nil, _): what = Bilingual(zh: "在 store.json 中，但没有日志条目创建它", en: "is in store.json but no journal entry created it")
        case (_, nil): what = Bilingual(zh: "日志中有，但 store.json 中缺失", en: "is missing from store.json although the journal has it")
        default: what = Bilingual(zh: "与日志所记不同", en: "differs from what the journal says it is")
        }
        throw StoreError(
            .tampered, file: files.snapshot, position: "\(kind.rawValue) \(id)",
            Bilingual(
                zh: "修订号 \(snapshot.revision) 时\(what.zh)；store.json 在 biopilot 之外被改动（用 `biopilot doctor --repair` 重建）",
                en:
                    "\(what.en) at revision \(snapshot.revision); store.json was edited outside biopilot (rebuild it with `biopilot doctor --repair`)"
            ))
    }

    static func openJournal(_ files: StoreFiles) throws(StoreError) -> Int32 {
        let fd = Glibc.open(files.journal, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT {
                throw StoreError(.missing, file: files.journal, Bilingual(zh: "此存储中没有日志", en: "no journal in this store"))
            }
            throw FileIO.errno("open", files.journal)
        }
        return fd
    }

    static func decode(_ line: [UInt8], offset: Int, file: String) -> Result<JournalEntry, StoreError> {
        let body = JournalLine.split(line[...])?.body ?? line
        do {
            return .success(try JSONReading.decode(JournalEntry.self, from: body, file: file, positionPrefix: "byte \(offset)"))
        } catch {
            return .failure(error)
        }
    }
}

extension PilotData {
    /// Ids of every record of a kind.
    func ids(_ kind: EntityKind) -> [String] {
        switch kind {
        case .enterprise: return enterprises.map(\.id)
        case .site: return sites.map(\.id)
        case .product: return products.map(\.id)
        case .staff: return residentStaff.map(\.id)
        case .inspector: return inspectors.map(\.id)
        case .inspection: return inspections.map(\.id)
        case .sampling: return samplings.map(\.id)
        case .setting: return settings.map(\.id)
        case .measure: return measures.map(\.id)
        }
    }

    /// The first record (by kind, then id) that is missing from one side or differs; nil when equal.
    func firstDifference(from other: PilotData) -> (EntityKind, String)? {
        for kind in EntityKind.allCases {
            for id in Set(ids(kind)).union(other.ids(kind)).sorted() where record(kind, id: id) != other.record(kind, id: id) {
                return (kind, id)
            }
        }
        return nil
    }
}
