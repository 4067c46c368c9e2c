import Foundation
import Testing

/// The store shared by several members and processes, as the real binary meets it: locks held by others,
/// group permissions, kill -9 in the middle of edits from several writers (a dashboard among them), and what the
/// audit trail prints.
@Suite(.serialized) struct StoreTrustTests {
    let today = "2026-11-22"

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    /// A writer started in the background; its stdout is collected until it ends.
    final class Writer {
        let process = Process()
        let out = Pipe()

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits for the process to end and returns what it printed.
        func finish() -> String {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func aHeldLockNamesItsHolderAndTheWaiterGivesUp() throws {
        let store = try demo()
        let holder = try Writer(["_stress-write", "--store", store.path, "--count", "0", "--hold", "8"])
        // Wait until it holds the lock.
        var first = Data()
        while !String(decoding: first, as: UTF8.self).contains("holding") { first += holder.out.fileHandleForReading.availableData }
        let started = Date()
        let waiting = try CLI.run(["set", "--store", store.path, "product", "P01", "nameEn=x", "--lock-timeout", "2"])
        let waited = Date().timeIntervalSince(started)
        #expect(waiting.status == 2)
        #expect(
            waiting.stderr.contains("waiting for") && waiting.stderr.contains("held by pid \(holder.process.processIdentifier)")
                && waiting.stderr.contains("_stress-write") && waiting.stderr.contains("gave up after 2 s"), "\(waiting.stderr)")
        #expect(waited >= 1.9 && waited < 6, "gave up after \(waited) s")
        // Readers wait the same way, and nothing was written.
        let reader = try CLI.run(["validate", "--store", store.path, "--lock-timeout", "1"])
        #expect(reader.status == 2 && reader.stderr.contains("store busy"), "\(reader.stderr)")
        kill(holder.process.processIdentifier, SIGKILL)
        _ = holder.finish()
        // A killed holder leaves nothing behind: the next edit goes through at once.
        let after = try CLI.run(["set", "--store", store.path, "product", "P01", "nameEn=x", "--lock-timeout", "2"])
        #expect(after.status == 0, "\(after.stderr)")
    }

