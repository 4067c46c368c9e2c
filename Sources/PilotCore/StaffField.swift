public enum StaffField: String, CaseIterable, Hashable, Sendable {
    case productId, siteId, person, from, to
}
