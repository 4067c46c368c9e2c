import PilotCore
import Testing

@testable import DashboardUI

@Suite struct GoldenScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    @Test(arguments: [Language.zh, .en], sizes)
    func productList(_ language: Language, _ size: Size) {
        var state = UI.state(size, language)
        UI.press(&state, .down, .down)
        Golden.expectMatch("products-\(language)-\(size.width)x\(size.height)", Screen.render(state))
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func caseDetail(_ language: Language, _ size: Size) throws {
        var state = UI.state(size, language)
        try RenderState.prepare(&state, pane: .products, select: "P08", detail: true)
        Golden.expectMatch("case-P08-\(language)-\(size.width)x\(size.height)", Screen.render(state))
    }

    /// A mismatch shows every line, marking each changed one with its golden and its rendered text.
    @Test func aMismatchShowsTheWholeDiff() {
        let diff = Golden.diff(expected: "a\nb\nc\nd", actual: "a\nB\nc\nD\ne")
        #expect(
            diff == """
                3 of 5 lines differ (- expected, + actual):
                    1│a
                -   2│b
                +   2│B
                    3│c
                -   4│d
                +   4│D
                -   5│<no line>
                +   5│e
                """)
    }
}
