import PilotCore

/// The sampling pane's rows, derived once per revision: each sampling with its status today and its
/// search text (product in both languages, lab, batch, conclusion, date; the names also in pinyin).
public struct SamplingRow: Sendable {
    public let sampling: Sampling
    public let status: SamplingStatus
    let haystack: String
}

extension DashboardModel {
    static func samplingRows(_ data: PilotData, index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [SamplingRow] {
        var search = SearchText()
        return data.samplings.map { s in
            let p = data.products[id: s.productId]
            let words = [
                s.id, s.productId, p?.nameEn ?? "", s.batch, s.conclusion.rawValue, s.conclusion.label.zh,
                s.conclusion.label.en, s.segment.label.zh, s.segment.label.en, s.sampledOn.description, s.reportNo ?? "",
            ]
            return SamplingRow(
                sampling: s, status: SamplingStatus(s, deadlines: data.deadlines, today: today, calendar: calendar),
                haystack: search.of(words: words, names: [p?.name ?? "", s.lab]))
        }
    }

    func samplingOrder(_ sort: SamplingSort) -> [Int] {
        let rows = samplingRows
        let positions = Array(rows.indices)
        func name(_ i: Int) -> String { rows[i].sampling.productId }
        switch sort {
        case .newest:
            return positions.sorted {
                (rows[$0].sampling.sampledOn, rows[$0].sampling.id) > (rows[$1].sampling.sampledOn, rows[$1].sampling.id)
            }
        case .product:
            return positions.sorted {
                (name($0), rows[$1].sampling.sampledOn.dayNumber) < (name($1), rows[$0].sampling.sampledOn.dayNumber)
            }
        case .lab:
            return positions.sorted { (rows[$0].sampling.lab, rows[$0].sampling.id) < (rows[$1].sampling.lab, rows[$1].sampling.id) }
        case .result:
            func rank(_ r: SamplingRow) -> Int {
                r.sampling.conclusion == .fail ? 0 : (r.status.isOverdue ? 1 : (r.sampling.conclusion == .pending ? 2 : 3))
            }
            return positions.sorted { (rank(rows[$0]), rows[$0].sampling.id) < (rank(rows[$1]), rows[$1].sampling.id) }
        }
    }

    /// The sampling rows as the sampling list filters and sorts them.
    var samplingListing: SamplingListing { SamplingListing(model: self) }
}

extension AppState {
    var selectedSampling: SamplingRow? {
        sampling.listing.selectedPosition.map { model.samplingRows[$0] }
    }
}
