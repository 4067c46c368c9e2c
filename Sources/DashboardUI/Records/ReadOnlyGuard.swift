import PilotCore

/// The one check before any change: a read-only store (by choice or because its journal is damaged) refuses
/// it, and the status line says why.
enum ReadOnlyGuard {
    static func refuse(_ state: inout AppState) -> Bool {
        guard state.context.readOnly else { return false }
        state.message = StatusMessage(text: state.context.refusal(state.language), isError: true)
        return true
    }
}
