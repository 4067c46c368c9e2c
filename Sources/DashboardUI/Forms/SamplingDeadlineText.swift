import PilotCore

/// The sampling form's deadline lines, worded from the rule in force (its number, any override and its reason)
/// and saying when a due date rests on estimated holidays.
enum SamplingDeadlineText {
    static func report(
        _ rule: DeadlineRule, received: CivilDate, extendedTo: CivilDate?, today: CivilDate, calendar: WorkingCalendar
    ) -> Bilingual {
        let status = rule.status(
            due: extendedTo ?? rule.due(after: received, calendar: calendar), start: received, today: today, calendar: calendar)
        let how =
            extendedTo != nil
            ? Bilingual(zh: "已批准延期", en: "extension approved")
            : Bilingual(zh: "收样后 \(rule.period.zh)", en: "\(rule.period.en) after receipt")
        let note = estimate(status)
        return Bilingual(zh: "报告期限 \(status.due)（\(how.zh)）\(note.zh)", en: "report due \(status.due) (\(how.en))\(note.en)")
    }

    static let windowUnknown = Bilingual(
        zh: "报告送达日期未录入，复验申请期暂无法计算", en: "enter the report's service date: the re-test window cannot be computed yet")

    static func window(_ rule: DeadlineRule, _ window: DeadlineStatus) -> Bilingual {
        let openness = window.isOverdue ? Bilingual(zh: "已过期", en: "passed") : Bilingual(zh: "未过期", en: "open")
        let note = estimate(window)
        return Bilingual(
            zh: "复验可申请至 \(window.due)（送达后 \(rule.period.zh)，\(openness.zh)）\(note.zh)",
            en: "re-test may be requested until \(window.due) (\(rule.period.en) after service, \(openness.en))\(note.en)")
    }

    /// "（收样后 25 个工作日）" or "（已批准延期）" after a report's due date, with the estimate note.
    static func reportBasis(_ rule: DeadlineRule, extended: Bool, _ status: DeadlineStatus) -> Bilingual {
        let how =
            extended
            ? Bilingual(zh: "已批准延期", en: "extension approved")
            : Bilingual(zh: "收样后 \(rule.period.zh)", en: "\(rule.period.en) after receipt")
        let note = estimate(status)
        return Bilingual(zh: "（\(how.zh)\(note.zh)）", en: " (\(how.en)\(note.en))")
    }

    /// "（送达后 7 个工作日，可申请）" after a re-test window's last day.
    static func windowBasis(_ rule: DeadlineRule, _ window: DeadlineStatus) -> Bilingual {
        let openness = window.isOverdue ? Bilingual(zh: "已过", en: "passed") : Bilingual(zh: "可申请", en: "open")
        let note = estimate(window)
        return Bilingual(
            zh: "（送达后 \(rule.period.zh)，\(openness.zh)\(note.zh)）", en: " (\(rule.period.en) after service, \(openness.en)\(note.en))")
    }

    static func estimate(_ status: DeadlineStatus) -> Bilingual {
        status.estimateNote.map { Bilingual(zh: "；\($0.zh)", en: "; \($0.en)") } ?? Bilingual(zh: "", en: "")
    }
}
