import DashboardUI
import Exchange
import Foundation
import PilotCore
import PilotStore

extension EffectRunner {
    /// `:export` and `:report`: the file's text made as the command line makes it, written whole, and the
    /// absolute path reported. An existing file is replaced only after the user said yes.
    func export(_ request: ExportRequest, in state: AppState) -> [Action] {
        let L = state.language
        var request = request
        request.path = Self.absolute(request.path)
        if !request.overwrite && ExportFile.exists(request.path) { return [.exportWouldOverwrite(request)] }
        let index = PilotIndex(store.data)
        let reference = state.model.reference
        let today = state.model.today
        let head = store.head.description
        let text: String
        var what: Bilingual
        switch request.kind {
        case .ics(let inspector):
            if let inspector, index.data.inspectors[id: inspector] == nil {
                return [.message(Bilingual(zh: "没有检查员 \(inspector)", en: "no inspector \(inspector)")[L], isError: true)]
            }
            // Planned unannounced inspections (飞行检查) stay out of the file (rule 13).
            let chosen = index.data.inspections.records.filter { i in inspector.map { i.team.contains($0) } ?? true }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            let inspections = UnannouncedFilter.exportable(chosen, includeUnannounced: false)
            text = ICalendar.document(inspections, index: index, language: L, provinces: reference.provinces, stamp: Date(), head: head)
            let withheld = chosen.count - inspections.count
            what = Bilingual(zh: "检查 \(inspections.count) 项", en: "\(inspections.count) inspections")
            if withheld > 0 {
                what = Bilingual(
                    zh: what.zh + "（未含计划中的飞行检查 \(withheld) 项）", en: what.en + " (\(withheld) planned unannounced left out)")
            }
        case .csv(let name):
            guard let kind = TableExport.Kind(rawValue: name) else { return [] }
            // For people, like the CLI with a Chinese header: values in words (制剂, 符合规定, 否), which imports read back.
            text = TableExport.csv(
                kind, index: index, header: L == .zh ? .zh : .en, values: .words, bom: true, calendar: reference.calendar, today: today)
            let rows = max(0, text.components(separatedBy: "\r\n").count - 2)
            what = Bilingual(zh: "\(rows) 行", en: "\(rows) rows")
        case .annualReport(let year):
            let format = AnnualReport.Format(rawValue: Self.extensionOf(request.path)) ?? .md
            text = AnnualReport.renderAnnual(
                index, year: year, today: today, format: format, language: L, reference: reference, head: head)
            what = Bilingual(zh: "\(year) 年度报告（\(format.rawValue)）", en: "the \(year) annual report (\(format.rawValue))")
        case .samplingReport(let year):
            let format = SamplingReport.Format(rawValue: Self.extensionOf(request.path)) ?? .text
            text = SamplingReport.render(
                index.data, year: year, today: today, format: format, language: L, calendar: reference.calendar, head: head)
            what = Bilingual(zh: "\(year) 年抽检报告（\(format.rawValue)）", en: "the \(year) sampling report (\(format.rawValue))")
        case .summaryReport:
            text = AnnualReport.summary(index, today: today, language: L, reference: reference, head: head)
            what = Bilingual(zh: "试点总结数据附件", en: "the pilot summary appendix")
        }
        do {
            try ExportFile.write(request.path, text)
            return [.message(Bilingual(zh: "已写入 \(request.path)：\(what.zh)", en: "wrote \(request.path): \(what.en)")[L], isError: false)]
        } catch {
            return [
                .message(
                    Bilingual(zh: "无法写入 \(request.path)：\(error.reasonText(.zh))", en: "cannot write \(request.path): \(error.reason)")[L],
                    isError: true)
            ]
        }
    }

    /// `~/x.ics` and `x.ics` as the absolute path the file will have.
    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    static func extensionOf(_ path: String) -> String { (path as NSString).pathExtension.lowercased() }
}
