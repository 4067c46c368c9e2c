extension DueList {
    /// Rule 11: the pilot's end, the province's summary until it is recorded, and from `PilotSummaryRule.noticeDays`
    /// before the end each enterprise assessment (企业评估) not yet recorded.
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
        guard c.today.days(until: end) <= PilotSummaryRule.noticeDays else { return out }
        for p in c.data.products.records where p.basis != ProductBasis.none && p.date(of: .enterpriseAssessment) == nil {
            out.append(
                c.item(
                    .enterpriseAssessment, due: end, product: p,
                    what: Bilingual(zh: "企业评估（试点结束前）", en: "enterprise assessment (before the pilot ends)"), from: c.holder(p),
                    record: Finding.RecordRef(.product, p.id)))
        }
        return out
    }
}
