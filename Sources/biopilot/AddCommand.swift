import ArgumentParser
import PilotCore
import PilotStore

extension ProductType: ExpressibleByArgument {}
extension ProductBasis: ExpressibleByArgument {}
extension PilotStage: ExpressibleByArgument {}

/// `biopilot add KIND …`: new records for scripting, checked like the dashboard's forms.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an enterprise, site, product, resident staff member or inspector (prints its id).",
        subcommands: [AddEnterprise.self, AddSite.self, AddProduct.self, AddStaff.self, AddInspector.self])

    static func run(_ common: CommonOptions, reference: ReferenceData, reason: String?, _ build: @escaping (PilotData) throws -> AnyRecord)
        throws
    {
        let store = try common.openStore(reference)
        let saved = try RecordEditing.save(
            store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces,
            today: common.day
        ) { data in (nil, try build(data)) }
        emit(saved.id + "\n")
    }
}

extension EntityKind: ExpressibleByArgument {}
