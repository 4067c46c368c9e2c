import PilotCore

/// Draws one overlay of the stack; `Screen` draws them bottom first.
enum OverlayView {
    static func draw(into grid: inout Grid, _ state: AppState, _ overlay: Overlay) {
        let body = Layout.body(state.size)
        switch overlay {
        case .inspectionCard(let id): InspectionCard.draw(into: &grid, state, id)
        case .planReview(let review): PlanReviewOverlay.draw(into: &grid, area: body, state, review)
        case .log(let log): LogOverlay.draw(into: &grid, state, log)
        case .form(let form): FormView.draw(into: &grid, area: body, form: form, state: state)
        case .picker(let picker): PickerView.draw(into: &grid, area: body, picker: picker, language: state.language)
        case .conflict(let conflict):
            ConflictView.draw(
                into: &grid, area: body, conflict: conflict, language: state.language, provinces: state.model.provinces)
        case .help(let scroll): HelpOverlay.draw(into: &grid, state, scroll: scroll)
        case .prompt(let prompt): PromptView.draw(into: &grid, state, prompt)
        case .notice(let message): NoticeView.draw(into: &grid, state, message)
        }
    }
}
