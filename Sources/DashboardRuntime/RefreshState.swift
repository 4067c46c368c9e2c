/// What the dashboard's runtime remembers between its looks at the store.
struct RefreshState {
    /// Why the last look was skipped (the lock holder), so it is said once, not every second.
    var busy: String?
    /// Why the last look failed otherwise (said once while the same failure repeats).
    var failure: String?
    /// The store's database could not be reached at the last look or save (said once, until it is back).
    var disconnected = false
    /// Store notices already shown in the status line.
    var noticesShown = 0
}
