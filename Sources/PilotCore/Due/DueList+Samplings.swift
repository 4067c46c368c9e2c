extension DueList {
    /// Lab reports owed by the lab for pending results, and open re-test windows after a failed result was served
    /// (the party may ask for a re-test until then; the result stands after it): of the product `id`'s samplings in
    /// force, supervisory and commissioned.
    static func samplingItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        var out: [DueItem] = []
        func add(_ s: Sampling) {
            let ref = Finding.RecordRef(.sampling, s.id)
            let lab = Bilingual(zh: s.lab, en: s.lab)
            switch s.conclusion {
            case .pending:
                // `SamplingStatus`'s report deadline: an approved extension's date, else the lab-report rule.
                let due = s.reportDueExtendedTo ?? c.deadlines.labReport.due(after: s.labReceivedOn, calendar: c.calendar)
                out.append(
                    c.item(
                        .labReport, due: due, product: product,
                        what: Bilingual(
                            zh: "检验报告（批号 \(s.batch)）", en: "lab report (batch \(s.batch))"),
                        from: lab, record: ref))
            case .fail where s.retest == nil:
                guard let served = s.reportServedOn else { return }
                let due = c.deadlines.retestRequest.due(after: served, calendar: c.calendar)
                guard due >= c.today else { return }
                out.append(
                    c.item(
                        .retestWindow, due: due, product: product,
                        what: Bilingual(zh: "复验申请期届满（批号 \(s.batch)）", en: "re-test window closes (batch \(s.batch))"),
                        from: c.holder(product), record: ref))
            default:
                return
            }
        }
        // Read in place, and handed on only when something may be due (a pending result, a failure not re-tested):
        // the items' work took a copy of every sampling (205k at national scale).
        func mayBeDue(_ s: borrowing Lent<Sampling>) {
            if s.conclusion == .pending || (s.conclusion == .fail && s.retest == nil) { add(s.record) }
        }
        c.index.samplings(of: id).forEachInPlace(mayBeDue)
        c.index.commissionedTests(of: id).forEachInPlace(mayBeDue)
        return out
    }
}
