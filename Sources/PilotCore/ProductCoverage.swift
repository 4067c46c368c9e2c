/// Annual coverage (work plan 五(二)): every in-scope product needs, each year, a completed full-system GMP
/// inspection, a sampling, and every one of its sites inspected.
public struct ProductCoverage: Hashable, Sendable {
    public let productId: String
    public let name: String
    public let nameEn: String?
    /// Lead (holder's) province.
    public let province: String
    /// Every province with a site or the holder.
    public let provinces: [String]
    public let fullSystemInspection: Bool
    /// A planned or in-progress full-gmp inspection in the year: a plan, not coverage.
    public let plannedFullSystemInspection: Bool
    public let sampling: Bool
    public let sitesInspected: Int
    public let sitesTotal: Int
    /// Sites not covered by a completed inspection in the year.
    public let uninspectedSiteIds: [String]
    public let residentStaffOK: Bool

    public var covered: Bool { fullSystemInspection && sampling && sitesInspected == sitesTotal }
}
