import CLibPQ
import Glibc

/// One libpq connection, used synchronously from one thread: a class that is not Sendable, so the compiler keeps
/// it in one isolation domain. Statements take text parameters (`$1`, `$2` …) and never have values spliced in.
public final class PostgresConnection {
    let handle: OpaquePointer
    /// Where it is connected, for messages: `127.0.0.1:5432` or a socket directory and port.
    public let host: String
    public let port: String

    /// Connects with a `postgresql://` URL or `key=value` conninfo; the password comes from libpq's usual places.
    public init(_ conninfo: String) throws(PostgresError) {
        let options = try PostgresURL.options(conninfo)
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(.unreachable, "cannot connect to PostgreSQL: out of memory")
        }
        host = Self.text(PQhost(handle)) ?? options["host"] ?? options["hostaddr"] ?? "localhost"
        port = (Self.text(PQport(handle)) ?? options["port"]).flatMap { $0.isEmpty ? nil : $0 } ?? "5432"
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = Self.text(PQerrorMessage(handle))?.trimmingTrailingNewlines ?? "no reason given"
            PQfinish(handle)
            throw PostgresError(.unreachable, "cannot connect to PostgreSQL at host \(host), port \(port): \(reason)")
        }
        self.handle = handle
    }

    deinit { PQfinish(handle) }

    /// Runs one statement (or, without parameters, several separated by semicolons) and returns the last one's rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresResult {
        try run(sql, parameters, Self.rows)
    }

    /// Runs one statement and hands its result to `read` before libpq's copy of it is freed.
    func run<T>(_ sql: String, _ parameters: [String?], _ read: (OpaquePointer) -> T) throws(PostgresError) -> T {
        let result: OpaquePointer? =
            parameters.isEmpty
            ? PQexec(handle, sql)
            : Self.withCStrings(parameters) { values in
                PQexecParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
            }
        guard let result else { throw lostConnection() }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return read(result)
        default:
            // A server that went away answers with an error result too; it is a lost connection, not a refusal.
            if isBroken { throw lostConnection() }
            throw Self.serverError(result, fallback: PQerrorMessage(handle))
        }
    }

    /// False once the server is gone: every statement then fails, and the connection must be made again.
    public var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    /// `postgresql://host:port/database`: where the store is, for messages (no user, never a password).
    public var location: String { "postgresql://\(host):\(port)/\(Self.text(PQdb(handle)) ?? "")" }

    /// Runs `body` in one transaction (`BEGIN` + `isolation`): committed if it returns, rolled back if it throws.
    public func transaction<T>(isolation: String = "", _ body: () throws(PostgresError) -> T) throws(PostgresError) -> T {
        try execute(isolation.isEmpty ? "BEGIN" : "BEGIN " + isolation)
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// The authenticated role, which the database records as the author of what this connection appends.
    public func currentRole() throws(PostgresError) -> String {
        try execute("SELECT current_user AS role").value(0, "role") ?? ""
    }

    func lostConnection() -> PostgresError {
        let reason = Self.text(PQerrorMessage(handle))?.trimmingTrailingNewlines ?? "no reason given"
        return PostgresError(.unreachable, "lost the connection to PostgreSQL at host \(host), port \(port): \(reason)")
    }

    static func text(_ pointer: UnsafePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }

    private static func rows(_ result: OpaquePointer) -> PostgresResult {
        let columnCount = PQnfields(result)
        let columns = (0..<columnCount).map { text(PQfname(result, $0)) ?? "" }
        let rows = (0..<PQntuples(result)).map { row in
            (0..<columnCount).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : text(PQgetvalue(result, row, column))
            }
        }
        return PostgresResult(columns: columns, rows: rows)
    }

    static func serverError(_ result: OpaquePointer, fallback: UnsafePointer<CChar>?) -> PostgresError {
        let state = text(PQresultErrorField(result, Int32(UInt8(ascii: "C"))))
        let primary = text(PQresultErrorField(result, Int32(UInt8(ascii: "M"))))
        let message = primary ?? text(PQresultErrorMessage(result))?.trimmingTrailingNewlines ?? text(fallback) ?? "unknown error"
        return PostgresError(.server, sqlState: state, message)
    }

    /// The parameters as C strings (nil for SQL NULL) for the length of `body`.
    private static func withCStrings<R>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = values.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
