/// How many values a picker field holds.
public enum PickerMode: Equatable, Sendable {
    /// Exactly one (a site's enterprise, a province).
    case one
    /// One or none (a product's drug-substance site): the list starts with "none".
    case optional
    /// Any number, ticked with Space (sites, inspectors, partner provinces).
    case several
}
