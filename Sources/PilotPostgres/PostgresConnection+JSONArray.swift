import CLibPQ

extension PostgresConnection {
    /// The rows of a query of `created, id, body` joined as one JSON array of the bodies in (created, id) order,
    /// copied straight from libpq's result. Sorting here rather than on the server keeps the server's part a plain
    /// scan: a national store's samplings sorted by the server spilled 100 MB to disk, or walked the index to the heap
    /// page by page, both slower than this sort of 205,000 rows. Ties of `created` (records made by one edit) are
    /// ordered by id byte by byte.
    public func jsonArrayInCreationOrder(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [UInt8] {
        try run(sql, parameters) { result in
            let rows = Int(PQntuples(result))
            func text(_ row: Int, _ column: Int32) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(start: PQgetvalue(result, Int32(row), column), count: Int(PQgetlength(result, Int32(row), column)))
            }
            let created = (0..<rows).map { row in text(row, 0).reduce(0) { $0 * 10 + Int($1 &- 0x30) } }
            let order = (0..<rows).sorted { a, b in
                if created[a] != created[b] { return created[a] < created[b] }
                return text(a, 1).lexicographicallyPrecedes(text(b, 1))
            }
            var size = 2
            for row in 0..<rows { size += text(row, 2).count + 1 }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size)
            bytes.append(UInt8(ascii: "["))
            for (k, row) in order.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: text(row, 2))
            }
            bytes.append(UInt8(ascii: "]"))
            return bytes
        }
    }
}
