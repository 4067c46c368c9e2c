import Testing

@testable import PilotCore

@Suite struct DisplayWidthTests {
    @Test func cjkTakesTwoCells() {
        #expect(DisplayWidth.of("原液") == 4)
        #expect(DisplayWidth.of("GMP检查") == 7)
        #expect(DisplayWidth.of("（）") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("全体系GMP符合性检查", to: 8) == "全体系G…")
        #expect(DisplayWidth.truncate("全体系GMP符合性检查", to: 6) == "全体…")
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.pad("制剂", to: 6) == "制剂  ")
        for width in 1...12 { #expect(DisplayWidth.of(DisplayWidth.truncate("生物制品分段生产试点", to: width)) <= width) }
    }

    /// The shortcuts for printable ASCII and the CJK ideographs give what the general rule gives: no mark among
    /// them, one cell for ASCII, two for the ideographs; an ASCII string's width is its length.
    @Test func theShortcutsAgreeWithTheGeneralRule() {
        for v in UInt32(0x20)..<0x7F {
            let scalar = Unicode.Scalar(v)!
            #expect(DisplayWidth.of(scalar) == 1 && !DisplayWidth.isWide(v))
        }
        let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .enclosingMark, .format]
        for v in UInt32(0x4E00)...0x9FFF {
            let scalar = Unicode.Scalar(v)!
            #expect(!marks.contains(scalar.properties.generalCategory) && DisplayWidth.isWide(v) && DisplayWidth.of(scalar) == 2)
        }
        #expect(DisplayWidth.of("P14-356 GMP, 2026-11-27") == 23)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("tab\there") == 7)
    }
}
