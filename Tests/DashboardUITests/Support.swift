import Foundation
import PilotCore
@testable import DashboardUI

enum UI {
    static let today = CivilDate("2026-11-22")!
    static let data = DemoData.make(today: today)
    static let model = DashboardModel(data: data, revision: 1, today: today)

    static func state(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) -> AppState {
        var s = AppState(model: model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false),
                         size: size, language: language)
        s.message = nil
        return s
    }

    @discardableResult
    static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { reduce(&state, .key($0)) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for c in text { _ = reduce(&state, .key(.char(c))) }
    }
}

/// Golden screens: text files under Tests/DashboardUITests/Golden. Run with BIOPILOT_UPDATE_GOLDEN=1 to rewrite
/// them, then review the diff with git before committing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ grid: Grid) -> (matches: Bool, detail: String) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = grid.text
        if ProcessInfo.processInfo.environment["BIOPILOT_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return (true, "")
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return (false, "missing golden file \(file.path); run the tests with BIOPILOT_UPDATE_GOLDEN=1")
        }
        if expected == actual { return (true, "") }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        return (false, "\(name): first difference at line \(first + 1)\nexpected: \(first < e.count ? e[first] : "<end>")\nactual:   \(first < a.count ? a[first] : "<end>")")
    }
}
