import Foundation
import PilotStore

/// `DirectoryStore.compact` (store.json rewritten, fsynced, renamed) beside Python writing the same data with
/// `json.dump`, fsynced too; Python's load of the file is not timed.
extension SizeBench {
    func compactionRows(_ store: DirectoryStore, into table: inout BenchTable) throws {
        progress("compaction")
        let timings = try Stopwatch.runs(minimum: spawned.minimum, maximum: spawned.maximum, budget: spawned.budget) { _ in
            try Stopwatch.time { try store.compact() }
        }
        var note = "no python3: no ratio"
        var dumps: [Double] = []
        if let python = tools.python {
            let output = scratch + "/dump-times"
            _ = try ChildProcess(
                executable: python, arguments: ["-c", Yardsticks.jsonDump, snapshot, scratch + "/dump.json", String(timings.count)],
                output: output
            ).run()
            dumps = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Double($0) }
            note = dumps.isEmpty ? "Python json.dump failed" : BenchRow.ratio(Percentiles(timings), Percentiles(dumps), "Python json.dump")
        }
        table.add(
            BenchRow(
                "compaction (DirectoryStore.compact)", timings, note: note + ", store.json now " + Self.mib(bytes(snapshot)),
                goal: "≤ 1× Python json.dump, never inside an edit"))
        if !dumps.isEmpty { table.add(BenchRow("  Python json.dump of the same data", dumps, note: "yardstick")) }
    }
}
