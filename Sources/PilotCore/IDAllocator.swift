/// Hands out fresh record ids with a prefix, one past the largest number already used (INS-0042 → INS-0043),
/// then one more for each further id: a bulk import scans its table once, not once per row.
///
/// Numbers are kept as decimal digit strings, so no id can overflow an integer: after `P9223372036854775807`
/// (Int.max) comes `P9223372036854775808`.
public struct IDAllocator: Sendable {
    public let prefix: String
    public let width: Int
    /// The last number used, without leading zeros ("" when none).
    private var last: [UInt8]

    public init<R>(prefix: String, in table: Table<R>, width: Int = 4) {
        self.prefix = prefix
        self.width = width
        last = []
        for record in table where record.id.hasPrefix(prefix) {
            let suffix = record.id.utf8.dropFirst(prefix.utf8.count)
            guard !suffix.isEmpty, suffix.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let digits = Array(suffix.drop { $0 == 0x30 })
            if Self.isGreater(digits, than: last) { last = digits }
        }
    }

    /// The next fresh id.
    public mutating func next() -> String {
        last = Self.incremented(last)
        let digits = String(decoding: last, as: UTF8.self)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func isGreater(_ a: [UInt8], than b: [UInt8]) -> Bool {
        a.count != b.count ? a.count > b.count : b.lexicographicallyPrecedes(a)
    }

    /// Decimal digits plus one ("" is zero): "199" → "200", "999" → "1000".
    static func incremented(_ digits: [UInt8]) -> [UInt8] {
        var out = digits
        var i = out.count - 1
        while i >= 0 {
            if out[i] < 0x39 {
                out[i] += 1
                return out
            }
            out[i] = 0x30
            i -= 1
        }
        return [0x31] + out
    }
}
