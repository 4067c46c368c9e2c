import CLibPQ
import Foundation

/// A connection string (`postgresql://…` URL or `key=value` conninfo) checked before connecting. libpq itself reads
/// the password from PGPASSWORD, ~/.pgpass or a service file; one written into the URL is refused.
public enum PostgresURL {
    /// The string's options as libpq parses them (nil values left out); throws on a string libpq cannot parse or
    /// one that carries a password.
    static func options(_ conninfo: String) throws(PostgresError) -> [String: String] {
        var errorText: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(conninfo, &errorText) else {
            let reason = errorText.map { String(cString: $0) } ?? "out of memory"
            if let errorText { PQfreemem(errorText) }
            throw PostgresError(.unreachable, "cannot read the PostgreSQL URL: \(reason.trimmingTrailingNewlines)")
        }
        defer { PQconninfoFree(parsed) }
        var options: [String: String] = [:]
        var option = parsed
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { options[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        if let password = options["password"], !password.isEmpty {
            throw PostgresError(
                .passwordInURL,
                "the PostgreSQL URL carries a password; remove it and give it through PGPASSWORD, ~/.pgpass or a service file")
        }
        return options
    }
}

extension PostgresURL {
    /// The same server and login with another database, as a `postgresql://` URL (for tools that make databases,
    /// such as the benchmark). A socket directory as host is percent-encoded, as libpq reads it.
    public static func url(_ conninfo: String, database: String) throws(PostgresError) -> String {
        let options = try options(conninfo)
        func encoded(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
        }
        let user = options["user"].map { encoded($0) + "@" } ?? ""
        let host = encoded(options["host"] ?? options["hostaddr"] ?? "localhost")
        return "postgresql://\(user)\(host):\(options["port"] ?? "5432")/\(encoded(database))"
    }

    /// `postgresql://host:port/database` from the string alone (before connecting), for a message when connecting fails.
    static func location(_ conninfo: String) throws(PostgresError) -> String {
        let options = try options(conninfo)
        let host = options["host"] ?? options["hostaddr"] ?? "localhost"
        return "postgresql://\(host):\(options["port"] ?? "5432")/\(options["dbname"] ?? options["user"] ?? "")"
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
