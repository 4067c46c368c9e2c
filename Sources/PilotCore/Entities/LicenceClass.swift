public enum LicenceClass: String, Hashable, Sendable, Codable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D"
}
