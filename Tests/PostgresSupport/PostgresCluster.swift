import Foundation
import Glibc
import PilotPostgres
import Synchronization

/// The PostgreSQL server the tests run against: one throwaway cluster per test process (initdb in a temporary
/// directory as the `postgres` user, 127.0.0.1 and a random free port, stopped and removed at exit), or the server of
/// `BIOPILOT_TEST_PG_URL`, whose loopback logins must need no password. Each test gets a database of its own.
public final class PostgresCluster: Sendable {
    public let host: String
    public let port: String
    public let superuser: String
    /// The cluster's directory when this process started it (removed at exit); nil for BIOPILOT_TEST_PG_URL.
    public let directory: String?
    public let binaries: String?
    /// The server processes `pause` stopped, to let run again.
    private let paused = Mutex<[pid_t]>([])

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Started once, on first use; a failure fails every test that needs it, with its reason.
    public static let shared: Result<PostgresCluster, any Error> = Result { try PostgresCluster.start() }

    public static func get() throws -> PostgresCluster { try shared.get() }

    private init(host: String, port: String, superuser: String, directory: String?, binaries: String?) {
        self.host = host
        self.port = port
        self.superuser = superuser
        self.directory = directory
        self.binaries = binaries
    }

    public func url(user: String? = nil, database: String) -> String {
        "postgresql://\(user ?? superuser)@\(host):\(port)/\(database)"
    }

    /// A new empty database, named after the test.
    public func database(_ name: String) throws -> String {
        let unique = "t_\(name)_\(UInt32.random(in: 0...UInt32.max))".lowercased()
        let admin = try PostgresConnection(url(database: "postgres"))
        try admin.execute("CREATE DATABASE \(unique) ENCODING 'UTF8' TEMPLATE template0")
        return unique
    }

    /// A login role of the cluster (roles are cluster-wide, so the name is made unique) granted `roles`.
    public func loginRole(_ name: String, granted roles: [String]) throws -> String {
        let unique = "\(name)_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try PostgresConnection(url(database: "postgres"))
        try admin.execute("CREATE ROLE \(unique) LOGIN")
        for role in roles { try admin.execute("GRANT \(role) TO \(unique)") }
        return unique
    }

    private static func start() throws -> PostgresCluster {
        if let given = ProcessInfo.processInfo.environment["BIOPILOT_TEST_PG_URL"], !given.isEmpty {
            let connection = try PostgresConnection(given)
            return PostgresCluster(
                host: connection.host, port: connection.port, superuser: try connection.currentRole(), directory: nil, binaries: nil)
        }
        let cluster = try startOwn()
        atexit { PostgresCluster.stopShared() }
        return cluster
    }

    /// A throwaway cluster of the test's own, for a test that stops its server (`pause`), which would stall every
    /// other test on the shared one; `stop` ends it.
    public static func startOwn() throws -> PostgresCluster {
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = installed.compactMap({ Int($0) }).max(),
            FileManager.default.fileExists(atPath: "/usr/lib/postgresql/\(version)/bin/initdb")
        else {
            throw Failure(
                description:
                    "PostgreSQL is not installed: install the Debian packages postgresql and libpq-dev (apt-get install postgresql libpq-dev), or set BIOPILOT_TEST_PG_URL"
            )
        }
        let binaries = "/usr/lib/postgresql/\(version)/bin"
        var template = Array("/tmp/biopilot-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(description: "mkdtemp failed: errno \(errno)") }
        let directory = String(cString: made)
        let asRoot = geteuid() == 0
        if asRoot {
            // initdb and postgres refuse to run as root: the cluster belongs to the `postgres` account.
            guard let account = getpwnam("postgres") else {
                throw Failure(description: "running as root and there is no `postgres` account to run the test cluster as")
            }
            chown(directory, account.pointee.pw_uid, account.pointee.pw_gid)
        }
        let port = try freePort()
        try run(
            asRoot, "\(binaries)/initdb", ["-D", "\(directory)/data", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"],
            log: "\(directory)/initdb.log")
        try run(
            asRoot, "\(binaries)/pg_ctl",
            [
                "-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-o",
                "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1", "start",
            ], log: "\(directory)/pg_ctl.log")
        return PostgresCluster(host: "127.0.0.1", port: String(port), superuser: "postgres", directory: directory, binaries: binaries)
    }

    private static func stopShared() {
        guard case .success(let cluster) = shared else { return }
        cluster.stop()
    }

    /// Stops a cluster this process started (resumed first if paused) and removes its directory.
    public func stop() {
        guard let directory, let binaries else { return }
        resume()
        try? Self.run(
            geteuid() == 0, "\(binaries)/pg_ctl", ["-D", "\(directory)/data", "-m", "immediate", "-w", "stop"], log: "/dev/null")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The server's main process (the postmaster), which accepts connections; nil for BIOPILOT_TEST_PG_URL.
    public var postmaster: pid_t? {
        guard let directory, let text = try? String(contentsOfFile: "\(directory)/data/postmaster.pid", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: "\n").first.flatMap { pid_t($0) }
    }

    /// Makes the server silent, as a host that stopped answering: SIGSTOP to the postmaster (new connections are
    /// then accepted by the kernel and never answered) and to `processes` (backends: their connections' data is
    /// acknowledged by the kernel and never answered).
    public func pause(_ processes: [pid_t] = []) throws {
        guard let postmaster else { throw Failure(description: "no postmaster.pid for a cluster this process did not start") }
        for process in [postmaster] + processes where kill(process, SIGSTOP) != 0 {
            throw Failure(description: "cannot stop server process \(process): errno \(errno)")
        }
        paused.withLock { $0 += [postmaster] + processes }
    }

    /// Lets the paused processes run again.
    public func resume() {
        let stopped = paused.withLock { processes in
            defer { processes = [] }
            return processes
        }
        for process in stopped { kill(process, SIGCONT) }
    }

    /// Runs a server program, as `postgres` when this process is root; throws with its log when it fails. Spawned
    /// with nothing but /dev/null and the log open: the server outlives pg_ctl, and an inherited descriptor (the test
    /// runner's output, Foundation's child watch) would keep those open, so `swift test` or the wait would hang.
    private static func run(_ asPostgres: Bool, _ program: String, _ arguments: [String], log: String) throws {
        let argv = (asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] : [program]) + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let inherited = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in inherited where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(argv[0]): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw Failure(description: "\(program) failed (wait status \(status)): \(text)")
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now: bound to port 0, read back, released.
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "cannot bind a loopback port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
