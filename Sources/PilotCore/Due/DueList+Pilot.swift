extension DueList {
    /// Rule 11: the pilot's end and the province's summary until it is recorded (the enterprise assessments are each
    /// product's: `enterpriseAssessmentItems`).
    static func pilotItems(_ c: Context) -> [DueItem] {
        let end = Rule.pilotEndDate
        var out: [DueItem] = []
        if c.today <= end {
            out.append(
                c.item(
                    .pilotEnd, due: end, product: nil, what: Bilingual(zh: "试点结束", en: "the pilot ends"), from: unknown, record: nil))
        }
        if ProvinceSummary(c.data) == nil {
            out.append(
                c.item(
                    .provinceSummary, due: end, product: nil,
                    what: Bilingual(zh: "省局试点工作总结报送国家局", en: "the province's pilot summary to NMPA"), from: regulators,
                    record: Finding.RecordRef(.setting, ProvinceSummary.settingKey)))
        }
        return out
    }

    /// Rule 11: from `PilotSummaryRule.noticeDays` before the pilot's end, the product `id`'s enterprise assessment
    /// (企业评估) while not yet recorded.
    static func enterpriseAssessmentItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        let end = Rule.pilotEndDate
        guard c.today.days(until: end) <= PilotSummaryRule.noticeDays, let p = product,
            p.basis != ProductBasis.none, p.date(of: .enterpriseAssessment) == nil
        else { return [] }
        return [
            c.item(
                .enterpriseAssessment, due: end, product: p,
                what: Bilingual(zh: "企业评估（试点结束前）", en: "enterprise assessment (before the pilot ends)"), from: c.holder(p),
                record: Finding.RecordRef(.product, p.id))
        ]
    }
}
