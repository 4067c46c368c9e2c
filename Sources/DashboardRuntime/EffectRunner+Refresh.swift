import DashboardUI
import PilotStore

extension EffectRunner {
    /// Between keys: picks up other members' edits without waiting for the lock. While someone holds it (a
    /// long import) the look is skipped and the status line says who holds it; the screen never freezes.
    /// Empty when there is nothing new to draw.
    public func lookForOthersEdits(in state: AppState) -> [Action] {
        let before = store.revision
        var actions: [Action] = []
        do {
            try store.refresh(wait: false)
            // The holder is gone: its name should not stay in the status line.
            if let busy = refresh.busy, state.message?.text == busy {
                actions.append(.message(Strings.storeFree[state.language], isError: false))
            }
            refresh.busy = nil
        } catch  where error.kind == .busy {
            defer { refresh.busy = error.reasonText(state.language) }
            guard refresh.busy != error.reasonText(state.language) else { return [] }
            return [.message(error.reasonText(state.language), isError: false)]
        } catch {
            return [.message(errorText(error, state.language), isError: true)]
        }
        if store.revision != before { actions.append(.othersChanged(store.data, revision: store.revision)) }
        if let notice = newNotice() { actions.append(notice) }
        return actions
    }

    /// After a quiet spell: starts rewriting store.json on another thread if it lags the journal
    /// (`Store.startCompactionIfDue`), so neither a save nor a key ever waits for the encoding; and takes the
    /// outcome of one that finished, a failure being a notice.
    public func compactWhenQuiet(in state: AppState) -> [Action] {
        store.startCompactionIfDue()
        return newNotice().map { [$0] } ?? []
    }

    /// A notice the store raised since the last one shown (a torn line set aside, a snapshot not rewritten).
    func newNotice() -> Action? {
        guard store.notices.count > refresh.noticesShown, let last = store.notices.last else { return nil }
        refresh.noticesShown = store.notices.count
        return .message(last, isError: true)
    }
}
