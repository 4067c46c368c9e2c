/// Some records of a table, at the positions an index lists them under, read from the table when asked: the index
/// keeps a few integers per record instead of a copy of each (an inspection or a sampling is a large value, and
/// copying 300k of them into lists was most of building the index at national scale).
public struct TableRecords<Record: Identified & Hashable & Sendable & Codable>: RandomAccessCollection, Sendable {
    let table: Table<Record>
    /// Ascending positions in `table`.
    let positions: [Int]

    init(_ table: Table<Record>, _ positions: [Int]) {
        self.table = table
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    /// Lent in place from the table, as its records are: `records[k].start` copies no record.
    public subscript(i: Int) -> Record { _read { yield table[positions[i]] } }

    /// Calls `body` with each record, in order, lent from the table (`Lent`): a `for` loop, or a closure taking the
    /// record, takes a copy of each (an inspection retains a dozen strings and lists), which the rules, coverage and
    /// due list made hundreds of thousands of times.
    public func forEachInPlace(_ body: (borrowing Lent<Record>) throws -> Void) rethrows {
        for p in positions { try table.withRecord(at: p, body) }
    }
}
