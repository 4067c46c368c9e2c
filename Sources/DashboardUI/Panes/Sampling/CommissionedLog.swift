import PilotCore

/// The sampling pane's other list (`w`): commissioned testing (委托检验), requests from enterprises the institute
/// accepted. Its own columns (no statutory deadline or re-test runs for it) and its own count; no sampling count
/// includes it.
enum CommissionedLog {
    static let title = Bilingual(zh: "委托检验台账（不计入抽检）", en: "Commissioned testing (not sampling)")
    static let supervisoryTitle = Bilingual(zh: "监督抽检", en: "Supervisory sampling")

    static func columns(_ L: Language) -> [TableColumn] {
        [
            TableColumn(Bilingual(zh: "委托日期", en: "Requested")[L], width: 10, priority: 0),
            TableColumn(Strings.columnName[L], width: 11, minWidth: 10, flexible: true, priority: 0),
            TableColumn(
                Strings.columnSegment[L], width: DisplayWidth.of(Bilingual(zh: "原液", en: "DS 原液")[L]), minWidth: 4, priority: 4),
            TableColumn(Strings.columnBatch[L], width: 10, minWidth: 8, priority: 2),
            TableColumn(Strings.columnLab[L], width: 10, minWidth: 8, flexible: true, priority: 3),
            TableColumn(Strings.columnConclusion[L], width: 10, minWidth: 6, priority: 0),
            TableColumn(Bilingual(zh: "报告日期", en: "Report")[L], width: 10, priority: 1),
        ]
    }

    static func cells(_ row: SamplingRow, _ state: AppState) -> [Span] {
        let L = state.language
        let s = row.sampling
        let name = state.model.index.data.products[id: s.productId].map { $0.displayName(L) } ?? s.productId
        let segment = Bilingual(zh: s.segment.label.zh, en: (s.segment == .drugSubstance ? "DS " : "DP ") + s.segment.label.zh)[L]
        let requested = Span(s.requestedOn?.description ?? "—", s.requestedOn == nil ? Style(.muted) : Style(.text))
        if s.isVoided {
            let dim = Style(.muted)
            return [
                requested, Span(name, dim), Span(segment, dim), Span(s.batch, dim), Span(s.lab, dim),
                Span(SamplingScreen.voided[L], Style(.muted, bold: true)), Span(""),
            ]
        }
        let resultStyle: Style =
            s.conclusion == .fail ? Style(.error, bold: true) : (s.conclusion == .pending ? Style(.warning) : Style(.ok))
        return [
            requested, Span(name), Span(segment), Span(s.batch), Span(s.lab), Span(s.conclusion.label[L], resultStyle),
            Span(s.reportDate?.description ?? ""),
        ]
    }

    /// The heading over the list: which list, and how many it holds.
    static func heading(_ state: AppState) -> String {
        let L = state.language
        // Counted once per revision: the heading is drawn every frame.
        let commissioned = state.model.samplingOrders.count(commissioned: true)
        let supervisory = state.model.samplingOrders.count(commissioned: false)
        return state.sampling.commissioned
            ? Bilingual(
                zh: "委托检验 \(commissioned) 批（不计入抽检；w 返回监督抽检 \(supervisory) 批）",
                en: "Commissioned tests: \(commissioned), not sampling (w: supervisory samplings, \(supervisory))")[L]
            : Bilingual(
                zh: "监督抽检 \(supervisory) 批（w 委托检验 \(commissioned) 批）",
                en: "Supervisory samplings: \(supervisory) (w: commissioned tests, \(commissioned))")[L]
    }
}
