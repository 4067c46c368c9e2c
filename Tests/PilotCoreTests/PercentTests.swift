import PilotCore
import Testing

@Suite struct PercentTests {
    /// Rounded as people round (8 of 12 is 67%, not the truncated 66%); only all is 100% and only none is 0%.
    @Test func percentagesRound() {
        #expect(Percent.of(8, 12) == 67)
        #expect(Percent.of(5, 12) == 42)
        #expect(Percent.of(1, 2) == 50)
        #expect(Percent.of(199, 200) == 99)
        #expect(Percent.of(1, 1000) == 1)
        #expect(Percent.of(12, 12) == 100 && Percent.of(0, 12) == 0 && Percent.of(0, 0) == 0)
    }
}
