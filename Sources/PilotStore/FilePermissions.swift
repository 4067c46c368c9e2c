import Foundation
import Glibc
import PilotCore

/// Who may write a store's files. Files are created 0666 less the umask; in a group-shared store (a setgid
/// directory, as `biopilot init --shared` makes) they are also made group-readable and -writable, the way
/// `git init --shared=group` does, so every member of the directory's group can append to the journal.
enum FilePermissions {
    /// True when `directory` has the setgid bit: new files take its group, and biopilot makes them group-writable.
    static func isShared(_ directory: String) -> Bool {
        var info = stat()
        return stat(directory, &info) == 0 && (info.st_mode & S_ISGID) != 0
    }

    /// Opens (creating with 0666 less the umask) and, in a shared directory, adds group read/write to a file
    /// this process created, so the next member can write it too.
    static func open(_ path: String, _ flags: Int32, what: String = "open") throws(StoreError) -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, 0o666)
        if fd < 0 { throw denied(what, path) }
        if flags & O_CREAT != 0 { shareIfNeeded(fd, path: path) }
        return fd
    }

    static func shareIfNeeded(_ fd: Int32, path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        guard isShared(directory.isEmpty ? "." : directory) else { return }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o060 != 0o060 else { return }
        _ = fchmod(fd, (info.st_mode & 0o7777) | 0o060)
    }

    /// An error for a failed call on `path`; when the system says permission denied, it names the file's owner,
    /// group and mode, who is asking, and the command that fixes a group-shared store.
    static func denied(_ what: String, _ path: String) -> StoreError {
        let code = errno
        let reason = String(cString: strerror(code))
        guard code == EACCES || code == EPERM else {
            return StoreError(
                .io, file: path, Bilingual(zh: "\(chineseVerb(what))失败：\(chineseReason(code) ?? reason)", en: "\(what) failed: \(reason)"))
        }
        var target = path
        var info = stat()
        if stat(target, &info) != 0 {
            // The file does not exist yet: what matters is the directory it would be created in.
            target = (path as NSString).deletingLastPathComponent
            if target.isEmpty { target = "." }
            _ = stat(target, &info)
        }
        let directory = FileIO.isDirectory(target) ? target : (target as NSString).deletingLastPathComponent
        let hint =
            "every member needs the store's group and group write: as the owner run "
            + "`chgrp -R GROUP \(directory) && chmod -R g+rwX \(directory) && chmod g+s \(directory)`, "
            + "or create the store with `biopilot init --shared`"
        let hintZh =
            "每位成员都须属于存储的用户组并有组写权限：请文件所有者运行 "
            + "`chgrp -R GROUP \(directory) && chmod -R g+rwX \(directory) && chmod g+s \(directory)`，"
            + "或用 `biopilot init --shared` 创建存储"
        return StoreError(
            .io, file: path,
            Bilingual(
                zh: "\(chineseVerb(what))失败：权限不足（\(describe(target, info))；当前用户 \(whoami())）；\(hintZh)",
                en: "\(what) failed: \(reason) (\(describe(target, info)); you are \(whoami())); \(hint)"))
    }

    /// The call that failed, as a member would say it.
    static func chineseVerb(_ what: String) -> String {
        let verbs = [
            "open": "打开", "create": "创建", "read": "读取", "write": "写入", "fsync": "写入磁盘", "rename": "重命名", "flock": "加锁",
            "truncate": "截断", "stat": "查看", "chmod": "修改权限",
        ]
        return verbs[what] ?? what
    }

    /// The system's reason in Chinese for the failures a member meets (strerror speaks only English here).
    static func chineseReason(_ code: Int32) -> String? {
        switch code {
        case ENOSPC: return "磁盘已满"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "文件系统只读"
        case ENOENT: return "文件或目录不存在"
        case ENOTDIR: return "路径中有一段不是目录"
        case EISDIR: return "这是一个目录"
        case EIO: return "磁盘读写错误"
        case EEXIST: return "文件已存在"
        case EMFILE, ENFILE: return "打开的文件过多"
        case ENAMETOOLONG: return "文件名过长"
        default: return nil
        }
    }

    /// "owner alice, group pilot, mode rw-r--r--" for a path already stat-ed.
    static func describe(_ path: String, _ info: stat) -> String {
        "\((path as NSString).lastPathComponent): owner \(userName(info.st_uid)), group \(groupName(info.st_gid)), mode \(modeString(info.st_mode))"
    }

    static func whoami() -> String {
        var groups = [gid_t](repeating: 0, count: 64)
        let count = getgroups(Int32(groups.count), &groups)
        let names = count > 0 ? groups.prefix(Int(count)).map(groupName) : [groupName(getegid())]
        return "\(userName(geteuid())) in groups \(names.joined(separator: ","))"
    }

    static func userName(_ uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }

    static func groupName(_ gid: gid_t) -> String {
        if let entry = getgrgid(gid), let name = entry.pointee.gr_name { return String(cString: name) }
        return "gid \(gid)"
    }

    static func modeString(_ mode: mode_t) -> String {
        let letters: [(mode_t, Character)] = [
            (0o400, "r"), (0o200, "w"), (0o100, "x"), (0o040, "r"), (0o020, "w"), (0o010, "x"),
            (0o004, "r"), (0o002, "w"), (0o001, "x"),
        ]
        var text = String(letters.map { mode & $0.0 != 0 ? $0.1 : "-" })
        if mode & S_ISGID != 0 {
            let i = text.index(text.startIndex, offsetBy: 5)
            text.replaceSubrange(i...i, with: mode & 0o010 != 0 ? "s" : "S")
        }
        return text + String(format: " (%o)", mode & 0o7777)
    }
}
