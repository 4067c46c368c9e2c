import Glibc

/// A record read straight from a `JSONTape`, one walk over its object's members, without the `Decoder` machinery
/// (generic containers, key lookups by name, metadata): the big tables' records (samplings, inspections) are most
/// of a snapshot, and decoding them through `init(from:)` was most of opening one.
///
/// The type's `init(from:)` stays its schema; `init(tape:at:)` must read exactly what it reads. Where that decode
/// would fail (a required field missing, a wrong type, a value out of range), this one throws too, and the caller
/// leaves the document to the `Codable` decode, which fails the same way and words the message. Unknown keys are
/// skipped and of duplicate keys the first wins, as with `init(from:)` on either decoder. `TapeFastDecodeTests`
/// compares the two decodes on random records and holds `tapeFields` to the type's stored properties, so a field
/// added to the type and not here fails.
protocol TapeDecodable {
    /// The keys it reads: every stored property's (a test holds them to the type's properties).
    static var tapeFields: TapeFields { get }
    init(tape: JSONTape, at index: Int) throws
}

/// The keys a `TapeDecodable` type reads, each known by its position: the cases of the type's `Field` enumeration,
/// named as the keys are (as synthesized `CodingKeys` are). Kept as one buffer of bytes, and tried from the one
/// after the last match: the store writes keys sorted, so with the cases in that order nearly every key matches
/// at the first comparison.
struct TapeFields: Sendable {
    private let text: [UInt8]
    private let starts: [Int]
    let count: Int

    init<Field: RawRepresentable & CaseIterable>(_ type: Field.Type) where Field.RawValue == Int {
        var text: [UInt8] = []
        var starts: [Int] = []
        for (position, field) in Field.allCases.enumerated() {
            precondition(field.rawValue == position, "\(Field.self): the cases are numbered 0, 1, 2 … in order")
            starts.append(text.count)
            text.append(contentsOf: String(describing: field).utf8)
        }
        precondition(starts.count <= 64, "\(Field.self): a record's fields are tracked in one 64-bit mask")
        starts.append(text.count)
        self.text = text
        self.starts = starts
        count = starts.count - 1
    }

    /// The field's key.
    func name(_ field: Int) -> String { String(decoding: text[starts[field]..<starts[field + 1]], as: UTF8.self) }

    /// The position of the key spelled by `key`, trying `hint` first, or nil when the type has no such field.
    @inline(__always) func position(of key: UnsafeBufferPointer<UInt8>, hint: Int) -> Int? {
        text.withUnsafeBufferPointer { names in
            starts.withUnsafeBufferPointer { starts in
                var field = hint < count ? hint : 0
                for _ in 0..<count {
                    let start = starts[field]
                    if starts[field + 1] - start == key.count && memoryEqual(names.baseAddress! + start, key.baseAddress!, key.count) {
                        return field
                    }
                    field = field + 1 == count ? 0 : field + 1
                }
                return nil
            }
        }
    }

    @inline(__always) private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }
}

extension JSONTape {
    /// Walks the object at `index` once: for the first occurrence of each key that names one of `fields`, calls
    /// `read` with the field's position and the word of its value. Other keys are stepped over whole.
    @inline(__always) func readObject(_ index: Int, _ fields: TapeFields, _ read: (_ field: Int, _ value: Int) throws -> Void) throws {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.object.rawValue else { throw JSONTape.mismatch([String: Any].self, "not an object") }
        let end = Int(truncatingIfNeeded: word & JSONTape.endMask)
        var seen: UInt64 = 0
        var hint = 0
        var k = index + 1
        while k < end {
            let key = words[k]
            let field = bytes.withUnsafeBufferPointer { p in
                let offset = JSONTape.offset(key)
                return fields.position(of: UnsafeBufferPointer(rebasing: p[offset..<(offset + JSONTape.length(key))]), hint: hint)
            }
            if let field {
                hint = field + 1
                if seen & (1 << field) == 0 {
                    seen |= 1 << field
                    try read(field, k + 1)
                }
            }
            k = next(k + 1)
        }
    }

    /// Nil for a null, as `decodeIfPresent` answers (a missing key never reaches here: its local stays nil).
    @inline(__always) func optional<T>(_ index: Int, _ read: (Int) throws -> T) rethrows -> T? {
        isNull(index) ? nil : try read(index)
    }

    /// A `String`-backed enumeration, as its synthesized `init(from:)` reads it.
    func enumeration<T: RawRepresentable>(_ index: Int, _ type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string(index)) else { throw JSONTape.mismatch(T.self, "not one of the values") }
        return value
    }

    /// The same for the enumerations the big tables hold, matched on the bytes in place (`TapeCases`); an escaped
    /// value is read as text, which its bytes would not match.
    func enumeration<T: TapeEnumeration>(_ index: Int, _ type: T.Type = T.self) throws -> T {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.string.rawValue, word & JSONTape.escapedBit == 0 else {
            guard let value = T(rawValue: try string(index)) else { throw JSONTape.mismatch(T.self, "not one of the values") }
            return value
        }
        let start = JSONTape.offset(word)
        let value = bytes.withUnsafeBufferPointer {
            T.tapeCases.value(UnsafeBufferPointer(rebasing: $0[start..<(start + JSONTape.length(word))]))
        }
        guard let value else { throw JSONTape.mismatch(T.self, "not one of the values") }
        return value
    }

    /// A list of strings, as `[String].init(from:)` reads it: every element a string, no nulls.
    func strings(_ index: Int) throws -> [String] {
        let word = words[index]
        guard JSONTape.kind(word) == Kind.array.rawValue else { throw JSONTape.mismatch([String].self, "not a list") }
        var list: [String] = []
        list.reserveCapacity(JSONTape.members(word))
        var e = index + 1
        let end = next(index)
        while e < end {
            list.append(try string(e))
            e = next(e)
        }
        return list
    }
}

/// A `String`-backed enumeration read from a tape by its raw values' bytes: through `init(rawValue:)` each value
/// was made a String first, then matched in a switch over strings.
protocol TapeEnumeration: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var tapeCases: TapeCases<Self> { get }
}

/// The cases of a `TapeEnumeration` and the bytes of their raw values, tried in order (there are a few).
struct TapeCases<T: TapeEnumeration>: Sendable {
    private let cases: [T]
    private let names: [[UInt8]]

    init() {
        cases = Array(T.allCases)
        names = cases.map { Array($0.rawValue.utf8) }
    }

    /// The case whose raw value is spelled by `text`, or nil.
    func value(_ text: UnsafeBufferPointer<UInt8>) -> T? {
        for k in names.indices where names[k].count == text.count {
            if names[k].withUnsafeBufferPointer({ text.count == 0 || memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }) {
                return cases[k]
            }
        }
        return nil
    }
}

extension Optional {
    /// The value of a required field read by `JSONTape.readObject`, or the error naming it: the key was absent.
    @inline(__always) func required<Field>(_ field: Field) throws -> Wrapped {
        guard let self else { throw JSONTape.mismatch(Wrapped.self, "required field \"\(field)\" is missing") }
        return self
    }
}
