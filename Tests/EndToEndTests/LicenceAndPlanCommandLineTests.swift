import Foundation
import Testing

/// Issue 14 through the real binary: a licence's expiry entered and listed by `biopilot due`, the two `validate`
/// findings about what the task force owes (zh and en), and `add product`'s supervision-plan options.
@Suite struct LicenceAndPlanCommandLineTests {
    let today = "2026-11-26"

    @Test func aLicenceExpiryIsEnteredAndItsReissueIsDue() throws {
        let store = try TempStore.demo(today: today)
        let common = ["--store", store.path, "--today", today, "--lang", "en"]
        let set = try CLI.run(["set", "enterprise", "E09", "licence.validUntil=2027-08-31"] + common)
        #expect(set.status == 0, "\(set.stderr)")
        let due = try CLI.run(["due", "--format", "json"] + common)
        let object = try #require(try JSONSerialization.jsonObject(with: due.stdoutBytes) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let e09 = items.filter { ($0["what"] as? String)?.contains("浙20180101") == true }
        #expect(e09.map { $0["due"] as? String } == ["2027-02-28", "2027-08-31"], "\(e09)")
        // Cleared, the licence keeps its number and loses the expiry.
        #expect(try CLI.run(["set", "enterprise", "E09", "licence.validUntil="] + common).status == 0)
        let after = try CLI.run(["due", "--format", "json"] + common).stdout
        #expect(!after.contains("浙20180101"))
        // `add enterprise` takes it too; an expiry with no number is refused by the record check.
        let added = try CLI.run(
            [
                "add", "enterprise", "--name", "测试企业", "--credit-code", "91350100M000100Y43", "--province", "310000", "--licence",
                "沪20220001", "--classes", "C", "--licence-valid-until", "2027-05-31",
            ] + common)
        #expect(added.status == 0, "\(added.stderr)")
        let json = try CLI.run(["export", "json"] + common).stdout
        #expect(json.contains(#""validUntil":"2027-05-31""#) || json.contains(#""validUntil" : "2027-05-31""#))
        let refused = try CLI.run(
            [
                "add", "enterprise", "--name", "无证企业", "--credit-code", "91350100M000100Y43", "--province", "310000", "--classes", "C",
                "--licence-valid-until", "2027-05-31",
            ] + common)
        #expect(refused.status == 1 && refused.stderr.contains("licence"), "\(refused.stderr)")
    }

    @Test func validateNamesTheOverdueMeasureAndTheUnansweredCommissionedTest() throws {
        let store = try TempStore.demo(today: today)
        for (lang, overdue, commissioned) in [
            ("zh", "风险控制措施 M-0002", "委托检验不合格，尚未登记风险控制措施"),
            ("en", "Risk-control measure M-0002", "commissioned test failed, no risk-control measure recorded yet"),
        ] {
            let r = try CLI.run(["validate", "--store", store.path, "--today", today, "--lang", lang])
            #expect(r.status == 1)
            #expect(r.stdout.contains(overdue) && r.stdout.contains(commissioned), "\(lang): \(r.stdout)")
        }
    }

    @Test func addProductTakesTheSupervisionPlan() throws {
        let store = try TempStore.demo(today: today)
        let common = ["--store", store.path, "--today", today, "--lang", "en"]
        let help = try CLI.run(["add", "product", "--help"])
        #expect(help.stdout.contains("--plan-full-system-inspections") && help.stdout.contains("--plan-drug-substance-sampling"))
        let product = ["add", "product", "--name", "测试单抗", "--type", "antibody", "--holder", "E01"]
        let added = try CLI.run(
            product + [
                "--plan-no", "沪药监方案〔2026〕9号", "--plan-approved-on", "2026-03-01", "--plan-full-system-inspections", "2",
                "--plan-other-inspections", "1", "--plan-drug-substance-sampling", "--plan-resident-staff", "3", "--plan-special-measures",
                "每季度飞行检查",
            ] + common)
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try CLI.run(["export", "json"] + common)
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let products = try #require(document["products"] as? [[String: Any]])
        let plan = try #require(products.first { $0["id"] as? String == id }?["supervisionPlan"] as? [String: Any])
        #expect(plan["documentNo"] as? String == "沪药监方案〔2026〕9号" && plan["approvedOn"] as? String == "2026-03-01")
        #expect(plan["fullSystemInspections"] as? Int == 2 && plan["otherInspections"] as? Int == 1 && plan["residentStaff"] as? Int == 3)
        #expect(plan["drugSubstanceSampling"] as? Bool == true && plan["specialMeasures"] as? String == "每季度飞行检查")
        // No plan option: no plan of its own.
        let plain = try CLI.run(product + common)
        let plainID = plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let again = try #require(
            try JSONSerialization.jsonObject(with: CLI.run(["export", "json"] + common).stdoutBytes) as? [String: Any])
        let plainProduct = try #require((again["products"] as? [[String: Any]])?.first { $0["id"] as? String == plainID })
        #expect(plainProduct["supervisionPlan"] == nil)
        // The product form's check: below the national minimum is said (the minimum applies), negative is refused.
        let low = try CLI.run(product + ["--plan-full-system-inspections", "0"] + common)
        #expect(low.status == 0 && low.stderr.contains("national minimum"), "\(low.stderr)")
        let negative = try CLI.run(product + ["--plan-resident-staff=-1"] + common)
        #expect(negative.status == 1 && negative.stderr.contains("supervisionPlan.residentStaff"), "\(negative.stderr)")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }
}
