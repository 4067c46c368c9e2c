import PilotCore

/// Why a store could not be read or written: the file, the place in it, and the reason, in words a user can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Cannot be read as data: corrupt, truncated, wrong types, invalid UTF-8, newer schema.
        case unreadable
        /// The journal's hash chain is broken: a line was altered or removed.
        case tampered
        /// Another writer changed the same record first.
        case conflict
        /// The operating system refused: permissions, a full disk, a missing directory.
        case io
        /// The store directory holds no store.
        case missing
        /// An edit names a record that does not exist, or one that already exists.
        case invalidEdit
        /// Another process holds the store's lock (and this one would not, or no longer, wait).
        case busy
        /// The store opened for reading only: its journal is damaged, so nothing may be appended to it.
        case readOnly
        /// The store's database server could not be reached, or the connection to it was lost.
        case unreachable
        /// The database refused for lack of a privilege: a province's policy, or a role that may only read.
        case forbidden
        /// The database server answered with an error of its own (its message is the reason).
        case server
    }

    public let kind: Kind
    public let file: String?
    /// "line 12, column 5", "byte 4096", "inspections[3].start" …
    public let position: String?
    /// In English; `message(.zh)` gives the Chinese where the error was worded in both.
    public let reason: String
    let reasonZh: String?

    public init(_ kind: Kind, file: String?, position: String? = nil, _ reason: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.reason = reason
        reasonZh = nil
    }

    public init(_ kind: Kind, file: String?, position: String? = nil, _ reason: Bilingual) {
        self.kind = kind
        self.file = file
        self.position = position
        self.reason = reason.en
        reasonZh = reason.zh
    }

    public var description: String { message(.en) }

    /// The same error at another place in its file (both wordings kept).
    func placed(at position: String?) -> StoreError {
        StoreError(kind, file: file, position: position, Bilingual(zh: reasonZh ?? reasonText(.zh), en: reason))
    }

    /// File, place and reason in `L`. A reason worded only in English (a parser's detail) follows the kind of
    /// problem in words, so a Chinese screen still says what happened.
    public func message(_ L: Language) -> String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let position { parts.append(L == .en ? position : Self.chinesePosition(position)) }
        let why = reasonText(L)
        return parts.isEmpty ? why : parts.joined(separator: ": ") + ": " + why
    }

    /// The reason alone, in `L`.
    public func reasonText(_ L: Language) -> String { L == .en ? reason : reasonZh ?? "\(Self.kindWords(kind))（\(reason)）" }

    static func kindWords(_ kind: Kind) -> String {
        switch kind {
        case .unreadable: return "无法读取"
        case .tampered: return "日志校验不符"
        case .conflict: return "记录已被他人修改"
        case .io: return "系统拒绝了文件操作"
        case .missing: return "找不到"
        case .invalidEdit: return "修改无效"
        case .busy: return "存储正被占用"
        case .readOnly: return "存储只读"
        case .unreachable: return "无法连接数据库服务器"
        case .forbidden: return "数据库拒绝了此操作（权限不足）"
        case .server: return "数据库服务器报错"
        }
    }

    /// "line 12 (revision 5)" → "第 12 行（修订号 5）"; other places are names of fields and stay as they are.
    static func chinesePosition(_ text: String) -> String {
        var out = text
        for (english, before, after) in [("line ", "第 ", " 行"), ("byte ", "第 ", " 字节"), ("column ", "第 ", " 列"), ("revision ", "修订号 ", "")]
        {
            while let range = out.range(of: english), let digits = out[range.upperBound...].prefix(while: \.isNumber).nilIfEmpty {
                out.replaceSubrange(range.lowerBound..<out.index(range.upperBound, offsetBy: digits.count), with: before + digits + after)
            }
        }
        return out.replacingOccurrences(of: " (", with: "（").replacingOccurrences(of: ")", with: "）")
            .replacingOccurrences(of: ", ", with: "，")
    }
}

extension Substring {
    fileprivate var nilIfEmpty: Substring? { isEmpty ? nil : self }
}
