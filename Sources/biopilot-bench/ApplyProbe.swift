import DashboardUI
import Foundation
import PilotCore
import PilotStore

/// `--apply-probe DIR`: times `DashboardModel.applying` for one edit of each kind of record on an existing store
/// (another member's edit reaching a running dashboard), edit and undo in turn, and prints the median of each.
/// For following issue 15's "edit → visible" goal part by part, without generating a store.
struct ApplyProbe {
    let directory: String
    let today: CivilDate
    let reference: ReferenceData
    let runs: Int

    func run() throws {
        let store = try DirectoryStore.open(directory)
        var data = store.data
        var model = Stopwatch.mean("full model build") {
            var model = DashboardModel(data: data, revision: store.revision, today: today, reference: reference)
            model.finish()
            return model
        }
        print("  \(model.due.items.count) due items, \(data.products.count) products, \(data.samplings.count) samplings")
        for (label, edit) in edits(data) {
            var timings: [Double] = []
            var change = edit
            for _ in 0..<runs {
                if let after = change.after { data.upsert(after) }
                let revision = model.revision + 1
                timings.append(Stopwatch.time { model.apply([change], to: data, revision: revision) })
                change = RecordChange(before: change.after, after: change.before)
            }
            let sorted = timings.sorted()
            print(
                "applying: " + label.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + String(
                        format: "median %8.2f ms  min %8.2f  max %8.2f  (%d runs)", sorted[sorted.count / 2], sorted[0],
                        sorted[sorted.count - 1], runs))
        }
    }

    /// One update of each kind of record, picked from the middle of its table.
    func edits(_ data: PilotData) -> [(String, RecordChange)] {
        var out: [(String, RecordChange)] = []
        if let s = data.samplings.records.dropFirst(data.samplings.count / 2).first(where: { $0.conclusion == .pending }) {
            var t = s
            t.lab += "·"
            out.append(("sampling (pending, lab)", RecordChange(before: .sampling(s), after: .sampling(t))))
        }
        if let i = data.inspections.records.dropFirst(data.inspections.count / 2).first(where: { $0.status == .planned }) {
            var t = i
            (t.start, t.end) = (i.start.adding(days: 1), i.end.adding(days: 1))
            out.append(("inspection (planned, dates)", RecordChange(before: .inspection(i), after: .inspection(t))))
        }
        if let m = data.measures.records.dropFirst(data.measures.count / 2).first {
            var t = m
            t.deadline = (m.deadline ?? m.decidedOn).adding(days: 3)
            out.append(("measure (deadline)", RecordChange(before: .measure(m), after: .measure(t))))
        }
        if let s = data.residentStaff.records.dropFirst(data.residentStaff.count / 2).first {
            var t = s
            t.from = s.from.adding(days: 1)
            out.append(("resident staff (from)", RecordChange(before: .staff(s), after: .staff(t))))
        }
        if let p = data.products.records.dropFirst(data.products.count / 2).first {
            var t = p
            t.name += "·"
            out.append(("product (name)", RecordChange(before: .product(p), after: .product(t))))
        }
        if let e = data.enterprises.records.dropFirst(data.enterprises.count / 2).first {
            var t = e
            t.name += "·"
            out.append(("enterprise (name)", RecordChange(before: .enterprise(e), after: .enterprise(t))))
        }
        return out
    }
}
