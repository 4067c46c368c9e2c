import PropertyBased
import Testing

@testable import PilotCore

/// The index lists records by their positions in the store's tables; an edit (a record created, changed, moved to
/// another product or deleted, which moves the later records up a place) leaves the updated index equal to one
/// built afresh, and every list reads the records a plain grouping of the tables gives.
@Suite struct PilotIndexUpdateTests {
    static let data = StoreGenerator.make(
        GeneratorSize(products: 12, years: 2, provinces: 3), seed: 3, today: CivilDate("2026-11-22")!, reference: bundledReference)

    /// One edit of a kind the index follows: `op` picks what, `pick` which record, `v` how.
    static func edit(_ data: inout PilotData, op: Int, pick: Int, v: Int, serial: Int) -> [RecordChange] {
        func nth<R>(_ table: Table<R>) -> R? { table.isEmpty ? nil : table[pick % table.count] }
        let product = data.products[v % data.products.count].id
        var change: RecordChange?
        switch op % 8 {
        case 0:
            guard let s = nth(data.samplings) else { break }
            var t = s
            switch v % 3 {
            case 0: t.productId = product
            case 1: t.commissioned.toggle()
            default: t.voided = s.voided == nil ? SamplingVoid(date: s.sampledOn, reason: "test") : nil
            }
            change = RecordChange(before: .sampling(s), after: .sampling(t))
        case 1:
            guard let s = nth(data.samplings) else { break }
            change = RecordChange(before: .sampling(s), after: nil)
        case 2:
            guard var s = nth(data.samplings) else { break }
            s.id = "T-S\(serial)"
            s.productId = product
            change = RecordChange(before: nil, after: .sampling(s))
        case 3:
            guard let i = nth(data.inspections) else { break }
            var t = i
            if v % 2 == 0 { t.productId = product } else { t.team = Array(data.inspectors.map(\.id).prefix(v % 4)) }
            change = RecordChange(before: .inspection(i), after: .inspection(t))
        case 4:
            guard let i = nth(data.inspections) else { break }
            change = RecordChange(before: .inspection(i), after: nil)
        case 5:
            guard let m = nth(data.measures) else { break }
            change = v % 2 == 0 ? RecordChange(before: .measure(m), after: nil) : nil
            if v % 2 == 1 {
                var t = m
                t.productId = product
                change = RecordChange(before: .measure(m), after: .measure(t))
            }
        case 6:
            guard let s = nth(data.residentStaff) else { break }
            change = RecordChange(before: .staff(s), after: nil)
        default:
            guard let site = nth(data.sites) else { break }
            var t = site
            t.enterpriseId = data.enterprises[v % data.enterprises.count].id
            change = v % 3 == 0 ? RecordChange(before: .site(site), after: nil) : RecordChange(before: .site(site), after: .site(t))
        }
        guard let change else { return [] }
        if let after = change.after {
            data.upsert(after)
        } else if let before = change.before {
            data.remove(before.kind, id: before.id)
        }
        return [change]
    }

    @Test func editsLeaveTheIndexEqualToAFreshOne() async {
        let steps = Gen.int(in: 0...1000).array(of: 3)
        await propertyCheck(count: 40, input: steps.array(of: 1...12)) { script in
            var data = Self.data
            var index = PilotIndex(data)
            for (serial, step) in script.enumerated() {
                let changes = Self.edit(&data, op: step[0], pick: step[1], v: step[2], serial: serial)
                guard let next = index.updated(to: data, with: changes) else {
                    Issue.record("an edit of a followed kind was refused")
                    return
                }
                index = next
                let fresh = PilotIndex(data)
                #expect(index.positions == fresh.positions)
                #expect(index.enterprisesWithSites == fresh.enterprisesWithSites)
                #expect(index.inspectorsByName == fresh.inspectorsByName)
            }
        }
    }

    @Test func theListsReadWhatAGroupingOfTheTablesGives() {
        let data = Self.data
        let index = PilotIndex(data)
        #expect(index.inspectionsByProduct == Dictionary(grouping: data.inspections.records, by: \.productId))
        var byInspector: [String: [Inspection]] = [:]
        for i in data.inspections { for member in i.team { byInspector[member, default: []].append(i) } }
        #expect(index.inspectionsByInspector == byInspector)
        for inspector in data.inspectors {
            #expect(Array(index.inspections(ofInspector: inspector.id)) == byInspector[inspector.id] ?? [])
        }
        #expect(index.staffByProduct == Dictionary(grouping: data.residentStaff.records, by: \.productId))
        #expect(index.measuresByProduct == Dictionary(grouping: data.measures.records, by: \.productId))
        #expect(index.enterprisesWithSites == Set(data.sites.map(\.enterpriseId)))
        for product in data.products {
            #expect(Array(index.inspections(of: product.id)) == data.inspections.filter { $0.productId == product.id })
            let ownSite = data.sites.contains { $0.enterpriseId == product.holderId }
            #expect(Coverage.holderInspectionRequired(product, index: index) == !ownSite)
        }
    }
}
