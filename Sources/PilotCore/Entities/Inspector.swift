/// An inspector and the enterprises they must not inspect (利益冲突回避).
public struct Inspector: Identified, Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var unit: String
    public var provinceCode: String
    /// Enterprise ids with a recorded conflict of interest.
    public var conflicts: [String]

    public init(id: String, name: String, nameEn: String? = nil, unit: String, provinceCode: String, conflicts: [String] = []) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.unit = unit
        self.provinceCode = provinceCode
        self.conflicts = conflicts
    }
}
