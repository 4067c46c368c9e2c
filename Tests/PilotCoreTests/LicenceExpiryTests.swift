import Foundation
import Testing

@testable import PilotCore

/// Issue 14: the 药品生产许可证's expiry (有效期至) and its re-issue application six months before it
/// (药品生产监督管理办法 第十九条), in the due list.
@Suite struct LicenceExpiryTests {
    let calendar = bundledReference.calendar
    func d(_ s: String) -> CivilDate { CivilDate(s)! }

    func licence(_ until: String?) -> ManufacturingLicence {
        ManufacturingLicence(number: "苏20100001", classes: [.c], productTypes: "s", validUntil: until.map(d))
    }

    /// Six calendar months back to the corresponding day; a month without it ends on its last day (民法典 第二百零二条).
    @Test func theApplicationIsDueSixMonthsBeforeTheExpiry() {
        #expect(licence("2027-06-30").renewalApplicationDue == d("2026-12-30"))
        #expect(licence("2027-01-15").renewalApplicationDue == d("2026-07-15"))
        #expect(licence("2027-08-31").renewalApplicationDue == d("2027-02-28"))
        #expect(licence("2028-08-31").renewalApplicationDue == d("2028-02-29"))
        #expect(licence("2027-08-30").renewalApplicationDue == d("2027-02-28"))
        #expect(licence("2026-03-31").renewalApplicationDue == d("2025-09-30"))
        #expect(licence("2026-05-31").renewalApplicationDue == d("2025-11-30"))
        #expect(licence(nil).renewalApplicationDue == nil)
        // The first months of year 1 have no date six months before: none, never a crash.
        #expect(licence("0001-03-01").renewalApplicationDue == nil)
        #expect(d("2026-12-15").adding(months: 1) == d("2027-01-15") && d("2026-01-31").adding(months: -13) == d("2024-12-31"))
    }

    /// A store written before the field: the licence reads as before, with no expiry, and writes back unchanged.
    @Test func anOlderStoreOpensWithoutTheField() throws {
        let old = #"{"number":"沪20200001","classes":["A","B"],"productTypes":"s"}"#
        let read = try JSONDecoder().decode(ManufacturingLicence.self, from: Data(old.utf8))
        #expect(read == ManufacturingLicence(number: "沪20200001", classes: [.a, .b], productTypes: "s"))
        #expect(read.validUntil == nil)
        let written = try JSONEncoder().encode(read)
        #expect(!String(decoding: written, as: UTF8.self).contains("validUntil"))
        let new = try JSONDecoder().decode(ManufacturingLicence.self, from: JSONEncoder().encode(licence("2027-08-31")))
        #expect(new.validUntil == d("2027-08-31"))
    }

    func data(holder: String? = nil, contract: String? = nil) -> PilotData {
        var data = Fixture.compliant()
        for (id, until) in [("H", holder), ("C", contract)] {
            var e = data.enterprises[id: id]!
            e.licence?.validUntil = until.map(d)
            data.enterprises.upsert(e)
        }
        return data
    }

    func items(_ data: PilotData, today: CivilDate = Fixture.today) -> [DueItem] {
        DueList(index: PilotIndex(data), today: today, calendar: calendar).items.filter {
            [.licenceRenewal, .licenceExpiry].contains($0.kind)
        }
    }

    /// The contract manufacturer's licence (an enterprise of the product through its site): the application and the
    /// expiry, from the enterprise, owned by nobody, opening the product's case.
    @Test func theContractManufacturersLicenceIsListed() {
        let found = items(data(contract: "2027-02-28"))
        #expect(found.map(\.kind) == [.licenceRenewal, .licenceExpiry])
        #expect(found.map(\.due) == [d("2026-08-28"), d("2027-02-28")])
        #expect(found.allSatisfy { $0.from.zh == "测试受托方" && $0.owner == nil && $0.productId == "P" })
        #expect(found.allSatisfy { $0.record == Finding.RecordRef(.enterprise, "C") })
        #expect(found[0].what.zh.contains("苏20100001") && found[0].what.en.contains("2027-02-28"))
        #expect(found[0].group == .later)
        // Without an expiry on file nothing is listed.
        #expect(items(data()).isEmpty)
    }

    /// Past the application day it is overdue; once expired only the expiry stays, overdue.
    @Test func pastTheApplicationDayItIsOverdueAndAfterTheExpiryOnlyTheExpiryStays() {
        let store = data(holder: "2026-12-10")
        let overdue = items(store)
        #expect(overdue.map(\.kind) == [.licenceRenewal, .licenceExpiry] && overdue[0].group == .overdue && overdue[0].workingDaysLeft < 0)
        #expect(overdue[0].due == d("2026-06-10"))
        let expired = items(store, today: d("2026-12-11"))
        #expect(expired.map(\.kind) == [.licenceExpiry] && expired[0].group == .overdue)
        #expect(items(store, today: d("2026-12-10")).count == 2)
    }

    /// A licence is listed from a year before it expires: one expiring 2027-07-01 appears on 2026-07-01.
    @Test func listedFromAYearBeforeTheExpiry() {
        let store = data(contract: "2027-07-01")
        #expect(items(store).isEmpty)
        #expect(items(store, today: d("2026-07-01")).map(\.due) == [d("2027-01-01"), d("2027-07-01")])
    }

    /// An enterprise in no pilot product (or only one outside the pilot) is not listed.
    @Test func onlyEnterprisesOfPilotProducts() {
        var store = data(holder: "2027-03-01", contract: "2027-03-01")
        Fixture.product(&store) { $0.basis = ProductBasis.none }
        #expect(items(store).isEmpty)
    }

    /// The demo: one licence's re-issue application falls in the coming weeks, so a new user sees it.
    @Test func theDemoShowsALicenceDueSoon() {
        let today = d("2026-11-26")
        let demo = DemoData.make(today: today, reference: bundledReference)
        let found = items(demo, today: today)
        let soon = found.filter { $0.kind == .licenceRenewal && $0.due >= today && $0.due <= today.adding(days: 30) }
        #expect(soon.count == 1 && soon.first?.record?.id == "E07")
        #expect(found.count == 2, "the other licences expire more than a year out")
        #expect(demo.enterprises.allSatisfy { $0.licence?.validUntil != nil })
    }
}
