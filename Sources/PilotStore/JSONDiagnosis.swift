import Foundation

/// Turns a failed decode into "where and why": the first invalid UTF-8 byte, the first JSON syntax error
/// (line and column), or the field path of a wrong type. Foundation's own messages say neither.
enum JSONDiagnosis {
    struct Problem: Equatable {
        let position: String
        let reason: String
    }

    static func lineColumn(_ bytes: [UInt8], _ offset: Int) -> String {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Columns count characters, not bytes, so a CJK line points where an editor does.
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return "line \(line), column \(column)"
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// Reads the whole document and reports the first problem, or nil if it is valid JSON.
    static func syntaxProblem(_ bytes: [UInt8]) -> Problem? {
        if let bad = firstInvalidUTF8(bytes) {
            return Problem(position: "\(lineColumn(bytes, bad)) (byte \(bad))", reason: "invalid UTF-8")
        }
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < bytes.count {
                throw Scanner.Failure(index: scanner.index, reason: "unexpected text after the end of the JSON value")
            }
            return nil
        } catch let failure as Scanner.Failure {
            return Problem(position: lineColumn(bytes, failure.index), reason: failure.reason)
        } catch {
            return Problem(position: "unknown", reason: "\(error)")
        }
    }

    /// A readable account of a DecodingError: the field path and what was wrong there.
    static func describe(_ error: DecodingError) -> Problem {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? "top level" : out
        }
        switch error {
        case .typeMismatch(let type, let ctx):
            return Problem(position: path(ctx.codingPath), reason: "wrong type, expected \(typeName(type)): \(ctx.debugDescription)")
        case .valueNotFound(let type, let ctx):
            return Problem(position: path(ctx.codingPath), reason: "missing value, expected \(typeName(type))")
        case .keyNotFound(let key, let ctx):
            return Problem(position: path(ctx.codingPath + [key]), reason: "required field \"\(key.stringValue)\" is missing")
        case .dataCorrupted(let ctx):
            return Problem(position: path(ctx.codingPath), reason: ctx.debugDescription)
        @unknown default:
            return Problem(position: "unknown", reason: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "integer"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "a list" : (name.hasPrefix("Dictionary") ? "an object" : name)
        }
    }

    /// A strict RFC 8259 scanner that only finds where a document stops being JSON.
    private struct Scanner {
        struct Failure: Error {
            let index: Int
            let reason: String
        }

        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func fail(_ reason: String) -> Failure { Failure(index: index, reason: reason) }

        func peek() throws(Failure) -> UInt8 {
            guard index < bytes.count else { throw fail("unexpected end of file (the file is truncated)") }
            return bytes[index]
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard try peek() == byte else { throw fail("expected \(what)") }
            index += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < 512 else { throw fail("nested too deeply") }
            switch try peek() {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if try peek() == UInt8(ascii: "}") {
                    index += 1
                    return
                }
                while true {
                    skipSpace()
                    guard try peek() == UInt8(ascii: "\"") else { throw fail("expected a field name in quotes") }
                    try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "':' after a field name")
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    let b = try peek()
                    index += 1
                    if b == UInt8(ascii: "}") { return }
                    if b != UInt8(ascii: ",") {
                        index -= 1
                        throw fail("expected ',' or '}'")
                    }
                }
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if try peek() == UInt8(ascii: "]") {
                    index += 1
                    return
                }
                while true {
                    skipSpace()
                    try value(depth: depth + 1)
                    skipSpace()
                    let b = try peek()
                    index += 1
                    if b == UInt8(ascii: "]") { return }
                    if b != UInt8(ascii: ",") {
                        index -= 1
                        throw fail("expected ',' or ']'")
                    }
                }
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw fail("expected a value")
            }
        }

        mutating func literal(_ word: String) throws(Failure) {
            for b in word.utf8 {
                guard try peek() == b else { throw fail("expected \(word)") }
                index += 1
            }
        }

        mutating func digits() throws(Failure) {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            if index == start { throw fail(index < bytes.count ? "expected a digit" : "unexpected end of file (the file is truncated)") }
        }

        mutating func number() throws(Failure) {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            if try peek() == UInt8(ascii: "0") { index += 1 } else { try digits() }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                try digits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                try digits()
            }
        }

        mutating func string() throws(Failure) {
            index += 1
            while true {
                guard index < bytes.count else { throw fail("unexpected end of file inside a string (the file is truncated)") }
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    index += 1
                    return
                }
                if b < 0x20 { throw fail("control character inside a string") }
                if b == UInt8(ascii: "\\") {
                    index += 1
                    let e = try peek()
                    if e == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            index += 1
                            let h = try peek()
                            guard (0x30...0x39).contains(h) || (0x41...0x46).contains(h) || (0x61...0x66).contains(h) else {
                                throw fail("bad \\u escape")
                            }
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(e) {
                        throw fail("bad escape")
                    }
                }
                index += 1
            }
        }
    }
}
