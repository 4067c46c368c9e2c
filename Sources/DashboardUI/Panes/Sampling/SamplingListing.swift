import PilotCore

struct SamplingListing: FilterableRows {
    let model: DashboardModel
    /// The commissioned-testing log, or the supervisory samplings.
    var commissioned = false
    /// The order by product is by the product's name in this language.
    let language: Language
    func order(_ sort: SamplingSort) -> [Int] { model.samplingOrders.order(sort, language, commissioned: commissioned) }
    func searchText(_ position: Int) -> SearchHaystack { model.samplingRows[position].haystack }
    func id(_ position: Int) -> String { model.samplingRows[position].sampling.id }
}

extension AppState {
    /// The list the sampling pane shows now: the supervisory samplings or the commissioned-testing log.
    var samplingListing: SamplingListing { SamplingListing(model: model, commissioned: sampling.commissioned, language: language) }
}
