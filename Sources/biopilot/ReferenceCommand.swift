import ArgumentParser
import DashboardRuntime
import Foundation
import PilotCore
import PilotStore

/// A subcommand that works with the reference data (working-day calendar, provinces): loaded once as the
/// command starts and passed down, so nothing below reads the bundled files on its own.
protocol ReferenceCommand: ParsableCommand {
    func run(reference: ReferenceData) throws
}

extension ReferenceCommand {
    func run() throws {
        let reference: ReferenceData
        do { reference = try ReferenceData.load() } catch {
            printError("biopilot: error: \(error)")
            throw ExitCode(2)
        }
        try run(reference: reference)
    }
}
