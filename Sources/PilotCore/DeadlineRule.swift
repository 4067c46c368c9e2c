/// A deadline rule kept as data with its source, since regulations change.
public struct DeadlineRule: Hashable, Sendable {
    public enum Unit: String, Hashable, Sendable { case workingDays, calendarDays }

    public let id: String
    public let count: Int
    public let unit: Unit
    public let title: Bilingual
    public let source: String

    public func due(after date: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        switch unit {
        case .workingDays: return calendar.adding(workingDays: count, to: date)
        case .calendarDays: return date.adding(days: count)
        }
    }

    /// Rectification: 20 working days after the inspection ends.
    public static let rectification = DeadlineRule(
        id: "rectification", count: 20, unit: .workingDays,
        title: Bilingual(zh: "缺陷整改期限", en: "rectification deadline"),
        source: "《药品检查管理办法（试行）》（2021）：现场检查结束后20个工作日内完成整改并提交整改报告")

    /// Sampling report: 30 working days after the lab receives the sample.
    public static let samplingReport = DeadlineRule(
        id: "sampling-report", count: 30, unit: .workingDays,
        title: Bilingual(zh: "检验报告期限", en: "lab report deadline"),
        source: "省级抽检工作方案：检验机构自收到样品之日起30个工作日内出具检验报告书（专班设定，可按本省方案调整）")

    /// Re-test request: within 7 days of receiving the result.
    public static let retestRequest = DeadlineRule(
        id: "retest-request", count: 7, unit: .calendarDays,
        title: Bilingual(zh: "复验申请期限", en: "re-test request window"),
        source: "《中华人民共和国药品管理法》（2019）：自收到药品检验结果之日起七日内申请复验")

    public static let all: [DeadlineRule] = [.rectification, .samplingReport, .retestRequest]
}

extension DeadlineRule {
    public func status(after start: CivilDate, today: CivilDate, calendar: WorkingCalendar) -> DeadlineStatus {
        let due = self.due(after: start, calendar: calendar)
        let over: Int
        switch unit {
        case .workingDays: over = calendar.workingDays(from: due, to: today)
        case .calendarDays: over = due.days(until: today)
        }
        return DeadlineStatus(due: due, overdueBy: over, estimatedYears: calendar.estimatedYears(from: start, to: due))
    }
}
