import PilotCore
import PropertyBased
import Testing

@testable import DashboardUI

/// A journal entry updates the dashboard model in place of a rebuild: after any sequence of edits of any record
/// kind (create, update, delete, a product deleted with its records, an undo) the updated model equals a full build.
@Suite struct IncrementalModelTests {
    /// One drawn edit: which operation, on which record, with which variation.
    struct Step: Sendable, CustomStringConvertible {
        let op: Int
        let pick: Int
        let variant: Int
        var description: String { "\(EditScript.names[op % EditScript.names.count])(\(pick), \(variant))" }
    }

    static let step = zip(Gen.int(in: 0...(EditScript.names.count - 1)), Gen.int(in: 0...999), Gen.int(in: 0...999))
        .map { Step(op: $0, pick: $1, variant: $2) }

    @Test func anyEditSequenceLeavesTheModelEqualToAFullBuild() async {
        await propertyCheck(count: 25, input: Self.step.array(of: 1...10)) { steps in
            var script = EditScript(data: UI.data)
            var model = UI.model
            for step in steps {
                let changes = script.apply(step)
                let revision = model.revision + changes.count
                model = model.applying(changes, to: script.data, revision: revision)
                let full = DashboardModel(data: script.data, revision: revision, today: UI.today, reference: bundledReference)
                let differ = ModelComparison.differences(model, full)
                #expect(differ.isEmpty, "after \(step) in \(steps): \(differ)")
                let engine = ModelComparison.enginesGrouping(full)
                #expect(full.findingsByProduct == engine.byProduct && full.otherFindings == engine.other, "findings grouping after \(step)")
                if !differ.isEmpty { return }
            }
        }
    }

    /// Every kind of edit, once each in a fixed order, so each path is taken whatever the draws.
    @Test func everyKindOfEditOnceLeavesTheModelEqualToAFullBuild() {
        var script = EditScript(data: UI.data)
        var model = UI.model
        for op in EditScript.names.indices {
            let step = Step(op: op, pick: op * 7, variant: op * 13 + 5)
            let changes = script.apply(step)
            #expect(!changes.isEmpty, "\(step) changed nothing")
            let revision = model.revision + changes.count
            model = model.applying(changes, to: script.data, revision: revision)
            let full = DashboardModel(data: script.data, revision: revision, today: UI.today, reference: bundledReference)
            #expect(ModelComparison.differences(model, full).isEmpty, "after \(step): \(ModelComparison.differences(model, full))")
        }
    }

    /// Another member's edit updates the dashboard's model in place: nothing in the reducer holds the old model while
    /// it changes, or every sampling row (200k at national scale) would be copied per edit.
    @Test func theReducerUpdatesTheModelInPlace() {
        var s = AppState(
            model: DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: bundledReference),
            context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false), size: Size(width: 100, height: 30),
            language: .en)
        UI.press(&s, .char("3"), .char("j"))
        let rows = s.model.samplingRows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        var script = EditScript(data: UI.data)
        let changes = script.apply(Step(op: 1, pick: 3, variant: 1)) // an update of a sampling: same row count
        _ = reduce(&s, .othersChanged(script.data, revision: s.model.revision + changes.count, changes: changes))
        #expect(s.model.revision == 1 + changes.count)
        #expect(s.model.samplingRows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } == rows)
    }

    /// A save's changes reach the model through the reducer, which keeps the selection on the same record.
    @Test func theReducerAppliesChangesAndKeepsTheSelection() {
        var s = UI.state()
        UI.press(&s, .char("j"), .char("j"))
        let selected = s.selectedRow?.product.id
        var script = EditScript(data: UI.data)
        let changes = script.apply(Step(op: 12, pick: 0, variant: 1)) // a new product, sorted in before the selection
        _ = reduce(&s, .dataChanged(script.data, revision: s.model.revision + changes.count, changes: changes))
        #expect(s.selectedRow?.product.id == selected)
        #expect(s.model.index.data == script.data && s.model.revision == UI.model.revision + 1)
        let full = DashboardModel(data: script.data, revision: s.model.revision, today: UI.today, reference: bundledReference)
        #expect(ModelComparison.differences(s.model, full).isEmpty)
    }
}

/// Random edits on a copy of the demo data, as the dashboard and the command line make them.
struct EditScript {
    var data: PilotData
    private var last: [RecordChange] = []
    private var made = 0

