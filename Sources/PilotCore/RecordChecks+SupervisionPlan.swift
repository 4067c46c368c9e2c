extension RecordChecks {
    /// A product's own supervision plan (一品一策), however it is entered (the product form, `biopilot add product`,
    /// `set`): a yearly number cannot be negative; one below the national minimum is allowed but says that the
    /// minimum applies (`SupervisionPlan.required(for:)` never asks for less).
    public static func supervisionPlan(_ plan: SupervisionPlan?) -> [Problem<ProductField>] {
        guard let plan else { return [] }
        let floor = SupervisionPlan.nationalMinimum
        let counts: [(ProductField, KeyPath<SupervisionPlan, Int>, Bilingual)] = [
            (.planFullSystemInspections, \.fullSystemInspections, Bilingual(zh: "全体系检查次数", en: "full-system inspections a year")),
            (.planOtherInspections, \.otherInspections, Bilingual(zh: "其他检查次数", en: "other inspections a year")),
            (.planResidentStaff, \.residentStaff, Bilingual(zh: "驻厂人员数", en: "resident staff")),
        ]
        var out: [Problem<ProductField>] = []
        for (field, part, label) in counts {
            let n = plan[keyPath: part]
            let minimum = floor[keyPath: part]
            if n < 0 {
                out.append(error(field, "\(label.zh)不能为负数", "\(label.en) cannot be negative"))
            } else if n < minimum {
                out.append(
                    warning(
                        field, "\(label.zh) \(n) 低于全国最低要求 \(minimum)，按 \(minimum) 执行",
                        "\(label.en): \(n) is below the national minimum \(minimum), which applies"))
            }
        }
        if let no = plan.documentNo, no.trimmed.isEmpty {
            out.append(error(.planDocumentNo, "文号不能为空白", "the document number cannot be blank"))
        }
        return out
    }
}
