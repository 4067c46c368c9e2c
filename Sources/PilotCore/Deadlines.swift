/// The deadline rules in force for a store: the regulations' numbers, overridden by the store's settings.
public struct Deadlines: Hashable, Sendable {
    public let rectificationReport: DeadlineRule
    public let defectListReissue: DeadlineRule
    public let overallAssessment: DeadlineRule
    public let labReport: DeadlineRule
    public let retestRequest: DeadlineRule
    public let sealDecision: DeadlineRule
    public let sealDecisionAfterTest: DeadlineRule

    public static let standard = Deadlines(settings: [])

    /// The largest number a setting may give a deadline.
    public static let maximumCount = 365

    public init(settings: [Setting]) {
        func rule(_ base: DeadlineRule) -> DeadlineRule {
            guard let s = settings.first(where: { $0.id == base.settingKey }), let n = Deadlines.count(s.value) else { return base }
            return base.overridden(count: n, reason: s.reason)
        }
        rectificationReport = rule(.rectificationReport)
        defectListReissue = rule(.defectListReissue)
        overallAssessment = rule(.overallAssessment)
        labReport = rule(.labReport)
        retestRequest = rule(.retestRequest)
        sealDecision = rule(.sealDecision)
        sealDecisionAfterTest = rule(.sealDecisionAfterTest)
    }

    public var all: [DeadlineRule] {
        [rectificationReport, defectListReissue, overallAssessment, labReport, retestRequest, sealDecision, sealDecisionAfterTest]
    }

    /// A setting's value as a deadline number: a whole number from 1 to `maximumCount`.
    public static func count(_ value: String) -> Int? {
        guard let n = Int(value.trimmed), (1...maximumCount).contains(n) else { return nil }
        return n
    }

    /// The setting keys that name a deadline (`deadline.lab-report` …).
    public static var settingKeys: [String] { DeadlineRule.all.map(\.settingKey) }
}
