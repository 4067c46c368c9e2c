import Testing

@testable import PilotCore

@Suite struct IDAllocatorTests {
    func table(_ ids: [String]) -> Table<Enterprise> {
        try! Table(ids.map { Enterprise(id: $0, name: $0, creditCode: "", provinceCode: "310000") })
    }

    @Test func oneAfterTheLargestNumberPadded() {
        #expect(PilotData.nextID(prefix: "E", in: table([]), width: 2) == "E01")
        #expect(PilotData.nextID(prefix: "E", in: table(["E01", "E07", "E3", "EX9", "F99"]), width: 2) == "E08")
        #expect(PilotData.nextID(prefix: "INS-", in: table(["INS-0099", "INS-0042"])) == "INS-0100")
        #expect(PilotData.nextID(prefix: "E", in: table(["E0099", "E+500", "E-7", "E"]), width: 2) == "E100")
    }

    @Test func intMaxIdsDoNotOverflow() {
        // Audit D12: `largest + 1` trapped (SIGILL) on these.
        #expect(PilotData.nextID(prefix: "P", in: table(["P01", "P9223372036854775807"]), width: 2) == "P9223372036854775808")
        #expect(PilotData.nextID(prefix: "INS-", in: table(["INS-9223372036854775807"])) == "INS-9223372036854775808")
        #expect(PilotData.nextID(prefix: "P", in: table(["P99999999999999999999999"]), width: 2) == "P100000000000000000000000")
    }

    @Test func oneScanThenIncrements() {
        var ids = IDAllocator(prefix: "S", in: table(["S08", "S09"]), width: 2)
        #expect((0..<3).map { _ in ids.next() } == ["S10", "S11", "S12"])
        var big = IDAllocator(prefix: "S", in: table(["S9999"]), width: 2)
        #expect(big.next() == "S10000")
    }
}
