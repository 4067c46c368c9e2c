import DashboardRuntime
import DashboardUI
import Foundation
import PilotCore
import PilotPostgres
import PilotStore

/// The running dashboard of `SizeBench.dashboardRows`, in its own process: opens the store as the dashboard
/// does, then answers commands on stdin one line each. `refresh REV`: the dashboard loop's looks for other members'
/// edits (EffectRunner, reduce, render) until revision REV is drawn (one look on a store directory; on PostgreSQL the
/// looks go on while the notification travels, as the dashboard's do); `save`: an edit of a product through its form, saved as the loop runs
/// the `.save` effect. Each answer carries the time and this process's memory.
struct DashboardProbe {
    let directory: String
    let today: CivilDate
    let reference: ReferenceData

    func run() throws {
        let store = try StoreOpener.open(directory)
        let runner = EffectRunner(store: store, user: "probe")
        let context = AppContext(storePath: directory, user: "probe", readOnly: false)
        var state = AppState(model: atRest(store), context: context, size: Size(width: 120, height: 40), language: .zh)
        _ = Screen.render(state)
        answer("open " + memory())
        var saves = 0
        let clock = ContinuousClock()
        while let command = readLine() {
            let words = command.split(separator: " ")
            switch words.first {
            case "refresh":
                let awaited = words.count > 1 ? Int(words[1]) ?? 0 : 0
                let start = clock.now
                let ms = Stopwatch.time {
                    repeat {
                        for action in runner.lookForOthersEdits(in: state) { _ = reduce(&state, action) }
                        if state.model.revision < awaited { usleep(200) }
                    } while state.model.revision < awaited && clock.now - start < .seconds(2)
                    _ = Screen.render(state)
                }
                answer("refresh \(ms) \(memory()) \(state.model.revision)")
            case "save":
                answer(save(&state, runner, typing: saves % 2 == 0))
                saves += 1
            default:
                answer("bye")
                return
            }
        }
    }

    /// Opens the selected product's form, types a letter into its first field (or takes the last one back),
    /// and times Enter through to the form closed and the screen drawn.
    func save(_ state: inout AppState, _ runner: EffectRunner, typing: Bool) -> String {
        _ = reduce(&state, .key(.char("1")))
        _ = reduce(&state, .key(.char("e")))
        guard state.form != nil else { return "refused no form opened: \(state.message?.text ?? "")" }
        _ = reduce(&state, .key(typing ? .char("x") : .backspace))
        var effects: [Effect] = []
        let ms = Stopwatch.time {
            effects = reduce(&state, .key(.enter))
            for effect in effects {
                for action in runner.run(effect, in: state) { _ = reduce(&state, action) }
            }
            _ = Screen.render(state)
        }
        guard state.form == nil, !effects.isEmpty else {
            let message = state.message?.text ?? "the form stayed open"
            _ = reduce(&state, .key(.escape))
            return "refused \(message)"
        }
        return "save \(ms)"
    }

    /// The model with its parts made after the first frame taken in, built where no variable outlives it: a
    /// second holder of its arrays would make the first edit copy them (130 MB, 78 ms at national scale).
    func atRest(_ store: any Store) -> DashboardModel {
        var model = DashboardModel(data: store.data, revision: store.revision, today: today, reference: reference)
        model.finish()
        return model
    }

    func memory() -> String {
        let m = ProcessMemory.read()
        return "\(m?.rssKiB ?? 0) \(m?.peakKiB ?? 0)"
    }

    func answer(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
