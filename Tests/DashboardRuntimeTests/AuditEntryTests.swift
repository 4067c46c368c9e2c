import PilotCore
import PilotStore
import Testing

@testable import DashboardRuntime

/// The audit trail in words: Beijing time, labels, enumerations in words, list changes as what left and joined.
@Suite struct AuditEntryTests {
    let reference = bundledReference

    func entry(_ before: AnyRecord?, _ after: AnyRecord?, time: String = "2026-11-26T17:30:05Z", reason: String? = nil) -> JournalEntry {
        let kind = (after ?? before)?.kind
        let action: JournalEntry.Action = before == nil ? .create : after == nil ? .delete : .update
        return JournalEntry(
            revision: 7, time: time, user: "王芳", account: "wangf", action: action, entity: kind, id: (after ?? before)?.id,
            before: before, after: after, reason: reason, conflicts: nil, previousHash: JournalEntry.genesisHash)
    }

    @Test func beijingTimeCrossesMidnight() {
        #expect(AuditEntry.beijing("2026-11-26T17:30:05Z") == "2026-11-27 01:30:05")
        #expect(AuditEntry.beijing("2026-12-31T16:00:00Z") == "2027-01-01 00:00:00")
        #expect(AuditEntry.beijing("not a time") == "not a time")
    }

    @Test func anUpdateNamesEachFieldWithItsWords() throws {
        let data = DemoData.make(today: CivilDate("2026-11-26")!, reference: reference)
        let sampling = try #require(data.samplings.records.first { $0.conclusion == .pending })
        var failed = sampling
        failed.conclusion = .fail
        failed.reportNo = "BG-1"
        let e = AuditEntry(
            entry(.sampling(sampling), .sampling(failed), reason: "检验报告"), language: .zh, provinces: reference.provinces)
        #expect(
            e.lines == [
                "#7  2026-11-27 01:30:05  王芳 (wangf)  修改 抽检 \(sampling.id)",
                "    报告书编号：— → BG-1",
                "    检验结论：检验中 → 不符合规定",
                "    — 检验报告",
            ])
        let product = try #require(data.products[id: "P01"])
        var stepped = product
        stepped.steps.append(StageStep(stage: .enterpriseAssessment, date: CivilDate("2026-11-26")!, by: "王芳"))
        let en = AuditEntry(entry(.product(product), .product(stepped)), language: .en, provinces: reference.provinces)
        // Only the step that joined the list, not both whole lists.
        #expect(en.lines.dropFirst() == ["    pilot steps: + enterprise assessment 2026-11-26 (王芳)"])
    }

    @Test func provinceCodesReadAsNames() throws {
        let inspector = Inspector(id: "I99", name: "李明", unit: "省局", provinceCode: "320000")
        let e = AuditEntry(entry(nil, .inspector(inspector)), language: .zh, provinces: reference.provinces)
        #expect(e.lines.contains("    省份：江苏省") && e.lines.contains("    姓名：李明"))
        #expect(e.lines.first?.hasSuffix("新增 检查员 I99") == true)
    }
}
