/// A holder's technical staff member stationed at a contract site (驻厂人员) for one product.
public struct ResidentStaff: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var productId: String
    public var siteId: String
    public var person: String
    public var from: CivilDate
    public var to: CivilDate?

    public init(id: String, productId: String, siteId: String, person: String, from: CivilDate, to: CivilDate? = nil) {
        self.id = id
        self.productId = productId
        self.siteId = siteId
        self.person = person
        self.from = from
        self.to = to
    }

    public func isStationed(on date: CivilDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }
}
