import DashboardUI
import PilotCore
import PilotStore

extension EffectRunner {
    /// Between keys: picks up other members' edits without waiting for the lock. While someone holds it (a
    /// long import) the look is skipped and the status line says who holds it; the screen never freezes. A lost
    /// database connection is said once; the look that finds it back says so and brings the edits made meanwhile.
    /// Empty when there is nothing new to draw.
    public func lookForOthersEdits(in state: AppState) -> [Action] {
        let before = store.revision
        var actions: [Action] = []
        do {
            try store.refresh(wait: false)
            actions += connectionBack(in: state)
            // The holder is gone: its name should not stay in the status line.
            if let busy = refresh.busy, state.message?.text == busy {
                actions.append(.message(Strings.storeFree[state.language], isError: false))
            }
            refresh.busy = nil
            refresh.failure = nil
        } catch  where error.kind == .busy {
            defer { refresh.busy = error.reasonText(state.language) }
            guard refresh.busy != error.reasonText(state.language) else { return [] }
            return [.message(error.reasonText(state.language), isError: false)]
        } catch  where error.kind == .unreachable {
            // A reconnection may have caught up before the connection failed again: the model follows that too.
            let caughtUp = store.revision != before ? [othersChanged()] : []
            return caughtUp + connectionLost(error, in: state)
        } catch {
            // Said once while it lasts: a notified store is looked at every 250 ms.
            let text = errorText(error, state.language)
            defer { refresh.failure = text }
            guard refresh.failure != text else { return [] }
            return [.message(text, isError: true)]
        }
        if store.revision != before { actions.append(othersChanged()) }
        if let notice = newNotice() { actions.append(notice) }
        return actions
    }

    /// The store's data as its last look left it, for the model to follow.
    func othersChanged() -> Action { .othersChanged(store.data, revision: store.revision, changes: caughtUpChanges()) }

    /// The records the store's last catch-up changed, for the model to follow; nil (rebuild) when a line changed no
    /// record (a repair note) or records came into or out of view without lines.
    func caughtUpChanges(then own: [JournalEntry] = []) -> [RecordChange]? {
        let entries = store.caughtUp + own
        guard !store.viewChanged, entries.allSatisfy({ $0.action != .repair }) else { return nil }
        return entries.map { RecordChange(before: $0.before, after: $0.after) }
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
