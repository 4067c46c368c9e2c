/// A `Decoder` over a `JSONTape`, so the entities' own `init(from:)` (and the legacy fields they map) decode the
/// snapshot without Foundation's parse into a tree. It only ever answers what Foundation would answer for the same
/// document, or throws: `JSONReading` then decodes again with Foundation for the error message. Coding paths are
/// empty for that reason: no error of this decoder is ever shown.
struct TapeDecoder: Decoder {
    let tape: JSONTape
    let index: Int

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { tape.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try TapeKeyedContainer<Key>(tape: tape, index: index))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        try TapeUnkeyedContainer(tape: tape, index: index)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        TapeSingleValueContainer(tape: tape, index: index)
    }
}
