import PilotCore

/// What `log`'s filters need from a journal line, read from its bytes without decoding it: a filter that matches
/// few entries would otherwise decode the whole journal (minutes at national scale). A line it rejects cannot
/// match; one it admits is still decoded and checked, so an unusual line (escaped text, keys out of order) is
/// admitted rather than guessed at.
public struct JournalLineFilter: Equatable, Sendable {
    public var revision: Int?
    /// A display name or an operating-system account.
    public var user: String?
    /// UTC times (ISO 8601, as lines record them) the entry's time lies within, inclusive.
    public var earliest: String?
    public var latest: String?

    public init(revision: Int? = nil, user: String? = nil, earliest: String? = nil, latest: String? = nil) {
        self.revision = revision
        self.user = user
        self.earliest = earliest
        self.latest = latest
    }

    var isEmpty: Bool { self == JournalLineFilter() }

    /// Lines are written with sorted keys: `account` first, and after `rev` only `time`, `uid` and `user`, plain
    /// fields no record holds (records come earlier, inside `after`/`before`), so each is found by a byte search.
    package func admits(_ line: ArraySlice<UInt8>) -> Bool {
        guard !isEmpty, let revEnd = ByteSearch.end(of: Self.revKey, in: line) else { return true }
        var digitsEnd = revEnd
        while digitsEnd < line.endIndex, (0x30...0x39).contains(line[digitsEnd]) { digitsEnd += 1 }
        if let revision, String(decoding: line[revEnd..<digitsEnd], as: UTF8.self) != String(revision) { return false }
        let rest = line[digitsEnd...]
        if earliest != nil || latest != nil, let timeStart = ByteSearch.end(of: Self.timeKey, in: rest),
            let time = Self.string(rest[timeStart...]), time.utf8.count == 20, time.hasSuffix("Z")
        {
            // Only the shape biopilot writes (`YYYY-MM-DDTHH:MM:SSZ`) compares as text; any other is decided by decoding.
            if let earliest, time < earliest { return false }
            if let latest, time > latest { return false }
        }
        if let user {
            guard let userStart = ByteSearch.end(of: Self.userKey, in: rest), let name = Self.string(rest[userStart...]) else {
                return true
            }
            if name == user { return true }
            if line.starts(with: Self.accountKey) {
                // The account is the line's first field; its value is the string right after the key.
                return Self.string(line.dropFirst(Self.accountKey.count)).map { $0 == user } ?? true
            }
            // No account field at the start: an older line without one, unless it sits elsewhere.
            return ByteSearch.end(of: Array(#""account":"#.utf8), in: line) != nil
        }
        return true
    }

    /// The JSON string starting at `bytes` (just after its opening quote), up to its closing quote; nil when it
    /// holds an escape (the decoder then decides).
    private static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let close = bytes.firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
            bytes[close] == UInt8(ascii: "\"")
        else { return nil }
        return String(decoding: bytes[bytes.startIndex..<close], as: UTF8.self)
    }

    private static let revKey = Array(#""rev":"#.utf8)
    private static let timeKey = Array(#""time":""#.utf8)
    private static let userKey = Array(#""user":""#.utf8)
    private static let accountKey = Array(#"{"account":""#.utf8)
}
