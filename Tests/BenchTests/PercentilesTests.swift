import Testing

@testable import biopilot_bench

@Suite struct PercentilesTests {
    @Test func nearestRankOfAHundredShuffledValues() {
        let p = Percentiles((1...100).map(Double.init).shuffled())
        #expect(p.count == 100 && p.p50 == 50 && p.p99 == 99 && p.max == 100)
        #expect(p.value(at: 0) == 1 && p.value(at: 1) == 100)
    }

    @Test func fewRunsGiveTheMedianAndTheMaxAsP99() {
        let p = Percentiles([30, 10, 20])
        #expect(p.p50 == 20 && p.p99 == 30 && p.max == 30)
        let two = Percentiles([7, 3])
        #expect(two.p50 == 3 && two.p99 == 7)
        #expect(Percentiles([]).p50 == 0 && Percentiles([]).max == 0)
    }

    /// Rank ⌈0.99 × 200⌉ = 198: the two slowest of 200 runs lie above p99.
    @Test func aTwoHundredRunTailLeavesTheTwoSlowestAbove() {
        let timings = Array(repeating: 1.0, count: 197) + [40, 50, 80]
        let p = Percentiles(timings.shuffled())
        #expect(p.p50 == 1 && p.p99 == 40 && p.max == 80)
    }

    @Test func sizesParseAsTheGeneratorTakesThem() throws {
        #expect(try BiopilotBench.sizes("500,5000,national") == [.products(500), .products(5000), .national])
        #expect(BenchSize("national")?.generateArguments == ["--preset", "national"])
        #expect(BenchSize("5_000")?.generateArguments == ["--products", "5000"])
        #expect(BenchSize("0") == nil && BenchSize("nation") == nil)
        #expect(throws: (any Error).self) { try BiopilotBench.sizes("100,big") }
    }

    @Test func markdownMarksYardsticksAndKeepsTheColumns() {
        var table = BenchTable(title: "500 products")
        table.add(BenchRow("launch", [1200, 1000, 1100], note: "a | b", goal: "≤ 1 s"))
        table.add(BenchRow("  cat", [2], note: "yardstick"))
        let lines = table.markdown.split(separator: "\n")
        #expect(lines.first == "#### 500 products")
        #expect(lines.contains("| launch | 3 | 1.10 s | 1.20 s | 1.20 s | a \\| b | ≤ 1 s |"))
        #expect(lines.contains("| ↳ cat | 1 | 2.00 ms | 2.00 ms | 2.00 ms | yardstick |  |"))
    }
}
