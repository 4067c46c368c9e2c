/// The elements of an array of a `JSONTape`, in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let tape: JSONTape
    /// The word of the next element; `end` once all are read.
    private var position: Int
    private let end: Int
    let count: Int?
    private(set) var currentIndex = 0

    init(tape: JSONTape, index: Int) throws {
        let word = tape.words[index]
        guard JSONTape.kind(word) == JSONTape.Kind.array.rawValue else { throw JSONTape.mismatch([Any].self, "not a list") }
        self.tape = tape
        position = index + 1
        end = tape.next(index)
        count = JSONTape.members(word)
    }

    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { position >= end }

    /// The next element's word, moving past it.
    private mutating func take(_ type: Any.Type) throws -> Int {
        guard position < end else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: [], debugDescription: "no more elements"))
        }
        let index = position
        position = tape.next(position)
        currentIndex += 1
        return index
    }

    mutating func decodeNil() throws -> Bool {
        guard position < end, tape.isNull(position) else { return false }
        _ = try take(Never.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(take(type)) }
    mutating func decode(_ type: String.Type) throws -> String { try tape.string(take(type)) }
    mutating func decode(_ type: Double.Type) throws -> Double { try tape.double(take(type)) }
    mutating func decode(_ type: Float.Type) throws -> Float { try tape.float(take(type)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try tape.int(take(type)) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(take(type)) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(take(type)) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(take(type)) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(take(type)) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(take(type)) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(take(type)) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(take(type)) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(take(type)) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(take(type)) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(type, take(type)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try TapeKeyedContainer<NestedKey>(tape: tape, index: take(type)))
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try TapeUnkeyedContainer(tape: tape, index: take([Any].self))
    }

    mutating func superDecoder() throws -> Decoder {
        TapeDecoder(tape: tape, index: try take(Any.self))
    }
}
