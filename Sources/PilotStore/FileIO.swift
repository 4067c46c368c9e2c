import Foundation
import Glibc

/// The few POSIX calls the store needs for durability, with errors that name the file.
enum FileIO {
    /// The failed call's error, naming the file; a permission error also names owner, group, mode and the fix.
    static func errno(_ what: String, _ path: String) -> StoreError {
        FilePermissions.denied(what, path)
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

    /// The whole file mapped into memory when it is big (see `MappedFile` for the one file that may be), else read;
    /// nil when it does not exist.
    static func readMapped(_ path: String) throws(StoreError) -> TapeBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if Glibc.errno == ENOENT { return nil }
            throw errno("open", path)
        }
        defer { close(fd) }
        var info = stat()
        // Small files are read: a mapping costs more to make and unmake than copying them.
        if fstat(fd, &info) == 0, Int(info.st_size) >= BackgroundRelease.minimumBytes,
            let file = MappedFile(fd: fd, count: Int(info.st_size))
        {
            return .mapped(file)
        }
        return .array(try readAll(fd, from: 0, path: path))
    }

    /// Bytes from `offset` to the end of an open file.
    static func readAll(_ fd: Int32, from offset: Int, path: String) throws(StoreError) -> [UInt8] {
        // The size the file has now, read in place into one allocation: growing an array 64 KiB at a time copied a
        // national store.json about twice over, into fresh pages each time. What the file gains meanwhile follows.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size) - offset) : 0
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let n = pread(fd, buffer.baseAddress! + count, expected - count, off_t(offset + count))
                if n < 0 && Glibc.errno == EINTR { continue }
                if n < 0 { failure = Glibc.errno }
                if n <= 0 { return }
                count += n
            }
        }
        if failure != 0 {
            Glibc.errno = failure
            throw errno("read", path)
        }
        var position = off_t(offset + out.count)
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
        if let code = FaultInjection.shared.take(.write, path: path) {
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count / 2) }
            Glibc.errno = code
            throw errno("write", path)
        }
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
        if let code = FaultInjection.shared.take(.fsync, path: path) {
            Glibc.errno = code
            throw errno("fsync", path)
        }
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
    /// A directory fsync that fails after the rename is reported as `.io` with `afterRename` in the reason's
    /// place: the new file is in place, only its durability across a power loss is in doubt.
    static func replace(_ path: String, with bytes: [UInt8]) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temp = "\(path)\(tempMarker)\(getpid())"
        let fd: Int32
        fd = try FilePermissions.open(temp, O_WRONLY | O_CREAT | O_TRUNC, what: "create")
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
        do throws(StoreError) {
            if let code = FaultInjection.shared.take(.directorySync, path: path) {
                Glibc.errno = code
                throw errno("fsync", directory.isEmpty ? "." : directory)
            }
            try syncDirectory(directory.isEmpty ? "." : directory)
        } catch {
            throw error.placed(at: afterRename)
        }
    }

    /// Temp files of a durable replace are named `store.json.tmp-PID`.
    static let tempMarker = ".tmp-"
    /// The position of an error that came after the rename of a durable replace.
    static let afterRename = "after the rename"

    /// Appends and fsyncs; on a failed write the file is cut back to its old length, so no half line stays.
    static func append(_ path: String, _ bytes: [UInt8]) throws(StoreError) {
        let fd = try FilePermissions.open(path, O_WRONLY | O_APPEND | O_CREAT)
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        do {
            try writeAll(fd, bytes, path: path)
            try fsyncOrThrow(fd, path: path)
        } catch {
            if before >= 0 {
                _ = ftruncate(fd, before)
                _ = fsync(fd)
            }
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

    /// Writes `bytes` to a new file named `base-STAMP-PID-N` that did not exist (O_EXCL), so two set-asides in
    /// the same second never overwrite each other. Returns its path.
    static func createUnique(_ base: String, with bytes: [UInt8]) throws(StoreError) -> String {
        let stamp = DirectoryStore.timestamp().replacingOccurrences(of: ":", with: "")
        for n in 1...1000 {
            let path = "\(base)-\(stamp)-\(getpid())-\(n)"
            let fd: Int32
            do {
                fd = try FilePermissions.open(path, O_WRONLY | O_CREAT | O_EXCL)
            } catch  where Glibc.errno == EEXIST {
                continue
            }
            defer { close(fd) }
            try writeAll(fd, bytes, path: path)
            try fsyncOrThrow(fd, path: path)
            try syncDirectory((path as NSString).deletingLastPathComponent)
            return path
        }
        throw StoreError(.io, file: base, "cannot find a free name for a side file")
    }

    /// Makes a directory group-shared: setgid (new files take its group) and group read/write/search.
    static func makeShared(_ directory: String) throws(StoreError) {
        var info = stat()
        guard stat(directory, &info) == 0 else { throw errno("stat", directory) }
        if chmod(directory, (info.st_mode & 0o7777) | S_ISGID | 0o070) != 0 { throw errno("chmod", directory) }
    }
}
