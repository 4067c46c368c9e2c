/// What the task force owes after a finding: open risk-control measures past their deadline, and failed
/// commissioned tests (委托检验) that no measure answers yet.
enum MeasureChecks {
    static func findings(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        overdue(p, index, today: today, calendar: calendar) + unansweredCommissioned(p, index)
    }

    /// An open measure past its deadline is a missed deadline like a rectification report's: an error naming the
    /// measure, its kind, the deadline and the member who follows it up.
    static func overdue(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        let name = ProductRules.names(p)
        let deadlines = index.data.deadlines
        var open: [Measure] = []
        // Read in place, and copied only when open: most measures are closed.
        index.measures(of: p.id).forEachInPlace { if $0.isOpen { open.append($0.record) } }
        return open.compactMap { m in
            guard let status = m.deadlineStatus(deadlines, today: today, calendar: calendar), status.isOverdue else { return nil }
            // A computed deadline counts working days (with its notes), an entered one calendar days.
            let days: Bilingual
            var note = Bilingual(zh: "", en: "")
            if case .computed(_, let rule, _) = m.deadline(deadlines, calendar: calendar) {
                note = InspectionChecks.notes(rule, status)
                days =
                    rule.unit == .workingDays
                    ? Bilingual(zh: "\(status.overdueBy) 个工作日", en: "\(status.overdueBy) working days")
                    : Bilingual(zh: "\(status.overdueBy) 日", en: "\(status.overdueBy) days")
            } else {
                days = Bilingual(zh: "\(status.overdueBy) 日", en: "\(status.overdueBy) days")
            }
            let owner = m.owner.trimmed
            let inspector = index.inspector(named: owner)
            let ownerText =
                owner.isEmpty
                ? Bilingual(zh: "未指定负责人", en: "no owner named")
                : Bilingual(zh: "负责人 \(owner)", en: "owner \(inspector?.displayName(.en) ?? owner)")
            return Finding(
                .error, .measureOverdue, productId: p.id, record: Finding.RecordRef(.measure, m.id),
                Bilingual(
                    zh: "风险控制措施 \(m.id)（\(name.zh) \(m.kind.label.zh)）应于 \(status.due) 前办结，已逾期 \(days.zh)\(note.zh)；\(ownerText.zh)",
                    en:
                        "Risk-control measure \(m.id) (\(name.en) \(m.kind.label.en)) was due \(status.due), \(days.en) overdue\(note.en); \(ownerText.en)"
                ))
        }
    }

    /// A commissioned test that failed (and was not overturned on re-test) with no measure recorded against it.
    static func unansweredCommissioned(_ p: PilotProduct, _ index: PilotIndex) -> [Finding] {
        let name = ProductRules.names(p)
        // Read in place: only the failed tests are copied, and the answered ids only when there is one.
        var failed: [Sampling] = []
        index.commissionedTests(of: p.id).forEachInPlace { s in
            if s.conclusion == .fail && s.retest?.result != .pass { failed.append(s.record) }
        }
        guard !failed.isEmpty else { return [] }
        var answered = Set<String>()
        index.measures(of: p.id).forEachInPlace { if $0.answers.kind == .sampling { answered.insert($0.answers.id) } }
        return failed.compactMap { s in
            guard !answered.contains(s.id) else { return nil }
            return Finding(
                .warning, .commissionedFailed, productId: p.id, record: Finding.RecordRef(.sampling, s.id),
                Bilingual(
                    zh: "\(s.id)（\(name.zh) \(s.segment.label.zh) 批号 \(s.batch)）委托检验不合格，尚未登记风险控制措施",
                    en:
                        "\(s.id) (\(name.en) \(s.segment.label.en) batch \(s.batch)): commissioned test failed, no risk-control measure recorded yet"
                ))
        }
    }
}
