import Testing

@testable import PilotCore

@Suite struct TerminalTextTests {
    @Test func controlsBecomeVisibleEscapes() {
        #expect(TerminalText.visible("\u{1B}]0;pwned\u{07}\u{1B}[2J") == "\\x1b]0;pwned\\x07\\x1b[2J")
        #expect(TerminalText.visible("a\nb\tc\rd\u{08}e\u{0}") == "a\\nb\\tc\\rd\\x08e\\x00")
        #expect(TerminalText.visible("del\u{7F} csi\u{9B}1A nel\u{85}") == "del\\x7f csi\\x9b1A nel\\x85")
    }

    @Test func bidiControlsBecomeVisibleEscapes() {
        #expect(TerminalText.visible("abc\u{202E}fed") == "abc\\u{202E}fed")
        let all: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]
        for v in all {
            let s = String(Unicode.Scalar(v)!)
            #expect(TerminalText.visible(s) == "\\u{\(String(v, radix: 16, uppercase: true))}")
        }
    }

    @Test func ordinaryTextIsUnchanged() {
        for s in ["", "重组人胰岛素注射液", "C:\\path\\x1b", "e\u{301} 👨‍👩‍👧 \u{200B}", "¥ © \u{A0}", "| [x](y) <b>"] {
            #expect(TerminalText.visible(s) == s)
            #expect(TerminalText.visibleOutput(s) == s)
        }
    }

    @Test func visibleIsIdempotentAndLeavesNoUnsafeScalar() {
        let nasty = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]8;;http://x\u{1B}\\click\u{1B}]8;;\u{1B}\\\r\n\u{9B}\u{7F}\u{2066}"
        let once = TerminalText.visible(nasty)
        #expect(!once.unicodeScalars.contains(where: TerminalText.isUnsafe))
        #expect(TerminalText.visible(once) == once)
        #expect(TerminalText.visibleOutput(once) == once)
    }

    @Test func wholeOutputKeepsLinesTabsAndCRLF() {
        #expect(TerminalText.visibleOutput("a\tb\r\nc\nd\n") == "a\tb\r\nc\nd\n")
        #expect(TerminalText.visibleOutput("x\ry\r") == "x\\ry\\r")
        #expect(TerminalText.visibleOutput("\r\r\n") == "\\r\r\n")
        #expect(TerminalText.visibleOutput("t\u{1B}[1A\u{1B}[2K\u{07}\u{202E}\n") == "t\\x1b[1A\\x1b[2K\\x07\\u{202E}\n")
    }

    @Test func byteScannerAgreesWithTheScalarRule() {
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = "a" + String(scalar) + "b"
            let expected = TerminalText.isUnsafe(scalar) ? "a" + TerminalText.escape(scalar) + "b" : s
            #expect(TerminalText.visible(s) == expected, "U+\(String(v, radix: 16))")
        }
    }

    @Test func replacementCanDropOrReencode() {
        #expect(TerminalText.replacingUnsafe("\u{1B}a\u{7}b\n", keepingLines: true) { _ in "" } == "ab\n")
        #expect(TerminalText.replacingUnsafe("x\u{202E}", keepingLines: false) { "<\($0.value)>" } == "x<8238>")
    }
}
