import Foundation

/// A stored field's JSON value, decoded without losing the difference between a flag and a number.
indirect enum StoredValue: Decodable, Equatable {
    case null
    case flag(Bool)
    case number(Double)
    case text(String)
    case list([StoredValue])
    case object([String: StoredValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .flag(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else if let a = try? c.decode([StoredValue].self) {
            self = .list(a)
        } else {
            self = .object(try c.decode([String: StoredValue].self))
        }
    }

    /// A field's JSON text (as `RecordFields` gives it), or nil when it cannot be read.
    static func parse(_ json: String) -> StoredValue? {
        try? JSONDecoder().decode(StoredValue.self, from: Data(json.utf8))
    }
}
