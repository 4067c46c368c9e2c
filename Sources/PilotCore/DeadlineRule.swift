/// A deadline rule kept as data with its source, since regulations change. A province may override the
/// number with a store setting (`deadline.<id>`); the override and its reason travel with the rule.
public struct DeadlineRule: Hashable, Sendable {
    public enum Unit: String, Hashable, Sendable {
        case workingDays
        /// Calendar days; a period whose last day is not a working day ends on the next working day
        /// (民法典 第二百零三条).
        case calendarDays
    }

    public let id: String
    public let count: Int
    public let unit: Unit
    public let title: Bilingual
    /// The regulation the number comes from.
    public let source: String
    /// Set when a store setting replaced the regulation's number for this province.
    public let override: DeadlineOverride?

    public init(id: String, count: Int, unit: Unit, title: Bilingual, source: String, override: DeadlineOverride? = nil) {
        self.id = id
        self.count = count
        self.unit = unit
        self.title = title
        self.source = source
        self.override = override
    }

    /// The store setting that overrides this rule's number.
    public var settingKey: String { "deadline.\(id)" }

    /// This rule with the province's number in place of the regulation's.
    public func overridden(count newCount: Int, reason: String?) -> DeadlineRule {
        DeadlineRule(
            id: id, count: newCount, unit: unit, title: title, source: source,
            override: DeadlineOverride(regulationCount: override?.regulationCount ?? count, reason: reason))
    }

    public func due(after date: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        switch unit {
        case .workingDays: return calendar.adding(workingDays: count, to: date)
        case .calendarDays: return calendar.workingDay(onOrAfter: date.adding(days: count))
        }
    }

    /// "30 个工作日" / "30 working days", with the override and its reason when there is one.
    public var period: Bilingual {
        let zhUnit = unit == .workingDays ? "个工作日" : "日"
        let enUnit = unit == .workingDays ? "working days" : "days"
        var text = Bilingual(zh: "\(count) \(zhUnit)", en: "\(count) \(enUnit)")
        if let o = override {
            let why = o.reason.map { Bilingual(zh: "：\($0)", en: ": \($0)") } ?? Bilingual(zh: "", en: "")
            text = Bilingual(
                zh: text.zh + "（本省设定，规章为 \(o.regulationCount) \(zhUnit)\(why.zh)）",
                en: text.en + " (set for this province; the regulation says \(o.regulationCount)\(why.en))")
        }
        return text
    }

    /// The rectification report: 30 working days after the on-site inspection ends.
    public static let rectificationReport = DeadlineRule(
        id: "rectification-report", count: 30, unit: .workingDays,
        title: Bilingual(zh: "整改报告期限", en: "rectification report due"),
        source: "《药品检查管理办法（试行）》：现场检查结束后30个工作日内提交整改报告；无法按期完成的提交整改计划")

    /// The extension when the defect list is adjusted and re-issued: 10 more working days.
    public static let defectListReissue = DeadlineRule(
        id: "defect-list-reissue", count: 10, unit: .workingDays,
        title: Bilingual(zh: "缺陷清单调整重发后延长", en: "extension after a re-issued defect list"),
        source: "《药品检查管理办法（试行）》：缺陷项目调整后重新发放的，整改期限延长10个工作日")

    /// The inspecting unit's overall assessment (综合评定): 20 working days after receiving the report.
    public static let overallAssessment = DeadlineRule(
        id: "assessment", count: 20, unit: .workingDays,
        title: Bilingual(zh: "综合评定期限", en: "overall assessment due"),
        source: "《药品检查管理办法（试行）》：收到整改报告后20个工作日内作出综合评定结论")

    /// The testing institute's report: 25 working days after receiving the sample.
    public static let labReport = DeadlineRule(
        id: "lab-report", count: 25, unit: .workingDays,
        title: Bilingual(zh: "检验报告期限", en: "lab report due"),
        source: "《药品质量抽查检验管理办法》：检验机构自收到样品之日起25个工作日内出具检验报告书；特殊情况可经批准延期")

    /// The re-test request: 7 working days after the party received the report.
    public static let retestRequest = DeadlineRule(
        id: "retest-request", count: 7, unit: .workingDays,
        title: Bilingual(zh: "复验申请期限", en: "re-test request window"),
        source: "《药品质量抽查检验管理办法》：自收到检验报告之日起7个工作日内提出复验申请（《药品管理法》第一百零二条）")

    /// The decision on what was sealed or seized (查封、扣押): within 7 days of the seizure. 《行政强制法》 counts a
    /// period of ten days or fewer in working days.
    public static let sealDecision = DeadlineRule(
        id: "seal-decision", count: 7, unit: .workingDays,
        title: Bilingual(zh: "查封、扣押处理决定期限", en: "decision on a seizure due"),
        source: "《药品管理法》第一百条：查封、扣押之日起七日内作出行政处理决定；《行政强制法》：十日以内的期限指工作日")

    /// The same decision when the goods need testing: within 15 days after the test report, counted in calendar
    /// days (a period over ten days), its last day moving off a holiday (民法典 第二百零三条).
    public static let sealDecisionAfterTest = DeadlineRule(
        id: "seal-decision-after-test", count: 15, unit: .calendarDays,
        title: Bilingual(zh: "需检验的查封、扣押处理决定期限", en: "decision on a seizure after testing due"),
        source: "《药品管理法》第一百条：需要检验的，自检验报告书发出之日起十五日内作出行政处理决定")

    public static let all: [DeadlineRule] = [
        .rectificationReport, .defectListReissue, .overallAssessment, .labReport, .retestRequest, .sealDecision, .sealDecisionAfterTest,
    ]
}

extension DeadlineRule {
    public func status(after start: CivilDate, today: CivilDate, calendar: WorkingCalendar) -> DeadlineStatus {
        status(due: due(after: start, calendar: calendar), start: start, today: today, calendar: calendar)
    }

    /// Where a due date already worked out (or set by an approved extension) stands today.
    public func status(due: CivilDate, start: CivilDate, today: CivilDate, calendar: WorkingCalendar) -> DeadlineStatus {
        let over: Int
        switch unit {
        case .workingDays: over = calendar.workingDays(from: due, to: today)
        case .calendarDays: over = due.days(until: today)
        }
        return DeadlineStatus(due: due, overdueBy: over, estimatedYears: calendar.estimatedYears(from: start, to: due))
    }
}
