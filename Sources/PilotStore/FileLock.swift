import Foundation
import Glibc
import PilotCore

/// An advisory `flock` on `store.lock`: shared for readers, exclusive for writers, released on deinit or
/// exit, so a killed writer never leaves the store locked. A writer records in the file who it is (pid, user,
/// command, start time), written in place and never renamed, so a waiting member can be told whom they wait for.
final class FileLock {
    private let fd: Int32
    private let exclusive: Bool
    /// False when a second open of the lock file could take the lock this one holds: the file system does not
    /// honour `flock` (some network file systems), so writers on two machines could interleave.
    private(set) var isHonoured = true

    /// Nil for a reader when the lock file cannot be opened (a read-only place): it reads unlocked.
    /// With `wait: false` a held lock throws `.busy` at once instead of waiting.
    init?(path: String, exclusive: Bool, wait: Bool = true, policy: LockPolicy = .standard) throws(StoreError) {
        var fd: Int32
        if exclusive {
            fd = try FilePermissions.open(path, O_RDWR | O_CREAT)
        } else {
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT || errno == EACCES { return nil }
                throw FilePermissions.denied("open lock", path)
            }
        }
        let started = Date()
        var announced = false
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else {
                let e = FileIO.errno("flock", path)
                close(fd)
                throw e
            }
            let waited = Date().timeIntervalSince(started)
            if !wait || waited >= policy.timeout {
                let holder = FileLock.holder(fd)
                close(fd)
                let seconds = Int(policy.timeout.rounded())
                throw StoreError(
                    .busy, file: path,
                    Bilingual(
                        zh: "存储正被占用：\(wait ? "已等待 \(seconds) 秒后放弃：" : "")\(holder)",
                        en: "store busy: \(wait ? "gave up after \(seconds) s waiting: " : "")\(holder)"))
            }
            if waited >= 1, !announced {
                announced = true
                policy.onWait?("waiting for \(path): \(FileLock.holder(fd)) (giving up after \(Int(policy.timeout.rounded())) s)")
            }
            usleep(50_000)
        }
        self.fd = fd
        self.exclusive = exclusive
        if exclusive {
            recordHolder()
            isHonoured = FileLock.probeHonoured(path)
        }
    }

    deinit {
        if exclusive { _ = ftruncate(fd, 0) }
        flock(fd, LOCK_UN)
        close(fd)
    }

    struct Holder: Codable {
        var pid: Int32
        var user: String
        var command: String
        var since: String
    }

    private func recordHolder() {
        let arguments = CommandLine.arguments
        let command = ((arguments.first.map { ($0 as NSString).lastPathComponent }.map { [$0] } ?? []) + arguments.dropFirst())
            .joined(separator: " ")
        let holder = Holder(
            pid: getpid(), user: FilePermissions.userName(geteuid()), command: String(command.prefix(200)),
            since: DirectoryStore.timestamp())
        guard let bytes = try? JSONEncoder().encode(holder) else { return }
        let written = Array(bytes).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        if written >= 0 { _ = ftruncate(fd, off_t(written)) }
    }

    /// Who holds the lock, from what the holder recorded: "held by pid 812 (alice: biopilot import products x.csv)
    /// since 2026-11-26T01:02:03Z".
    static func holder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        if n > 0, let holder = try? JSONDecoder().decode(Holder.self, from: Data(buffer[0..<n])),
            kill(holder.pid, 0) == 0 || errno == EPERM
        {
            return "held by pid \(holder.pid) (\(holder.user): \(holder.command)) since \(holder.since)"
        }
        return "held by another process (a reader, or one that recorded no holder)"
    }

    /// A second open file description must not get the lock we hold; if it does, `flock` is a no-op here.
    private static func probeHonoured(_ path: String) -> Bool {
        let probe = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else { return true }
        defer { close(probe) }
        if flock(probe, LOCK_SH | LOCK_NB) == 0 {
            flock(probe, LOCK_UN)
            return false
        }
        return true
    }

    /// The file system's type when it is a network or FUSE one, where `flock` may be local to one machine
    /// (from /proc/self/mounts: the longest mount point that contains `path`).
    static func networkFileSystem(_ path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return nil }
        let target = (path as NSString).resolvingSymlinksInPath
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            guard target == point || target.hasPrefix(point == "/" ? "/" : point + "/") else { continue }
            if best == nil || point.count > best!.point.count { best = (point, String(fields[2])) }
        }
        guard let type = best?.type else { return nil }
        let network = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "lustre", "gpfs", "glusterfs", "ceph", "afs"]
        return network.contains(type) || type.hasPrefix("fuse") ? type : nil
    }
}
