import Foundation
import PilotCore
import PilotStore

/// `--journal LINES`: the audit trail at scale. Reading its end must cost the same at 100,000 and 1,000,000
/// lines, and verifying it must stream.
struct JournalBench {
    let today: CivilDate
    let reference: ReferenceData
    let binary: String

    /// Appends updates of one inspector's English name (a line of about 600 bytes, as in a real journal) until
    /// the journal has `lines` lines, 10,000 per commit.
    func grow(_ store: DirectoryStore, to lines: Int) throws {
        while store.revision < lines {
            let revision = store.revision
            try store.commit(user: "bench") { data in
                guard var inspector = data.inspectors.records.first else { return [] }
                return (0..<min(10_000, lines - revision)).map { i in
                    let before = inspector
                    inspector.nameEn = "bench \(revision + i)"
                    return .update(from: .inspector(before), to: .inspector(inspector))
                }
            }
        }
    }

    func run(longest: Int) throws {
        print("-- a long journal")
        let directory = NSTemporaryDirectory() + "biopilot-bench-journal-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let long = try DirectoryStore.create(
            directory, data: DemoData.make(today: today, reference: reference), user: "bench", reason: "benchmark")
        guard let busy = long.data.inspectors.records.first?.id, let first = long.data.enterprises.records.first?.id else {
            throw BenchFailure("the demo store has no inspector or enterprise")
        }
        for lines in Array(Set([100_000, longest])).sorted() where lines >= 100_000 {
            try Stopwatch.mean("grow the journal to \(lines) lines") { try grow(long, to: lines) }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/journal.jsonl")[.size] as? Int) ?? 0
            print("  journal.jsonl \(bytes / 1_048_576) MiB")
            _ = try Stopwatch.mean("  log --limit 20 (in process)", repeat: 20) { try JournalAudit.last(20, in: directory) }
            _ = try Stopwatch.mean("  history by backward scan, busy record (200)", repeat: 5) {
                try JournalAudit.history(of: .inspector, id: busy, in: directory)
            }
            _ = try Stopwatch.mean("  history by backward scan, record of line 1") {
                try JournalAudit.history(of: .enterprise, id: first, in: directory)
            }
            let opened = try Stopwatch.mean("  open store (hash chain checked, index built)") { try DirectoryStore.open(directory) }
            _ = try Stopwatch.mean("  :log (store's index), busy record (200)", repeat: 5) { try opened.history(of: .inspector, id: busy) }
            _ = try Stopwatch.mean("  :log (store's index), record of line 1", repeat: 20) {
                try opened.history(of: .enterprise, id: first)
            }
            let tail = try ChildProcess(executable: binary, arguments: ["log", "--limit", "20", "--store", directory]).run()
            print("  biopilot log --limit 20: \(BenchRow.duration(tail.ms)), peak \(String(format: "%.0f", tail.peakMiB)) MiB")
            let verify = try ChildProcess(executable: binary, arguments: ["log", "--verify", "--store", directory]).run()
            print("  biopilot log --verify:   \(BenchRow.duration(verify.ms)), peak \(String(format: "%.0f", verify.peakMiB)) MiB")
        }
    }
}
