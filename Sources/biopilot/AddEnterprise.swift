import ArgumentParser
import PilotCore
import PilotStore

struct AddEnterprise: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "enterprise", abstract: "Add a holder or contract manufacturer.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "The enterprise's name (企业名称).") var name: String
    @Option(name: .customLong("name-en"), help: "English name, shown in the English interface.") var nameEn: String?
    @Option(name: .customLong("credit-code"), help: "统一社会信用代码 (18 characters).") var creditCode: String
    @Option(name: .long, help: "Province code, e.g. 310000.") var province: String
    @Option(name: .long, help: "药品生产许可证 number, e.g. 沪20160001.") var licence: String?
    @Option(name: .long, help: "Licence class letters, e.g. BC.") var classes: String = ""
    @Option(
        name: .customLong("licence-valid-until"),
        help: ArgumentHelp("The licence's last valid day (有效期至); its re-issue is due six months before.", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument)
    var validUntil: CivilDate?
    @Option(
        name: .customLong("biologics-since"), help: "Commercial biologics production since (YYYY-MM-DD).", transform: CivilDate.argument)
    var since: CivilDate?
    @Option(name: .long, help: "Liability-compensation arrangement on record.") var liability: String?
    @Option(name: .long, help: "Why the record is added (recorded in the journal).") var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                let classSet = Set(classes.uppercased().compactMap { LicenceClass(rawValue: String($0)) })
                return .enterprise(
                    Enterprise(
                        id: PilotData.nextID(prefix: "E", in: data.enterprises, width: 2), name: name, nameEn: nameEn,
                        creditCode: creditCode.uppercased(), provinceCode: province,
                        // An expiry alone still makes a licence, so the record check refuses its missing number.
                        licence: (licence ?? validUntil.map { _ in "" }).map {
                            ManufacturingLicence(number: $0, classes: classSet, productTypes: "s", validUntil: validUntil)
                        },
                        biologicsSince: since, liabilityCompensation: liability))
            }
        }
    }
}
