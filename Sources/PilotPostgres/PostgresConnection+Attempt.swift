import CLibPQ
import Glibc

/// A connection being made without blocking (libpq's `PQconnectStart` and `PQconnectPoll`): each `step` checks
/// the socket with a zero timeout and advances only when it is ready, so the dashboard's one thread reconnects
/// between ticks while keys are still read. libpq ignores `connect_timeout` here, so the attempt keeps its own
/// deadline from it, for the whole attempt (every address of a URL naming several). A host name is still looked up
/// by libpq in one step that waits for the resolver; an address, which needs no lookup, avoids that.
public final class PostgresConnectionAttempt {
    private var handle: OpaquePointer?
    private let options: [String: String]
    /// What `PQconnectPoll` last asked to wait for; before the first call, as libpq says, the socket being writable.
    private var polling = PGRES_POLLING_WRITING
    private let deadline: ContinuousClock.Instant?
    private let timeout: Duration?

    /// Starts connecting with a `postgresql://` URL or `key=value` conninfo (see `PostgresConnection.init`).
    public init(_ conninfo: String) throws(PostgresError) {
        options = try PostgresURL.options(conninfo)
        guard let handle = PQconnectStart(conninfo) else {
            throw PostgresError(.unreachable, "cannot connect to PostgreSQL: out of memory")
        }
        self.handle = handle
        timeout = Self.connectTimeout(handle)
        deadline = timeout.map { ContinuousClock.now + $0 }
        if PQstatus(handle) == CONNECTION_BAD { polling = PGRES_POLLING_FAILED }
    }

    deinit { if let handle { PQfinish(handle) } }

    /// Advances the attempt as far as the socket allows without waiting: the connection once it is made, nil while
    /// the server has not answered yet; throws when it failed or its `connect_timeout` passed.
    public func step() throws(PostgresError) -> PostgresConnection? {
        guard let handle else { throw PostgresError(.unreachable, "this attempt to connect to PostgreSQL has ended") }
        while true {
            switch polling {
            case PGRES_POLLING_OK, PGRES_POLLING_FAILED:
                // Made or failed: the connection takes the handle, or frees it and throws with libpq's reason.
                self.handle = nil
                return try PostgresConnection(finished: handle, options: options)
            default:
                guard Self.isReady(handle, for: polling) else {
                    if let deadline, ContinuousClock.now >= deadline { throw timedOut(handle) }
                    return nil
                }
                polling = PQconnectPoll(handle)
            }
        }
    }

    /// Whether the socket (which may change between libpq's steps) is ready for what libpq waits for.
    private static func isReady(_ handle: OpaquePointer, for polling: PostgresPollingStatusType) -> Bool {
        var socket = pollfd(fd: PQsocket(handle), events: Int16(polling == PGRES_POLLING_READING ? POLLIN : POLLOUT), revents: 0)
        guard socket.fd >= 0 else { return true } // No socket: PQconnectPoll reports why.
        return poll(&socket, 1, 0) != 0
    }

    private func timedOut(_ handle: OpaquePointer) -> PostgresError {
        let (host, port) = PostgresConnection.place(handle, options)
        self.handle = nil
        PQfinish(handle)
        let seconds = timeout.map { "\($0.components.seconds) s" } ?? ""
        return PostgresError(
            .unreachable, "cannot connect to PostgreSQL at host \(host), port \(port): no answer within \(seconds) (connect_timeout)")
    }

    /// The `connect_timeout` libpq took for this connection (from the string or PGCONNECT_TIMEOUT), as libpq reads
    /// it: none when unset or zero, at least 2 s.
    private static func connectTimeout(_ handle: OpaquePointer) -> Duration? {
        guard let used = PQconninfo(handle) else { return nil }
        defer { PQconninfoFree(used) }
        var option = used
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "connect_timeout", let value = option.pointee.val {
                guard let seconds = Int(String(cString: value)), seconds > 0 else { return nil }
                return .seconds(max(seconds, 2))
            }
            option += 1
        }
        return nil
    }
}
