import PilotCore

enum LoadView {
    static func inspectors(_ state: AppState) -> [Inspector] { state.model.index.data.inspectors.records.sorted { $0.id < $1.id } }

    static func inspector(_ state: AppState) -> Inspector? {
        let all = inspectors(state)
        return all.isEmpty ? nil : all[min(state.calendar.loadInspector, all.count - 1)]
    }

    /// Bookings (not cancelled) overlapping the month, per inspector id.
    static func monthCounts(_ state: AppState) -> [String: Int] {
        let first = state.calendar.monthStart
        let last = state.calendar.monthEnd
        var counts: [String: Int] = [:]
        for i in state.model.bookings(from: first, to: last) where i.status != .cancelled {
            for member in i.team { counts[member, default: 0] += 1 }
        }
        return counts
    }

    /// Per inspector, the conflicts of their bookings (not cancelled) overlapping the month, as the schedule form
    /// finds them: double bookings and conflicts of interest.
    static func monthConflicts(_ state: AppState) -> [String: [SchedulingConflict]] {
        var out: [String: [SchedulingConflict]] = [:]
        for i in state.model.inspections(from: state.calendar.monthStart, to: state.calendar.monthEnd) {
            for (inspector, found) in TeamConflicts.of(i, index: state.model.index, calendar: state.model.calendar) {
                out[inspector, default: []] += found
            }
        }
        return out
    }
}
