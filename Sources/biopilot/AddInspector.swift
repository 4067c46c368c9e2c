import ArgumentParser
import PilotCore
import PilotStore

struct AddInspector: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "inspector", abstract: "Add an inspector and their conflicts of interest.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "The inspector's name.") var name: String
    @Option(name: .customLong("name-en"), help: "English name, shown in the English interface.") var nameEn: String?
    @Option(name: .long, help: "The inspector's unit (所在单位).") var unit: String
    @Option(name: .long, help: "Province code of the unit, e.g. 310000.") var province: String
    @Option(name: .customLong("conflict"), help: "An enterprise id the inspector must not inspect (repeat).") var conflicts: [String] = []
    @Option(name: .long, help: "Why the record is added (recorded in the journal).") var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .inspector(
                    Inspector(
                        id: PilotData.nextID(prefix: "I", in: data.inspectors, width: 2), name: name, nameEn: nameEn, unit: unit,
                        provinceCode: province, conflicts: conflicts))
            }
        }
    }
}
