/// Records in insertion order with an id index, so a journal replay or an edit is O(1) per record.
/// Encodes as a plain JSON array.
public struct Table<Record: Identified & Hashable & Sendable & Codable>: Hashable, Sendable, Codable, RandomAccessCollection {
    public private(set) var records: [Record] = []
    private var positions: [String: Int] = [:]

    public init() {}

    public init(_ records: [Record]) throws(DuplicateID) {
        for r in records { try insert(r) }
    }

    public struct DuplicateID: Error, Equatable, Sendable {
        public let id: String
    }

    public var startIndex: Int { records.startIndex }
    public var endIndex: Int { records.endIndex }
    public subscript(position: Int) -> Record { records[position] }

    public subscript(id id: String) -> Record? {
        positions[id].map { records[$0] }
    }

    public func contains(id: String) -> Bool { positions[id] != nil }

    /// Where the record with the id stands in insertion order.
    public func position(of id: String) -> Int? { positions[id] }

    public mutating func insert(_ record: Record) throws(DuplicateID) {
        guard positions[record.id] == nil else { throw DuplicateID(id: record.id) }
        positions[record.id] = records.count
        records.append(record)
    }

    /// Replaces the record with the same id, or appends it.
    public mutating func upsert(_ record: Record) {
        if let i = positions[record.id] {
            records[i] = record
        } else {
            positions[record.id] = records.count
            records.append(record)
        }
    }

    @discardableResult
    public mutating func remove(id: String) -> Record? {
        guard let i = positions.removeValue(forKey: id) else { return nil }
        let removed = records.remove(at: i)
        for j in i..<records.count { positions[records[j].id] = j }
        return removed
    }

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
        var container = encoder.singleValueContainer()
        try container.encode(records)
    }

    public static func == (a: Table, b: Table) -> Bool { a.records == b.records }
    public func hash(into hasher: inout Hasher) { hasher.combine(records) }
}