    /// Two members of one group, each with a umask of 022: with `init --shared` the second can write what the
    /// first created; without it, the refusal names the file, its owner, group and mode, and the fix.
    @Test(.enabled(if: geteuid() == 0, "switching users needs root (CI runs as root)"))
    func aSecondMemberOfTheGroupWritesASharedStore() throws {
        let root = TempStore()
        try FileManager.default.createDirectory(atPath: root.path, withIntermediateDirectories: true)
        #expect(chown(root.path, 0, 3000) == 0 && chmod(root.path, 0o2775) == 0)
        func run(as uid: Int, _ arguments: [String]) throws -> CLI.Result {
            try CLI.run(
                [
                    "--reuid=\(uid)", "--regid=3000", "--clear-groups", "sh", "-c",
                    "umask 022; exec \"$0\" \"$@\"", CLI.binary,
                ] + arguments, executable: "/usr/bin/setpriv")
        }
        let shared = root.path + "/shared"
        let made = try run(as: 2001, ["init", "--shared", shared])
        #expect(made.status == 0, "\(made.stderr)")
        let added = try run(
            as: 2002,
            ["add", "enterprise", "--store", shared, "--name", "第二位成员的企业", "--credit-code", "91310115MA276383XQ", "--province", "310000"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try run(as: 2001, ["log", "--verify", "--store", shared]).status == 0)
        // The same two members on a store made without --shared, in a group directory without setgid.
        let parent = TempStore()
        try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        #expect(chown(parent.path, 0, 3000) == 0 && chmod(parent.path, 0o0775) == 0)
        let plain = parent.path + "/plain"
        #expect(try run(as: 2001, ["init", plain]).status == 0)
        let refused = try run(
            as: 2002, ["add", "enterprise", "--store", plain, "--name", "x", "--credit-code", "91310115MA276383XQ", "--province", "310000"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("Permission denied") && refused.stderr.contains("owner uid 2001")
                && refused.stderr.contains("mode rw-r--r--") && refused.stderr.contains("chmod -R g+rwX"), "\(refused.stderr)")
    }

    /// Control characters in a reason and in $BIOPILOT_USER reach the journal as they were, and never the
    /// terminal: `log` and `doctor` print them as visible escapes.
    @Test func theLogShowsControlCharactersVisibly() throws {
        let store = try demo()
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{07}\u{202E}"
        let r = try CLI.run(
            ["set", "--store", store.path, "product", "P01", "nameEn=x", "--reason", hostile],
            environment: ["BIOPILOT_USER": "dir\u{1B}[1Aector"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(String(decoding: store.bytes("journal.jsonl"), as: UTF8.self).contains("\\u001b]0;pwned"), "stored as it was")
        for command in [["log", "--limit", "3"], ["log", "--verify"], ["doctor"], ["log", "--head"]] {
            let out = try CLI.run(command + ["--store", store.path])
            let bytes = Array(out.stdoutBytes) + Array(out.stderr.utf8)
            #expect(
                !bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F }, "\(command): a control byte reached the terminal")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("\u{202E}"))
        }
        let log = try CLI.run(["log", "--limit", "1", "--store", store.path]).stdout
        #expect(log.contains("\\x1b]0;pwned") && log.contains("dir\\x1b[1Aector (\(CLI.account))"), "\(log)")
    }

    /// `doctor` lists what is wrong (exit 1) and `--repair` puts it right with a journal line, deleting nothing.
    @Test func doctorListsAndRepairsWithoutDeleting() throws {
        let store = try demo()
        let clean = try CLI.run(["doctor", "--store", store.path])
        #expect(clean.status == 0 && clean.stdout.contains("hash chain intact"), "\(clean.stdout)")
        // A killed compaction's temp file, a torn last line, and store.json edited behind biopilot's back.
        _ = FileManager.default.createFile(atPath: store.path + "/store.json.tmp-99999", contents: Data("{".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.path + "/journal.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"rev":122,"half"#.utf8))
        try handle.close()
        var object = try JSONSerialization.jsonObject(with: store.bytes("store.json")) as! [String: Any]
        object["samplings"] = []
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: store.path + "/store.json"))
        let sick = try CLI.run(["doctor", "--store", store.path])
        #expect(sick.status == 1)
        for expected in ["store.json.tmp-99999", "incomplete last line", "sampling SMP-0001"] {
            #expect(sick.stdout.contains(expected), "doctor should name \(expected): \(sick.stdout)")
        }
        let repaired = try CLI.run(["doctor", "--repair", "--store", store.path])
        #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: store.path)
        #expect(!names.contains("store.json.tmp-99999"))
        let damaged = try #require(names.first { $0.hasPrefix("journal.jsonl.damaged") })
        #expect(store.bytes(damaged) == Data(#"{"rev":122,"half"#.utf8), "the torn tail is kept beside the store")
        #expect(names.contains { $0.hasPrefix("store.json.bak") }, "the edited store.json is kept beside the store")
        #expect(try CLI.run(["log", "--limit", "1", "--store", store.path]).stdout.contains("repair"))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        #expect(try CLI.run(["export", "json", "--store", store.path]).stdout.contains("SMP-0001"), "rebuilt from the journal")
    }

    /// 500 or more acknowledged edits from four writers at once (three command-line writers and a dashboard), each
    /// killed with SIGKILL at random and restarted: every acknowledged edit is in the store, none twice, and the
    /// chain verifies. On a store directory and on PostgreSQL.
    @Test(arguments: Backend.allCases)
    func fourWritersKilledAtRandomLoseNothingAcknowledged(_ backend: Backend) throws {
        let store = try DemoStore(backend, today: today)
        var generator = SystemRandomNumberGenerator()
        var acked: [String] = []
        var writerKills = 0
        var round = 0
        func collect(_ text: String) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count == 4 && parts[0] == "ack" { acked.append(String(parts[1])) }
            }
        }
        let dashboard = DashboardWriter(store: store.location, today: today)
        var dashboardAcks = 0
        // At least 500 acknowledged edits, and on until enough kills landed mid-run: how many do depends on how
        // fast the machine finishes a writer, so the soak runs longer rather than passing without them (capped).
        while (acked.count < 500 || writerKills < 10 || dashboard.kills < 3 || dashboardAcks < 5) && round < 200 {
            round += 1
            // Three command-line writers, each killed with a chance of two in three after a random moment.
            let killable = try (0..<3).map { slot in
                try Writer(["_stress-write", "--store", store.location, "--count", "20", "--tag", "k\(slot)r\(round)"])
            }
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            for writer in killable {
                if writer.process.isRunning && Int.random(in: 0..<3, using: &generator) > 0 {
                    kill(writer.process.processIdentifier, SIGKILL)
                    writerKills += 1
                }
                collect(writer.finish())
            }
            // The dashboard saves (or is killed while saving) with three writers busy at the same moment.
            let busy = try (0..<3).map { slot in
                try Writer(["_stress-write", "--store", store.location, "--count", "5", "--tag", "b\(slot)r\(round)"])
            }
            if round % 3 == 0 {
                try dashboard.killDuringSave()
            } else if let id = try dashboard.schedule() {
                acked.append(id)
                dashboardAcks += 1
            }
            for writer in busy { collect(writer.finish()) }
        }
        dashboard.stop()
        // A torn tail, if a kill left one, is set aside by the next writer.
        #expect(try CLI.run(["_stress-write", "--store", store.location, "--count", "1", "--tag", "after"]).status == 0)
        #expect(try store.chainProblem() == nil)
        let ids = try store.inspectionIDs()
        #expect(Set(ids).count == ids.count, "an id used twice")
        let missing = Set(acked).subtracting(ids)
        #expect(missing.isEmpty, "acknowledged but missing: \(missing.sorted().prefix(10))")
        #expect(Set(acked).count == acked.count, "one id acknowledged twice")
        #expect(
            writerKills >= 10 && dashboard.kills >= 3 && dashboardAcks >= 5,
            "the soak must kill writers mid-run: \(writerKills) writer kills, \(dashboard.kills) dashboard kills, \(dashboardAcks) dashboard saves"
        )
    }
}

