import DashboardUI
import PilotStore

/// What the dashboard's loop remembers between its looks at the store.
struct RefreshState {
    /// Why the last look was skipped (the lock holder), so it is said once, not every second.
    var busy: String?
    /// Store notices already shown in the status line.
    var noticesShown = 0
}

extension DashboardCommand {
    /// The store's settings for a dashboard: nothing may print to the terminal curses owns (notices go to the
    /// status line instead), and a save gives up after a few seconds behind another member's lock, keeping
    /// the form open, rather than freezing the screen for the command line's full timeout.
    func prepareForDashboard(_ store: Store) {
        store.onNotice = nil
        store.lockPolicy = LockPolicy(timeout: min(common.lockPolicy.timeout, 5))
    }

    /// Between keys: picks up other members' edits without waiting for the lock. While someone holds it (a
    /// long import) the look is skipped and the status line says who holds it; the screen never freezes.
    /// True when there is something new to draw.
    func lookForOthersEdits(_ store: Store, _ state: inout AppState, _ refresh: inout RefreshState) -> Bool {
        let before = store.revision
        var redraw = false
        do {
            try store.refresh(wait: false)
            // The holder is gone: its name should not stay in the status line.
            if let busy = refresh.busy, state.message?.text == busy {
                _ = reduce(&state, .message(Strings.storeFree[state.language], isError: false))
                redraw = true
            }
            refresh.busy = nil
        } catch where error.kind == .busy {
            defer { refresh.busy = error.reason }
            guard refresh.busy != error.reason else { return false }
            _ = reduce(&state, .message(error.reason, isError: false))
            return true
        } catch {
            _ = reduce(&state, .message("\(error)", isError: true))
            return true
        }
        let changed = store.revision != before
        if changed { _ = reduce(&state, .othersChanged(store.data, revision: store.revision)) }
        return showNewNotices(store, &state, &refresh) || changed || redraw
    }

    /// A notice the store raised since the last one shown (a torn line set aside, a snapshot not rewritten).
    @discardableResult
    func showNewNotices(_ store: Store, _ state: inout AppState, _ refresh: inout RefreshState) -> Bool {
        guard store.notices.count > refresh.noticesShown, let last = store.notices.last else { return false }
        refresh.noticesShown = store.notices.count
        _ = reduce(&state, .message(last, isError: true))
        return true
    }
}
