import CLibPQ
import Glibc

/// One libpq connection, used synchronously from one thread: a class that is not Sendable, so the compiler keeps
/// it in one isolation domain. Statements take text parameters (`$1`, `$2` …) and never have values spliced in.
public final class PostgresConnection {
    let handle: OpaquePointer
    /// Where it is connected, for messages: `127.0.0.1:5432` or a socket directory and port.
    public let host: String
    public let port: String

    /// How long a statement may wait for the server's answer before the connection is given up as lost; nil: as
    /// long as it takes (a migration, a copy). A server that stopped answering without closing the connection (a
    /// frozen host whose kernel still acknowledges what is sent) trips neither `tcp_user_timeout` nor the
    /// keepalives, and the server's own `statement_timeout` never runs on a stopped server: only the client can
    /// stop waiting. The dashboard's store sets it, as it runs on one thread.
    public var answerTimeout: Duration?
    /// Set when a statement went unanswered past `answerTimeout`: the connection is then unusable (a statement is
    /// still outstanding) and counts as broken.
    private var unansweredAfter: Duration?

    /// Connects with a `postgresql://` URL or `key=value` conninfo, waiting until it is made or fails (up to its
    /// `connect_timeout`); the password comes from libpq's usual places.
    public convenience init(_ conninfo: String) throws(PostgresError) {
        let options = try PostgresURL.options(conninfo)
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(.unreachable, "cannot connect to PostgreSQL: out of memory")
        }
        try self.init(finished: handle, options: options)
    }

    /// Takes a connection libpq has finished making (blocking, or step by step in `PostgresConnectionAttempt`);
    /// one that failed is freed and thrown with its reason, naming host and port.
    init(finished handle: OpaquePointer, options: [String: String]) throws(PostgresError) {
        (host, port) = Self.place(handle, options)
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
        guard unansweredAfter == nil else { throw lostConnection() }
        let sent =
            parameters.isEmpty
            ? PQsendQuery(handle, sql)
            : Self.withCStrings(parameters) { values in
                PQsendQueryParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
            }
        guard sent == 1 else { throw lostConnection() }
        let result = try lastResult()
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return read(result)
        default:
            // A server that went away answers with an error result too; it is a lost connection, not a refusal.
            if isBroken { throw lostConnection() }
            throw Self.serverError(result, fallback: PQerrorMessage(handle))
        }
    }

    /// The sent statements' last result, as `PQexec` returns it (an error ends the string's statements, a `COPY`
    /// stops there), waiting on the socket for the server's answer.
    private func lastResult() throws(PostgresError) -> OpaquePointer {
        var last: OpaquePointer?
        while true {
            do { try awaitAnswer() } catch {
                if let last { PQclear(last) }
                throw error
            }
            guard let result = PQgetResult(handle) else { break }
            if let last { PQclear(last) }
            last = result
            let status = PQresultStatus(result)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH || PQstatus(handle) == CONNECTION_BAD {
                break
            }
        }
        guard let last else { throw lostConnection() }
        return last
    }

    /// Reads the server's answer as it arrives, until a whole result is in. When nothing arrives for
    /// `answerTimeout` the connection is given up as lost (its statement is left unanswered, so it cannot run
    /// another); a large answer arriving slowly, a national store's records over a thin line, is not cut off.
    private func awaitAnswer() throws(PostgresError) {
        var deadline = answerTimeout.map { ContinuousClock.now + $0 }
        while PQisBusy(handle) == 1 {
            var socket = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            guard socket.fd >= 0 else { throw lostConnection() }
            var milliseconds: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                let (seconds, attoseconds) = left.components
                milliseconds = Int32(max(0, min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, 60_000)))
            }
            let ready = poll(&socket, 1, milliseconds)
            if ready < 0 && errno != EINTR { throw lostConnection() }
            if ready == 0, let deadline, ContinuousClock.now >= deadline {
                unansweredAfter = answerTimeout
                throw lostConnection()
            }
            guard PQconsumeInput(handle) == 1 else { throw lostConnection() }
            if ready > 0 { deadline = answerTimeout.map { ContinuousClock.now + $0 } }
        }
    }

    /// False once the server is gone: every statement then fails, and the connection must be made again.
    public var isBroken: Bool { unansweredAfter != nil || PQstatus(handle) != CONNECTION_OK }

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
        let reason =
            unansweredAfter.map { "the server did not answer within \($0)" }
            ?? Self.text(PQerrorMessage(handle))?.trimmingTrailingNewlines ?? "no reason given"
        return PostgresError(.unreachable, "lost the connection to PostgreSQL at host \(host), port \(port): \(reason)")
    }

    /// The host and port a connection (made or being made) is for, for messages.
    static func place(_ handle: OpaquePointer, _ options: [String: String]) -> (host: String, port: String) {
        let host = text(PQhost(handle)) ?? options["host"] ?? options["hostaddr"] ?? "localhost"
        return (host, (text(PQport(handle)) ?? options["port"]).flatMap { $0.isEmpty ? nil : $0 } ?? "5432")
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
