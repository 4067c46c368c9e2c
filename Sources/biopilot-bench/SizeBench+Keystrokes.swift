import DashboardUI
import Foundation
import PilotCore
import PilotStore

/// Keystrokes in process: a reduce and a render of the 120×40 screen, as the dashboard loop does per key.
extension SizeBench {
    func keystrokeRows(_ store: DirectoryStore, into table: inout BenchTable) throws {
        progress("keystrokes")
        // At rest: the parts made after the first frame are done (the launch rows count the wait for them).
        var model = DashboardModel(data: store.data, revision: store.revision, today: today, reference: reference)
        model.finish()
        var state = AppState(
            model: model, context: AppContext(storePath: directory, user: "bench", readOnly: true), size: Size(width: 120, height: 40),
            language: .zh)
        func press(_ key: Key) -> Double {
            Stopwatch.time {
                _ = reduce(&state, .key(key))
                _ = Screen.render(state)
            }
        }
        func keys(_ name: String, goal: String, _ next: (Int) -> Key) {
            let timings = Stopwatch.runs(minimum: 50, maximum: 500, budget: budget) { press(next($0)) }
            table.add(BenchRow(name, timings, goal: goal))
        }
        // A first character filters every row; `/` before it and Esc after it are not timed.
        let characters: [Character] = ["康", "华", "瑞", "泰"]
        func firstCharacter(_ k: Int) -> Double {
            _ = reduce(&state, .key(.char("/")))
            let ms = press(.char(characters[k % characters.count]))
            _ = reduce(&state, .key(.escape))
            return ms
        }
        for (pane, key) in [("products", "1"), ("sampling", "3")] {
            _ = press(.char(Character(key)))
            let timings = Stopwatch.runs(minimum: 50, maximum: 500, budget: budget, firstCharacter)
            table.add(BenchRow("\(pane) filter, first character (all rows)", timings, goal: "p99 ≤ 16 ms"))
        }
        _ = press(.char("4"))
        keys("coverage year switch ([ and ])", goal: "p99 ≤ 16 ms") { $0 % 2 == 0 ? .char("[") : .char("]") }
        for (pane, key) in [("products", "1"), ("calendar", "2"), ("sampling", "3"), ("coverage", "4"), ("due", "5")] {
            _ = press(.char(Character(key)))
            keys("j/k move, \(pane)", goal: "keep p99 1–4 ms") { $0 % 2 == 0 ? .char("j") : .char("k") }
        }
        keys("pane switch (1–5)", goal: "keep p99 1–4 ms") { .char(Character(String($0 % 5 + 1))) }
    }
}
