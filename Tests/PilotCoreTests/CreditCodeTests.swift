import Testing

@testable import PilotCore

@Suite struct CreditCodeTests {
    @Test func validCodePasses() {
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y4") == "3")
        #expect(CreditCode.problem(in: "91350100M000100Y43") == nil)
    }

    @Test func badCheckCharacterIsOnlyAWarning() {
        #expect(CreditCode.problem(in: "91350100M000100Y44") == .badCheckCharacter(expected: "3", found: "4"))
        var data = Fixture.compliant()
        data.enterprises.upsert(
            {
                var e = data.enterprises[id: "H"]!
                e.creditCode = "91350100M000100Y44"
                return e
            }())
        let findings = Fixture.findings(data).filter { $0.rule == Rule.creditCode.id }
        #expect(findings.count == 1 && findings[0].severity == .warning)
    }

    @Test func malformedCodesAreErrors() {
        #expect(CreditCode.problem(in: "9135010") == .wrongLength(7))
        #expect(CreditCode.problem(in: "91350100I000100Y43") == .invalidCharacter("I", position: 9))
    }
}
