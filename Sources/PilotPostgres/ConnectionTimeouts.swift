import Foundation

/// Limits on how long a store's connection may hang on a network that went silent, added to the connection string
/// where the user set none: the dashboard runs on one thread, so a connect or a statement waiting on a lost server
/// would freeze its screen. Connecting gives up after 5 s (reconnecting does not wait at all: the store steps it at
/// each look, see `PostgresConnectionAttempt`); sent data unacknowledged for 15 s, or an idle connection whose
/// keepalive probes go unanswered for about a minute, ends the connection, which the store then reports as lost and
/// retries on its schedule. A host that froze while its kernel still acknowledges trips none of these: `answer`
/// bounds the wait for a statement's result on the client's side.
public enum ConnectionTimeouts {
    /// How long a store's statement waits for the server's answer (`PostgresConnection.answerTimeout`): as long as
    /// the kernel gives unacknowledged data; a dashboard's save or look takes milliseconds.
    public static let answer: Duration = .seconds(15)

    static let defaults: [(key: String, value: String, environment: String?)] = [
        ("connect_timeout", "5", "PGCONNECT_TIMEOUT"),
        ("tcp_user_timeout", "15000", nil),
        ("keepalives_idle", "30", nil),
        ("keepalives_interval", "10", nil),
        ("keepalives_count", "3", nil),
    ]

    /// `conninfo` with each limit it (or the environment) does not set itself appended, in its own syntax.
    static func applied(to conninfo: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PostgresError) -> String
    {
        let given = try PostgresURL.options(conninfo)
        let missing = defaults.filter { given[$0.key] == nil && $0.environment.flatMap { environment[$0] } == nil }
        guard !missing.isEmpty else { return conninfo }
        if PostgresStore.names(conninfo) {
            let query = missing.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
            return conninfo + (conninfo.contains("?") ? "&" : "?") + query
        }
        return conninfo + " " + missing.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
