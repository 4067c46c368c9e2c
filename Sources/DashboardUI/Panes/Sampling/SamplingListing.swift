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

    /// From the model's corpus: one scan of every row's text, or the previous matches tested one by one.
    func filter(_ base: [Int], by terms: [SearchTerm], narrowing: Bool) -> [Int] {
        let corpus = model.samplingCorpus
        if narrowing { return base.filter { corpus.contains($0, all: terms) } }
        let hit = corpus.matches(all: terms)
        return base.filter { hit[$0] }
    }
}

extension AppState {
    /// The list the sampling pane shows now: the supervisory samplings or the commissioned-testing log.
    var samplingListing: SamplingListing { SamplingListing(model: model, commissioned: sampling.commissioned, language: language) }
}
