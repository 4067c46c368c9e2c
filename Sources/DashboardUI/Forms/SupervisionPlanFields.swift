import PilotCore

/// The product form's fields for its own supervision plan (一品一策). The numbers are choices starting at the
/// national minimum, so the form cannot ask for less; left at the minimum on a product without a plan, no plan is
/// stored.
enum SupervisionPlanFields {
    /// A yearly count, offered from the national minimum up (further when the stored plan asks for more).
    static func count(_ label: Bilingual, _ part: KeyPath<SupervisionPlan, Int>, _ plan: SupervisionPlan?) -> FormField.Spec {
        let floor = SupervisionPlan.nationalMinimum[keyPath: part]
        let value = max(floor, (plan ?? .nationalMinimum)[keyPath: part])
        let values = (floor...max(floor + 5, value)).map(String.init)
        return .choice(label, String(value), values: values, labels: values)
    }

    /// The plan the form describes; nil while its approval date cannot be read, .some(nil) for no plan.
    static func plan(_ form: FormState, _ old: SupervisionPlan?) -> SupervisionPlan?? {
        guard let approved = RecordForms.date(form, ProductField.planApprovedOn) else { return nil }
        var plan = old ?? .nationalMinimum
        /// A count left as shown keeps its stored value (a stored number below the minimum is shown as the minimum).
        func count(_ field: ProductField, _ part: WritableKeyPath<SupervisionPlan, Int>) {
            let stored = plan[keyPath: part]
            let shown = max(stored, SupervisionPlan.nationalMinimum[keyPath: part])
            if let value = Int(form[field].text), value != shown { plan[keyPath: part] = value }
        }
        plan.documentNo = RecordForms.optional(form, ProductField.planDocumentNo)
        plan.approvedOn = approved
        count(.planFullSystemInspections, \.fullSystemInspections)
        count(.planOtherInspections, \.otherInspections)
        plan.drugSubstanceSampling = form[ProductField.planDrugSubstanceSampling].on
        count(.planResidentStaff, \.residentStaff)
        plan.specialMeasures = RecordForms.optional(form, ProductField.planSpecialMeasures)
        return old == nil && plan == .nationalMinimum ? .some(nil) : plan
    }
}
