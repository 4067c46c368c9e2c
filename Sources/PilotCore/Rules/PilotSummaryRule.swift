/// Rule 11: the pilot summary (试点工作总结, 三(三)) is the province's, sent to NMPA before the pilot ends and built on
/// each enterprise's assessment (企业评估). One finding for the store, from 60 days before the end: a warning while
/// anything is missing, an error once the pilot has ended.
enum PilotSummaryRule {
    /// How long before the end the missing pieces are reported.
    static let noticeDays = 60
    /// How many of the products without an assessment are named.
    static let listed = 20

    /// A product the summary names: in the pilot, without an enterprise assessment.
    static func isUnassessed(_ p: PilotProduct) -> Bool { p.basis != ProductBasis.none && p.date(of: .enterpriseAssessment) == nil }

    static func finding(_ data: PilotData, today: CivilDate) -> Finding? {
        let end = Rule.pilotEndDate
        let left = today.days(until: end)
        guard left <= noticeDays else { return nil }
        // A product recorded as outside the pilot (rule 1) has no part in its summary.
        let unassessed = data.products.records.compactMap { isUnassessed($0) ? $0.id : nil }.sorted()
        let summary = ProvinceSummary(data)
        guard !unassessed.isEmpty || summary == nil else { return nil }
        var zh: [String] = []
        var en: [String] = []
        if !unassessed.isEmpty {
            // A province with hundreds of products gets the first ones named and the count.
            let ids = unassessed.prefix(listed)
            let more = unassessed.count > listed
            zh.append("\(unassessed.count) 个品种未登记企业评估（\(ids.joined(separator: "、"))\(more ? " 等" : "")）")
            en.append(
                "\(unassessed.count) products without an enterprise assessment (\(ids.joined(separator: ", "))\(more ? " …" : ""))")
        }
        if let summary {
            zh.append("省局试点工作总结已于 \(summary.sentOn) 报送（\(summary.documentNumber)）")
            en.append("the province's summary was sent on \(summary.sentOn) (\(summary.documentNumber))")
        } else {
            zh.append("省局试点工作总结未登记")
            en.append("the province's summary is not recorded")
        }
        let when =
            left < 0
            ? Bilingual(zh: "试点已于 \(end) 结束", en: "The pilot ended on \(end)")
            : Bilingual(zh: "距试点结束（\(end)）还有 \(left) 天", en: "\(left) days until the pilot ends (\(end))")
        return Finding(
            left < 0 ? .error : .warning, .pilotEnd, productId: nil,
            Bilingual(zh: when.zh + "：" + zh.joined(separator: "；"), en: when.en + ": " + en.joined(separator: "; ")))
    }
}
