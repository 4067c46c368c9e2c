import CLibPQ
import Glibc

/// `NOTIFY biopilot, '<revision>'`: one per append, so a running dashboard learns of other members' edits
/// without polling the table.
public struct PostgresNotification: Sendable, Equatable {
    public let channel: String
    public let payload: String
}

extension PostgresConnection {
    /// The channel every append notifies.
    public static let journalChannel = "biopilot"

    /// Starts receiving the journal's notifications on this connection.
    public func listenForAppends() throws(PostgresError) {
        try execute("LISTEN \(Self.journalChannel)")
    }

    /// The next notification, waiting on the connection's socket with poll(2) up to `timeout`; nil if none came.
    public func nextNotification(timeout: Duration) throws(PostgresError) -> PostgresNotification? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            guard PQconsumeInput(handle) == 1 else { throw lostConnection() }
            if let notice = PQnotifies(handle) {
                defer { PQfreemem(notice) }
                return PostgresNotification(
                    channel: Self.text(notice.pointee.relname) ?? "", payload: Self.text(notice.pointee.extra) ?? "")
            }
            let left = deadline - clock.now
            guard left > .zero else { return nil }
            var socket = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            guard socket.fd >= 0 else { throw lostConnection() }
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            if poll(&socket, 1, milliseconds) < 0 && errno != EINTR { throw lostConnection() }
        }
    }
}
