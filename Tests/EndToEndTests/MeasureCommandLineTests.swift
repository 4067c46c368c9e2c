import Foundation
import Testing

/// Risk-control measures through the real binary: `export csv measures` read back by Python's csv module,
/// `export json`, and `set measure` journalled and checked like every record.
@Suite struct MeasureCommandLineTests {
    @Test func measuresExportAndCloseFromTheCommandLine() throws {
        let store = try TempStore.demo(today: "2026-11-22")
        let json = try CLI.run(["export", "json", "--store", store.path, "--today", "2026-11-22"])
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let measures = try #require(document["measures"] as? [[String: Any]])
        #expect(measures.count == 3)
        let csv = try CLI.run(["export", "csv", "measures", "--header", "zh", "--store", store.path, "--today", "2026-11-22"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let file = store.path + "/measures.csv"
        try csv.stdoutBytes.write(to: URL(fileURLWithPath: file))
        let read = try CLI.python(
            """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
            print(len(rows), sum(1 for r in rows if r["逾期"] == "是"), rows[1]["措施"])
            """, [file])
        #expect(read.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "3 1 责令召回", "\(read.stderr)")
        // Done needs its evidence: refused without, journalled with.
        let refused = try CLI.run(
            ["set", "measure", "M-0002", "status=done", "closedOn=2026-11-22", "--store", store.path, "--today", "2026-11-22"])
        #expect(refused.status == 1 && refused.stderr.contains("evidence"), "\(refused.stderr)")
        let done = try CLI.run(
            [
                "set", "measure", "M-0002", "status=done", "closedOn=2026-11-22", "evidence=召回完成报告", "--store", store.path, "--today",
                "2026-11-22",
            ])
        #expect(done.status == 0, "\(done.stderr)")
        let after = try CLI.run(["export", "csv", "measures", "--store", store.path, "--today", "2026-11-22"])
        #expect(!after.stdout.contains(",true,"), "no measure is overdue once the recall is done")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }
}
