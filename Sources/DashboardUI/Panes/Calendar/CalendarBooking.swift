import PilotCore

/// What the calendar's month grid, day list and load counts read of an inspection: its dates, type, status,
/// product and team. The month index holds these rather than whole inspections: a frame takes the six weeks it
/// shows (thousands of inspections at 5,000 products), and copying each whole retained a dozen strings and arrays
/// (nine tenths of a calendar frame). The rest of a record is read by id, for the few inspections a day list draws.
public struct CalendarBooking: Equatable, Sendable {
    public let id: String
    public let productId: String
    public let type: InspectionType
    public let status: InspectionStatus
    public let start: CivilDate
    public let end: CivilDate
    /// Inspector ids, for the load view and its filter by inspector.
    public let team: [String]

    public init(_ i: Inspection) {
        (id, productId, type, status, start, end, team) = (i.id, i.productId, i.type, i.status, i.start, i.end, i.team)
    }

    public func overlaps(_ first: CivilDate, _ last: CivilDate) -> Bool { start <= last && first <= end }
}
