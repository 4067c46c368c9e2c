/// The three documents rule 9 checks (work plan 五(一)), each of which must name both the drug-substance and the
/// drug-product enterprise and address.
public enum ProductDocument: String, Hashable, Sendable, CaseIterable {
    case licence
    case certificate
    case procedures

    public var label: Bilingual {
        switch self {
        case .licence: return Bilingual(zh: "药品生产许可证", en: "manufacturing licence")
        case .certificate: return Bilingual(zh: "药品注册证书", en: "registration certificate")
        case .procedures: return Bilingual(zh: "制造及检定规程", en: "manufacturing and testing procedures")
        }
    }

    /// The step from which the document exists and is checked: the licence from its issue or change, the other
    /// two from the marketing authorisation or post-approval change.
    public var checkedFrom: PilotStage {
        switch self {
        case .licence: return .licence
        case .certificate, .procedures: return .marketingAuthorisation
        }
    }

    /// What the product records for it: yes, no, or nil (not checked).
    public func namesBothAddresses(_ p: PilotProduct) -> Bool? {
        switch self {
        case .licence: return p.licenceNamesBothAddresses
        case .certificate: return p.certificateNamesBothAddresses
        case .procedures: return p.proceduresNameBothAddresses
        }
    }
}
