import ArgumentParser
import DashboardRuntime
import Foundation
import PilotCore
import PilotStore

/// Failures with a message for stderr and an exit code: 2 when the store cannot be read, 1 otherwise.
enum CLIFailure: Error {
    case store(StoreError)
    case message(String, code: Int32)
}
