import PilotCore

/// Where each record's journal lines start, so a record's history (`:log`) costs its own lines, however long
/// the journal. The store keeps one for the lines after its snapshot as they are read or written, and builds one
/// for the lines before it only when a record's history is first asked for.
struct RecordHistoryIndex {
    private var offsets: [String: [Int]] = [:]

    init() {}

    /// Indexes the journal's lines before byte `end` (a damaged line names what it names; `:log` decodes each).
    init(_ fd: Int32, path: String, end: Int) throws(StoreError) {
        try JournalStream.forEachLine(fd, path: path, from: 0, to: end) { raw, offset throws(StoreError) in
            add(line: raw, at: offset)
            return true
        }
    }

    static func key(_ kind: EntityKind, _ id: String) -> String { kind.rawValue + "/" + id }

    mutating func add(_ kind: EntityKind, _ id: String, at offset: Int) {
        offsets[RecordHistoryIndex.key(kind, id), default: []].append(offset)
    }

    /// Adds a raw journal line: its record is read from the `"entity":"…","id":"…"` pair, which the sorted keys
    /// place together at the top level (no record has an `entity` field). Repair lines name no record.
    mutating func add(line raw: ArraySlice<UInt8>, at offset: Int) {
        guard let entityStart = ByteSearch.end(of: RecordHistoryIndex.entityKey, in: raw),
            let entityEnd = raw[entityStart...].firstIndex(of: UInt8(ascii: "\"")),
            let kind = EntityKind(rawValue: String(decoding: raw[entityStart..<entityEnd], as: UTF8.self))
        else { return }
        let idKey = entityEnd..<min(entityEnd + RecordHistoryIndex.idKey.count, raw.endIndex)
        guard raw[idKey].elementsEqual(RecordHistoryIndex.idKey),
            let idEnd = raw[idKey.upperBound...].firstIndex(of: UInt8(ascii: "\""))
        else { return }
        add(kind, String(decoding: raw[idKey.upperBound..<idEnd], as: UTF8.self), at: offset)
    }

    /// Line offsets of a record, oldest first.
    func lines(_ kind: EntityKind, _ id: String) -> [Int] { offsets[RecordHistoryIndex.key(kind, id)] ?? [] }

    private static let entityKey = Array(#""entity":""#.utf8)
    private static let idKey = Array(#"","id":""#.utf8)
}
