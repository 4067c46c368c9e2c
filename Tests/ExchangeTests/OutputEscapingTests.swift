import Foundation
import PilotCore
import Testing

@testable import Exchange

/// Each output format's rule for store text that holds controls or markup (audit D5, D10, D16).
@Suite struct OutputEscapingTests {
    @Test func markdownTextIsAlwaysLiteral() {
        #expect(MarkdownText.escape("Line1\n\n# INJECTED HEADING\n- fake") == "Line1\\\\n\\\\n\\# INJECTED HEADING\\\\n- fake")
        #expect(MarkdownText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;")
        #expect(MarkdownText.escape("[click](javascript:alert(1))") == "\\[click\\]\\(javascript:alert\\(1\\)\\)")
        #expect(MarkdownText.escape("![t](http://evil.example/x.png)") == "\\!\\[t\\]\\(http://evil.example/x.png\\)")
        #expect(MarkdownText.escape("a|b \\ *c* _d_ `e` ~f~ &amp;") == "a\\|b \\\\ \\*c\\* \\_d\\_ \\`e\\` \\~f\\~ &amp;amp;")
        #expect(MarkdownText.escape("\u{1B}]0;x\u{07}") == "\\\\x1b\\]0;x\\\\x07")
        #expect(MarkdownText.escape("重组人胰岛素 SL-101") == "重组人胰岛素 SL-101")
    }

    @Test func markdownTableRowsStayOneLineEach() {
        let table = TextTable.markdown(header: ["a", "b"], rows: [["x\ny", "p|q"]])
        #expect(table.split(separator: "\n").count == 3)
        #expect(table.contains("| x\\\\ny | p\\|q |"))
    }

    @Test func jsonCarriesUnsafeCharactersAsUnicodeEscapes() throws {
        let value = ["s": "a\u{1B}b\u{7F}c\u{9B}d\u{202E}e\u{2066}f\n"]
        let text = try JSONOutput.string(value)
        #expect(!text.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })
        #expect(text.contains("\\u007f") && text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\u2066"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(back == value)
    }

    @Test func csvShowsControlsButKeepsLineBreaksAndFormulaGuard() {
        #expect(CSV.cell("a\u{1B}[2Jb") == "a\\x1b[2Jb")
        #expect(CSV.cell("two\r\nlines\tand\u{202E}") == "\"two\r\nlines\tand\\u{202E}\"")
        #expect(CSV.cell("=1+1") == "'=1+1" && CSV.cell("\tx") == "'\tx")
        #expect(CSV.cell("\u{7}=x") == "\\x07=x")
    }

    @Test func csvQuotesEveryCommaQuoteAndLineBreakByByte() {
        #expect(CSV.cell("plain 文本") == "plain 文本")
        #expect(CSV.cell("a,b") == "\"a,b\"" && CSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.cell("a\nb") == "\"a\nb\"" && CSV.cell("a\r\nb") == "\"a\r\nb\"")
        // A comma or quote with a combining mark is one Character that is not "," or "\"": still quoted.
        #expect(CSV.cell("a,\u{301}b") == "\"a,\u{301}b\"" && CSV.cell("\"\u{301}") == "\"\"\"\u{301}\"")
    }

    @Test func icalendarTextHasNoControlCharacter() {
        #expect(ICalendar.escape("a\u{1B}]0;x\u{07}b") == "a\\\\x1b]0\\;x\\\\x07b")
        #expect(ICalendar.escape("one\r\ntwo\nthree\rfour\ttab") == "one\\ntwo\\nthree\\\\rfour\ttab")
        #expect(ICalendar.escape("x\u{202E}y, z; \\") == "x\\\\u{202E}y\\, z\\; \\\\")
    }

    @Test func textTableCellsCannotBreakARow() {
        let table = TextTable.render(header: ["ID", "Name"], rows: [["P01", "a\nb\u{1B}[2J"]])
        #expect(table.split(separator: "\n").count == 3 && table.contains("a\\nb\\x1b[2J"))
    }
}
