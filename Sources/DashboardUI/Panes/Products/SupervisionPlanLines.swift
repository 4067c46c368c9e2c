import PilotCore

/// The case's supervision-plan section: the product's own plan (document, approval, what it asks, special measures)
/// or the national minimum it falls back on, and this year's shortfalls against it.
enum SupervisionPlanLines {
    static func lines(_ p: PilotProduct, _ state: AppState) -> [(String, Style)] {
        let L = state.language
        let model = state.model
        let required = SupervisionPlan.required(for: p, in: model.today.year)
        var out: [(String, Style)] = []
        if let own = p.supervisionPlan {
            let document = [own.documentNo, own.approvedOn.map { Bilingual(zh: "\($0) 批准", en: "approved \($0)")[L] }].compactMap { $0 }
            out.append(("  " + (document.isEmpty ? Strings.notRecorded[L] : document.joined(separator: " · ")), Style(.text)))
            out.append(("  " + required.requirements[L], Style(.text)))
            if let measures = own.specialMeasures {
                out.append(("  " + Bilingual(zh: "特别措施：", en: "Special measures: ")[L] + measures, Style(.text)))
            }
        } else {
            out.append(
                (
                    "  " + Bilingual(zh: "未录入本品种方案，按全国最低要求：", en: "None recorded; the national minimum: ")[L] + required.requirements[L],
                    Style(.muted)
                ))
        }
        let year = model.today.year
        guard Coverage.isInScope(p, year: year, asOf: model.today) else { return out }
        let coverage = Coverage.product(p, year: year, asOf: model.today, index: model.index)
        for short in coverage.planShortfalls { out.append(("  ✗ \(year) " + short.text[L], Style(.warning, bold: true))) }
        if p.supervisionPlan?.asksMoreThanMinimum == true && coverage.planShortfalls.isEmpty {
            out.append(
                (
                    "  ✓ "
                        + Bilingual(zh: "\(year) 年方案高于全国最低要求的各项已达到", en: "\(year): what the plan asks beyond the national minimum is met")[
                            L], Style(.ok)
                ))
        }
        return out
    }
}
