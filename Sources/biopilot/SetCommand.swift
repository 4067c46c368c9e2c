import ArgumentParser
import PilotCore
import PilotStore

/// `biopilot set KIND ID FIELD=VALUE…`.
struct SetCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a record, by their names in store.json (e.g. set enterprise E06 liabilityCompensation=\"保险 PL-1\").")

    @OptionGroup var common: CommonOptions
    @Argument(help: "enterprise, site, product, staff, inspector, inspection or sampling.") var kind: EntityKind
    @Argument var id: String
    @Argument(help: "FIELD=VALUE; an empty value clears an optional field; lists are comma separated.") var assignments: [String]
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let saved = try RecordEditing.save(
                store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces
            ) { data in
                guard let before = data.record(kind, id: id) else {
                    throw CLIFailure.message("no \(kind.rawValue) \(TerminalText.visible(id))", code: 1)
                }
                do {
                    return (before, try RecordPatch.apply(before, assignments))
                } catch {
                    throw CLIFailure.message(TerminalText.visible("\(kind.rawValue) \(id): \(error)"), code: 1)
                }
            }
            emit(saved.id + "\n")
        }
    }
}
