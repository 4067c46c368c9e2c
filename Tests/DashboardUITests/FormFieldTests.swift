import PilotCore
import Testing

@testable import DashboardUI

/// Form fields are addressed by enum cases: `form[SamplingFormField.bacth]` does not compile (a misspelt name is
/// a compile-time error, which a test cannot run), so what is left to prove is that every form holds every case
/// of its enum, that a record check only ever names a field its form shows, and that no address can crash.
@Suite struct FormFieldTests {
    static let recordFields: [EntityKind: [EntityField]] = [
        .enterprise: EnterpriseField.allCases.map(EntityField.enterprise),
        .site: SiteField.allCases.map(EntityField.site),
        .product: ProductField.allCases.map(EntityField.product),
        .staff: StaffField.allCases.map(EntityField.staff),
        .inspector: InspectorField.allCases.map(EntityField.inspector),
    ]

    /// RecordChecks reports problems as the kind's field enum, which the form is built from: each field a check
    /// can report is on the form, so its problem is shown beside that field.
    @Test(arguments: RecordFormTests.kinds)
    func everyFieldARecordCheckCanReportIsOnTheForm(_ kind: EntityKind) throws {
        let s = UI.state()
        let blank = try #require(RecordForms.blank(kind, state: s))
        let form = try #require(RecordForms.form(blank, state: s, editing: false))
        let fields = try #require(Self.recordFields[kind])
        // A product's joint plan is one date field per partner province: none for a product in one province.
        #expect(form.fields.map(\.id) == fields.map(\.formID).filter { $0 != ProductField.jointPlan.formID })
        let problems = RecordChecks.check(blank, in: s.model.index.data, provinces: s.model.provinces, today: s.model.today)
        #expect(!problems.isEmpty, "a blank \(kind) has something to check")
        for problem in problems where problem.isError {
            #expect(form.fields.first { $0.id == problem.field.formID }?.error != nil, "\(kind) \(problem.field.name)")
        }
    }

    @Test func everyFormHoldsEachCaseOfItsEnumInOrder() throws {
        var s = UI.state()
        let inspection = try #require(UI.data.inspections.records.first)
        let sampling = try #require(UI.data.samplings.records.first)
        let product = try #require(UI.data.products.records.first)
        #expect(InspectionForms.editForm(inspection, state: s).fields.map(\.id) == InspectionFormField.allCases.map(\.formID))
        #expect(CompletionForm.form(inspection, state: s).fields.map(\.id) == CompletionFormField.allCases.map(\.formID))
        #expect(SamplingForms.form(sampling, state: s, purpose: .newSampling).fields.map(\.id) == SamplingFormField.allCases.map(\.formID))
        #expect(StageForm.form(product, next: .enterpriseAssessment, state: s).fields.map(\.id) == StageFormField.allCases.map(\.formID))
        s.form = SamplingForms.newForm(state: s)
        #expect(s.form?.fields.map(\.id) == SamplingFormField.allCases.map(\.formID))
    }

    /// A field of another form's enum is not on this form: it reads as empty, and a write to it changes nothing.
    @Test func aFieldOfAnotherFormNeitherCrashesNorWrites() throws {
        let s = UI.state()
        let sampling = try #require(UI.data.samplings.records.first)
        var form = SamplingForms.form(sampling, state: s, purpose: .editSampling(sampling.id))
        let before = form
        #expect(form[InspectionFormField.partner].text.isEmpty)
        form[InspectionFormField.partner].input = TextInput("320000")
        form.focus(on: StageFormField.reason)
        #expect(form == before)
    }
}
