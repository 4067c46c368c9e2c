import PilotCore

/// Rule 6 in the product form: one date field per partner province (a province where a site is, other than the
/// holder's), labelled with the province's name, following the holder and sites as they are chosen.
extension RecordForms {
    /// The partner provinces of the holder and sites the form shows, in site order.
    static func partnerProvinces(_ form: FormState, state: AppState) -> [String] {
        let data = state.model.index.data
        let holder = data.enterprises[id: form[ProductField.holderId].text]?.provinceCode
        let sites = [form[ProductField.drugSubstanceSite].text, form[ProductField.drugProductSite].text]
        var seen = Set<String>()
        return sites.compactMap { data.sites[id: $0]?.provinceCode }.filter { $0 != holder && seen.insert($0).inserted }
    }

    /// Puts one date field per partner province after the drug-product site (and none for a product in one
    /// province), keeping what was typed; the stored dates fill a field the first time it appears.
    static func syncJointPlanFields(_ form: inout FormState, state: AppState) {
        guard case .product(let p)? = form.original ?? blank(.product, state: state) else { return }
        let focused = form.fields[form.focus].id
        let typed = Dictionary(
            form.fields.compactMap { f -> (String, String)? in
                if case .jointPlanDate(let code) = f.id { (code, f.text) } else { nil }
            }, uniquingKeysWith: { a, _ in a })
        form.fields.removeAll {
            if case .jointPlanDate = $0.id { return true }
            return $0.id == ProductField.jointPlan.formID
        }
        let provinces = state.model.provinces
        let fields = partnerProvinces(form, state: state).map { code in
            let province = provinces.named(code: code)
            let label = Bilingual(zh: "\(province?.name ?? code)会同研究", en: "\(province?.en ?? code) agreed")
            var spec = FormField.Spec.date(label, p.jointPlanDates[code], state)
            if let text = typed[code] { spec = spec.typed(text) }
            return FormField(.jointPlanDate(code), spec)
        }
        let at = (form.index(of: ProductField.drugProductSite) ?? form.fields.count - 1) + 1
        form.fields.insert(contentsOf: fields, at: at)
        form.focus = form.fields.firstIndex { $0.id == focused } ?? min(form.focus, form.fields.count - 1)
    }

    /// The joint-plan dates the form gives: the stored ones, with each shown province's field read (empty removes
    /// it). Nil while a field is not a date.
    static func jointPlanDates(_ form: FormState, _ stored: [String: CivilDate]) -> [String: CivilDate]? {
        var dates = stored
        for field in form.fields {
            guard case .jointPlanDate(let code) = field.id else { continue }
            let text = field.text.trimmed
            if text.isEmpty {
                dates[code] = nil
            } else if let date = field.date {
                dates[code] = date
            } else {
                return nil
            }
        }
        return dates
    }
}
