import CLibPQ

/// One `COPY table (columns) FROM STDIN` (text format) under way: rows are sent about a megabyte at a time, one
/// statement for any number of rows instead of one round trip each. `finish` ends it and reports the server's
/// verdict; `abandon` ends it so that the server keeps none of its rows.
public final class PostgresCopyIn {
    private let connection: PostgresConnection
    private var buffer: [UInt8] = []
    private var open = true

    init(_ connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(Self.chunk + 65_536)
    }

    private static let chunk = 1 << 20

    /// One row; a backslash, tab, newline or carriage return in a field is written as its escape.
    public func row(_ fields: [ArraySlice<UInt8>]) throws(PostgresError) {
        for (n, field) in fields.enumerated() {
            if n > 0 { buffer.append(0x09) }
            for byte in field {
                switch byte {
                case 0x5C: buffer += [0x5C, 0x5C]
                case 0x09: buffer += [0x5C, UInt8(ascii: "t")]
                case 0x0A: buffer += [0x5C, UInt8(ascii: "n")]
                case 0x0D: buffer += [0x5C, UInt8(ascii: "r")]
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(0x0A)
        if buffer.count >= Self.chunk { try send() }
    }

    /// Sends what is left and ends the copy; throws the server's error if it refused any row.
    public func finish() throws(PostgresError) {
        try send()
        open = false
        guard PQputCopyEnd(connection.handle, nil) == 1 else { throw connection.lostConnection() }
        try connection.drainResults()
    }

    /// Ends the copy with an error, so none of its rows are kept.
    public func abandon(_ reason: String) {
        guard open else { return }
        open = false
        _ = PQputCopyEnd(connection.handle, "abandoned by biopilot: \(reason)")
        _ = try? connection.drainResults()
    }

    private func send() throws(PostgresError) {
        guard !buffer.isEmpty else { return }
        let handle = connection.handle
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1 else { throw connection.lostConnection() }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension PostgresConnection {
    /// Starts `COPY … FROM STDIN`; the rows go through the returned copy, which must be finished or abandoned
    /// before the connection runs anything else.
    public func copyIn(_ sql: String) throws(PostgresError) -> PostgresCopyIn {
        guard let result = PQexec(handle, sql) else { throw lostConnection() }
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COPY_IN else {
            if isBroken { throw lostConnection() }
            throw Self.serverError(result, fallback: PQerrorMessage(handle))
        }
        return PostgresCopyIn(self)
    }

    /// Reads every pending result; throws the first error among them.
    func drainResults() throws(PostgresError) {
        var failure: PostgresError?
        while let result = PQgetResult(handle) {
            if failure == nil, PQresultStatus(result) != PGRES_COMMAND_OK {
                failure = isBroken ? lostConnection() : Self.serverError(result, fallback: PQerrorMessage(handle))
            }
            PQclear(result)
        }
        if let failure { throw failure }
    }
}
