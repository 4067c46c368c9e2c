import ArgumentParser
import PilotStore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema (draft 2020-12) of store.json; a journal line is $defs/journalLine.")

    func run() throws {
        emit(StoreSchema.text + "\n")
    }
}
