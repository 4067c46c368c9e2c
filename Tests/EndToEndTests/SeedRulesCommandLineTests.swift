import Foundation
import Testing

/// Rule 13 at the command line: a conflict of interest needs an approving lead; planned unannounced inspections
/// stay out of the exports unless asked for.
@Suite(.serialized) struct SeedRulesCommandLineTests {
    let today = "2026-11-22"

    func demo() throws -> TempStore { try TempStore.demo(today: today) }

    @Test func aConflictOfInterestIsRefusedWithoutAnApprover() throws {
        let store = try demo()
        // I09 has a conflict of interest with E10, P08's Chengdu contract manufacturer.
        let base = [
            "schedule", "--store", store.path, "--today", today, "--product", "P08", "--type", "routine", "--start", "2026-12-14",
            "--end", "2026-12-15", "--inspector", "I09", "--inspector", "I07", "--force",
        ]
        let refused = try CLI.run(base + ["--reason", "唯一可用"])
        #expect(refused.status == 1 && refused.stderr.contains("--approved-by"), "\(refused.stderr)")
        let noReason = try CLI.run(base + ["--approved-by", "王处长"])
        #expect(noReason.status == 1)
        let ok = try CLI.run(base + ["--approved-by", "王处长", "--reason", "唯一熟悉该品种的四川检查员"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let id = ok.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try CLI.run(["export", "json", "--store", store.path]).stdout
        #expect(json.contains("\"conflictApprovedBy\" : \"王处长\"") || json.contains("\"conflictApprovedBy\":\"王处长\""))
        let findings = try CLI.run(["validate", "--store", store.path, "--today", today]).stdout
        #expect(findings.contains("\(id)") && findings.contains("approved by 王处长"), "\(findings)")
    }

    @Test func plannedUnannouncedInspectionsStayOutOfExportsUnlessIncluded() throws {
        let store = try demo()
        // The demo's planned 飞行检查 of P08 (INS-0021).
        let ics = try CLI.run(["export", "ics", "--store", store.path]).stdout
        #expect(!ics.contains("biopilot INS-0021") && ics.contains("biopilot INS-0020"))
        #expect(try CLI.run(["export", "ics", "--store", store.path, "--include-unannounced"]).stdout.contains("biopilot INS-0021"))
        let csv = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout
        #expect(!csv.contains("\r\nINS-0021,") && csv.contains("\r\nINS-0020,"))
        let all = try CLI.run(["export", "csv", "inspections", "--store", store.path, "--include-unannounced"]).stdout
        #expect(all.contains("\r\nINS-0021,"))
    }
}
