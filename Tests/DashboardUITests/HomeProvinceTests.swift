import PilotCore
import Testing

@testable import DashboardUI

/// Preferences applied at start: the coverage pane opens on the home province and counts it; the products list
/// opens in the preferred order.
@Suite struct HomeProvinceTests {
    @Test(arguments: [Language.en, .zh])
    func coverageOpensOnTheHomeProvinceAndItsHeaderCountsIt(_ language: Language) throws {
        var s = UI.state(Size(width: 80, height: 24), language)
        s.applyPreferences(homeProvince: "320000", productSort: .id)
        UI.press(&s, .char("4"))
        let jiangsu = try #require(s.coverageReport.provinces.first { $0.code == "320000" })
        #expect(jiangsu.total < s.coverageReport.total, "the demo must have products outside Jiangsu for this test to mean anything")
        // Only Jiangsu's heading, and no product of another province.
        #expect(s.coverage.lines.compactMap { if case .province(let code, _, _) = $0 { code } else { nil } } == ["320000"])
        #expect(s.coverage.lines.allSatisfy { if case .product(_, let province) = $0 { province == "320000" } else { true } })
        let headline = Screen.render(s).text.split(separator: "\n")[1]
        let percent = Percent.of(jiangsu.covered, jiangsu.total)
        let expected = Bilingual(
            zh: " 2026 年 江苏省覆盖 \(jiangsu.covered)/\(jiangsu.total)（\(percent)%）",
            en: " 2026 Jiangsu: \(jiangsu.covered)/\(jiangsu.total) covered (\(percent)%)")[language]
        #expect(headline.hasPrefix(expected), "\(headline)")
        // `f` still cycles on to the next province and back to every province.
        UI.press(&s, .char("f"))
        #expect(s.coverage.province != "320000")
    }

    @Test func withoutAHomeProvinceTheHeaderCountsEveryProvince() {
        var s = UI.state(Size(width: 80, height: 24), .en)
        s.applyPreferences(homeProvince: nil, productSort: .id)
        UI.press(&s, .char("4"))
        let report = s.coverageReport
        #expect(Screen.render(s).text.contains(" 2026: \(report.covered)/\(report.total) covered"))
    }

    @Test func theProductsListOpensInThePreferredOrder() {
        var s = UI.state()
        s.applyPreferences(homeProvince: nil, productSort: .stage)
        #expect(s.products.sort == .stage)
        #expect(s.products.visible == s.productListing.order(.stage))
        #expect(s.products.visible != s.productListing.order(.id))
        #expect(s.products.list.selected == 0)
    }
}
