import Foundation
import PilotCore
import PilotStore
import Testing

@testable import DashboardRuntime
@testable import DashboardUI

/// The dashboard's imports on either backend: a sheet is one edit, and a sheet with a bad row writes nothing.
extension StoreContractTests {
    /// A directory for the sheets a test imports, removed afterwards.
    final class Sheets {
        let path = NSTemporaryDirectory() + "biopilot-contract-sheets-" + UUID().uuidString

        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ text: String) -> String {
            let file = path + "/" + name
            _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
            return file
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func importSamplingsFromACSV(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let sheets = try Sheets()
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        let revision = store.revision
        let file = sheets.write(
            "lab.csv",
            """
            品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目
            P12,原液,"CL-2208-20261101",2026/11/3,山东省食品药品检验研究院,待检,,,"鉴别, 纯度"
            YHM-402 重组融合蛋白注射液,制剂,P08-202611,2026-11-05,四川省药品检验研究院,不符合规定,BG2026-77,2026-11-20,

            """)
        let actions = runner.run(.importSamplings(path: file), in: state(store, at: made))
        guard case .dataChanged(_, let changedTo, _)? = actions.first, case .importFinished(let outcome)? = actions.last, actions.count == 2
        else {
            Issue.record("\(actions)")
            return
        }
        #expect(changedTo == revision + 2 && store.revision == revision + 2)
        #expect(!outcome.isError && outcome.summary.hasPrefix("\(file) (UTF-8): added 2 samplings"), "\(outcome.summary)")
        // The whole import is one edit: undoing it deletes both new samplings.
        #expect(outcome.written?.changes.count == 2 && outcome.written?.changes.allSatisfy { $0.before == nil } == true)
        #expect(try made.open().data.samplings.records.contains { $0.batch == "P08-202611" })
        // Bad rows: nothing written; every problem by its line, for the overlay.
        let bad = sheets.write("bad.csv", "品种编号,分段,批号,抽样日期,检验机构,检验结论\nP99,原液,B1,2026-11-03,某所,待检\nP01,原液,,2026-13-01,某所,待检\n")
        let refused = runner.run(.importSamplings(path: bad), in: state(store, at: made))
        guard case .importFinished(let problems)? = refused.first, refused.count == 1 else {
            Issue.record("\(refused)")
            return
        }
        #expect(problems.isError && problems.summary == "\(bad) (UTF-8): nothing imported, 3 problems:", "\(problems.summary)")
        #expect(
            problems.problems == [
                "\(bad):line 2: unknown product \"P99\"", "\(bad):line 3: no batch number",
                "\(bad):line 3: sampling date \"2026-13-01\" is not a date (YYYY-MM-DD)",
            ])
        #expect(try made.open().revision == store.revision)
    }

    @Test(arguments: StoreBackend.allCases)
    func importProductsFromACSV(_ backend: StoreBackend) throws {
        let made = try demo(backend)
        let sheets = try Sheets()
        let store = try made.open()
        let runner = EffectRunner(store: store, user: "alice")
        let before = store.data.products.count
        let file = sheets.write(
            "products.csv",
            """
            品种名称,英文名称,类别,一品一策,持有人,持有人统一社会信用代码,持有人所在省份,原液生产企业,原液生产企业统一社会信用代码,原液生产地址,原液生产地址所在省份,制剂生产企业,制剂生产企业统一社会信用代码,制剂生产地址,制剂生产地址所在省份,试点阶段,提出试点申请,省局初步遴选,试点方案及质量监管方案
            闽康重组带状疱疹疫苗,Minkang recombinant zoster vaccine,多联多价疫苗,闽药监试点〔2025〕1号,闽康生物制药有限公司,91350200MA3456789X,福建省,闽康生物制药有限公司,91350200MA3456789X,福建省厦门市海沧区新阳路8号,福建省,苏州澄源生物制造有限公司,,江苏省苏州工业园区星湖街218号,江苏省,试点方案及质量监管方案,2025-03-02,2025-04-01,2025-05-15

            """)
        let actions = runner.run(.importProducts(path: file), in: state(store, at: made))
        guard case .dataChanged(_, let revision, _)? = actions.first, case .importFinished(let outcome)? = actions.last, actions.count == 2
        else {
            Issue.record("\(actions)")
            return
        }
        #expect(revision == store.revision && outcome.summary.hasPrefix("\(file) (UTF-8): added 1 products"), "\(outcome.summary)")
        let data = try made.open().data
        #expect(data.products.count == before + 1)
        #expect(data.products.records.contains { $0.name == "闽康重组带状疱疹疫苗" })
        #expect(data == store.data)
    }
}
