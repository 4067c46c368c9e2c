/// 药品生产许可证: number (province abbreviation + year + 4 digits), class letters, product-type letters.
public struct ManufacturingLicence: Hashable, Sendable, Codable {
    public var number: String
    /// A MAH making its own products, B MAH contracting out, C contract manufacturer, D API maker.
    public var classes: Set<LicenceClass>
    /// Lowercase product-type letters; `s` is biologics.
    public var productTypes: String
    /// 有效期至: the last day it is valid (five years from issue under 药品生产监督管理办法). Absent in older stores
    /// and while not recorded.
    public var validUntil: CivilDate?

    public init(number: String, classes: Set<LicenceClass>, productTypes: String, validUntil: CivilDate? = nil) {
        self.number = number
        self.classes = classes
        self.productTypes = productTypes
        self.validUntil = validUntil
    }

    /// The day the holder must apply for re-issue to go on producing: six months before the expiry (药品生产监督管理办法
    /// 第十九条, 有效期届满前六个月). Counted back by calendar month; a month without the corresponding day ends on its
    /// last day (民法典 第二百零二条), so 08-31 gives 02-28 (02-29 in a leap year). Not moved off a holiday: moving it
    /// later would leave less than six months.
    public var renewalApplicationDue: CivilDate? { validUntil.flatMap { $0.adding(months: -6) } }

    /// Class letters in order, e.g. "BC".
    public var classLetters: String { classes.map(\.rawValue).sorted().joined() }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(classes.sorted { $0.rawValue < $1.rawValue }, forKey: .classes)
        try c.encode(productTypes, forKey: .productTypes)
        try c.encodeIfPresent(validUntil, forKey: .validUntil)
    }
}
