import Foundation
import Glibc

/// Starts the real dashboard on a pseudo-terminal of its own and times launch → first frame as a user sees it:
/// until the frame's last row, the status line, has been written (it is the only place today's date shows on the
/// products pane, and curses writes a frame top to bottom). Then `q` quits it; the quitting is not timed.
struct TerminalLaunch {
    let executable: String
    let arguments: [String]
    /// Bytes whose arrival ends the first frame.
    let marker: [UInt8]
    var columns: UInt16 = 100
    var rows: UInt16 = 30
    /// Set in its environment besides TERM (its settings and state directories, so the user's stay untouched).
    var environment: [String: String] = [:]
    /// Longest wait for the first frame, or for the exit after `q`.
    var timeoutSeconds = 120.0

    func run() throws -> Double {
        // posix_openpt, unlockpt and ptsname as Linux does them (Swift's Glibc module leaves them out, and the
        // two requests, being macros that compute them, too: _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned),
        // the same on x86-64 and arm64).
        let (TIOCSPTLCK, TIOCGPTN): (UInt, UInt) = (0x4004_5431, 0x8004_5430)
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var locked: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, TIOCSPTLCK, &locked) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw BenchFailure("a pseudo-terminal for the dashboard: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let start = Stopwatch.now()
        let pid = try spawn(terminal: "/dev/pts/\(number)")
        var exited = false
        defer { if !exited { kill(pid, SIGKILL) } }
        guard try read(master, until: { $0.contains(marker) }) else {
            throw BenchFailure("the dashboard drew no frame with \(String(decoding: marker, as: UTF8.self)) in \(timeoutSeconds) s")
        }
        let ms = Stopwatch.ms(since: start)
        _ = write(master, "q", 1)
        // Read on until the dashboard has gone (the terminal then reads as closed), so it never blocks on output.
        _ = try read(master, until: { _ in false })
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exited = true
        return ms
    }

    /// The dashboard on the pseudo-terminal (curses needs it as standard input and output, not as the controlling
    /// terminal), in a process group of its own so the bench's own terminal signals it nothing; errors go nowhere.
    private func spawn(terminal: String) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment.merging(self.environment) { $1 }
        environment["TERM"] = "xterm-256color"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else { throw BenchFailure("starting \(executable): \(String(cString: strerror(error)))") }
        return pid
    }

    /// Reads the terminal's output until `done` says so of what came (true), or it closes (false); throws after the
    /// timeout. Only the last bytes are kept, enough to find the marker across two reads.
    private func read(_ master: Int32, until done: ([UInt8]) -> Bool) throws -> Bool {
        var tail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let start = Stopwatch.now()
        while Stopwatch.ms(since: start) < timeoutSeconds * 1000 {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = Glibc.read(master, &buffer, buffer.count)
            if count <= 0 { return false }
            tail = Array(tail.suffix(marker.count)) + buffer[0..<count]
            if done(tail) { return true }
        }
        throw BenchFailure("the dashboard did not answer in \(timeoutSeconds) s")
    }
}
