/// One date someone owes: when, how many working days are left (negative when overdue), the product, what is
/// due, from whom, who on the task force answers for it, and the record it comes from.
public struct DueItem: Hashable, Sendable {
    public let kind: DueKind
    public let due: CivilDate
    public let workingDaysLeft: Int
    public let group: DueGroup
    public let productId: String?
    public let productName: Bilingual?
    public let what: Bilingual
    /// The enterprise, lab or inspecting unit that owes it.
    public let from: Bilingual
    public let owner: DueOwner?
    /// The record Enter opens and the item's stable identity (with `kind`).
    public let record: Finding.RecordRef?

    public init(
        kind: DueKind, due: CivilDate, workingDaysLeft: Int, group: DueGroup, productId: String?, productName: Bilingual?,
        what: Bilingual, from: Bilingual, owner: DueOwner?, record: Finding.RecordRef?
    ) {
        self.kind = kind
        self.due = due
        self.workingDaysLeft = workingDaysLeft
        self.group = group
        self.productId = productId
        self.productName = productName
        self.what = what
        self.from = from
        self.owner = owner
        self.record = record
    }

    /// The working days left as the pane and `biopilot due` print them: "+5", "0", "-3".
    public var daysLeftText: String { workingDaysLeft > 0 ? "+\(workingDaysLeft)" : String(workingDaysLeft) }

    /// Stable across runs and revisions while the record stands: the kind, the record, else the product.
    public var uid: String {
        [kind.rawValue, record.map { "\($0.kind.rawValue)-\($0.id)" } ?? productId ?? "store"].joined(separator: "-")
    }
}
