/// One thing a product's own supervision plan (一品一策) asks for beyond the national minimum that the year has not
/// met yet: the "products short of their plan" the coverage, the rules and the due list show.
public struct PlanShortfall: Hashable, Sendable {
    public enum Item: String, Hashable, Sendable, CaseIterable {
        case fullSystemInspections, otherInspections, drugSubstanceSampling, residentStaff
    }

    public let item: Item
    public let required: Int
    public let done: Int

    /// In the words users read: "一品一策要求 2 次全体系检查，已完成 1 次".
    public var text: Bilingual {
        let inspections = required == 1 ? "inspection" : "inspections"
        switch item {
        case .fullSystemInspections:
            return Bilingual(
                zh: "一品一策要求 \(required) 次全体系检查，已完成 \(done) 次",
                en: "its supervision plan asks for \(required) full-system \(inspections); \(done) done")
        case .otherInspections:
            return Bilingual(
                zh: "一品一策要求 \(required) 次其他检查，已完成 \(done) 次",
                en: "its supervision plan asks for \(required) other \(inspections); \(done) done")
        case .drugSubstanceSampling:
            return Bilingual(
                zh: "一品一策要求每年抽检原液，尚未抽检", en: "its supervision plan asks for a drug-substance sampling each year; none yet")
        case .residentStaff:
            return Bilingual(
                zh: "一品一策要求每个受托生产场地驻厂技术人员不少于 \(required) 名，最少的场地 \(done) 名",
                en: "its supervision plan asks for at least \(required) resident staff at each contract site; the fewest has \(done)")
        }
    }

    /// The shortfalls of one product's year, in the order of `Item`.
    static func of(_ c: ProductCoverage) -> [PlanShortfall] {
        let plan = c.plan
        let floor = SupervisionPlan.nationalMinimum
        var out: [PlanShortfall] = []
        if plan.fullSystemInspections > floor.fullSystemInspections && c.fullSystemInspections < plan.fullSystemInspections {
            out.append(PlanShortfall(item: .fullSystemInspections, required: plan.fullSystemInspections, done: c.fullSystemInspections))
        }
        if plan.otherInspections > floor.otherInspections && c.otherInspections < plan.otherInspections {
            out.append(PlanShortfall(item: .otherInspections, required: plan.otherInspections, done: c.otherInspections))
        }
        if plan.drugSubstanceSampling && !floor.drugSubstanceSampling && !c.drugSubstanceSampling.sampled {
            out.append(PlanShortfall(item: .drugSubstanceSampling, required: 1, done: 0))
        }
        if plan.residentStaff > floor.residentStaff, let fewest = c.fewestResidentStaff, fewest < plan.residentStaff {
            out.append(PlanShortfall(item: .residentStaff, required: plan.residentStaff, done: fewest))
        }
        return out
    }
}
