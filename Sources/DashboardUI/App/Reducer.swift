import PilotCore

/// The dashboard's update function: the state changes only here, and I/O is asked for as effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    // The model's parts made after the first frame are taken in as soon as they are done, so reading them
    // waits on nothing and the next change makes no copy; the sampling and due panes wait for their lists.
    state.settleModel()
    let message = state.message
    let effects = update(&state, action).compactMap { SaveOutcome.withoutNoOps(&state, $0) }
    state.settleModel(showing: state.pane)
    if state.message != message { NoticeView.openIfCut(&state) }
    // Remember the edit on its way, so that once it is saved `u` can undo it (or a refusal can show it).
    for case .save(let edit) in effects { state.pendingEdit = edit }
    return effects
}

private func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let size):
        state.size = size
        if let log = state.logView { state.logView = log }
        for pane in Pane.allCases { pane.component.clamp(&state) }
        return []
    case .dataChanged(let data, let revision, let changes):
        // What each pane has selected, read now rather than from a copy of the old state: a copy would share the
        // model's arrays and make the update below copy them all (200k sampling rows at national scale).
        let kept = Pane.allCases.map { $0.component.keptSelection(state) }
        // The changes must lead from the model's revision to this one, one journal line each.
        if let changes, revision - state.model.revision == changes.count {
            // No lines (a save that wrote nothing) leave the model as it is.
            if !changes.isEmpty { state.model.apply(changes, to: data, revision: revision) }
        } else {
            state.model = DashboardModel(data: data, revision: revision, today: state.model.today, reference: state.model.reference)
        }
        for (pane, id) in zip(Pane.allCases, kept) { pane.component.reload(&state, keeping: id) }
        // An open conflict always shows their current version.
        if var conflict = state.conflict {
            conflict.theirs = data.record(conflict.kind, id: conflict.id)
            state.conflict = conflict
        }
        for pane in Pane.allCases { pane.component.clamp(&state) }
        return []
    case .othersChanged(let data, let revision, let changes):
        _ = update(&state, .dataChanged(data, revision: revision, changes: changes))
        SaveOutcome.othersChanged(&state)
        return []
    case .message(let text, let isError):
        state.message = StatusMessage(text: text, isError: isError)
        return []
    case .journalDamaged(let reason):
        state.context.readOnly = true
        state.context.readOnlyReason = reason
        state.message = StatusMessage(text: state.context.refusal(state.language), isError: true)
        return []
    case .connectionChanged(let lost, let text):
        // The loss, shown whole over the screen when the line cut it, goes once the connection is back.
        if !lost, case .notice(let shown)? = state.overlay(.notice), shown.text == state.context.connectionLost {
            state.setOverlay(.notice, nil)
        }
        state.context.connectionLost = lost ? text : nil
        state.message = StatusMessage(text: text, isError: lost)
        return []
    case .importFinished(let outcome):
        outcome.apply(to: &state)
        return []
    case .exportWouldOverwrite(let request):
        state.prompt = .confirm(.overwrite(request))
        return []
    case .logLoaded(let title, let entries):
        state.logView = LogView(title: title, entries: entries)
        return []
    case .saveConflicted(let text):
        guard ConflictReducer.open(&state) else { return update(&state, .saveFinished(ok: false, message: text)) }
        state.pendingEdit = nil
        return []
    case .saveFinished(let ok, let text, let saved):
        SaveOutcome.saveFinished(&state, ok: ok, text: text, saved: saved)
        return []
    case .key(let key):
        return KeyDispatch.handle(&state, key)
    case .mouse(let event):
        return MouseDispatch.handle(&state, event)
    }
}
