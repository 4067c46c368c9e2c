import ArgumentParser
import PilotCore
import PilotStore

struct AddStaff: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Add a resident technical staff member (驻厂人员) at a contract site.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp("The pilot product the person is stationed for.", valueName: "ID")) var product: String
    @Option(name: .long, help: ArgumentHelp("The contract manufacturer's site the person is stationed at.", valueName: "ID")) var site:
        String
    @Option(name: .long, help: "The stationed person's name (驻厂人员).") var person: String
    @Option(name: .long, help: ArgumentHelp("First day stationed.", valueName: "YYYY-MM-DD"), transform: CivilDate.argument) var from:
        CivilDate
    @Option(
        name: .long, help: ArgumentHelp("Last day stationed (omitted: still there).", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument) var to: CivilDate?
    @Option(name: .long, help: "Why the record is added (recorded in the journal).") var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .staff(
                    ResidentStaff(
                        id: PilotData.nextID(prefix: "R", in: data.residentStaff, width: 3), productId: product, siteId: site,
                        person: person, from: from, to: to))
            }
        }
    }
}
