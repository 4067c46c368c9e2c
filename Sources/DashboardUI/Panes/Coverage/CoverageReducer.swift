import PilotCore

/// Coverage pane keys: move between products (skipping province headings), change the year, narrow to a
/// province, open a case, schedule what a product lacks, and review the plan to close the gaps.
enum CoverageReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        let lines = state.coverage.lines
        let rows = Layout.coverageListRows(state.size)
        // A page is the rows shown (a cut matrix gives one to its position line); past either end stops at the end.
        let page = ListState.rowsShown(count: lines.count, height: rows)
        func step(_ delta: Int) {
            guard !lines.isEmpty else { return }
            let target = min(max(state.coverage.list.selected + delta, 0), lines.count - 1)
            // The nearest product line in the direction of travel, else (a heading at the end) the other way.
            func product(from start: Int, _ direction: Int) -> Int {
                var i = start
                while lines.indices.contains(i) && lines[i].productId == nil { i += direction }
                return i
            }
            var i = product(from: target, delta >= 0 ? 1 : -1)
            if !lines.indices.contains(i) && abs(delta) > 1 { i = product(from: target, delta >= 0 ? -1 : 1) }
            if lines.indices.contains(i) {
                state.coverage.list.move(i - state.coverage.list.selected, count: lines.count, height: rows)
            }
        }
        switch command {
        case .down: step(1)
        case .up: step(-1)
        case .pageDown: step(page)
        case .pageUp: step(-page)
        case .top:
            state.coverage.list = ListState()
            step(1)
        case .bottom:
            state.coverage.list.selected = lines.count
            step(-1)
        case .previousYear, .nextYear:
            state.coverage.year += command == .nextYear ? 1 : -1
            CoverageView.recompute(&state)
        case .cycleProvince:
            let codes = state.coverageReport.provinces.map(\.code)
            if let current = state.coverage.province, let i = codes.firstIndex(of: current) {
                state.coverage.province = i + 1 < codes.count ? codes[i + 1] : nil
            } else {
                state.coverage.province = codes.first
            }
            CoverageView.recompute(&state)
            let name =
                state.coverage.province.flatMap { state.model.provinces.named(code: $0)?.displayName(L) }
                ?? Bilingual(zh: "全部省份", en: "all provinces")[L]
            state.message = StatusMessage(text: name, isError: false)
        case .open:
            guard let id = state.selectedCoverageLine?.productId else { break }
            openCase(&state, id)
        case .addRecord:
            guard let id = state.selectedCoverageLine?.productId, let product = state.model.index.data.products[id: id] else { break }
            let day = max(state.model.calendar.adding(workingDays: 1, to: state.model.today), CivilDate.firstOfYear(state.coverage.year))
            state.calendar.selected = day
            return CalendarReducer.startNewInspection(&state, on: day, product: product)
        case .proposePlan:
            guard !ReadOnlyGuard.refuse(&state) else { break }
            let result = Planner.plan(
                index: state.model.index, year: state.coverage.year, today: state.model.today, calendar: state.model.calendar,
                maxPerWeek: 3)
            state.planReview = PlanReview(result: result)
        default:
            break
        }
        return []
    }

    static func openCase(_ state: inout AppState, _ id: String) {
        state.pane = .products
        if !state.products.visible.contains(where: { state.model.rows[$0].product.id == id }) {
            state.products.filter = ""
            ProductsReducer.refilter(&state, keepingSelection: id)
        }
        if let position = state.products.visible.firstIndex(where: { state.model.rows[$0].product.id == id }) {
            state.products.list.move(
                position - state.products.list.selected, count: state.products.visible.count, height: Layout.listRows(state.size))
        }
        ProductsReducer.openCase(&state, id)
        state.products.detail?.openedFrom = .coverage
    }

    /// Commands of the plan review's key table.
    static func runPlan(_ state: inout AppState, _ review: PlanReview, _ command: Command) -> [Effect] {
        var review = review
        let L = state.language
        let proposals = review.result.proposals
        switch command {
        case .close:
            state.planReview = nil
            return []
        case .down:
            review.selected = min(max(0, proposals.count - 1), review.selected + 1)
        case .up:
            review.selected = max(0, review.selected - 1)
        case .skip:
            guard proposals.indices.contains(review.selected) else { break }
            review.result = drop(review.result, [review.selected])
            review.selected = min(review.selected, max(0, review.result.proposals.count - 1))
        case .accept, .acceptAll:
            let chosen =
                command == .acceptAll ? Array(proposals.indices) : (proposals.indices.contains(review.selected) ? [review.selected] : [])
            guard !chosen.isEmpty else { break }
            // Numbered when written (under the store's lock), so another member's new inspection is never replaced.
            let changes = chosen.map { RecordEdit.create(.inspection(Planner.inspection(proposals[$0], id: RecordEdit.provisionalID))) }
            review.accepting = chosen
            state.planReview = review
            return [
                .save(
                    RecordEdit(
                        changes: changes, reason: Bilingual(zh: "采纳补缺计划", en: "accepted from biopilot plan")[L], conflicts: nil,
                        done: Bilingual(
                            zh: "已安排 \(chosen.count) 次全体系GMP检查",
                            en: "scheduled \(chosen.count) full-system GMP inspection\(chosen.count == 1 ? "" : "s")")))
            ]
        default:
            break
        }
        state.planReview = review
        return []
    }

    static func drop(_ result: Planner.Result, _ indices: [Int]) -> Planner.Result {
        Planner.Result(
            year: result.year, proposals: result.proposals.enumerated().filter { !indices.contains($0.offset) }.map(\.element),
            unplaced: result.unplaced, alreadyPlanned: result.alreadyPlanned, missingSamplings: result.missingSamplings)
    }

    /// After a save: accepted proposals leave the review; when none is left it closes.
    static func saveFinished(_ state: inout AppState, ok: Bool) {
        guard var review = state.planReview, !review.accepting.isEmpty else { return }
        if ok {
            review.result = drop(review.result, review.accepting)
            review.selected = min(review.selected, max(0, review.result.proposals.count - 1))
        }
        review.accepting = []
        state.planReview = ok && review.result.proposals.isEmpty ? nil : review
    }
}
