import Crypto
import Glibc
import PilotCore

/// store.json as `log --verify` needs it: the journal position it records and a SHA-256 of each record's compact
/// JSON, found by a byte scan (`JSONSkim`) instead of a decode. A record is decoded only when its digest differs
/// from the journal's (`record`), so a store.json written in another encoding still compares by value.
struct SnapshotDigest: Sendable {
    struct Entry: Sendable {
        /// nil when store.json could only be decoded: its records are then compared by value.
        let digest: RecordDigest?
        /// The record's bytes in store.json.
        let range: Range<Int>
    }

    var revision = 0
    var journalBytes = 0
    var journalLines = 0
    var journalHead = ""
    var records: [EntityKind: [String: Entry]] = [:]
    /// Set when the scan could not read store.json and the decoder could: records then come from here.
    private var decoded: PilotData?
    private let fd: Int32
    private let path: String

    static let tables: [(key: String, kind: EntityKind, required: Bool)] = [
        ("enterprises", .enterprise, true), ("sites", .site, true), ("products", .product, true), ("residentStaff", .staff, true),
        ("inspectors", .inspector, true), ("inspections", .inspection, true), ("samplings", .sampling, true),
        ("settings", .setting, false), ("measures", .measure, false),
    ]

    /// nil when there is no store.json; a failed read is thrown. What decoding store.json throws (naming the file
    /// and where) when the scan finds it malformed, and its range errors, are the failure. The file stays open for
    /// `record` until `close`.
    static func read(_ path: String) throws(StoreError) -> Result<SnapshotDigest, StoreError>? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileIO.errno("open", path)
        }
        var digest = SnapshotDigest(fd: fd, path: path)
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(fd, from: 0, path: path)
        } catch {
            digest.close()
            throw error
        }
        do {
            if !digest.scan(bytes) {
                // The decoder names the problem exactly as opening would; if it reads what the scan refused, its
                // records are used as they are.
                digest.take(try JSONReading.decode(Snapshot.self, from: bytes, file: path))
            }
            try Snapshot(
                schemaVersion: 0, revision: digest.revision, journalBytes: digest.journalBytes, journalLines: digest.journalLines,
                journalHead: digest.journalHead, data: PilotData()
            ).checkRanges(file: path)
        } catch {
            digest.close()
            return .failure(error)
        }
        return .success(digest)
    }

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    func close() { _ = Glibc.close(fd) }

    /// The record as store.json holds it, decoded (only where digests differ).
    func record(_ kind: EntityKind, _ id: String) throws(StoreError) -> AnyRecord? {
        if let decoded { return decoded.record(kind, id: id) }
        guard let entry = records[kind]?[id] else { return nil }
        var bytes = [UInt8](repeating: 0, count: entry.range.count)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + done, $0.count - done, off_t(entry.range.lowerBound + done))
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw FileIO.errno("read", path) }
            done += n
        }
        return try AnyRecord.decode(kind, from: bytes, file: path, position: "\(kind.rawValue) \(id)")
    }

    private mutating func take(_ snapshot: Snapshot) {
        revision = snapshot.revision
        journalBytes = snapshot.journalBytes
        journalLines = snapshot.journalLines
        journalHead = snapshot.journalHead
        for kind in EntityKind.allCases {
            var table: [String: Entry] = [:]
            for id in snapshot.data.ids(kind) { table[id] = Entry(digest: nil, range: 0..<0) }
            records[kind] = table
        }
        decoded = snapshot.data
    }

    /// Reads the header fields and every record's digest; false when anything is not as biopilot writes it.
    private mutating func scan(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard JournalVerifier.isUTF8(buffer), let top = JSONSkim.members(of: buffer, in: 0..<buffer.count) else { return false }
            var seen = Set<String>()
            var format: String?
            var version: Int?
            for member in top.members {
                let key = String(decoding: buffer[member.key], as: UTF8.self)
                guard !member.keyEscaped, seen.insert(key).inserted else { return false }
                switch key {
                case "format": format = JournalVerifier.text(buffer, member)
                case "schemaVersion": version = JournalVerifier.integer(buffer, member)
                case "revision":
                    guard let n = JournalVerifier.integer(buffer, member) else { return false }
                    revision = n
                case "journalBytes":
                    guard let n = JournalVerifier.integer(buffer, member) else { return false }
                    journalBytes = n
                case "journalLines":
                    guard let n = JournalVerifier.integer(buffer, member) else { return false }
                    journalLines = n
                case "journalHead":
                    guard let s = JournalVerifier.text(buffer, member) else { return false }
                    journalHead = s
                default:
                    guard let table = SnapshotDigest.tables.first(where: { $0.key == key }) else { continue }
                    if member.kind == .literal, buffer[member.value.lowerBound] == UInt8(ascii: "n"), !table.required { continue }
                    guard member.kind == .array, let entries = SnapshotDigest.entries(buffer, member.value) else { return false }
                    records[table.kind] = entries
                }
            }
            let present = SnapshotDigest.tables.filter(\.required).allSatisfy { seen.contains($0.key) }
            return present && format == Snapshot.format && version != nil
                && ["revision", "journalBytes", "journalLines", "journalHead"].allSatisfy(seen.contains)
        }
    }

    /// The records of one table by id; nil when an element is not an object with a plain string id, or an id repeats.
    private static func entries(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String: Entry]? {
        var out: [String: Entry] = [:]
        let valid = JSONSkim.forEachObject(in: buffer, range) { element, members, spaced in
            guard let id = JournalVerifier.onlyText("id", in: members, buffer) else { return false }
            return out.updateValue(Entry(digest: JournalVerifier.digest(buffer, element, spaced: spaced), range: element), forKey: id)
                == nil
        }
        return valid ? out : nil
    }
}
