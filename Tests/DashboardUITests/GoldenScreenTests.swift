import Testing
import PilotCore
@testable import DashboardUI

@Suite struct GoldenScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    @Test(arguments: [Language.zh, .en], sizes)
    func productList(_ language: Language, _ size: Size) {
        var state = UI.state(size, language)
        UI.press(&state, .down, .down)
        let result = Golden.check("products-\(language)-\(size.width)x\(size.height)", Screen.render(state))
        #expect(result.matches, "\(result.detail)")
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func caseDetail(_ language: Language, _ size: Size) throws {
        var state = UI.state(size, language)
        try RenderState.prepare(&state, pane: .products, select: "P08", detail: true)
        let result = Golden.check("case-P08-\(language)-\(size.width)x\(size.height)", Screen.render(state))
        #expect(result.matches, "\(result.detail)")
    }
}
