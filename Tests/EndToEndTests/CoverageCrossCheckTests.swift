import Foundation
import Testing

/// Coverage computed independently, in Python from the CSV exports (coverage-cross-check.py), must equal
/// `biopilot coverage --format json`, product by product and province by province.
@Suite(.serialized) struct CoverageCrossCheckTests {
    /// The recomputation, shared with the benchmark (which runs it at national scale).
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("coverage-cross-check.py")

    func crossCheck(_ store: TempStore, today: String, year: Int) throws {
        for kind in ["products", "inspections", "samplings"] {
            try CLI.run(["export", "csv", kind, "--store", store.path]).stdoutBytes.write(
                to: URL(fileURLWithPath: store.path + "/\(kind).csv"))
        }
        let json = try CLI.run(["coverage", "--store", store.path, "--today", today, "--year", String(year), "--format", "json"])
        let theirs = store.path + "/coverage.json"
        try json.stdoutBytes.write(to: URL(fileURLWithPath: theirs))
        let python = try CLI.run(["python3", Self.script.path, store.path, today, String(year), theirs], executable: "/usr/bin/env")
        #expect(python.status == 0, "\(python.stdout)\(python.stderr)")
        #expect(python.stdout.hasSuffix(" 0 differences\n"), "\(python.stdout)")
    }

    @Test func demoStore() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        try crossCheck(store, today: "2026-11-22", year: 2026)
        try crossCheck(store, today: "2026-11-22", year: 2025)
    }

    @Test func largerGeneratedStore() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22", "--products", "500"]).status == 0)
        try crossCheck(store, today: "2026-11-22", year: 2026)
    }
}
