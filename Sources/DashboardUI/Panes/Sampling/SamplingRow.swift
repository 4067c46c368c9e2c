import PilotCore

/// The sampling pane's rows, derived once per revision: each sampling with its status today and its
/// search text (product in both languages, lab, batch, conclusion, date; the names also in pinyin).
public struct SamplingRow: Equatable, Sendable {
    public let sampling: Sampling
    public let status: SamplingStatus
    let haystack: SearchHaystack
}

extension DashboardModel {
    static func samplingRows(_ data: PilotData, today: CivilDate, calendar: WorkingCalendar) -> [SamplingRow] {
        var search = SearchText()
        return data.samplings.map { samplingRow($0, data, today: today, calendar: calendar, search: &search) }
    }

    static func samplingRow(_ s: Sampling, _ data: PilotData, today: CivilDate, calendar: WorkingCalendar, search: inout SearchText)
        -> SamplingRow
    {
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

extension AppState {
    var selectedSampling: SamplingRow? {
        sampling.listing.selectedPosition.map { model.samplingRows[$0] }
    }
}
