/// 药品生产许可证: number (province abbreviation + year + 4 digits), class letters, product-type letters.
public struct ManufacturingLicence: Hashable, Sendable, Codable {
    public var number: String
    /// A MAH making its own products, B MAH contracting out, C contract manufacturer, D API maker.
    public var classes: Set<LicenceClass>
    /// Lowercase product-type letters; `s` is biologics.
    public var productTypes: String

    public init(number: String, classes: Set<LicenceClass>, productTypes: String) {
        self.number = number
        self.classes = classes
        self.productTypes = productTypes
    }

    /// Class letters in order, e.g. "BC".
    public var classLetters: String { classes.map(\.rawValue).sorted().joined() }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(classes.sorted { $0.rawValue < $1.rawValue }, forKey: .classes)
        try c.encode(productTypes, forKey: .productTypes)
    }
}
