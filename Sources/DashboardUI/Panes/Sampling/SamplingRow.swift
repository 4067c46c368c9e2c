import PilotCore

/// The sampling pane's rows, derived once per revision: each sampling with its status today and its
/// search text (product in both languages, lab, batch, conclusion, date; the names also in pinyin).
public struct SamplingRow: Equatable, Sendable {
    public let sampling: Sampling
    public let status: SamplingStatus
    let haystack: SearchHaystack
}

extension DashboardModel {
    /// In runs on every core, each run with its own maker (their caches of labs and words apart) writing its rows
    /// in place: rows made into an array per run and joined were copied once more (~40 ms at 200k). The products'
    /// texts are read once, before the runs.
    static func samplingRows(_ data: PilotData, today: CivilDate, calendar: WorkingCalendar) -> [SamplingRow] {
        var maker = SamplingRowMaker(data, today: today, calendar: calendar)
        maker.readProducts()
        let samplings = data.samplings
        return Array(unsafeUninitializedCapacity: samplings.count) { buffer, initialized in
            let slots = RowSlots(base: buffer.baseAddress)
            _ = ParallelRuns.map(samplings.count, runs: 8) { [maker] run in
                var maker = maker
                for i in run { slots.set(i, maker.row(samplings[i])) }
            }
            initialized = samplings.count
        }
    }
}

/// The rows' buffer while runs on other threads fill it: each run writes only its own positions, and the buffer
/// is read only after every run has returned.
private struct RowSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<SamplingRow>?

    func set(_ position: Int, _ row: SamplingRow) { (base! + position).initialize(to: row) }
}

extension AppState {
    var selectedSampling: SamplingRow? {
        sampling.listing.selectedPosition.map { model.samplingRows[$0] }
    }
}
