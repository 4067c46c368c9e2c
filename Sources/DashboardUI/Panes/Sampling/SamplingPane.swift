import PilotCore

/// The sampling pane's rows, derived once per revision: each sampling with its status today and its
/// search text (product in both languages, lab, batch, conclusion, date).
public struct SamplingRow: Sendable {
    public let sampling: Sampling
    public let status: SamplingStatus
    let haystack: String
}

public enum SamplingSort: String, ListSort {
    case newest, product, lab, result

    var label: Bilingual {
        switch self {
        case .newest: return Bilingual(zh: "抽样日期", en: "date")
        case .product: return Bilingual(zh: "品种", en: "product")
        case .lab: return Bilingual(zh: "检验机构", en: "lab")
        case .result: return Bilingual(zh: "结论（不合格、逾期在前）", en: "result (fails and overdue first)")
        }
    }
}

/// The sampling pane: the filterable list of samplings (its filter, sort and matches read as `sampling.filter`,
/// `sampling.sort`, `sampling.visible`), and what the panel beside it shows.
@dynamicMemberLookup
public struct SamplingPaneState: Equatable, Sendable {
    public var listing = FilterableList(sort: SamplingSort.newest)
    /// The year summary per product and lab instead of the detail panel.
    public var summary = false
    public var summaryYear: Int

    public subscript<Value>(dynamicMember field: WritableKeyPath<FilterableList<SamplingSort>, Value>) -> Value {
        get { listing[keyPath: field] }
        set { listing[keyPath: field] = newValue }
    }

    /// The list's selection and scroll, named as in every other pane.
    public var list: ListState {
        get { listing.selection }
        set { listing.selection = newValue }
    }
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

    /// The sampling rows as the sampling list filters and sorts them.
    var samplingListing: SamplingListing { SamplingListing(model: self) }
}

struct SamplingListing: FilterableRows {
    let model: DashboardModel
    func order(_ sort: SamplingSort) -> [Int] { model.samplingOrder(sort) }
    func searchText(_ position: Int) -> String { model.samplingRows[position].haystack }
    func id(_ position: Int) -> String { model.samplingRows[position].sampling.id }
}

extension AppState {
    var selectedSampling: SamplingRow? {
        sampling.listing.selectedPosition.map { model.samplingRows[$0] }
    }
}
