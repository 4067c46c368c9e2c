/// A sampling (抽检) of one batch of a product's drug substance or drug product.
public struct Sampling: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var productId: String
    public var segment: Segment
    /// 批号.
    public var batch: String
    public var sampledOn: CivilDate
    public var place: String?
    public var samplingUnit: String?
    /// 检验机构.
    public var lab: String
    /// The day the lab received the sample; the report deadline runs from it (defaults to the sampling day).
    public var receivedOn: CivilDate?
    public var testItems: String?
    /// 报告书编号.
    public var reportNo: String?
    public var reportDate: CivilDate?
    public var conclusion: SamplingConclusion
    public var retest: Retest?
    /// 委托检验: testing commissioned by the enterprise rather than a supervisory sampling.
    public var commissioned: Bool
    /// 委托日期: for commissioned testing, the day the institute accepted the enterprise's request. Absent in older stores.
    public var requestedOn: CivilDate? = nil
    /// An approved extension of the lab report's deadline: the new due date.
    public var reportDueExtendedTo: CivilDate? = nil
    /// 送达日期: the day the party received the report; the re-test window runs from it.
    public var reportServedOn: CivilDate? = nil
    /// 作废: entered by mistake (against the wrong product, say). A sampling is voided, never deleted, so the
    /// record and why it stopped counting stay in the store; a voided one counts nowhere. Absent in older stores.
    public var voided: SamplingVoid? = nil

    public init(
        id: String, productId: String, segment: Segment, batch: String, sampledOn: CivilDate,
        place: String? = nil, samplingUnit: String? = nil, lab: String, receivedOn: CivilDate? = nil,
        testItems: String? = nil, reportNo: String? = nil, reportDate: CivilDate? = nil,
        conclusion: SamplingConclusion, retest: Retest? = nil, commissioned: Bool = false
    ) {
        self.id = id
        self.productId = productId
        self.segment = segment
        self.batch = batch
        self.sampledOn = sampledOn
        self.place = place
        self.samplingUnit = samplingUnit
        self.lab = lab
        self.receivedOn = receivedOn
        self.testItems = testItems
        self.reportNo = reportNo
        self.reportDate = reportDate
        self.conclusion = conclusion
        self.retest = retest
        self.commissioned = commissioned
    }

    /// The day the report deadline counts from.
    public var labReceivedOn: CivilDate { receivedOn ?? sampledOn }

    public var isVoided: Bool { voided != nil }
}
