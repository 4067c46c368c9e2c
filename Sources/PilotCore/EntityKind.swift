/// The kinds of record, as named in the journal and on the command line.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
    case enterprise, site, product, staff, inspector, inspection, sampling
    /// A store setting (`deadline.lab-report`), keyed by its name.
    case setting
    /// A risk-control measure (风险控制措施) taken after a finding.
    case measure
}
