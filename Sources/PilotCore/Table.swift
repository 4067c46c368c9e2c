/// Records in insertion order with an id index, so a journal replay or an edit is O(1) per record.
/// Encodes as a plain JSON array.
///
/// The records are kept in chunks and the id index in shards, so that changing a table another value shares
/// (the dashboard's model holds the data the store edits) copies one chunk and one shard, not the table: at
/// national scale a whole copy of the samplings was tens of milliseconds per save.
public struct Table<Record: Identified & Hashable & Sendable & Codable>: Hashable, Sendable, Codable, RandomAccessCollection {
    /// Every chunk holds `chunkSize` records but the last, so position p is at chunk p / chunkSize.
    private var chunks: [[Record]] = []
    private var positions = [[String: Int]](repeating: [:], count: Table.shardCount)
    public private(set) var count = 0

    /// Records per chunk: what `init(chunks:)` expects of every chunk but the last.
    public static var chunkSize: Int { 1024 }
    static var shardCount: Int { 256 }

    public init() {}

    /// Indexes the array and slices it into chunks in one pass each: a snapshot's tables are built this way on
    /// every open.
    public init(_ records: [Record]) throws(DuplicateID) {
        for s in positions.indices { positions[s].reserveCapacity(records.count / Table.shardCount + 8) }
        for (i, r) in records.enumerated() where positions[Table.shard(r.id)].updateValue(i, forKey: r.id) != nil {
            throw DuplicateID(id: r.id)
        }
        chunks = stride(from: 0, to: records.count, by: Table.chunkSize).map {
            Array(records[$0..<Swift.min($0 + Table.chunkSize, records.count)])
        }
        count = records.count
    }

    /// A table of records already in chunks of `chunkSize` (the last may hold fewer), as a snapshot's tables are
    /// decoded on every core: the records stay where they are, only their ids are indexed. Chunks of other sizes
    /// are joined and sliced anew.
    public init(chunks: [[Record]]) throws(DuplicateID) {
        var ids: [String] = []
        ids.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        // Ids read through a pointer: `chunk[i].id` in this generic code copied the whole record to read one field.
        for chunk in chunks { chunk.withUnsafeBufferPointer { records in for i in records.indices { ids.append(records[i].id) } } }
        try self.init(chunks: chunks, ids: ids)
    }

    /// As `init(chunks:)`, given every record's id in order, as the snapshot's decoder read them: no record is
    /// read here. Even through a pointer, this generic code copied each record (retaining all its strings) to
    /// read its id, a third of indexing a national store's samplings.
    package init(chunks: [[Record]], ids: [String]) throws(DuplicateID) {
        let aligned = chunks.indices.allSatisfy { k in
            chunks[k].count == Table.chunkSize || (k == chunks.count - 1 && !chunks[k].isEmpty && chunks[k].count < Table.chunkSize)
        }
        guard aligned else {
            try self.init(Array(chunks.joined()))
            return
        }
        self.init()
        let total = chunks.reduce(0) { $0 + $1.count }
        precondition(ids.count == total, "Table(chunks:ids:): one id per record")
        switch TableIndex.shards(ids, count: Table.shardCount) {
        case .success(let shards): positions = shards
        case .failure(let duplicate): throw DuplicateID(id: duplicate.id)
        }
        self.chunks = chunks
        count = total
    }

    public struct DuplicateID: Error, Equatable, Sendable {
        public let id: String
    }

    /// The records in insertion order: the table itself.
    public var records: Table { self }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    /// Lent in place (`_read`), so that reading a field or two of a record does not copy the whole of it.
    public subscript(position: Int) -> Record {
        _read {
            precondition(position >= 0 && position < count, "Table index out of range")
            yield chunks[position / Table.chunkSize][position % Table.chunkSize]
        }
    }

    public subscript(id id: String) -> Record? {
        position(of: id).map { self[$0] }
    }

    public func contains(id: String) -> Bool { position(of: id) != nil }

    public mutating func insert(_ record: Record) throws(DuplicateID) {
        guard position(of: record.id) == nil else { throw DuplicateID(id: record.id) }
        append(record)
    }

    /// Replaces the record with the same id, or appends it.
    public mutating func upsert(_ record: Record) {
        if let p = position(of: record.id) {
            chunks[p / Table.chunkSize][p % Table.chunkSize] = record
        } else {
            append(record)
        }
    }

