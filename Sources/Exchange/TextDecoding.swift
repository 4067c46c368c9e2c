import Foundation
import Glibc

/// Decodes a spreadsheet export: UTF-8 with or without a BOM, or GB18030/GBK, which Chinese Excel and WPS
/// write by default. Foundation on Linux has no GB18030 decoder, so glibc's iconv does it.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        return (try gb18030(Array(bytes)), .gb18030)
    }

    static func gb18030(_ bytes: [UInt8]) throws(Failure) -> String {
        let converted = try convert(bytes, from: "GB18030", to: "UTF-8", room: bytes.count * 4 + 16)
        guard converted.complete else {
            throw Failure(
                description: "neither UTF-8 nor GB18030: cannot read byte \(converted.consumed + 1) (save the sheet as CSV UTF-8 or GBK)")
        }
        return String(decoding: converted.bytes, as: UTF8.self)
    }

    /// UTF-8 text as GB18030 bytes (for tests and for users who ask for it).
    public static func encodeGB18030(_ text: String) throws(Failure) -> [UInt8] {
        let input = Array(text.utf8)
        let converted = try convert(input, from: "UTF-8", to: "GB18030", room: input.count * 2 + 16)
        guard converted.complete else { throw Failure(description: "cannot convert to GB18030") }
        return converted.bytes
    }

    /// One iconv pass over the whole input into a buffer of `room` bytes: what came out, how much of the input was
    /// read, and whether all of it converted.
    private static func convert(_ bytes: [UInt8], from source: String, to target: String, room: Int) throws(Failure)
        -> (bytes: [UInt8], consumed: Int, complete: Bool)
    {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else {
            throw Failure(description: "this system cannot convert \(source) to \(target) (iconv)")
        }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: room)
        let (result, consumed, produced): (Int, Int, Int) = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                return (r, inBuf.count - inLeft, outBuf.count - outLeft)
            }
        }
        return (output[0..<produced].map { UInt8(bitPattern: $0) }, consumed, result != -1)
    }
}
