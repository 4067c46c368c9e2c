import Foundation
import Testing

@testable import Exchange
@testable import PilotCore

/// Rule 13: a planned unannounced inspection (飞行检查) stays out of the calendar and table exports unless asked for.
@Suite struct UnannouncedExportTests {
    func index() -> PilotIndex {
        var data = DemoData.make(today: CivilDate("2026-11-22")!, reference: bundledReference)
        var planned = data.inspections.records.first { $0.status == .planned }!
        planned.unannounced = true
        data.inspections.upsert(planned)
        var done = data.inspections.records.first { $0.status == .completed }!
        done.unannounced = true
        data.inspections.upsert(done)
        return PilotIndex(data)
    }

    func ics(_ index: PilotIndex, include: Bool) -> String {
        ICalendar.document(
            Array(index.data.inspections), index: index, language: .en, provinces: bundledReference.provinces,
            stamp: Date(timeIntervalSince1970: 0), head: "1:x", includeUnannounced: include)
    }

    @Test func plannedUnannouncedIsLeftOutOfTheCalendarUnlessIncluded() {
        let index = index()
        let planned = index.data.inspections.records.first { $0.unannounced && $0.status == .planned }!
        let done = index.data.inspections.records.first { $0.unannounced && $0.status == .completed }!
        let without = ics(index, include: false)
        #expect(!without.contains("biopilot \(planned.id)"))
        // Done, it is no longer a secret.
        #expect(without.contains("biopilot \(done.id)"))
        let withheld = index.data.inspections.records.count { $0.unannounced && $0.status == .planned }
        #expect(withheld >= 1)
        #expect(without.components(separatedBy: "BEGIN:VEVENT").count - 1 == index.data.inspections.count - withheld)
        #expect(ics(index, include: true).contains("biopilot \(planned.id)"))
    }

    @Test func plannedUnannouncedIsLeftOutOfTheCSVUnlessIncluded() {
        let index = index()
        let planned = index.data.inspections.records.first { $0.unannounced && $0.status == .planned }!
        let rows = { (include: Bool) in
            TableExport.csv(
                .inspections, index: index, header: .keys, bom: false, includeUnannounced: include, calendar: bundledReference.calendar,
                today: CivilDate("2026-11-22")!
            )
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
        }
        #expect(!rows(false).contains { $0.hasPrefix(planned.id + ",") })
        let withheld = index.data.inspections.records.count { $0.unannounced && $0.status == .planned }
        #expect(rows(false).count == 1 + index.data.inspections.count - withheld)
        #expect(rows(true).count == 1 + index.data.inspections.count)
        #expect(rows(true).contains { $0.hasPrefix(planned.id + ",") })
    }
}