    /// O(n): the records after it move up one place. Removal is rare (records are voided or closed, not deleted).
    @discardableResult
    public mutating func remove(id: String) -> Record? {
        guard let p = positions[Table.shard(id)].removeValue(forKey: id) else { return nil }
        let removed = self[p]
        let rest = Array(self[(p + 1)...])
        let kept = p / Table.chunkSize
        chunks.removeSubrange((kept + 1)...)
        chunks[kept].removeSubrange((p % Table.chunkSize)...)
        if chunks[kept].isEmpty { chunks.removeLast() }
        count = p
        for r in rest {
            positions[Table.shard(r.id)][r.id] = count
            appendChunked(r)
        }
        return removed
    }

    /// Walks the chunks, not a division per record.
    public struct Iterator: IteratorProtocol {
        private var chunks: IndexingIterator<[[Record]]>
        private var current: IndexingIterator<[Record]>?

        init(_ chunks: [[Record]]) { self.chunks = chunks.makeIterator() }

        public mutating func next() -> Record? {
            while true {
                if let r = current?.next() { return r }
                guard let chunk = chunks.next() else { return nil }
                current = chunk.makeIterator()
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(chunks) }

    /// Calls `body` with each record and its position, in order, reading the records in place: an index built over
    /// every record reads a field or two of each, and a copy of the record per read retained all its strings.
    public func forEachPosition(_ body: (Int, Record) throws -> Void) rethrows {
        var position = 0
        for chunk in chunks {
            try chunk.withUnsafeBufferPointer { records in
                for i in records.indices {
                    try body(position, records[i])
                    position += 1
                }
            }
        }
    }

    /// Calls `body` with the record at `position` lent where it lies (`Lent`): handed to a closure as a value, the
    /// record was copied whole.
    public func withRecord<T>(at position: Int, _ body: (borrowing Lent<Record>) throws -> T) rethrows -> T {
        precondition(position >= 0 && position < count, "Table index out of range")
        return try chunks[position / Table.chunkSize].withUnsafeBufferPointer {
            try body(Lent($0.baseAddress! + position % Table.chunkSize))
        }
    }

    /// Where the record with the id stands in insertion order.
    public func position(of id: String) -> Int? { positions[Table.shard(id)][id] }

    private mutating func append(_ record: Record) {
        positions[Table.shard(record.id)][record.id] = count
        appendChunked(record)
    }

    private mutating func appendChunked(_ record: Record) {
        if count % Table.chunkSize == 0 {
            chunks.append([record])
            chunks[chunks.count - 1].reserveCapacity(Table.chunkSize)
        } else {
            chunks[chunks.count - 1].append(record)
        }
        count += 1
    }

    /// Where each chunk's records live, for tests that an edit changed a table in place or copied one chunk.
    var chunkAddresses: [UnsafeRawPointer?] {
        chunks.map { chunk in chunk.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
    }

    private static func shard(_ id: String) -> Int { TableIndex.shard(id, count: shardCount) }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let list = try container.decode([Record].self)
        do {
            try self.init(list)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "duplicate id \"\(error.id)\"")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for chunk in chunks { try container.encode(contentsOf: chunk) }
    }

    public static func == (a: Table, b: Table) -> Bool { a.count == b.count && a.chunks == b.chunks }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for chunk in chunks { for r in chunk { hasher.combine(r) } }
    }
}

/// A table's id index built outside the generic `Table`: there, each insertion went through the dictionary's
/// unspecialised generic lookup (a hasher set up per call), most of indexing a national store's samplings.
enum TableIndex {
    struct Duplicate: Error {
        let id: String
    }

    /// An id's shard (`count` a power of two): FNV-1a over its bytes. It only spreads the ids over the shards (each
    /// shard's dictionary still hashes with the seeded hasher), and the standard hash here doubled the hashing of
    /// every lookup by id, which the rules, coverage and due list make hundreds of thousands of times.
    static func shard(_ id: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash ^ hash >> 16) & (count - 1)
    }

    /// Each id's position, in `count` shards by `shard(_:count:)`; the first id seen twice fails.
    static func shards(_ ids: [String], count: Int) -> Result<[[String: Int]], Duplicate> {
        var shards = [[String: Int]](repeating: [:], count: count)
        for s in shards.indices { shards[s].reserveCapacity(ids.count / count + 8) }
        for (position, id) in ids.enumerated() where shards[shard(id, count: count)].updateValue(position, forKey: id) != nil {
            return .failure(Duplicate(id: id))
        }
        return .success(shards)
    }
}
