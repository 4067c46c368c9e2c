import PilotCore

struct SamplingListing: FilterableRows {
    let model: DashboardModel
    func order(_ sort: SamplingSort) -> [Int] { model.samplingOrder(sort) }
    func searchText(_ position: Int) -> String { model.samplingRows[position].haystack }
    func id(_ position: Int) -> String { model.samplingRows[position].sampling.id }
}
