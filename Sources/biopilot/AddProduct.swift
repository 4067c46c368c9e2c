import ArgumentParser
import PilotCore
import PilotStore

struct AddProduct: ReferenceCommand {
    static let configuration = CommandConfiguration(commandName: "product", abstract: "Add a pilot product (a case).")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "The product's name (品种名称).") var name: String
    @Option(name: .customLong("name-en"), help: "English name, shown in the English interface.") var nameEn: String?
    @Option(name: .long, help: "The kind of biologic (品种类型).")
    var type: ProductType
    @Option(
        name: .long,
        help: "试点依据; none records a product outside the pilot. Omitted: not recorded.")
    var basis: ProductBasis?
    @Option(name: .long, help: "Holder enterprise id.") var holder: String
    @Option(name: .customLong("drug-substance-site"), help: ArgumentHelp("The site making the drug substance (原液).", valueName: "ID"))
    var dsSite: String?
    @Option(name: .customLong("drug-product-site"), help: ArgumentHelp("The site making the drug product (制剂).", valueName: "ID"))
    var dpSite: String?
    @Option(name: .customLong("plan-ref"), help: "一品一策 plan reference.") var planRef: String?
    @OptionGroup(title: "Its own supervision plan (质量监管方案, 一品一策); any of these records one") var plan: SupervisionPlanOptions
    @Option(name: .long, help: "Why the record is added (recorded in the journal).") var reason: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            try AddCommand.run(common, reference: reference, reason: reason) { data in
                var segments: [SegmentSite] = []
                if let dsSite { segments.append(SegmentSite(.drugSubstance, siteId: dsSite)) }
                if let dpSite { segments.append(SegmentSite(.drugProduct, siteId: dpSite)) }
                var product = PilotProduct(
                    id: PilotData.nextID(prefix: "P", in: data.products, width: 2), name: name, nameEn: nameEn,
                    basis: basis, type: type, holderId: holder, segments: segments, planRef: planRef)
                product.supervisionPlan = plan.plan
                return .product(product)
            }
        }
    }
}
