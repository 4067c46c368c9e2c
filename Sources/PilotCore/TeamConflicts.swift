/// The members of a recorded inspection's team who are booked on another inspection at the same time or have
/// a conflict of interest with the product's enterprises, found by `Scheduling.conflicts` (the check the
/// schedule form runs), so every view of a team marks the same people for the same reasons.
public enum TeamConflicts {
    /// Per conflicted inspector id, the conflicts found; empty for a cancelled inspection.
    public static func of(_ inspection: Inspection, index: PilotIndex, calendar: WorkingCalendar) -> [String: [SchedulingConflict]] {
        guard inspection.status != .cancelled else { return [:] }
        let plan = InspectionPlan(
            productId: inspection.productId, type: inspection.type, start: inspection.start, end: inspection.end,
            siteIds: inspection.siteIds, team: inspection.team, replacing: inspection.id)
        var out: [String: [SchedulingConflict]] = [:]
        for conflict in Scheduling.conflicts(plan, index: index, calendar: calendar) {
            switch conflict {
            case .doubleBooked(let inspector, _, _, _), .conflictOfInterest(let inspector, _):
                out[inspector, default: []].append(conflict)
            default:
                break
            }
        }
        return out
    }
}
