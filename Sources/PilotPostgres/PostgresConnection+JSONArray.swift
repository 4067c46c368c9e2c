import CLibPQ

extension PostgresConnection {
    /// The first column of every row joined as the elements of one JSON array, copied straight from libpq's result:
    /// a table's records as the decoder reads them, without a string per row or an aggregate on the server.
    public func jsonArray(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [UInt8] {
        try run(sql, parameters) { result in
            let rows = PQntuples(result)
            var size = 2
            for row in 0..<rows { size += Int(PQgetlength(result, row, 0)) + 1 }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(size)
            bytes.append(UInt8(ascii: "["))
            for row in 0..<rows {
                if row > 0 { bytes.append(UInt8(ascii: ",")) }
                let length = Int(PQgetlength(result, row, 0))
                guard let value = PQgetvalue(result, row, 0) else { continue }
                value.withMemoryRebound(to: UInt8.self, capacity: length) {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
                }
            }
            bytes.append(UInt8(ascii: "]"))
            return bytes
        }
    }
}
