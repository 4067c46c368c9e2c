import PilotCore
import PropertyBased
import Testing

@testable import Exchange

/// The CSV cells and the Markdown text are written byte by byte; for any text they must give what the cell and
/// the escape made of Strings and scalars give.
@Suite struct ByteWritersTests {
    /// Plain text, what CSV quotes and guards, what Markdown escapes, controls (C0, DEL, C1), bidi marks and
    /// overrides, other characters sharing their lead bytes (U+00A0, U+2014, U+0600), Chinese text and an emoji.
    static let alphabet: [Character] = [
        "a", "Z", "0", " ", ",", "\"", "\n", "\r\n", "\r", "\t", "'", "=", "+", "-", "@", "\\", "&", "<", ">", "|", "[", "]", "(",
        ")", "!", "*", "_", "`", "#", "~", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{202E}", "\u{200F}", "\u{2066}",
        "\u{2014}", "\u{061C}", "\u{0600}", "原", "液", "，", "“", "é", "e\u{301}", ",\u{301}", "👍🏽",
    ]
    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...10)

    @Test func aCellWrittenAsBytesIsTheCell() async {
        await propertyCheck(count: 2000, input: Self.text) { value in
            var bytes: [UInt8] = []
            CSV.append(cell: value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CSV.cell(value))
            #expect(bytes == Array(CSV.cell(value).utf8))
        }
    }

    @Test func markdownEscapedByByteIsEscapedByScalar() async {
        await propertyCheck(count: 2000, input: Self.text) { text in
            #expect(MarkdownText.escape(text) == Self.escapedByScalar(text))
        }
    }

    /// `MarkdownText.escape` as it was written, scalar by scalar.
    static func escapedByScalar(_ text: String) -> String {
        let visible = TerminalText.visible(text)
        var out = ""
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "|", "[", "]", "(", ")", "!", "*", "_", "`", "#", "~": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
