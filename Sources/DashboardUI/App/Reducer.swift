import PilotCore

/// The dashboard's update function: the state changes only here, and I/O is asked for as effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = update(&state, action).compactMap { SaveOutcome.withoutNoOps(&state, $0) }
    // Remember the edit on its way, so that once it is saved `u` can undo it (or a refusal can show it).
    for case .save(let edit) in effects { state.pendingEdit = edit }
    return effects
}

private func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let size):
        state.size = size
        ListMotion.clamp(&state)
        return []
    case .dataChanged(let data, let revision):
        let selectedID = state.selectedRow?.product.id
        let selectedSampling = state.selectedSampling?.sampling.id
        state.model = DashboardModel(data: data, revision: revision, today: state.model.today, reference: state.model.reference)
        ProductsReducer.refilter(&state, keepingSelection: selectedID)
        SamplingReducer.refilter(&state, keepingSelection: selectedSampling)
        CoverageView.recompute(&state)
        if let detail = state.products.detail, state.model.index.data.products[id: detail.productId] == nil {
            state.products.detail = nil
        }
        // An open conflict always shows their current version.
        if var conflict = state.conflict {
            conflict.theirs = data.record(conflict.kind, id: conflict.id)
            state.conflict = conflict
        }
        ListMotion.clamp(&state)
        return []
    case .othersChanged(let data, let revision):
        _ = update(&state, .dataChanged(data, revision: revision))
        SaveOutcome.othersChanged(&state)
        return []
    case .message(let text, let isError):
        state.message = StatusMessage(text: text, isError: isError)
        return []
    case .logLoaded(let title, let lines):
        state.logView = LogView(title: title, lines: lines)
        return []
    case .saveConflicted(let text):
        guard ConflictReducer.open(&state) else { return update(&state, .saveFinished(ok: false, message: text)) }
        state.pendingEdit = nil
        return []
    case .saveFinished(let ok, let text, let saved):
        CoverageReducer.saveFinished(&state, ok: ok)
        // Undo takes back what was written (new records under the ids they were given).
        if ok, let edit = saved ?? state.pendingEdit, !edit.isUndo {
            state.undoStack.append(edit)
            if state.undoStack.count > 50 { state.undoStack.removeFirst() }
        }
        state.pendingEdit = nil
        if ok {
            state.form = nil
            if case .reason = state.prompt { state.prompt = nil }
        }
        state.message = StatusMessage(text: text, isError: !ok)
        return []
    case .key(let key):
        return handleKey(&state, key)
    }
}

private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .ctrl("c") { return [.quit] }
    if let prompt = state.prompt { return PromptReducer.handle(&state, prompt, key) }
    if let conflict = state.conflict {
        if state.showHelp { return helpKey(&state, key) }
        return ConflictReducer.handle(&state, conflict, key)
    }
    if let form = state.form { return formKey(&state, form, key) }
    if state.logView != nil {
        if [.escape, .enter, .char("q")].contains(key) { state.logView = nil }
        return []
    }
    if let review = state.coverage.plan, state.pane == .coverage { return CoverageReducer.handlePlan(&state, review, key) }
    if state.calendar.openInspection != nil {
        // Esc, Enter or q close the inspection; a calendar key acts on it after closing.
        state.calendar.openInspection = nil
        if [.escape, .enter, .char("q")].contains(key) { return [] }
    }
    if state.showHelp { return helpKey(&state, key) }
    guard let command = Keymap.command(for: key, in: state) else { return [] }
    if state.pane == .calendar, Keymap.bindings.contains(where: { $0.scope == .calendar && $0.command == command }) {
        return CalendarReducer.run(&state, command)
    }
    if state.pane == .sampling, Keymap.bindings.contains(where: { $0.scope == .samplingList && $0.command == command }) {
        return SamplingReducer.run(&state, command)
    }
    if state.pane == .coverage, Keymap.bindings.contains(where: { $0.scope == .coverage && $0.command == command }) {
        return CoverageReducer.run(&state, command)
    }
    return run(&state, command)
}

/// A key for the open form, handled by the one form reducer.
func formKey(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
    FormReducer.key(&state, form, key)
}


private func helpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .escape, .char("?"), .char("q"), .enter: state.showHelp = false
    case .down, .char("j"): state.helpScroll += 1
    case .up, .char("k"): state.helpScroll = max(0, state.helpScroll - 1)
    case .pageDown, .char(" "): state.helpScroll += 10
    case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
    default: break
    }
    return []
}

private func run(_ state: inout AppState, _ command: Command) -> [Effect] {
    let L = state.language
    switch command {
    case .quit:
        return [.quit]
    case .undo:
        guard !CalendarReducer.refuseReadOnly(&state) else { return [] }
        guard let last = state.undoStack.popLast() else {
            state.message = StatusMessage(text: L == .zh ? "没有可撤销的修改" : "nothing to undo", isError: true)
            return []
        }
        return [.save(last.inverse)]
    case .help:
        state.showHelp = true
        state.helpScroll = 0
    case .redraw:
        return [.redraw]
    case .nextPane:
        switchPane(&state, to: Pane(rawValue: state.pane.rawValue % 4 + 1)!)
    case .previousPane:
        switchPane(&state, to: Pane(rawValue: (state.pane.rawValue + 2) % 4 + 1)!)
    case .pane(let pane):
        switchPane(&state, to: pane)
    case .commandLine:
        state.prompt = .command(TextInput())
    default:
        return ProductsReducer.run(&state, command)
    }
    return []
}

func switchPane(_ state: inout AppState, to pane: Pane) {
    state.pane = pane
    state.message = nil
}

