import Foundation

/// The rows that run the real binary: start-up to the first frame, the CLI commands and `log --verify`, each
/// beside the tool it is compared with, run by run, so both see the same load.
extension SizeBench {
    var common: [String] { ["--store", directory, "--today", today.description, "--lang", "zh"] }

    func launchRows(into table: inout BenchTable) throws {
        progress("launch → first frame")
        var dashboard: [Double] = []
        var render: [Double] = []
        var samplingPane: [Double] = []
        var python: [Double] = []
        var cat: [Double] = []
        var peak = 0.0
        var failure: String?
        let launch = TerminalLaunch(
            executable: binary, arguments: ["dashboard"] + common, marker: Array(today.description.utf8),
            environment: ["XDG_CONFIG_HOME": scratch + "/config", "XDG_STATE_HOME": scratch + "/state"])
        _ = try Stopwatch.runs(minimum: spawned.minimum, maximum: spawned.maximum, budget: spawned.budget * 2) { _ in
            dashboard.append(try launch.run())
            let run = try ChildProcess(executable: binary, arguments: ["render"] + common).run()
            if run.status != 0 { failure = "exit \(run.status)" }
            peak = max(peak, run.peakMiB)
            render.append(run.ms)
            // The sampling pane's list is made after the first frame: the time until it shows, too.
            samplingPane.append(try ChildProcess(executable: binary, arguments: ["render", "--screen", "sampling"] + common).run().ms)
            if let path = tools.python {
                python.append(try ChildProcess(executable: path, arguments: ["-c", Yardsticks.jsonLoad, snapshot]).run().ms)
            }
            if let path = tools.cat { cat.append(try ChildProcess(executable: path, arguments: [snapshot, journal]).run().ms) }
            return dashboard.last!
        }
        func ratios(_ mine: [Double]) -> [String] {
            [
                python.isEmpty ? "no python3: no ratio" : BenchRow.ratio(Percentiles(mine), Percentiles(python), "Python json.load"),
                cat.isEmpty ? "" : BenchRow.ratio(Percentiles(mine), Percentiles(cat), "cat"),
            ]
        }
        table.add(
            BenchRow(
                "launch → first frame (the dashboard on a terminal)", dashboard,
                note: ratios(dashboard).filter { !$0.isEmpty }.joined(separator: ", "),
                goal: "≤ 0.5× Python json.load"))
        table.add(
            BenchRow(
                "  launch → screen printed and exited (biopilot render)", render,
                note: ([failure].compactMap { $0 } + ratios(render) + [String(format: "peak %.0f MiB", peak)]).filter { !$0.isEmpty }
                    .joined(separator: ", ")))
        table.add(
            BenchRow(
                "  launch → sampling pane shown (render --screen sampling)", samplingPane,
                note: "its list is made after the first frame"))
        if !python.isEmpty { table.add(BenchRow("  Python json.load store.json", python, note: "yardstick")) }
        if !cat.isEmpty { table.add(BenchRow("  cat store.json journal.jsonl", cat, note: "yardstick")) }
    }

    func commandRows(into table: inout BenchTable) throws {
        let commands: [(name: String, arguments: [String], ok: Set<Int32>)] = [
            // Exit 1: rules are broken in a generated store, as in a real one.
            ("validate", ["validate"], [0, 1]),
            ("coverage", ["coverage"], [0]),
            ("plan", ["plan"], [0]),
            ("export csv samplings", ["export", "csv", "samplings"], [0]),
            ("report annual", ["report", "annual"], [0]),
            ("log --limit 20", ["log", "--limit", "20"], [0]),
        ]
        for command in commands {
            progress(command.name)
            let output = command.name.hasPrefix("export") ? scratch + "/export.csv" : nil
            let result = try spawnRuns(command.arguments + common, ok: command.ok, output: output)
            let note = [result.failure, String(format: "peak %.0f MiB", result.peakMiB)].compactMap { $0 }.joined(separator: ", ")
            table.add(BenchRow("biopilot \(command.name)", result.timings, note: note, goal: "≤ 1 s"))
        }
    }

    func verifyRows(into table: inout BenchTable) throws {
        progress("log --verify")
        var verify: [Double] = []
        var sha: [Double] = []
        var peak = 0.0
        var failure: String?
        _ = try Stopwatch.runs(minimum: spawned.minimum, maximum: spawned.maximum, budget: spawned.budget) { _ in
            let run = try ChildProcess(executable: binary, arguments: ["log", "--verify"] + common).run()
            if run.status != 0 { failure = "exit \(run.status)" }
            peak = max(peak, run.peakMiB)
            verify.append(run.ms)
            if let path = tools.sha256sum { sha.append(try ChildProcess(executable: path, arguments: [journal]).run().ms) }
            return run.ms
        }
        let note = [
            failure, sha.isEmpty ? "no sha256sum: no ratio" : BenchRow.ratio(Percentiles(verify), Percentiles(sha), "sha256sum"),
            String(format: "peak %.0f MiB", peak),
        ].compactMap { $0 }.joined(separator: ", ")
        table.add(BenchRow("biopilot log --verify", verify, note: note, goal: "streaming; ≤ 3× sha256sum"))
        if !sha.isEmpty { table.add(BenchRow("  sha256sum journal.jsonl", sha, note: "yardstick")) }
    }
}
