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
    /// revision gives exactly store.json's records (naming the first that differs). Streamed at byte speed
    /// (`JournalVerifier`): memory follows the number of records, not the journal's length.
    public static func verify(_ directory: String, anchors: [JournalHead] = []) throws(StoreError) -> Verdict {
        try JournalVerifier.verify(directory, anchors: anchors)
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
    package func ids(_ kind: EntityKind) -> [String] {
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
    package func firstDifference(from other: PilotData) -> (EntityKind, String)? {
        for kind in EntityKind.allCases {
            for id in Set(ids(kind)).union(other.ids(kind)).sorted() where record(kind, id: id) != other.record(kind, id: id) {
                return (kind, id)
            }
        }
        return nil
    }
}
