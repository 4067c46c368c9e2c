import Testing

@testable import PilotCore

/// The findings grouped by product are `RulesEngine.findings` split by product, also for the double bookings,
/// which are grouped from each product's booked inspectors (not from a set of every team member), and stay so when
/// an edit moves an inspector off a team or removes the booked product.
@Suite struct FindingsByProductTests {
    static let today = CivilDate("2026-11-26")!
    static let data = StoreGenerator.make(
        GeneratorSize(products: 40, years: 3, provinces: 6), seed: 7, today: today, reference: bundledReference)
    static let engine = RulesEngine(reference: bundledReference, today: today)

    /// The full pass's findings about each product and about none, in its order (errors first, then by product
    /// and rule, a product's double bookings after its own).
    static func expectSameAsFullPass(_ grouped: FindingsByProduct, _ index: PilotIndex) {
        let full = engine.findings(index)
        #expect(grouped.byProduct == Dictionary(grouping: full.filter { $0.productId != nil }) { $0.productId! })
        #expect(grouped.other == full.filter { $0.productId == nil })
    }

    @Test func theGroupsAreTheFullPassSplitByProduct() {
        let index = PilotIndex(Self.data)
        #expect(Self.engine.bookingFindings(index).count > 0)
        Self.expectSameAsFullPass(FindingsByProduct(Self.engine, index: index), index)
    }

    @Test func anInspectorTakenOffTheTeamLeavesTheBookedProduct() throws {
        let index = PilotIndex(Self.data)
        let booking = try #require(Self.engine.bookingFindings(index).first)
        let inspection = try #require(Self.data.inspections[id: booking.record!.id])
        let inspector = try #require(Self.data.inspectors.first { Self.engine.bookingFindings(of: $0, index).contains(booking) })
        let product = try #require(booking.productId)
        var grouped = FindingsByProduct(Self.engine, index: index)
        #expect(grouped.byProduct[product]?.contains(booking) == true)
        // Off the team: the booking goes from the product's list, as a full pass over the edited store gives it.
        var data = Self.data
        var edited = inspection
        edited.team.removeAll { $0 == inspector.id }
        data.inspections.upsert(edited)
        let after = PilotIndex(data)
        grouped.update(products: [product], inspectors: [inspector.id], enterprises: false, index: after)
        #expect(grouped.byProduct[product]?.contains(booking) != true)
        Self.expectSameAsFullPass(grouped, after)
        #expect(grouped.byProduct == FindingsByProduct(Self.engine, index: after).byProduct)
    }

    @Test func aBookingOnARemovedProductStaysUnderItsId() throws {
        let index = PilotIndex(Self.data)
        let booking = try #require(Self.engine.bookingFindings(index).first)
        let product = try #require(booking.productId)
        var data = Self.data
        data.products.remove(id: product)
        let after = PilotIndex(data)
        let grouped = FindingsByProduct(Self.engine, index: after)
        #expect(grouped.byProduct[product]?.contains(booking) == true)
        Self.expectSameAsFullPass(grouped, after)
    }
}
