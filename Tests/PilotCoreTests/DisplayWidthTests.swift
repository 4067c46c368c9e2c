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
}
