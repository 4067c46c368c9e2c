import Exchange
import Foundation
import PilotCore
import PilotStore

/// `--import`: `import products` as the CLI runs it: decode, read and check every row, build the changes (no
/// lock held), then one locked journal append. Two sizes, so linearity shows in rows/s.
struct ImportBench {
    let today: CivilDate
    let reference: ReferenceData

    func run() throws {
        print("-- import products")
        for rows in [10_000, 100_000] {
            let sheet = ProductSheet.generate(rows: rows)
            let target = NSTemporaryDirectory() + "biopilot-bench-import-\(getpid())-\(rows)"
            defer { try? FileManager.default.removeItem(atPath: target) }
            let store = try DirectoryStore.create(
                target, data: DemoData.make(today: today, reference: reference), user: "bench", reason: "benchmark")
            let start = Stopwatch.now()
            let text = try TextDecoding.decode(Array(sheet.utf8)).text
            guard case .add(let after) = ProductImport.read(text, into: store.data, user: "bench", provinces: reference.provinces) else {
                throw BenchFailure("the generated product sheet was rejected")
            }
            let changes = ProductImport.changes(from: store.data, to: after).map { c in
                c.before.map { Change.update(from: $0, to: c.after) } ?? .create(c.after)
            }
            let checked = Stopwatch.ms(since: start) / 1000
            let append = try Stopwatch.time { try store.commit(user: "bench", reason: "import products benchmark") { _ in changes } } / 1000
            let total = checked + append
            print(
                "import products \(rows) rows".padding(toLength: 46, withPad: " ", startingAt: 0)
                    + String(
                        format: "%10.3f s  %9.0f rows/s  (read+check %.3f s, locked append of %d records %.3f s)",
                        total, Double(rows) / total, checked, changes.count, append))
        }
    }
}
