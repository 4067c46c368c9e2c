import PilotCore

struct SamplingListing: FilterableRows {
    /// The model's sampling list, read once: reading a row through the model's part copied the whole row (every
    /// field retained) for its id or text, 200k times a keystroke at national scale.
    let list: DashboardModel.SamplingList
    /// The commissioned-testing log, or the supervisory samplings.
    var commissioned = false
    /// The order by product is by the product's name in this language.
    let language: Language

    init(model: DashboardModel, commissioned: Bool = false, language: Language) {
        (list, self.commissioned, self.language) = (model.samplingList.value, commissioned, language)
    }

    func order(_ sort: SamplingSort) -> [Int] { list.orders.order(sort, language, commissioned: commissioned) }
    func searchText(_ position: Int) -> SearchHaystack { list.rows[position].haystack }
    func id(_ position: Int) -> String { list.rows[position].sampling.id }

    /// From the model's corpus: one scan of every row's text, or the previous matches tested one by one.
    func filter(_ base: [Int], by terms: [SearchTerm], narrowing: Bool) -> [Int] {
        let corpus = list.corpus
        if narrowing { return base.filter { corpus.contains($0, all: terms) } }
        let hit = corpus.matches(all: terms)
        return base.filter { hit[$0] }
    }
}

extension AppState {
    /// The list the sampling pane shows now: the supervisory samplings or the commissioned-testing log.
    var samplingListing: SamplingListing { SamplingListing(model: model, commissioned: sampling.commissioned, language: language) }
}
