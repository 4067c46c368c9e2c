/// An enterprise: a holder (持有人 / 注册申请人) or a contract manufacturer (受托生产企业).
public struct Enterprise: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEn: String?
    /// 统一社会信用代码, 18 characters; a bad check character is a warning only.
    public var creditCode: String
    public var provinceCode: String
    public var licence: ManufacturingLicence?
    /// Since when it has made biologics commercially (生物制品商业化生产), for the 3-year rule.
    public var biologicsSince: CivilDate?
    /// Reference to the liability-compensation arrangement on record (责任赔偿能力), e.g. an insurance policy.
    public var liabilityCompensation: String?

    public init(
        id: String, name: String, nameEn: String? = nil, creditCode: String, provinceCode: String,
        licence: ManufacturingLicence? = nil, biologicsSince: CivilDate? = nil, liabilityCompensation: String? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.creditCode = creditCode
        self.provinceCode = provinceCode
        self.licence = licence
        self.biologicsSince = biologicsSince
        self.liabilityCompensation = liabilityCompensation
    }
}
