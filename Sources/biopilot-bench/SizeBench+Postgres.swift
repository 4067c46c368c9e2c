import Foundation
import PilotCore
import PilotPostgres
import PilotStore

/// Issue 16's rows: the same generated store copied into PostgreSQL (`--postgres URL`, a login that may create
/// databases), then opened by the real binary, edited, and followed by a running dashboard. The database is made for
/// the run and dropped after it.
extension SizeBench {
    func postgresRows(server: String, into table: inout BenchTable) throws {
        let admin = try PostgresConnection(server)
        let name = "biopilot_bench_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        try admin.execute("CREATE DATABASE \(name) ENCODING 'UTF8' TEMPLATE template0")
        defer { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let url = try PostgresURL.url(server, database: name)

        progress("PostgreSQL: pg init and store copy")
        let initialised = try ChildProcess(executable: binary, arguments: ["pg", "init", "--url", url]).run()
        guard initialised.status == 0 else { throw BenchFailure("biopilot pg init exited with \(initialised.status)") }
        let copied = try ChildProcess(executable: binary, arguments: ["store", "copy", directory, url]).run()
        guard copied.status == 0 else { throw BenchFailure("biopilot store copy exited with \(copied.status)") }
        table.add(
            BenchRow(
                "PostgreSQL: store copy, directory → PostgreSQL (once)", [copied.ms], note: String(format: "peak %.0f MiB", copied.peakMiB))
        )

        progress("PostgreSQL: open → first frame")
        var launches: [Double] = []
        var peak = 0.0
        var failure: String?
        _ = try Stopwatch.runs(minimum: spawned.minimum, maximum: spawned.maximum, budget: spawned.budget) { _ in
            let run = try ChildProcess(
                executable: binary, arguments: ["render", "--store", url, "--today", today.description, "--lang", "zh"]
            ).run()
            if run.status != 0 { failure = "exit \(run.status)" }
            peak = max(peak, run.peakMiB)
            launches.append(run.ms)
            return run.ms
        }
        table.add(
            BenchRow(
                "PostgreSQL: open → first frame (biopilot render)", launches,
                note: ([failure].compactMap { $0 } + [String(format: "peak %.0f MiB", peak)]).joined(separator: ", ")))

        // The running dashboard before the edit rows, as on the directory.
        let store = try PostgresStore.open(url)
        _ = try dashboardRows(other: store, location: url, label: "PostgreSQL: ", into: &table)
        try editRows(store, label: "PostgreSQL: ", into: &table)
    }
}
