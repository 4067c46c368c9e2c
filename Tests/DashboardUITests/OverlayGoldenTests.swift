import DashboardRuntime
import Exchange
import PilotCore
import PilotStore
import Testing

@testable import DashboardUI

/// Golden screens of the list overlays at 80×24 and 120×40 in both languages, filled with the text the
/// runtime really writes: the messages (`M`), an import's problems, and the audit trail, listed and opened.
@Suite struct OverlayGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func name(_ what: String, _ L: Language, _ size: Size) -> String { "\(what)-\(L)-\(size.width)x\(size.height)" }

    @Test(arguments: [Language.zh, .en], sizes)
    func messages(_ L: Language, _ size: Size) {
        var s = UI.state(size, L)
        UI.press(&s, .char(":"), .char("x"), .enter)
        #expect(s.overlays.count == 1, "the list of commands is shown whole")
        UI.press(&s, .escape, .char("D"))
        #expect(s.overlays.count == 1, "why the delete was refused is shown whole")
        UI.press(&s, .escape)
        UI.press(&s, .char("M"))
        #expect(s.logView != nil)
        Golden.expectMatch(name("messages", L, size), Screen.render(s))
    }

    /// An error the status line would cut opens whole over the pane; the next key only closes it.
    @Test(arguments: [Language.zh, .en], sizes)
    func cutErrorIsShownWhole(_ L: Language, _ size: Size) {
        var s = UI.state(size, L)
        UI.press(&s, .char("D"))
        #expect(s.overlays == (StatusLine.cuts(s.message!, s) ? [.notice(s.message!)] : []))
        Golden.expectMatch(name("notice", L, size), Screen.render(s))
        UI.press(&s, .char("j"))
        #expect(s.overlays.isEmpty && s.selectedRow?.product.id == "P01")
        UI.press(&s, .char("D"), .char("M"))
        #expect(s.logView?.lines.last?.hasSuffix(s.message!.text) == true)
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func importProblems(_ L: Language, _ size: Size) throws {
        let sheet = """
            品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目
            P12,原液,"CL-2208-20261101",2026/11/3,山东省食品药品检验研究院,待检,,,"鉴别, 纯度"
            P99,制剂,X1,2026-13-01,某所,合格,,,
            P01,胶囊,X2,2026-11-01,某所,也许,,,
            """
        guard case .rejected(let problems) = SamplingImport.read(sheet, into: UI.data) else {
            Issue.record("the sheet was accepted")
            return
        }
        let failure = ImportFailure.rejected(file: "抽检-2026-11.csv", encoding: "UTF-8", problems: problems)
        var s = UI.state(size, L)
        UI.press(&s, .char("4"))
        _ = reduce(&s, .importFinished(ImportOutcome(summary: failure.headline(L), problems: failure.problemLines(L), isError: true)))
        #expect(s.logView != nil)
        Golden.expectMatch(name("import-problems", L, size), Screen.render(s))
    }

    /// Three edits of P08 as `:log` lists them, newest first and selected; the second opened; and a filter.
    func auditTrail(_ L: Language, _ size: Size) throws -> AppState {
        let data = UI.data
        let product = try #require(data.products[id: "P08"])
        var renamed = product
        renamed.name = "YHM-402 重组融合蛋白注射液（改）"
        let sampling = try #require(data.samplings.records.first { $0.productId == "P08" })
        var failed = sampling
        failed.conclusion = .fail
        failed.reportNo = "BG2026-77"
        let edits: [(AnyRecord?, AnyRecord?, String?)] = [
            (.product(product), .product(renamed), "更正名称"),
            (.sampling(sampling), .sampling(failed), "检验报告已收到"),
            (.sampling(failed), nil, nil),
        ]
        var entries: [LogEntry] = []
        for (n, (before, after, reason)) in edits.enumerated() {
            let kind = (after ?? before)?.kind
            let action: JournalEntry.Action = before == nil ? .create : after == nil ? .delete : .update
            let e = JournalEntry(
                revision: 120 + n, time: "2026-11-2\(n + 3)T0\(n + 1):15:00Z", user: "王芳", account: "wangf", action: action,
                entity: kind, id: (after ?? before)?.id, before: before, after: after, reason: reason, conflicts: nil,
                previousHash: JournalEntry.genesisHash)
            let audit = AuditEntry(e, language: L, provinces: UI.model.provinces)
            entries.insert(LogEntry(lines: audit.lines, detail: audit.detailLines), at: 0)
        }
        var s = UI.state(size, L)
        _ = reduce(&s, .logLoaded(title: ":log all", entries: entries))
        return s
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func auditTrailListed(_ L: Language, _ size: Size) throws {
        var s = try auditTrail(L, size)
        UI.press(&s, .char("j"))
        Golden.expectMatch(name("log-list", L, size), Screen.render(s))
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func auditTrailOpened(_ L: Language, _ size: Size) throws {
        var s = try auditTrail(L, size)
        UI.press(&s, .char("j"), .enter)
        Golden.expectMatch(name("log-entry", L, size), Screen.render(s))
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func auditTrailFiltered(_ L: Language, _ size: Size) throws {
        var s = try auditTrail(L, size)
        UI.press(&s, .char("/"), .char("B"), .char("G"), .char("2"))
        Golden.expectMatch(name("log-filter", L, size), Screen.render(s))
    }
}
