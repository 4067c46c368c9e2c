import Glibc
import Foundation

/// Decodes a spreadsheet export: UTF-8 with or without a BOM, or GB18030/GBK, which Chinese Excel and WPS
/// write by default. Foundation on Linux has no GB18030 decoder, so glibc's iconv does it.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

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
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { throw Failure(description: "this system cannot convert GB18030 (iconv)") }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
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
        guard result != -1 else {
            throw Failure(description: "neither UTF-8 nor GB18030: cannot read byte \(consumed + 1) (save the sheet as CSV UTF-8 or GBK)")
        }
        return String(decoding: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// UTF-8 text as GB18030 bytes (for tests and for users who ask for it).
    public static func encodeGB18030(_ text: String) throws(Failure) -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { throw Failure(description: "this system cannot convert to GB18030") }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let (result, produced): (Int, Int) = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                return (r, outBuf.count - outLeft)
            }
        }
        guard result != -1 else { throw Failure(description: "cannot convert to GB18030") }
        return output[0..<produced].map { UInt8(bitPattern: $0) }
    }
}
