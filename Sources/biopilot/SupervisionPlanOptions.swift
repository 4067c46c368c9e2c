import ArgumentParser
import PilotCore

/// `biopilot add product`'s options for the product's own supervision plan (质量监管方案), the product form's plan
/// fields; checked by the same `RecordChecks.supervisionPlan` when the product is saved.
struct SupervisionPlanOptions: ParsableArguments {
    @Option(name: .customLong("plan-no"), help: ArgumentHelp("The supervision plan's document number (文号).", valueName: "TEXT"))
    var documentNo: String?
    @Option(
        name: .customLong("plan-approved-on"), help: ArgumentHelp("The day the plan was approved.", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument)
    var approvedOn: CivilDate?
    @Option(
        name: .customLong("plan-full-system-inspections"),
        help: ArgumentHelp("Full-system GMP inspections a year (national minimum 1).", valueName: "N"))
    var fullSystemInspections: Int?
    @Option(
        name: .customLong("plan-other-inspections"),
        help: ArgumentHelp("Other inspections a year: routine, licensing, for-cause (national minimum 0).", valueName: "N"))
    var otherInspections: Int?
    @Flag(
        name: .customLong("plan-drug-substance-sampling"),
        help: "Sample the drug substance (原液) every year as well as the drug product.")
    var drugSubstanceSampling = false
    @Option(
        name: .customLong("plan-resident-staff"),
        help: ArgumentHelp("Resident staff at each contract site while in production (national minimum 2).", valueName: "N"))
    var residentStaff: Int?
    @Option(name: .customLong("plan-special-measures"), help: ArgumentHelp("Special measures (特别监管措施), free text.", valueName: "TEXT"))
    var specialMeasures: String?

    /// The plan these options describe on top of the national minimum; nil when none is given.
    var plan: SupervisionPlan? {
        let documentNo = documentNo?.trimmed ?? ""
        let specialMeasures = specialMeasures?.trimmed ?? ""
        let given =
            !documentNo.isEmpty || approvedOn != nil || fullSystemInspections != nil || otherInspections != nil || drugSubstanceSampling
            || residentStaff != nil || !specialMeasures.isEmpty
        guard given else { return nil }
        let floor = SupervisionPlan.nationalMinimum
        return SupervisionPlan(
            documentNo: documentNo.isEmpty ? nil : documentNo, approvedOn: approvedOn,
            fullSystemInspections: fullSystemInspections ?? floor.fullSystemInspections,
            otherInspections: otherInspections ?? floor.otherInspections, drugSubstanceSampling: drugSubstanceSampling,
            residentStaff: residentStaff ?? floor.residentStaff, specialMeasures: specialMeasures.isEmpty ? nil : specialMeasures)
    }
}
