#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX calls the store needs for durability, with errors that name the file.
enum FileIO {
    static func errno(_ what: String, _ path: String) -> StoreError {
        StoreError(.io, file: path, "\(what) failed: \(String(cString: strerror(Glibc.errno)))")
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if Glibc.errno == ENOENT { return nil }
            throw errno("open", path)
        }
        defer { close(fd) }
        return try readAll(fd, from: 0, path: path)
    }

    /// Bytes from `offset` to the end of an open file.
    static func readAll(_ fd: Int32, from offset: Int, path: String) throws(StoreError) -> [UInt8] {
        var out: [UInt8] = []
        var position = off_t(offset)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if n < 0 {
                if Glibc.errno == EINTR { continue }
                throw errno("read", path)
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
            position += off_t(n)
        }
        return out
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if Glibc.errno == EINTR { continue }
                throw errno("write", path)
            }
            written += n
        }
    }

    static func fsyncOrThrow(_ fd: Int32, path: String) throws(StoreError) {
        if fsync(fd) != 0 { throw errno("fsync", path) }
    }

    /// Makes a rename or a new file in `directory` survive a crash.
    static func syncDirectory(_ directory: String) throws(StoreError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw errno("open directory", directory) }
        defer { close(fd) }
        try fsyncOrThrow(fd, path: directory)
    }

    /// Durable replace: a temp file in the same directory, written and fsynced, renamed over the target,
    /// then the directory fsynced. Readers see the old file or the new one, never a mix.
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t = 0o644) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temp = "\(path).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 { throw errno("create", temp) }
        do {
            try writeAll(fd, bytes, path: temp)
            try fsyncOrThrow(fd, path: temp)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        if rename(temp, path) != 0 {
            let e = errno("rename", path)
            unlink(temp)
            throw e
        }
        try syncDirectory(directory.isEmpty ? "." : directory)
    }

    /// Appends and fsyncs; on a failed write the file is cut back to its old length, so no half line stays.
    static func append(_ path: String, _ bytes: [UInt8]) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw errno("open", path) }
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        do {
            try writeAll(fd, bytes, path: path)
            try fsyncOrThrow(fd, path: path)
        } catch {
            if before >= 0 { _ = ftruncate(fd, before); _ = fsync(fd) }
            throw error
        }
    }

    static func truncate(_ path: String, to length: Int) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw errno("open", path) }
        defer { close(fd) }
        if ftruncate(fd, off_t(length)) != 0 { throw errno("truncate", path) }
        try fsyncOrThrow(fd, path: path)
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.io, file: path, "cannot create directory: \(error.localizedDescription)")
        }
    }
}

/// An advisory `flock` on `store.lock`: shared for readers, exclusive for writers. Released on `unlock` or exit,
/// so a killed writer never leaves the store locked.
final class FileLock {
    private let fd: Int32

    init?(path: String, exclusive: Bool) throws(StoreError) {
        let flags = exclusive ? (O_RDWR | O_CREAT | O_CLOEXEC) : (O_RDONLY | O_CLOEXEC)
        let fd = open(path, flags, 0o644)
        if fd < 0 {
            // A reader of a store without a lock file (or in a read-only place) reads unlocked.
            if !exclusive && (Glibc.errno == ENOENT || Glibc.errno == EACCES) { return nil }
            throw FileIO.errno("open lock", path)
        }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if Glibc.errno == EINTR { continue }
            let e = FileIO.errno("flock", path)
            close(fd)
            throw e
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
