import PilotCore
import Testing

@testable import DashboardUI

/// The product form's facts of issue 12 items 14 and 18: basis and type, a joint-plan date per partner province
/// (labelled with the province's name, only for a cross-province product), the three documents apart.
@Suite struct ProductFormTests {
    func form(_ id: String, _ s: AppState) throws -> FormState {
        let p = try #require(UI.data.products[id: id])
        return try #require(RecordForms.form(.product(p), state: s, editing: true))
    }

    @Test func aDateFieldPerPartnerProvinceNamedByName() throws {
        let s = UI.state(Size(width: 80, height: 24), .zh)
        // P01 is made in Shanghai only: no joint plan to record.
        #expect(try form("P01", s).fields.allSatisfy { if case .jointPlanDate = $0.id { false } else { true } })
        var f = try form("P02", s) // Shanghai holder, a Jiangsu site
        let i = try #require(f.fields.firstIndex { $0.id == .jointPlanDate("320000") })
        #expect(f.fields[i].label.zh == "江苏省会同研究" && CivilDate(f.fields[i].text) != nil)
        // Its date typed over, saved into the product.
        f.fields[i].input = TextInput("2025-05-06")
        RecordForms.validate(&f, state: s)
        guard case .product(let saved)? = RecordForms.record(f, state: s) else {
            Issue.record("no record")
            return
        }
        #expect(saved.jointPlanDates == ["320000": CivilDate("2025-05-06")!])
        // Not a date: marked, nothing saved.
        f.fields[i].input = TextInput("5月32日")
        RecordForms.validate(&f, state: s)
        #expect(f.fields[i].error != nil && RecordForms.record(f, state: s) == nil)
    }

    @Test func choosingASiteInAnotherProvinceAddsItsField() throws {
        let s = UI.state(Size(width: 80, height: 24), .en)
        var f = try form("P01", s)
        f[ProductField.drugProductSite].input = TextInput("S04") // Zhejiang
        RecordForms.validate(&f, state: s)
        let field = try #require(f.fields.first { $0.id == .jointPlanDate("330000") })
        #expect(field.label.en == "Zhejiang agreed" && field.text.isEmpty)
        #expect(f.index(of: ProductField.drugProductSite).map { f.fields[$0 + 1].id } == .jointPlanDate("330000"))
    }

    @Test func basisTypeAndDocumentsAreReadBack() throws {
        let s = UI.state()
        var f = try form("P01", s)
        f[ProductField.basis].input = TextInput("")
        f[ProductField.type].input = TextInput("other")
        f[ProductField.certificateNamesBothAddresses].input = TextInput("no")
        f[ProductField.proceduresNameBothAddresses].input = TextInput("")
        RecordForms.validate(&f, state: s)
        guard case .product(let p)? = RecordForms.record(f, state: s) else {
            Issue.record("no record")
            return
        }
        #expect(p.basis == nil && p.type == .other)
        #expect(p.licenceNamesBothAddresses == true && p.certificateNamesBothAddresses == false && p.proceduresNameBothAddresses == nil)
    }
}
