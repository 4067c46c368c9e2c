import Foundation
import PilotCore
import PilotStore

/// Issue 15's table for one store size. The store is generated once into a temporary directory by the real
/// `biopilot generate` (so this process holds none of it while its memory is read) and removed afterwards.
/// Every row goes through entry points that stay: the spawned binary, Store, EffectRunner, reduce and render.
struct SizeBench {
    let size: BenchSize
    let runs: Int
    /// Seconds a row goes on past its minimum runs.
    let budget: Double
    let binary: String
    let bench: String
    let today: CivilDate
    let reference: ReferenceData
    let tools: Yardsticks
    let parts: Bool
    /// A PostgreSQL server (`--postgres`) on which the PostgreSQL rows run; nil: those rows are left out.
    var postgres: String? = nil
    var directory = NSTemporaryDirectory() + "biopilot-bench-\(getpid())-\(UUID().uuidString.prefix(8))"

    var snapshot: String { directory + "/store.json" }
    var journal: String { directory + "/journal.jsonl" }
    /// Exports and Python's dump go here, beside the store, on the same disk.
    var scratch: String { directory + "-scratch" }

    /// A row's runs: at least this many for spawned commands and whole-store operations (more while its budget lasts).
    var spawned: (minimum: Int, maximum: Int, budget: Double) { (runs, max(runs, 20), budget) }

    func measure() throws -> BenchTable {
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: scratch)
        }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        progress("generating the \(size.label) store")
        let generated = try ChildProcess(
            executable: binary,
            arguments: ["generate", directory] + size.generateArguments + ["--today", today.description, "--lang", "en"]
        ).run()
        guard generated.status == 0 else { throw BenchFailure("biopilot generate exited with \(generated.status)") }
        var table = BenchTable(title: "")
        try launchRows(into: &table)
        try commandRows(into: &table)
        try coverageCheckRows(into: &table)
        try verifyRows(into: &table)
        let store = try DirectoryStore.open(directory)
        let data = store.data
        table.title =
            "\(size.label): \(data.products.count) products, \(data.inspections.count) inspections, \(data.samplings.count) samplings; "
            + "store.json \(Self.mib(bytes(snapshot))), journal.jsonl \(Self.mib(bytes(journal))); generated in \(BenchRow.duration(generated.ms))"
        let memory = try dashboardRows(other: store, into: &table)
        try editRows(store, into: &table)
        try keystrokeRows(store, into: &table)
        try compactionRows(store, into: &table)
        memoryRows(memory, into: &table)
        if let postgres { try postgresRows(server: postgres, into: &table) }
        if parts { PartsBench(data: store.data, today: today, reference: reference).run() }
        return table
    }

    func progress(_ text: String) {
        FileHandle.standardError.write(Data("biopilot-bench: \(text)…\n".utf8))
    }

    func bytes(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }

    /// A spawned command's runs; a run that fails is said in the row rather than timed as if it worked.
    func spawnRuns(_ arguments: [String], executable: String? = nil, ok: Set<Int32> = [0], output: String? = nil) throws -> (
        timings: [Double], peakMiB: Double, failure: String?
    ) {
        var peak = 0.0
        var failure: String?
        let timings = try Stopwatch.runs(minimum: spawned.minimum, maximum: spawned.maximum, budget: spawned.budget) { _ in
            let run = try ChildProcess(executable: executable ?? binary, arguments: arguments, output: output).run()
            peak = max(peak, run.peakMiB)
            if !ok.contains(run.status) { failure = "exit \(run.status)" }
            return run.ms
        }
        return (timings, peak, failure)
    }
}
