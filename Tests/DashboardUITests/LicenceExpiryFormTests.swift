import PilotCore
import Testing

@testable import DashboardUI

/// The enterprise form's licence expiry (有效期至): saved with the licence, and an expiry without a licence number
/// is refused rather than dropped.
@Suite struct LicenceExpiryFormTests {
    func focus(_ s: inout AppState, _ field: EnterpriseField) {
        s.form!.focus = s.form!.fields.firstIndex { $0.id == field.formID }!
    }

    func newEnterprise() -> AppState {
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "add enterprise")
        UI.press(&s, .enter)
        UI.type(&s, "闽康生物制药有限公司")
        focus(&s, .creditCode)
        UI.type(&s, "91350100M000100Y43")
        focus(&s, .provinceCode)
        UI.type(&s, "fjs")
        UI.press(&s, .enter)
        focus(&s, .classes)
        UI.type(&s, "C")
        focus(&s, .licenceValidUntil)
        UI.type(&s, "2027-08-31")
        return s
    }

    @Test func theExpirySavesWithTheLicence() {
        var s = newEnterprise()
        focus(&s, .licence)
        UI.type(&s, "闽20220001")
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .enterprise(let e)? = edit.changes[0].after else {
            Issue.record("no save: \(String(describing: s.form?.fields.map { ($0.id, $0.error) }))")
            return
        }
        #expect(e.licence?.number == "闽20220001" && e.licence?.validUntil == CivilDate("2027-08-31"))
        #expect(e.licence?.renewalApplicationDue == CivilDate("2027-02-28"))
    }

    @Test func anExpiryWithoutANumberIsRefused() {
        var s = newEnterprise()
        #expect(s.form?[EnterpriseField.licence].error == "required (an expiry is entered)")
        #expect(UI.press(&s, .enter).isEmpty && s.form != nil)
    }
}
