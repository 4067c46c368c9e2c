/// The members of an object of a `JSONTape`. A field is found by walking the object's keys, comparing lengths
/// first, and stepping over each value whole; the first of duplicate keys wins, as with Foundation's decoder.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: JSONTape
    /// The object's first key word, and the word after its last value.
    private let start: Int
    private let end: Int

    init(tape: JSONTape, index: Int) throws {
        let word = tape.words[index]
        guard JSONTape.kind(word) == JSONTape.Kind.object.rawValue else { throw JSONTape.mismatch([String: Any].self, "not an object") }
        self.tape = tape
        start = index + 1
        end = tape.next(index)
    }

    var codingPath: [CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var k = start
        while k < end {
            if let name = try? tape.string(k), let key = Key(stringValue: name) { keys.append(key) }
            k = tape.next(k + 1)
        }
        return keys
    }

    /// The word of the key's value, or nil when the object has no such key.
    private func find(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { tape.find($0, from: start, to: end) }
    }

    private func value(_ key: Key) throws -> Int {
        guard let index = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no such key"))
        }
        return index
    }

    /// The key's value, or nil when the key is missing or null (what `decodeIfPresent` answers nil for).
    private func present(_ key: Key) -> Int? {
        guard let index = find(key), !tape.isNull(index) else { return nil }
        return index
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { tape.isNull(try value(key)) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.bool(value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tape.string(value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tape.double(value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try tape.float(value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tape.int(value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tape.integer(value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tape.integer(value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tape.integer(value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tape.integer(value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tape.integer(value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tape.integer(value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tape.integer(value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tape.integer(value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tape.integer(value(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let index = try value(key)
        if let table = prefetched(type, index) { return table }
        return try tape.decode(type, index)
    }

    /// A table of the top-level object (this container starts at its first key) decoded ahead on every core
    /// (`TapePrefetch`); no other value ever is, so no other container looks.
    private func prefetched<T>(_ type: T.Type, _ index: Int) -> T? {
        start == 1 ? tape.takePrefetched(index) as? T : nil
    }

    // One lookup each: the protocol's defaults would look the key up three times (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let index = present(key) else { return nil }
        return try tape.bool(index)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let index = present(key) else { return nil }
        return try tape.string(index)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let index = present(key) else { return nil }
        return try tape.double(index)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let index = present(key) else { return nil }
        return try tape.float(index)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let index = present(key) else { return nil }
        return try tape.int(index)
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        guard let index = present(key) else { return nil }
        return try tape.integer(index)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = present(key) else { return nil }
        if let table = prefetched(type, index) { return table }
        return try tape.decode(type, index)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try TapeKeyedContainer<NestedKey>(tape: tape, index: value(key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try TapeUnkeyedContainer(tape: tape, index: value(key))
    }

    /// Foundation's decoder reads a missing key's super decoder as null; this one throws, which sends the whole
    /// document to Foundation.
    func superDecoder(forKey key: Key) throws -> Decoder { TapeDecoder(tape: tape, index: try value(key)) }

    func superDecoder() throws -> Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "no super key"))
        }
        return try superDecoder(forKey: key)
    }
}
