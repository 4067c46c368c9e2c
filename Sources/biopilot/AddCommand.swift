import ArgumentParser
import PilotCore
import PilotStore

extension ProductCategory: ExpressibleByArgument {}
extension PilotStage: ExpressibleByArgument {}

/// `biopilot add KIND …`: new records for scripting, checked like the dashboard's forms.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an enterprise, site, product, resident staff member or inspector (prints its id).",
        subcommands: [AddEnterprise.self, AddSite.self, AddProduct.self, AddStaff.self, AddInspector.self])

    static func run(_ common: CommonOptions, reference: ReferenceData, reason: String?, _ build: @escaping (PilotData) throws -> AnyRecord) throws {
        let store = try common.openStore(reference)
        let saved = try RecordEditing.save(store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces) { data in (nil, try build(data)) }
        emit(saved.id + "\n")
    }
}

struct AddEnterprise: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "enterprise", abstract: "Add a holder or contract manufacturer.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var name: String
    @Option(name: .customLong("name-en")) var nameEn: String?
    @Option(name: .customLong("credit-code"), help: "统一社会信用代码 (18 characters).") var creditCode: String
    @Option(name: .long, help: "Province code, e.g. 310000.") var province: String
    @Option(name: .long, help: "药品生产许可证 number, e.g. 沪20160001.") var licence: String?
    @Option(name: .long, help: "Licence class letters, e.g. BC.") var classes: String = ""
    @Option(name: .customLong("biologics-since"), help: "Commercial biologics production since (YYYY-MM-DD).") var since: CivilDate?
    @Option(name: .long, help: "Liability-compensation arrangement on record.") var liability: String?
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                let classSet = Set(classes.uppercased().compactMap { LicenceClass(rawValue: String($0)) })
                return .enterprise(Enterprise(id: PilotData.nextID(prefix: "E", in: data.enterprises, width: 2), name: name, nameEn: nameEn,
                                              creditCode: creditCode.uppercased(), provinceCode: province,
                                              licence: licence.map { ManufacturingLicence(number: $0, classes: classSet, productTypes: "s") },
                                              biologicsSince: since, liabilityCompensation: liability))
            }
        }
    }
}

struct AddSite: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Add a licensed production address of an enterprise.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var enterprise: String
    @Option(name: .long) var address: String
    @Option(name: .customLong("address-en")) var addressEn: String?
    @Option(name: .long) var province: String
    @Flag(name: .customLong("drug-substance"), help: "Licensed for drug substance (原液).") var ds = false
    @Flag(name: .customLong("drug-product"), help: "Licensed for drug product (制剂).") var dp = false
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .site(Site(id: PilotData.nextID(prefix: "S", in: data.sites, width: 2), enterpriseId: enterprise, address: address,
                           addressEn: addressEn, provinceCode: province, drugSubstance: ds, drugProduct: dp))
            }
        }
    }
}

struct AddProduct: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "product", abstract: "Add a pilot product (a case).")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var name: String
    @Option(name: .customLong("name-en")) var nameEn: String?
    @Option(name: .long, help: "multivalent-vaccine, antibody, adc, glp-1, insulin, other-innovative, clinically-urgent, other.") var category: ProductCategory
    @Option(name: .long, help: "Holder enterprise id.") var holder: String
    @Option(name: .customLong("drug-substance-site")) var dsSite: String?
    @Option(name: .customLong("drug-product-site")) var dpSite: String?
    @Option(name: .customLong("plan-ref"), help: "一品一策 plan reference.") var planRef: String?
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                var segments: [SegmentSite] = []
                if let dsSite { segments.append(SegmentSite(.drugSubstance, siteId: dsSite)) }
                if let dpSite { segments.append(SegmentSite(.drugProduct, siteId: dpSite)) }
                return .product(PilotProduct(id: PilotData.nextID(prefix: "P", in: data.products, width: 2), name: name, nameEn: nameEn,
                                             category: category, holderId: holder, segments: segments, planRef: planRef))
            }
        }
    }
}

struct AddStaff: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "staff", abstract: "Add a resident technical staff member (驻厂人员) at a contract site.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var product: String
    @Option(name: .long) var site: String
    @Option(name: .long) var person: String
    @Option(name: .long) var from: CivilDate
    @Option(name: .long) var to: CivilDate?
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .staff(ResidentStaff(id: PilotData.nextID(prefix: "R", in: data.residentStaff, width: 3), productId: product, siteId: site,
                                     person: person, from: from, to: to))
            }
        }
    }
}

struct AddInspector: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "inspector", abstract: "Add an inspector and their conflicts of interest.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long) var name: String
    @Option(name: .customLong("name-en")) var nameEn: String?
    @Option(name: .long) var unit: String
    @Option(name: .long) var province: String
    @Option(name: .customLong("conflict"), help: "An enterprise id the inspector must not inspect (repeat).") var conflicts: [String] = []
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                .inspector(Inspector(id: PilotData.nextID(prefix: "I", in: data.inspectors, width: 2), name: name, nameEn: nameEn, unit: unit,
                                     provinceCode: province, conflicts: conflicts))
            }
        }
    }
}

/// `biopilot set KIND ID FIELD=VALUE…`.
struct SetCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change fields of a record, by their names in store.json (e.g. set enterprise E06 liabilityCompensation=\"保险 PL-1\").")

    @OptionGroup var common: CommonOptions
    @Argument(help: "enterprise, site, product, staff, inspector, inspection or sampling.") var kind: EntityKind
    @Argument var id: String
    @Argument(help: "FIELD=VALUE; an empty value clears an optional field; lists are comma separated.") var assignments: [String]
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let saved = try RecordEditing.save(store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces) { data in
                guard let before = data.record(kind, id: id) else { throw CLIFailure.message("no \(kind.rawValue) \(TerminalText.visible(id))", code: 1) }
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

extension EntityKind: ExpressibleByArgument {}

/// `biopilot stage PRODUCT STAGE --date D`: records a step of the pilot path.
struct StageCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage", abstract: "Record a product's next step on the pilot path (out of order or backwards needs --reason).")

    @OptionGroup var common: CommonOptions
    @Argument var product: String
    @Argument(help: "application, provincial-selection, provincial-plan, government-approval, nmpa-submission, nmpa-confirmation, licence, marketing-authorisation, in-production, summary; or back.")
    var stage: String
    @Option(name: .long, help: "The step's date (default: today).") var date: CivilDate?
    @Option(name: .long) var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let saved = try RecordEditing.save(store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces) { data in
                guard let p = data.products[id: product] else { throw CLIFailure.message("no product \(TerminalText.visible(product))", code: 1) }
                do {
                    if stage == "back" { return (.product(p), .product(try StagePath.goBack(p, reason: reason))) }
                    guard let target = PilotStage(rawValue: stage) else { throw CLIFailure.message("no stage \"\(TerminalText.visible(stage))\"", code: 1) }
                    return (.product(p), .product(try StagePath.advance(p, to: target, on: date ?? common.day, by: common.user, reason: reason)))
                } catch let refusal as StagePath.Refusal {
                    switch refusal {
                    case .reasonRequired(let text): throw CLIFailure.message(text[common.language], code: 1)
                    case .dateBeforePreviousStep(let d): throw CLIFailure.message("the date is before the previous step (\(d)); give --reason to record it anyway", code: 1)
                    case .nothingToUndo: throw CLIFailure.message("\(TerminalText.visible(product)) has no step to take back", code: 1)
                    }
                }
            }
            if case .product(let p) = saved { emit("\(p.id) \(p.stage?.rawValue ?? "—")\n") }
        }
    }
}
