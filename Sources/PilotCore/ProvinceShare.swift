/// One province's part of a product's coverage: its own sites and samplings. The holder's province also carries
/// the product-level requirements (full-system inspection, drug-product sampling, the holder's quality system);
/// a partner province is covered when its own sites were inspected, and shows whether one of its inspectors
/// was on a team.
public struct ProvinceShare: Hashable, Sendable {
    public let code: String
    public let isHolderProvince: Bool
    public let sitesInspected: Int
    public let sitesTotal: Int
    /// Supervisory samplings in the year of a segment made at a site in this province.
    public let samplings: Int
    /// An inspector of this province was on the team of a completed inspection of the product in the year.
    public let inspectorOnTeam: Bool
    public let covered: Bool
}
