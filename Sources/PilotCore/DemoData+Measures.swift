extension DemoData.Builder {
    /// Risk-control measures after the demo's failed samplings: P07's failed batch sealed (decision due within 7
    /// working days) and recalled (overdue); P02's failure last year answered by an interview, done.
    mutating func measures() {
        let failed = data.samplings.records.filter { $0.conclusion == .fail && !$0.isVoided }
        guard let p07 = failed.first(where: { $0.productId == "P07" }), let p07Report = p07.reportDate,
            let p02 = failed.first(where: { $0.productId == "P02" }), let p02Report = p02.reportDate
        else { return }
        let authority = "广东省药品监督管理局"
        var ids = IDAllocator(prefix: EntityKind.measure.idPrefix, in: data.measures, width: EntityKind.measure.idWidth)
        try! data.measures.insert(
            Measure(
                id: ids.next(), productId: "P07", answers: AnsweredFinding(.sampling, p07.id), kind: .sealSeize, decidedOn: p07Report,
                decidedBy: authority, owner: "吴昊"))
        // 药品召回管理办法: a second-level recall within 3 days; still not reported done.
        try! data.measures.insert(
            Measure(
                id: ids.next(), productId: "P07", answers: AnsweredFinding(.sampling, p07.id), kind: .recall, decidedOn: p07Report,
                decidedBy: authority, owner: "吴昊", deadline: min(p07Report.adding(days: 3), today.adding(days: -1))))
        let interviewed = calendar.adding(workingDays: 5, to: p02Report)
        try! data.measures.insert(
            Measure(
                id: ids.next(), productId: "P02", answers: AnsweredFinding(.sampling, p02.id), kind: .interview,
                decidedOn: calendar.adding(workingDays: 2, to: p02Report), decidedBy: "上海市药品监督管理局", owner: "陈思远",
                deadline: interviewed, status: .done, closedOn: interviewed, evidence: "约谈记录 沪药监约〔\(interviewed.year)〕12号"))
    }
}
