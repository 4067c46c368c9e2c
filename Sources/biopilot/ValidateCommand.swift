import ArgumentParser
import Exchange
import PilotCore

struct ValidateCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every rule of the pilot; exit 0 with no errors, 1 when rules are broken, 2 when the store cannot be read.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run(reference: ReferenceData) throws {
        var broken = false
        try reporting {
            let store = try common.openStore(reference)
            let findings = RulesEngine(reference: reference, today: common.day).findings(PilotIndex(store.data))
            emit(format == .json ? FindingsFormat.json(findings) : FindingsFormat.text(findings, language: common.language))
            broken = findings.contains { $0.severity == .error }
        }
        if broken { throw ExitCode(1) }
    }
}
