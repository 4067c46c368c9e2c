import PilotCore

/// The sampling pane's rows, derived once per revision: each sampling with its status today and its
/// search text (product in both languages, lab, batch, conclusion, date).
public struct SamplingRow: Sendable {
    public let sampling: Sampling
    public let status: SamplingStatus
    let haystack: String
}

public enum SamplingSort: String, CaseIterable, Sendable {
    case newest, product, lab, result

    var label: Bilingual {
        switch self {
        case .newest: return Bilingual(zh: "抽样日期", en: "date")
        case .product: return Bilingual(zh: "品种", en: "product")
        case .lab: return Bilingual(zh: "检验机构", en: "lab")
        case .result: return Bilingual(zh: "结论（不合格、逾期在前）", en: "result (fails and overdue first)")
        }
    }

    var next: SamplingSort {
        let all = SamplingSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

public struct SamplingPaneState: Equatable, Sendable {
    public var list = ListState()
    public var filter = ""
    public var sort = SamplingSort.newest
    public var visible: [Int] = []
    /// The year summary per product and lab instead of the detail panel.
    public var summary = false
    public var summaryYear: Int
}

extension DashboardModel {
    static func samplingRows(_ data: PilotData, index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [SamplingRow] {
        data.samplings.map { s in
            let p = data.products[id: s.productId]
            let words = [s.id, s.productId, p?.name ?? "", p?.nameEn ?? "", s.lab, s.batch, s.conclusion.rawValue, s.conclusion.label.zh,
                         s.conclusion.label.en, s.segment.label.zh, s.segment.label.en, s.sampledOn.description, s.reportNo ?? ""]
            return SamplingRow(sampling: s, status: SamplingStatus(s, today: today, calendar: calendar),
                               haystack: words.joined(separator: "\u{1F}").lowercased())
        }
    }

    func samplingOrder(_ sort: SamplingSort) -> [Int] {
        let rows = samplingRows
        let positions = Array(rows.indices)
        func name(_ i: Int) -> String { rows[i].sampling.productId }
        switch sort {
        case .newest:
            return positions.sorted { (rows[$0].sampling.sampledOn, rows[$0].sampling.id) > (rows[$1].sampling.sampledOn, rows[$1].sampling.id) }
        case .product:
            return positions.sorted { (name($0), rows[$1].sampling.sampledOn.dayNumber) < (name($1), rows[$0].sampling.sampledOn.dayNumber) }
        case .lab:
            return positions.sorted { (rows[$0].sampling.lab, rows[$0].sampling.id) < (rows[$1].sampling.lab, rows[$1].sampling.id) }
        case .result:
            func rank(_ r: SamplingRow) -> Int { r.sampling.conclusion == .fail ? 0 : (r.status.isOverdue ? 1 : (r.sampling.conclusion == .pending ? 2 : 3)) }
            return positions.sorted { (rank(rows[$0]), rows[$0].sampling.id) < (rank(rows[$1]), rows[$1].sampling.id) }
        }
    }

    func visibleSamplings(filter: String, sort: SamplingSort, within previous: [Int]? = nil) -> [Int] {
        let needle = filter.lowercased().trimmingSpaces()
        let base = previous ?? samplingOrder(sort)
        guard !needle.isEmpty else { return base }
        let terms = needle.split(separator: " ").map(String.init)
        return base.filter { i in terms.allSatisfy { samplingRows[i].haystack.contains($0) } }
    }
}

extension AppState {
    var selectedSampling: SamplingRow? {
        guard sampling.visible.indices.contains(sampling.list.selected) else { return nil }
        return model.samplingRows[sampling.visible[sampling.list.selected]]
    }
}
