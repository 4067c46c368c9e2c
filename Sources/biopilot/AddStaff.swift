import ArgumentParser
import PilotCore
import PilotStore

struct AddStaff: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Add a resident technical staff member (驻厂人员) at a contract site.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var product: String
    @Option(name: .long) var site: String
    @Option(name: .long) var person: String
    @Option(name: .long, transform: CivilDate.argument) var from: CivilDate
    @Option(name: .long, transform: CivilDate.argument) var to: CivilDate?
    @Option(name: .long) var reason: String?

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
