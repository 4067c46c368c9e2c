import CLibPQ

/// What the server last said outside a statement on a store's connection. A server ending a connection says why
/// ("terminating connection due to administrator command", "the database system is shutting down") before it
/// closes it, and libpq hands that to a notice processor, whose default prints it on stderr: under the dashboard,
/// over the screen. Kept here instead, it goes into the message that the connection was lost.
final class ServerFarewell {
    private(set) var text: String?

    /// Makes `connection`'s notices land here. The store holds this object as long as the connection.
    func listen(to connection: PostgresConnection) {
        text = nil
        PQsetNoticeProcessor(
            connection.handle,
            { context, message in
                guard let context, let message else { return }
                let farewell = Unmanaged<ServerFarewell>.fromOpaque(context).takeUnretainedValue()
                farewell.text = String(cString: message).trimmingTrailingNewlines
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// The lost connection's error with the server's reason for ending it, when it gave one (a fatal notice).
    func explain(_ error: PostgresError) -> PostgresError {
        guard error.kind == .unreachable, let text, text.hasPrefix("FATAL:") || text.hasPrefix("PANIC:") else { return error }
        let reason = text.drop { $0 != ":" }.dropFirst().drop { $0 == " " }
        return PostgresError(.unreachable, sqlState: error.sqlState, error.message + " (the server said: \(reason))")
    }
}
