import PilotCore

/// The sampling pane: sampling results, their detail, and the year summary.
enum SamplingComponent: PaneComponent {
    static let title = Strings.paneSampling
    static let shortTitle = Bilingual(zh: "抽检", en: "Sampling")
    static let commandName = "sampling"
    static var bindings: [KeyBinding] { Keymap.samplingList }

    static func scopes(_ state: AppState) -> [KeyScope] { [.samplingList, .list] }

    static func run(_ state: inout AppState, _ command: Command) -> [Effect] { SamplingReducer.run(&state, command) }

    static func render(into grid: inout Grid, area: Rect, _ state: AppState) { SamplingScreen.draw(into: &grid, state) }

    static func keptSelection(_ state: AppState) -> String? { state.selectedSampling?.sampling.id }

    static func reload(_ state: inout AppState, keeping kept: String?) {
        // Not listed yet: it will be, from the model as it is then.
        guard state.sampling.listed else { return }
        SamplingReducer.refilter(&state, keepingSelection: kept)
    }

    static func clamp(_ state: inout AppState) {
        state.sampling.list.move(0, count: state.sampling.visible.count, height: Layout.samplingListRows(state.size))
    }

    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? {
        state.selectedSampling.map { (.sampling, $0.sampling.id) }
    }

    static func filterKey(_ state: inout AppState, _ key: Key, _ input: TextInput) -> TextInput? {
        state.sampling.listing.filterKey(key, input, state.samplingListing, height: Layout.samplingListRows(state.size))
    }

    static func recordCount(_ state: AppState) -> Int { state.sampling.visible.count }

    static func filterStatus(_ state: AppState) -> FilterStatus? {
        FilterStatus(
            filter: state.sampling.filter, shown: state.sampling.visible.count,
            total: state.model.samplingOrders.count(commissioned: state.sampling.commissioned))
    }

    static func select(_ state: inout AppState, id: String) -> Bool {
        state.settleModel(showing: .sampling)
        let rows = state.model.samplingRows
        guard let position = state.sampling.visible.firstIndex(where: { rows[$0].sampling.id == id }) else {
            return false
        }
        state.sampling.list.move(position, count: recordCount(state), height: Layout.samplingListRows(state.size))
        return true
    }
}
