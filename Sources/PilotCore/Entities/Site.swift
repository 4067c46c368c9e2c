/// A licensed production address of an enterprise (生产地址), for drug substance and/or drug product.
public struct Site: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var enterpriseId: String
    public var address: String
    public var addressEn: String?
    public var provinceCode: String
    /// Licensed for drug substance (原液).
    public var drugSubstance: Bool
    /// Licensed for drug product (制剂).
    public var drugProduct: Bool

    public init(
        id: String, enterpriseId: String, address: String, addressEn: String? = nil, provinceCode: String,
        drugSubstance: Bool, drugProduct: Bool
    ) {
        self.id = id
        self.enterpriseId = enterpriseId
        self.address = address
        self.addressEn = addressEn
        self.provinceCode = provinceCode
        self.drugSubstance = drugSubstance
        self.drugProduct = drugProduct
    }
}
