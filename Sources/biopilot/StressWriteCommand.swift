import ArgumentParser
import Foundation
import PilotCore
import PilotStore

/// A test harness, hidden from help: N edits in a row, each acknowledged on stdout only after its fsync.
/// The store tests kill it at random points and run two at once.
struct StressWriteCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress-write", abstract: "Test harness: append N planned inspections, one edit each.", shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Option(name: .long) var count = 100
    @Option(name: .long) var product = "P01"
    @Option(name: .long) var tag = "w"
    /// Holds the exclusive lock this many seconds first (writing nothing), as a long import would.
    @Option(name: .long) var hold: Double = 0

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            if hold > 0 {
                try store.commit(user: common.user) { _ in
                    emit("holding\n")
                    usleep(UInt32(hold * 1_000_000))
                    return []
                }
            }
            let start = CivilDate(year: 2026, month: 3, day: 2)!
            for i in 0..<count {
                var id = ""
                try store.commit(user: common.user, reason: "stress \(tag) \(i)") { data in
                    let p = data.products[id: product]!
                    id = PilotData.nextID(prefix: "INS-", in: data.inspections)
                    let day = start.adding(days: i)
                    return [
                        .create(
                            .inspection(
                                Inspection(
                                    id: id, productId: product, siteIds: p.siteIds, type: .routine,
                                    start: day, end: day, team: [], status: .planned, reason: "\(tag) \(i)")))
                    ]
                }
                emit("ack \(id) \(tag) \(i)\n")
            }
        }
    }
}