    init(data: PilotData) { self.data = data }

    static let names = [
        "createSampling", "updateSampling", "deleteSampling", "createInspection", "updateInspection", "deleteInspection",
        "createStaff", "updateStaff", "deleteStaff", "createMeasure", "updateMeasure", "deleteMeasure", "createProduct",
        "updateProduct", "deleteProductWithRecords", "updateEnterprise", "createEnterprise", "updateSite", "updateInspector",
        "createInspector", "undo",
    ]

    /// Makes the step's edit and returns its changes, as a journal would list them.
    mutating func apply(_ step: IncrementalModelTests.Step) -> [RecordChange] {
        made += 1
        let v = step.variant
        func pick<R>(_ table: PilotCore.Table<R>) -> R? { table.isEmpty ? nil : table[step.pick % table.count] }
        let product = pick(data.products)?.id ?? "P-0001"
        let otherProduct = data.products.isEmpty ? product : data.products[v % data.products.count].id
        let day = { (base: CivilDate) in base.adding(days: v % 300 - 150) }
        var changes: [RecordChange] = []
        switch Self.names[step.op % Self.names.count] {
        case "createSampling":
            guard var s = pick(data.samplings) else { break }
            s.id = "T-S\(made)"
            s.productId = otherProduct
            s.sampledOn = day(s.sampledOn)
            s.conclusion = SamplingConclusion.allCases[v % 3]
            s.commissioned = v % 5 == 0
            s.voided = v % 7 == 0 ? SamplingVoid(date: s.sampledOn, reason: "test") : nil
            changes = [RecordChange(before: nil, after: .sampling(s))]
        case "updateSampling":
            guard let s = pick(data.samplings) else { break }
            var t = s
            switch v % 6 {
            case 0: t.conclusion = SamplingConclusion.allCases[(v / 6) % 3]
            case 1: t.productId = otherProduct
            case 2: t.lab = "测试所 \(v)"
            case 3: t.sampledOn = day(s.sampledOn)
            case 4: t.voided = s.voided == nil ? SamplingVoid(date: s.sampledOn, reason: "test") : nil
            default: t.commissioned.toggle()
            }
            changes = [RecordChange(before: .sampling(s), after: .sampling(t))]
        case "deleteSampling":
            guard let s = pick(data.samplings) else { break }
            changes = [RecordChange(before: .sampling(s), after: nil)]
        case "createInspection":
            guard var i = pick(data.inspections) else { break }
            i.id = "T-I\(made)"
            i.productId = otherProduct
            if v % 2 == 0 {
                // Over the copied one, a day or two earlier, with its team: a double booking on the other's product.
                i.start = i.start.adding(days: -(v % 3))
            } else {
                i.start = day(i.start)
                i.end = i.start.adding(days: v % 40)
                i.team = team(v)
            }
            i.status = InspectionStatus.allCases[v % 3]
            changes = [RecordChange(before: nil, after: .inspection(i))]
        case "updateInspection":
            guard let i = pick(data.inspections) else { break }
            var t = i
            switch v % 5 {
            case 0: t.status = InspectionStatus.allCases[(v / 5) % 4]
            case 1: (t.start, t.end) = (day(i.start), day(i.start).adding(days: v % 30))
            case 2: t.team = team(v)
            case 3: t.productId = otherProduct
            default: t.holderQualitySystem = !(i.holderQualitySystem ?? false)
            }
            changes = [RecordChange(before: .inspection(i), after: .inspection(t))]
        case "deleteInspection":
            guard let i = pick(data.inspections) else { break }
            changes = [RecordChange(before: .inspection(i), after: nil)]
        case "createStaff":
            guard var s = pick(data.residentStaff) else { break }
            s.id = "T-R\(made)"
            s.productId = otherProduct
            s.from = day(s.from)
            changes = [RecordChange(before: nil, after: .staff(s))]
        case "updateStaff":
            guard let s = pick(data.residentStaff) else { break }
            var t = s
            if v % 2 == 0 { t.to = day(s.from) } else { t.productId = otherProduct }
            changes = [RecordChange(before: .staff(s), after: .staff(t))]
        case "deleteStaff":
            guard let s = pick(data.residentStaff) else { break }
            changes = [RecordChange(before: .staff(s), after: nil)]
        case "createMeasure":
            guard var m = pick(data.measures) else { break }
            m.id = "T-M\(made)"
            m.productId = otherProduct
            m.deadline = day(m.decidedOn)
            changes = [RecordChange(before: nil, after: .measure(m))]
        case "updateMeasure":
            guard let m = pick(data.measures) else { break }
            var t = m
            switch v % 3 {
            case 0: t.status = MeasureStatus.allCases[(v / 3) % MeasureStatus.allCases.count]
            case 1: t.owner = data.inspectors.isEmpty ? "某人" : data.inspectors[v % data.inspectors.count].name
            default: t.deadline = day(m.decidedOn)
            }
            changes = [RecordChange(before: .measure(m), after: .measure(t))]
        case "deleteMeasure":
            guard let m = pick(data.measures) else { break }
            changes = [RecordChange(before: .measure(m), after: nil)]
        case "createProduct":
            guard var p = pick(data.products) else { break }
            p.id = "T-P\(made)"
            p.name = ["阿", "中", "重组", "Zeta"][v % 4] + "测试品种\(made)"
            p.nameEn = v % 2 == 0 ? nil : "Test product \(made)"
            changes = [RecordChange(before: nil, after: .product(p))]
        case "updateProduct":
            guard let p = pick(data.products) else { break }
            var t = p
            switch v % 4 {
            case 0: t.name = "改名\(v)"
            case 1: t.nameEn = "Renamed \(v)"
            case 2: t.steps = Array(p.steps.dropLast())
            default: t.holderId = data.enterprises.isEmpty ? p.holderId : data.enterprises[v % data.enterprises.count].id
            }
            changes = [RecordChange(before: .product(p), after: .product(t))]
        case "deleteProductWithRecords":
            guard let p = pick(data.products) else { break }
            changes += data.samplings.filter { $0.productId == p.id }.map { RecordChange(before: .sampling($0), after: nil) }
            changes += data.inspections.filter { $0.productId == p.id }.map { RecordChange(before: .inspection($0), after: nil) }
            changes += data.residentStaff.filter { $0.productId == p.id }.map { RecordChange(before: .staff($0), after: nil) }
            changes += data.measures.filter { $0.productId == p.id }.map { RecordChange(before: .measure($0), after: nil) }
            changes.append(RecordChange(before: .product(p), after: nil))
        case "updateEnterprise":
            guard let e = pick(data.enterprises) else { break }
            var t = e
            if v % 2 == 0 { t.name = "改名企业\(v)" } else { t.creditCode = String(e.creditCode.dropLast()) }
            changes = [RecordChange(before: .enterprise(e), after: .enterprise(t))]
        case "createEnterprise":
            guard var e = pick(data.enterprises) else { break }
            e.id = "T-E\(made)"
            changes = [RecordChange(before: nil, after: .enterprise(e))]
        case "updateSite":
            guard let s = pick(data.sites) else { break }
            var t = s
            if v % 2 == 0 {
                t.provinceCode = ["310000", "320000", "110000"][v % 3]
            } else {
                t.enterpriseId = data.enterprises[v % data.enterprises.count].id
            }
            changes = [RecordChange(before: .site(s), after: .site(t))]
        case "updateInspector":
            guard let i = pick(data.inspectors) else { break }
            var t = i
            if v % 2 == 0 { t.name = "改名检查员\(v)" } else { t.provinceCode = ["310000", "320000", "110000"][v % 3] }
            changes = [RecordChange(before: .inspector(i), after: .inspector(t))]
        case "createInspector":
            guard var i = pick(data.inspectors) else { break }
            i.id = "T-N\(made)"
            changes = [RecordChange(before: nil, after: .inspector(i))]
        default:
            // Undo: the last edit's changes taken back, the last first.
            changes = last.reversed().map { RecordChange(before: $0.after, after: $0.before) }
        }
        for change in changes {
            if let after = change.after {
                data.upsert(after)
            } else if let before = change.before {
                data.remove(before.kind, id: before.id)
            }
        }
        last = changes
        return changes
    }

    /// One to three distinct inspectors.
    private func team(_ v: Int) -> [String] {
        let ids = data.inspectors.map(\.id)
        guard !ids.isEmpty else { return [] }
        return Array(Set((0...(v % 3)).map { ids[(v + $0 * 3) % ids.count] })).sorted()
    }
}
