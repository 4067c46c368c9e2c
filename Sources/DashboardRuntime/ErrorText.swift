import PilotCore
import PilotStore

/// An error as the dashboard shows it: in the UI language where the error was worded in both.
func errorText(_ error: any Error, _ L: Language) -> String {
    switch error {
    case let error as StoreError: return error.message(L)
    case let error as ImportFailure: return error.message(L)
    default: return "\(error)"
    }
}
