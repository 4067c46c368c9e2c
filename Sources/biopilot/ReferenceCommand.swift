import ArgumentParser
import DashboardRuntime
import Foundation
import PilotCore
import PilotStore

/// A subcommand that works with the reference data (working-day calendar, provinces): loaded once as the
/// command starts and passed down, so nothing below reads the bundled files on its own.
protocol ReferenceCommand: ParsableCommand {
    var common: CommonOptions { get }
    func run(reference: ReferenceData) throws
}

extension ReferenceCommand {
    func run() throws {
        // The preferences file's problems, before anything the command prints; the command goes on without those keys.
        for problem in UserPreferences.problems(common.language) { printError(problem) }
        let reference: ReferenceData
        do { reference = try ReferenceData.load() } catch {
            printError("biopilot: error: \(error)")
            throw ExitCode(2)
        }
        try run(reference: reference)
    }
}
