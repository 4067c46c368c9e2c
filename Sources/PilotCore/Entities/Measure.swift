/// A risk-control measure (风险控制措施) the task force decided after a finding: who owes what by when, and
/// whether it was closed.
public struct Measure: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var productId: String
    /// The inspection or sampling it answers.
    public var answers: AnsweredFinding
    public var kind: MeasureKind
    /// The day it was decided; for 查封、扣押 the day of the seizure, from which the decision's period runs.
    public var decidedOn: CivilDate
    /// Who decided it (the authority or the signing official).
    public var decidedBy: String
    /// The task-force member who follows it up.
    public var owner: String
    /// The deadline as entered, for kinds whose deadline the decision sets; a computed one wins (`dueDate`).
    public var deadline: CivilDate?
    /// 查封、扣押 that needs testing: the decision is then due after the test report, not after the seizure.
    public var needsTesting: Bool?
    /// The day the test report was issued, for a seizure that needs testing.
    public var testReportOn: CivilDate?
    public var status: MeasureStatus
    public var closedOn: CivilDate?
    /// What shows it was done or lifted (the decision's document number, the recall report …).
    public var evidence: String?

    public init(
        id: String, productId: String, answers: AnsweredFinding, kind: MeasureKind, decidedOn: CivilDate, decidedBy: String,
        owner: String, deadline: CivilDate? = nil, needsTesting: Bool? = nil, testReportOn: CivilDate? = nil,
        status: MeasureStatus = .open, closedOn: CivilDate? = nil, evidence: String? = nil
    ) {
        self.id = id
        self.productId = productId
        self.answers = answers
        self.kind = kind
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.owner = owner
        self.deadline = deadline
        self.needsTesting = needsTesting
        self.testReportOn = testReportOn
        self.status = status
        self.closedOn = closedOn
        self.evidence = evidence
    }

    public var isOpen: Bool { status == .open }
}
