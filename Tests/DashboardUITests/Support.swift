import Foundation
import PilotCore
import Testing

@testable import DashboardUI

enum UI {
    static let today = CivilDate("2026-11-22")!
    static let data = DemoData.make(today: today, reference: bundledReference)
    static let model = DashboardModel(data: data, revision: 1, today: today, reference: bundledReference)

    static func state(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) -> AppState {
        var s = AppState(
            model: model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false),
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

    /// Pane `pane` with `/text` typed and kept (Enter).
    static func filtered(_ pane: Character, _ text: String, _ size: Size = Size(width: 80, height: 24), _ language: Language = .zh)
        -> AppState
    {
        var s = state(size, language)
        press(&s, .char(pane), .char("/"))
        type(&s, text)
        press(&s, .enter)
        return s
    }
}

/// Golden screens: text files under Tests/DashboardUITests/Golden. Run with BIOPILOT_UPDATE_GOLDEN=1 to rewrite
/// them, then review the diff with git before committing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Records one issue when the screen differs from its golden file: the whole screen as a diff.
    static func expectMatch(_ name: String, _ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = check(name, grid)
        if !result.matches { Issue.record(Comment(rawValue: result.detail), sourceLocation: sourceLocation) }
    }

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
        return (false, "\(name) differs from \(file.lastPathComponent)\n" + diff(expected: expected, actual: actual))
    }

    /// The whole screen, line by line: an unchanged line starts with two spaces; a changed one is shown twice,
    /// `-` the golden line and `+` the rendered one, each with its line number, so one failure shows everything.
    static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var changed = 0
        for i in 0..<max(e.count, a.count) {
            let old = i < e.count ? e[i] : nil
            let new = i < a.count ? a[i] : nil
            let number = String(i + 1).leftPadded(to: 3)
            if old == new {
                out.append("  \(number)│\(old ?? "")")
                continue
            }
            changed += 1
            out.append("- \(number)│" + (old.map(String.init) ?? "<no line>"))
            out.append("+ \(number)│" + (new.map(String.init) ?? "<no line>"))
        }
        return "\(changed) of \(max(e.count, a.count)) lines differ (- expected, + actual):\n" + out.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
