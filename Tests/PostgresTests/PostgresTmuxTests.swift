import Foundation
import Glibc
import PilotPostgres
import Testing

/// Two real dashboards in tmux on one PostgreSQL store (issue 16): each sees the other's edit within a second of
/// its save, told by the database's notification. Needs tmux and the built `biopilot` beside the test bundle.
extension PostgresTests {
    @Test func twoDashboardsInTmuxSeeEachOthersEditsWithinASecond() throws {
        let demo = try PostgresDashboard("dashtmux")
        let alice = try TmuxDashboard(user: "alice", store: demo.url)
        let bob = try TmuxDashboard(user: "bob", store: demo.url)
        for member in [alice, bob] { try member.waitFor("Products", "P14") }

        for (writer, reader, name, id) in [(alice, bob, "Alice product", "P15"), (bob, alice, "Bob product", "P16")] {
            try writer.keys("a")
            try writer.waitFor("Add product")
            try writer.type(name)
            try writer.keys("Enter")
            try writer.waitFor("added \(id)")
            // From the writer's screen showing the save to the reader's showing the edit: the save's notification,
            // the reader's next look (every 250 ms) and its redraw.
            let seen = try reader.timeUntil("loaded changes made by others")
            #expect(seen < .seconds(1), "\(reader.user) saw \(writer.user)'s edit after \(seen)")
        }
        let products = try PostgresStore.open(demo.url).data.products.records.reduce(into: [String: String]()) { $0[$1.id] = $1.name }
        #expect(products["P15"] == "Alice product" && products["P16"] == "Bob product")
        for member in [alice, bob] {
            try member.keys("q")
            try member.waitFor("EXIT=0")
        }
    }

    /// The server goes away under a running dashboard: the status line says so and keeps an "offline" mark, a save
    /// is refused with the form kept, and once the server takes connections again the dashboard reconnects by itself
    /// and the same form saves.
    @Test func aDashboardInTmuxOutlivesTheServerGoingAwayAndSavesOnceItIsBack() throws {
        let demo = try PostgresDashboard("dashtmuxlost")
        let alice = try TmuxDashboard(user: "alice", store: demo.url)
        try alice.waitFor("Products", "P14")
        try alice.keys("a")
        try alice.waitFor("Add product")
        try alice.type("Offline product")
        try demo.dropConnections(refusingNew: true)
        try alice.waitFor("offline", "connection to the store lost")
        try alice.keys("Enter")
        try alice.waitFor("not saved", "Add product", "Offline product")
        try demo.allowConnections()
        // The next attempt is at most a few seconds away (1, 2, 4 s … after each failure).
        try alice.waitFor("connected again: postgresql://")
        #expect(!alice.screen().contains("offline"))
        try alice.keys("Enter")
        try alice.waitFor("added P15")
        #expect(try PostgresStore.open(demo.url).data.products[id: "P15"]?.name == "Offline product")
        try alice.keys("q")
        try alice.waitFor("EXIT=0")
    }
}

/// One member's dashboard in its own tmux server: send-keys types, capture-pane reads the screen.
final class TmuxDashboard {
    let user: String
    let socket = "biopilot-pg-\(getpid())-\(UUID().uuidString.prefix(8))"

    init(user: String, store: String) throws {
        self.user = user
        let dashboard = [
            "env", "-u", "LC_ALL", "TERM=xterm-256color", "LANG=C.UTF-8", "BIOPILOT_USER=\(user)", "XDG_CONFIG_HOME=/nonexistent",
            Self.binary, "--store", store, "--today", "2026-11-22", "--lang", "en",
        ].map(Self.quote).joined(separator: " ")
        // The shell prints the exit status and waits, so the restored screen can be read.
        let script = "\(dashboard); echo EXIT=$?; sleep 60"
        let status = Self.run(["tmux", "-L", socket, "new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "sh", "-c", script])
        #expect(status == 0, "tmux new-session failed; is tmux installed?")
    }

    deinit { _ = Self.run(["tmux", "-L", socket, "kill-server"]) }

    func keys(_ keys: String...) throws {
        for key in keys { _ = Self.run(["tmux", "-L", socket, "send-keys", "-t", "t", key]) }
    }

    func type(_ text: String) throws { _ = Self.run(["tmux", "-L", socket, "send-keys", "-t", "t", "-l", text]) }

    /// The screen's text; `styled`: with its colours and attributes as escape sequences.
    func screen(styled: Bool = false) -> String {
        let file = NSTemporaryDirectory() + "biopilot-pg-screen-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = Self.run(["tmux", "-L", socket, "capture-pane", "-p"] + (styled ? ["-e"] : []) + ["-t", "t"], output: file)
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    /// The id that starts the selected row (drawn in reverse video), nil when none shows.
    func selectedRow() -> String? {
        for line in screen(styled: true).split(separator: "\n") {
            var attributes = ""
            var rest = Substring(line)
            while rest.hasPrefix("\u{1B}["), let end = rest.firstIndex(of: "m") {
                attributes += rest[...end]
                rest = rest[rest.index(after: end)...]
            }
            let reversed = attributes.contains("[7m") || attributes.contains(";7m")
            let id = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if reversed, id.first?.isLetter == true { return String(id) }
        }
        return nil
    }

    /// Waits up to 10 s for the screen to show every one of `texts`.
    func waitFor(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try timeUntil(texts, limit: .seconds(10), sourceLocation: sourceLocation)
    }

    /// How long until the screen shows `text` (read every 10 ms), up to 10 s.
    func timeUntil(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Duration {
        try timeUntil([text], limit: .seconds(10), sourceLocation: sourceLocation)
    }

    private func timeUntil(_ texts: [String], limit: Duration, sourceLocation: SourceLocation) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        var last = ""
        while clock.now - start < limit {
            last = screen()
            if texts.allSatisfy(last.contains) { return clock.now - start }
            usleep(10_000)
        }
        Issue.record("\(user)'s screen never showed \(texts):\n\(last)", sourceLocation: sourceLocation)
        return clock.now - start
    }

    /// The `biopilot` executable beside the test bundle in the build products directory.
    static let binary: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("biopilot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return ".build/debug/biopilot"
    }()

    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a program with posix_spawn and waits for it, as the end-to-end suite's tmux tests do: no signal
    /// blocked (a tmux server started with SIGTERM blocked would ignore `kill-server` and outlive the test) and no
    /// descriptor but the standard three inherited (the server would hold the test runner's pipes open).
    @discardableResult
    static func run(_ argv: [String], output: String = "/dev/null") -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let inherited = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in inherited where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, argv[0], &actions, &attributes, cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}
