import Foundation

/// Issue 15 asks that coverage hold at scale: `biopilot coverage --format json` must equal the end-to-end suite's
/// independent recomputation in Python from the CSV exports (Tests/EndToEndTests/coverage-cross-check.py), here
/// run on the generated store of each size, for this year and the last.
extension SizeBench {
    func coverageCheckRows(into table: inout BenchTable) throws {
        progress("coverage cross-check")
        let name = "coverage = Python recomputation from export csv"
        guard let python = tools.python else {
            table.add(BenchRow(name, note: "not run: python3 is not on PATH"))
            return
        }
        guard let script = Self.crossCheckScript(near: bench) else {
            table.add(BenchRow(name, note: "not run: Tests/EndToEndTests/coverage-cross-check.py not found above \(bench)"))
            return
        }
        // The exports' column names are the ones the script reads (English, whatever the bench's language).
        let store = ["--store", directory, "--today", today.description, "--lang", "en"]
        for kind in ["products", "inspections", "samplings"] {
            let run = try ChildProcess(executable: binary, arguments: ["export", "csv", kind] + store, output: directory + "/\(kind).csv")
                .run()
            guard run.status == 0 else { throw BenchFailure("biopilot export csv \(kind) exited with \(run.status)") }
        }
        var verdicts: [String] = []
        for year in [today.year, today.year - 1] {
            let json = scratch + "/coverage-\(year).json"
            let coverage = try ChildProcess(
                executable: binary, arguments: ["coverage", "--year", String(year), "--format", "json"] + store, output: json
            ).run()
            guard coverage.status == 0 else { throw BenchFailure("biopilot coverage --year \(year) exited with \(coverage.status)") }
            let verdict = scratch + "/cross-check-\(year).txt"
            _ = try ChildProcess(
                executable: python, arguments: [script, directory, today.description, String(year), json], output: verdict
            ).run()
            let text = (try? String(contentsOfFile: verdict, encoding: .utf8)) ?? ""
            verdicts.append(text.split(separator: "\n").last.map(String.init) ?? "no verdict (\(verdict))")
        }
        table.add(BenchRow(name, note: verdicts.joined(separator: "; "), goal: "0 differences"))
    }

    /// The script in the source tree the bench was built from: `.build/release/biopilot-bench` is three levels down.
    static func crossCheckScript(near bench: String) -> String? {
        var folder = URL(fileURLWithPath: bench).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("Tests/EndToEndTests/coverage-cross-check.py").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
