public enum SiteField: String, CaseIterable, Hashable, Sendable {
    case enterpriseId, address, addressEn, provinceCode, drugSubstance, drugProduct
}
