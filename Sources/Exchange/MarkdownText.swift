import PilotCore

/// Text from the store placed in Markdown (a table cell, a heading, a list item): shown literally, never
/// read as Markdown or HTML. No new line (a newline would end a table row or start `# a heading`), no raw
/// HTML (`<script>`), no link or image (`[x](javascript:…)`, `![t](http://…)`), no emphasis or code.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        // Controls, newlines included, first become visible escapes; their backslash is then escaped below
        // like any other, so `\x1b` renders as written.
        let visible = TerminalText.visible(text)
        var out = ""
        out.reserveCapacity(visible.utf8.count)
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "|", "[", "]", "(", ")", "!", "*", "_", "`", "#", "~":
                out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
