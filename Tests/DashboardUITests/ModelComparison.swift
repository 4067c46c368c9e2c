import PilotCore

@testable import DashboardUI

/// Every part of a dashboard model that is derived from the store, named, so a test can say which part of an
/// incrementally updated model differs from a full build.
enum ModelComparison {
    static func differences(_ a: DashboardModel, _ b: DashboardModel) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ x: T, _ y: T) { if x != y { out.append(name) } }
        check("revision", a.revision, b.revision)
        check("data", a.index.data, b.index.data)
        check("index.inspectionsByProduct", a.index.inspectionsByProduct, b.index.inspectionsByProduct)
        check("index.samplingsByProduct", a.index.samplingsByProduct, b.index.samplingsByProduct)
        check("index.commissionedByProduct", a.index.commissionedByProduct, b.index.commissionedByProduct)
        check("index.voidedByProduct", a.index.voidedByProduct, b.index.voidedByProduct)
        check("index.staffByProduct", a.index.staffByProduct, b.index.staffByProduct)
        check("index.measuresByProduct", a.index.measuresByProduct, b.index.measuresByProduct)
        check("index.inspectionsByInspector", a.index.inspectionsByInspector, b.index.inspectionsByInspector)
        check("index.inspectorsByName", a.index.inspectorsByName, b.index.inspectorsByName)
        check("findingsByProduct", a.findingsByProduct, b.findingsByProduct)
        check("otherFindings", a.otherFindings, b.otherFindings)
        check("rows", a.rows, b.rows)
        check("productWidths", a.productWidths, b.productWidths)
        check("orders", a.orders, b.orders)
        check("nameOrders", a.nameOrders, b.nameOrders)
        check("inspectionsByMonth", a.inspectionsByMonth, b.inspectionsByMonth)
        check("coverage", a.coverage, b.coverage)
        check("samplingRows", a.samplingRows, b.samplingRows)
        check("samplingOrders", a.samplingOrders, b.samplingOrders)
        check("samplingCorpus", a.samplingCorpus, b.samplingCorpus)
        check("samplingSummaries", a.samplingSummaries, b.samplingSummaries)
        check("due.items", a.due.items, b.due.items)
        check("due.haystacks", a.due.haystacks, b.due.haystacks)
        check("due.overdueCount", a.due.overdueCount, b.due.overdueCount)
        return out
    }

    /// The findings as `RulesEngine.findings` groups them, which the model's must equal.
    static func enginesGrouping(_ model: DashboardModel) -> (byProduct: [String: [Finding]], other: [Finding]) {
        let all = RulesEngine(reference: model.reference, today: model.today).findings(PilotIndex(model.index.data))
        var byProduct: [String: [Finding]] = [:]
        var other: [Finding] = []
        for f in all {
            if let p = f.productId { byProduct[p, default: []].append(f) } else { other.append(f) }
        }
        return (byProduct, other)
    }
}
