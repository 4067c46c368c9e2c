import ArgumentParser
import PilotCore
import PilotStore

struct CompactCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Rewrite store.json at the latest revision so opening replays nothing; the journal stays whole.")

    @OptionGroup var common: CommonOptions

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            try store.compact()
            emit("store.json written at revision \(store.revision)\n")
        }
    }
}
