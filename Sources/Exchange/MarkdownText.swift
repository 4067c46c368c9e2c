import PilotCore

/// Text from the store placed in Markdown (a table cell, a heading, a list item): shown literally, never
/// read as Markdown or HTML. No new line (a newline would end a table row or start `# a heading`), no raw
/// HTML (`<script>`), no link or image (`[x](javascript:…)`, `![t](http://…)`), no emphasis or code.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        // Controls, newlines included, first become visible escapes; their backslash is then escaped below
        // like any other, so `\x1b` renders as written.
        let visible = TerminalText.visible(text)
        // By byte: every character escaped is ASCII, and no byte of a character outside ASCII is (appending scalar
        // by scalar was most of writing an annual report's 14k items). Text with nothing to escape is returned as is.
        guard visible.utf8.contains(where: { special($0) != nil }) else { return visible }
        var out: [UInt8] = []
        out.reserveCapacity(visible.utf8.count + 16)
        for byte in visible.utf8 {
            if let escaped = special(byte) { out += escaped.utf8 } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The escape of a byte that Markdown or HTML would read, or nil for one shown as it is.
    private static func special(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "#"), UInt8(ascii: "~"):
            "\\" + String(Unicode.Scalar(byte))
        default: nil
        }
    }
}
