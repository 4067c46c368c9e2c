import ArgumentParser
import PilotCore
import PilotStore

struct AddSite: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Add a licensed production address of an enterprise.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp("The enterprise the site belongs to.", valueName: "ID")) var enterprise: String
    @Option(name: .long, help: "The site's address (生产地址).") var address: String
    @Option(name: .customLong("address-en"), help: "English address, shown in the English interface.") var addressEn: String?
    @Option(name: .long, help: "Province code of the address, e.g. 310000.") var province: String
    @Flag(name: .customLong("drug-substance"), help: "Licensed for drug substance (原液).") var ds = false
    @Flag(name: .customLong("drug-product"), help: "Licensed for drug product (制剂).") var dp = false
    @Option(name: .long, help: "Why the record is added (recorded in the journal).") var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .site(
                    Site(
                        id: PilotData.nextID(prefix: "S", in: data.sites, width: 2), enterpriseId: enterprise, address: address,
                        addressEn: addressEn, provinceCode: province, drugSubstance: ds, drugProduct: dp))
            }
        }
    }
}
