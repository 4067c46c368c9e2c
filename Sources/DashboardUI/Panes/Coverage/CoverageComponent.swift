import PilotCore

/// The annual coverage pane: which products had their inspections and samplings this year, and a plan for the rest.
enum CoverageComponent: PaneComponent {
    static let title = Strings.paneCoverage
    static let shortTitle = Bilingual(zh: "覆盖", en: "Coverage")
    static let commandName = "coverage"
    static var bindings: [KeyBinding] { Keymap.coverage }

    static func scopes(_ state: AppState) -> [KeyScope] { [.coverage] }

    static func run(_ state: inout AppState, _ command: Command) -> [Effect] { CoverageReducer.run(&state, command) }

    static func render(into grid: inout Grid, area: Rect, _ state: AppState) { CoverageScreen.draw(into: &grid, area: area, state) }

    /// The coverage keeps its selection itself (`CoverageView.recompute`).
    static func keptSelection(_ state: AppState) -> String? { nil }

    static func reload(_ state: inout AppState, keeping kept: String?) { CoverageView.recompute(&state, patching: true) }

    /// Accepted proposals leave the plan review.
    static func saveFinished(_ state: inout AppState, ok: Bool) { CoverageReducer.saveFinished(&state, ok: ok) }

    static func clamp(_ state: inout AppState) {
        state.coverage.list.move(0, count: state.coverage.lines.count, height: Layout.coverageListRows(state.size))
    }

    /// The case open over the coverage, else the selected product.
    static func selectedRecord(_ state: AppState) -> (kind: EntityKind, id: String)? {
        (state.products.detail?.productId ?? state.selectedCoverageLine?.productId).map { (.product, $0) }
    }

    static func recordCount(_ state: AppState) -> Int { state.coverage.lines.count }

    static func select(_ state: inout AppState, id: String) -> Bool {
        guard let position = state.coverage.lines.firstIndex(where: { $0.productId == id }) else { return false }
        state.coverage.list.move(
            position - state.coverage.list.selected, count: recordCount(state), height: Layout.coverageListRows(state.size))
        return true
    }
}
