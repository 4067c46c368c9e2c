import Testing

@testable import PilotCore

/// Issue 13 item 8: the conflicts a recorded team has, found by the schedule form's own check.
@Suite struct TeamConflictsTests {
    typealias F = Fixture

    @Test func marksTheDoubleBookedAndTheConflictedMembersOnly() throws {
        var data = F.compliant()
        let booked = try #require(data.inspections.records.first { $0.id == "I26" })
        let clash = Inspection(
            id: "I99", productId: "P", siteIds: ["SH"], type: .routine, start: booked.start, end: booked.start,
            team: ["K3", "K2"], status: .planned)
        try data.inspections.insert(clash)
        let index = PilotIndex(data)
        let found = TeamConflicts.of(clash, index: index, calendar: bundledReference.calendar)
        #expect(Set(found.keys) == ["K3", "K2"])
        #expect(found["K3"] == [.doubleBooked(inspector: "K3", inspection: "I26", start: booked.start, end: booked.end)])
        #expect(found["K2"] == [.conflictOfInterest(inspector: "K2", enterprise: "C")])
        // K1 on I25 (another year) is booked nowhere else.
        let alone = try #require(data.inspections.records.first { $0.id == "I25" })
        #expect(TeamConflicts.of(alone, index: index, calendar: bundledReference.calendar).isEmpty)
        // The other side of the double booking sees it too; a cancelled inspection has no conflicts.
        #expect(
            TeamConflicts.of(booked, index: index, calendar: bundledReference.calendar).values.flatMap { $0 }.contains {
                if case .doubleBooked(_, "I99", _, _) = $0 { true } else { false }
            })
        var cancelled = clash
        cancelled.status = .cancelled
        #expect(TeamConflicts.of(cancelled, index: index, calendar: bundledReference.calendar).isEmpty)
    }
}
