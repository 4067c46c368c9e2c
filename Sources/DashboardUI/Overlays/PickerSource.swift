import PilotCore

/// What a picker lists. Sources that depend on the form name the field they read (the product whose sites,
/// the start date whose month), so one picker serves every form.
public enum PickerSource: Equatable, Sendable {
    case provinces
    case enterprises
    /// Every site licensed for the segment (a product's drug-substance or drug-product site).
    case sitesLicensed(for: Segment)
    /// The sites of the product chosen in `product`.
    case sitesOfProduct(product: FormFieldID)
    /// Inspectors, with their load in the month of the schedule form's start date and the scheduling rules'
    /// marks for its plan (conflicts of interest, bookings on those days).
    case inspectors
    /// The task force's members by name, for a measure's owner: the current user, the inspectors, and anyone
    /// already owning a measure. The name is what is stored.
    case members
}