/// A dashboard in tmux that schedules inspections from the calendar (`l` `a` `Enter`), an edit acknowledged
/// when the status line says "scheduled INS-…".
final class DashboardWriter {
    let store: String
    let today: String
    let socket = "biopilot-soak-\(getpid())-\(UUID().uuidString.prefix(8))"
    private(set) var kills = 0
    private var running = false
    private var lastID = ""

    init(store: String, today: String) {
        self.store = store
        self.today = today
    }

    func tmux(_ arguments: [String]) throws -> String {
        try Shell.run((["tmux", "-L", socket] + arguments).map(Shell.quote).joined(separator: " ")).stdout
    }

    func start() throws {
        let command =
            "exec env -u LC_ALL TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=soak \(CLI.binary) --store \(store) --today \(today) --lang en"
        _ = try tmux(["new-session", "-d", "-s", "d", "-x", "120", "-y", "30", command])
        running = true
        _ = wait(for: "Products", seconds: 10)
        _ = try tmux(["send-keys", "-t", "d", "2"])
        _ = wait(for: "Inspection calendar", seconds: 5)
    }

    func wait(for text: String, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let screen = try? tmux(["capture-pane", "-p", "-t", "d"]), screen.contains(text) { return screen }
            usleep(30_000)
        }
        return nil
    }

    /// One scheduled inspection: its id once the dashboard said it was saved, or nil when it did not say so.
    func schedule() throws -> String? {
        if !running { try start() }
        _ = try tmux(["send-keys", "-t", "d", "l", "a"])
        guard wait(for: "Schedule an inspection", seconds: 5) != nil else { return nil }
        _ = try tmux(["send-keys", "-t", "d", "Enter"])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let screen = (try? tmux(["capture-pane", "-p", "-t", "d"])) ?? ""
            if let range = screen.range(of: #"scheduled INS-\d+"#, options: .regularExpression) {
                let id = String(screen[range].dropFirst("scheduled ".count))
                if id != lastID {
                    lastID = id
                    return id
                }
            }
            usleep(20_000)
        }
        // Not acknowledged (a conflict prompt, say): leave the form and go on.
        _ = try tmux(["send-keys", "-t", "d", "Escape", "Escape"])
        return nil
    }

    /// Opens the form, presses Enter and kills the process at once, before it can say whether it saved.
    func killDuringSave() throws {
        if !running { try start() }
        _ = try tmux(["send-keys", "-t", "d", "l", "a"])
        guard wait(for: "Schedule an inspection", seconds: 5) != nil else { return }
        let pid = Int32(try tmux(["list-panes", "-t", "d", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        _ = try tmux(["send-keys", "-t", "d", "Enter"])
        usleep(UInt32.random(in: 0...30_000))
        if pid > 0 && kill(pid, SIGKILL) == 0 { kills += 1 }
        _ = try? tmux(["kill-server"])
        running = false
    }

    func stop() {
        _ = try? tmux(["kill-server"])
        running = false
    }

    deinit { stop() }
}
