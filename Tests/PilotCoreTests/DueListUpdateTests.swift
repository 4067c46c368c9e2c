import Testing

@testable import PilotCore

/// An edit redoes only the due items of the products it touches (and the cross-product ones): the updated list
/// equals one built afresh, and its `removed`/`inserted` positions say exactly where items went.
@Suite struct DueListUpdateTests {
    let calendar = bundledReference.calendar
    static let today = CivilDate("2026-11-22")!

    func fresh(_ data: PilotData, _ today: CivilDate) -> DueList { DueList(index: PilotIndex(data), today: today, calendar: calendar) }

    /// Updates `data`'s list after `edit` for the products it names, and checks it against a fresh build.
    func check(_ data: PilotData, today: CivilDate = Self.today, _ edit: (inout PilotData) -> Set<String>) {
        let before = fresh(data, today)
        var after = data
        let touched = edit(&after)
        let index = PilotIndex(after)
        let coverage = Coverage.report(year: today.year, asOf: today, index: index)
        var list = before
        let moves = list.update(products: touched, index: index, calendar: calendar, coverage: coverage)
        let expected = fresh(after, today)
        #expect(list.items == expected.items)
        #expect(list.byProduct == expected.byProduct && list.shared == expected.shared)
        // The kept items, in order, are the old list without the removed positions.
        let removed = Set(moves.removed)
        let inserted = Set(moves.inserted)
        #expect(moves.removed == moves.removed.sorted() && moves.inserted == moves.inserted.sorted())
        let kept = before.items.indices.filter { !removed.contains($0) }.map { before.items[$0] }
        #expect(list.items.indices.filter { !inserted.contains($0) }.map { list.items[$0] } == kept)
        // Updated again with nothing touched, it stays the same list.
        _ = list.update(products: [], index: index, calendar: calendar, coverage: coverage)
        #expect(list.items == expected.items)
    }

    @Test func eachProductsRecordsChangedLeaveTheListEqualToAFreshOne() {
        let data = DemoData.make(today: Self.today, reference: bundledReference)
        for product in data.products.records {
            check(data) { d in
                for s in d.samplings.records where s.productId == product.id {
                    var t = s
                    t.conclusion = .pending
                    d.samplings.upsert(t)
                }
                for i in d.inspections.records where i.productId == product.id {
                    var t = i
                    t.status = i.status == .planned ? .completed : .planned
                    d.inspections.upsert(t)
                }
                for m in d.measures.records where m.productId == product.id { _ = d.measures.remove(id: m.id) }
                return [product.id]
            }
        }
    }

    @Test func aDeletedProductTakesItsItemsAlong() {
        let data = DemoData.make(today: Self.today, reference: bundledReference)
        let product = data.products.records[data.products.count / 2]
        check(data) { d in
            _ = d.products.remove(id: product.id)
            return [product.id]
        }
    }

    /// A record may name a product the store does not hold yet; once the product is created its items name it.
    @Test func aRecordNamingAMissingProductIsRedoneWhenTheProductComes() {
        var data = DemoData.make(today: Self.today, reference: bundledReference)
        var sampling = data.samplings.records[0]
        sampling.id = "S-ORPHAN"
        sampling.productId = "P-LATER"
        sampling.conclusion = .pending
        sampling.voided = nil
        data.samplings.upsert(sampling)
        #expect(fresh(data, Self.today).items.contains { $0.record?.id == "S-ORPHAN" && $0.productId == nil })
        check(data) { d in
            var product = d.products.records[0]
            product.id = "P-LATER"
            d.products.upsert(product)
            return ["P-LATER"]
        }
    }

    /// Near the pilot's end every product owes its enterprise assessment; recording one takes only that item out.
    @Test func anEnterpriseAssessmentRecordedLeavesTheList() {
        let today = Rule.pilotEndDate.adding(days: -20)
        let data = DemoData.make(today: today, reference: bundledReference)
        let owing = fresh(data, today).items.filter { $0.kind == .enterpriseAssessment }
        #expect(!owing.isEmpty)
        guard let id = owing.first?.productId else { return }
        check(data, today: today) { d in
            var product = d.products[id: id]!
            product.steps.append(StageStep(stage: .enterpriseAssessment, date: today.adding(days: -1)))
            d.products.upsert(product)
            return [id]
        }
    }
}
