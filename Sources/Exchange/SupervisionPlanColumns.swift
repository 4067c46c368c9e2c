import PilotCore

/// The supervision plan's (一品一策) columns of the product sheet and the products CSV: the same keys and headings
/// both ways. All optional; a row with none of them keeps the national minimum (no plan of its own).
enum SupervisionPlanColumns {
    struct Heading {
        let key: String
        let zh: String
        let en: String
    }

    static let all: [Heading] = [
        Heading(key: "plan_no", zh: "质量监管方案文号", en: "Supervision plan number"),
        Heading(key: "plan_approved_on", zh: "质量监管方案批准日期", en: "Supervision plan approved on"),
        Heading(key: "plan_full_system_inspections", zh: "全体系检查次数/年", en: "Full-system inspections a year"),
        Heading(key: "plan_other_inspections", zh: "其他检查次数/年", en: "Other inspections a year"),
        Heading(key: "plan_drug_substance_sampling", zh: "每年抽检原液", en: "Drug substance sampled yearly"),
        Heading(key: "plan_resident_staff", zh: "驻厂人员不少于", en: "Resident staff at least"),
        Heading(key: "plan_special_measures", zh: "特别监管措施", en: "Special measures"),
    ]

    static var headings: [String: [String]] { Dictionary(uniqueKeysWithValues: all.map { ($0.key, [$0.key, $0.zh, $0.en]) }) }

    /// The row's plan (nil when every plan column is empty), or what is wrong with it.
    static func read(_ value: (String) -> String) -> (plan: SupervisionPlan?, problems: [Bilingual]) {
        guard all.contains(where: { !value($0.key).isEmpty }) else { return (nil, []) }
        var plan = SupervisionPlan.nationalMinimum
        var problems: [Bilingual] = []
        func count(_ key: String, _ label: Bilingual, _ part: WritableKeyPath<SupervisionPlan, Int>) {
            let text = value(key)
            guard !text.isEmpty else { return }
            guard let n = Int(text), n >= 0 else {
                problems.append(Bilingual(zh: "\(label.zh)“\(text)”不是非负整数", en: "\(label.en) \"\(text)\" is not a whole number ≥ 0"))
                return
            }
            plan[keyPath: part] = n
        }
        plan.documentNo = value("plan_no").isEmpty ? nil : value("plan_no")
        let approved = value("plan_approved_on")
        if !approved.isEmpty {
            if let d = SamplingImport.date(approved) {
                plan.approvedOn = d
            } else {
                problems.append(
                    Bilingual(zh: "质量监管方案批准日期“\(approved)”不是日期", en: "supervision plan approval date \"\(approved)\" is not a date"))
            }
        }
        count("plan_full_system_inspections", Bilingual(zh: "全体系检查次数", en: "full-system inspections a year"), \.fullSystemInspections)
        count("plan_other_inspections", Bilingual(zh: "其他检查次数", en: "other inspections a year"), \.otherInspections)
        count("plan_resident_staff", Bilingual(zh: "驻厂人员数", en: "resident staff"), \.residentStaff)
        let ds = value("plan_drug_substance_sampling")
        if !ds.isEmpty {
            if let flag = ProductImport.flag(ds) {
                plan.drugSubstanceSampling = flag
            } else {
                problems.append(Bilingual(zh: "每年抽检原液“\(ds)”应为是或否", en: "drug substance sampled yearly \"\(ds)\" is not 是/否 (yes/no)"))
            }
        }
        plan.specialMeasures = value("plan_special_measures").isEmpty ? nil : value("plan_special_measures")
        return (plan, problems)
    }

    /// The products CSV's cells for one product, in `all`'s order; empty without a plan of its own.
    static func cells(_ plan: SupervisionPlan?) -> [String] {
        guard let plan else { return all.map { _ in "" } }
        return [
            plan.documentNo ?? "", plan.approvedOn?.description ?? "", String(plan.fullSystemInspections), String(plan.otherInspections),
            plan.drugSubstanceSampling ? "true" : "false", String(plan.residentStaff), plan.specialMeasures ?? "",
        ]
    }
}
